import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { outcomeMessage } from "../../src/core/outcome";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { peerReviewSheet } from "../fixtures/peerReview";

/** Rows of the Thurrock LSCP Delivery Plan 2019–2020, with the columns given. */
function deliveryPlan(columns: ("Target date" | "Date of last update")[], rows = 2): SheetSnapshot {
  const all: Record<string, CellValue>[] = [
    { "Action No": "2.4", Action: "Receive and review Annual Report from LADO", "Target date": "October 2019", "Date of last update": "15th October 2019", "RAG Rating": "A" },
    { "Action No": "2.5", Action: "Receive and review Annual Report from IRO", "Target date": "October 2019", "Date of last update": "1st June 2019", "RAG Rating": "A" },
  ];
  const header = ["Action No", "Action", ...columns, "RAG Rating"];
  return { name: "Delivery Plan", firstRow: 1, firstColumn: 1, merges: [], values: [header, ...all.slice(0, rows).map((r) => header.map((h) => r[h] ?? null))] };
}

const messages = (sheet: SheetSnapshot) => analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2020-01-15").findings.filter((f) => f.code === "not-judged").map((f) => f.message);

describe("a tracker whose actions cannot be judged stale or overdue", () => {
  it("is said to be not judged, for each column it lacks, with how to have it checked", () => {
    expect(messages(deliveryPlan(["Target date", "Date of last update"]))).toEqual([]);
    expect(messages(deliveryPlan(["Target date"]))).toEqual([
      'Sheet "Delivery Plan" has no last-updated column, so its 2 open actions are not checked for being stale; to have them checked, add a column headed "Last updated", or choose it under Column overrides in the task pane\'s settings.',
    ]);
    expect(messages(deliveryPlan(["Date of last update"], 1))).toEqual([
      'Sheet "Delivery Plan" has no time-scale column, so its one open action is not checked for being overdue; to have it checked, add a column headed "Time scale", or choose it under Column overrides in the task pane\'s settings.',
    ]);
  });

  it("is counted in the one-line outcome and said under the Stale Actions headline, where 0 stale would read as none", () => {
    const analysis = analyseWorkbook({ sheets: [peerReviewSheet({})] }, DEFAULT_SETTINGS, "2021-07-13");
    // 23 of its 26 actions are Blue, complete: only the 3 open ones could have been stale or overdue.
    const said = 'Sheet "Peer Review" has no last-updated or time-scale column, so its 3 open actions are not checked for being stale or overdue.';
    expect(outcomeMessage(analysis)).toBe("26 actions in 1 review; 0 invalid or missing ratings, 0 stale (3 not checked: no last-updated column), 0 overdue (3 not checked: no time-scale column).");
    const stale = buildSummaryPlan(analysis).sheets.find((s) => s.key === "stale")!;
    expect(stale.rows.slice(0, 4).map((r) => (r[0]?.kind === "text" ? r[0].value : ""))).toContain(said);
  });
});
