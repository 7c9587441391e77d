/**
 * Last-updated cells holding =TODAY(): a column of them leaves the sheet not judged stale; a stray
 * one or two leave only their own actions' last updates unknown, each cell named, the rest judged.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import { outcomeMessage } from "../../src/core/outcome";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";

const HEADER = ["Review", "Action No", "Action", "Lead Agency", "Last Updated", "RAG"];
const OLD = new Date(Date.UTC(2021, 3, 1));
const RECENT = new Date(Date.UTC(2021, 9, 20));
/** Leo's actions, as the committee minutes give them: four open, last updated in April or October 2021. */
const ROWS: CellValue[][] = [
  ["Leo", 1, "Review the threshold document with partners", "LSCP", OLD, "Amber"],
  ["Leo", 2, "Audit the use of escalation by schools", "Education", OLD, "Amber"],
  ["Leo", 3, "Brief GPs on the learning from the review", "CCG", RECENT, "Green"],
  ["Leo", 4, "Add the review's learning to the multi-agency training", "LSCP", RECENT, "Amber"],
];
const TODAY_RESULT = new Date(Date.UTC(2021, 10, 1));

/** The plan with the last-updated cells of these rows (1-based action numbers) stamped =TODAY(), and `error` in row 5's cell. */
function plan(stamped: number[], error?: string): SheetSnapshot {
  const updated = (r: CellValue[], value: CellValue) => [...r.slice(0, 4), value, ...r.slice(5)];
  const values = [HEADER, ...ROWS.map((r, i) => (stamped.includes(i + 1) ? updated(r, TODAY_RESULT) : error && i === 3 ? updated(r, { error }) : r))];
  const formulas = Object.fromEntries(stamped.map((n) => [`E${n + 1}`, "TODAY()"]));
  return { name: "Leo", firstRow: 1, firstColumn: 1, values, merges: [], ...(stamped.length > 0 ? { formulas } : {}) };
}
const run = (...sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");

describe("last-updated cells holding =TODAY()", () => {
  it("one stray cell: that action's last update is unknown, so it is stale, said for its cell; the others are judged as typed", () => {
    const a = run(plan([3]));
    expect(a.stale.map((f) => [f.action.ref, f.days])).toEqual([
      ["1", 214],
      ["2", 214],
      ["3", null],
    ]);
    expect(a.actions[2]!.updatedWritten).toBe("=TODAY()");
    expect(a.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([
      "Cell E4 holds =TODAY(), a date that changes every day rather than when the action is updated, so the action's last update cannot be read and it is listed as stale; type the date it was last updated.",
    ]);
    expect(outcomeMessage(a)).toBe("4 actions in 1 review; 0 invalid or missing ratings, 3 stale, 0 overdue (4 not checked: no time-scale column).");
  });

  it("most of the column: the sheet is not judged stale, and an error value there is not said to make its action stale", () => {
    const a = run(plan([1, 2, 3], "#VALUE!"));
    expect(a.stale).toEqual([]);
    expect(a.findings.find((f) => f.code === "error-value")?.message).toBe("Cell E5 holds the error #VALUE!, so the action's last update cannot be read; correct the formula, or type the date.");
    expect(outcomeMessage(a)).toContain("0 stale (4 not checked: last updated by a formula)");
  });

  it("half the column is no column of them: the typed half is still judged, each stamped cell said; one more than half is", () => {
    const half = run(plan([3, 4]));
    expect(half.stale.map((f) => [f.action.ref, f.days])).toEqual([
      ["1", 214],
      ["2", 214],
      ["3", null],
      ["4", null],
    ]);
    expect(half.findings.filter((f) => f.message.startsWith("Cell E") && f.message.includes("=TODAY()"))).toHaveLength(2);
    expect(run(plan([2, 3, 4])).stale).toEqual([]);
  });

  it("the outcome gives each reason for not checking with its own count, where sheets differ", () => {
    const peer: SheetSnapshot = { name: "Peer Review", firstRow: 1, firstColumn: 1, values: [["No", "Recommendation", "RAG"], [1, "Consider deputies on Strategic Group", "Amber"], [2, "Shared and agreed priorities", "Green"]], merges: [] };
    expect(outcomeMessage(run(plan([1, 2, 3, 4]), peer))).toContain("0 stale (6 not checked: 4 last updated by a formula, 2 with no last-updated column)");
  });
});
