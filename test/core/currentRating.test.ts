/**
 * A delivery plan keeps the rating it aims for ("Target RAG") or last quarter's beside the rating
 * now: the current one is read, wherever the other stands, and the warning says which and why.
 * Rows are the Delivery Plan 2019–2020's.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { ratingStanding } from "../../src/core/currentRating";

const ROWS: [string, string, string][] = [
  ["2.4", "Receive and review Annual Report from LADO", "A"],
  ["2.5", "Receive and review Annual Report from IRO", "G"],
  ["3.1", "Embed the voice of the child in multi-agency audits", "A"],
];

/** The plan with its current ratings under `current` and a target of Blue under `other`, in the order given. */
function plan(headers: [string, string], otherFirst: boolean): SheetSnapshot {
  const [current, other] = headers;
  const ratingHeaders = otherFirst ? [other, current] : [current, other];
  const values: CellValue[][] = [["Action No", "Action", "Target date", ...ratingHeaders], ...ROWS.map(([no, action, rating]) => [no, action, "October 2019", ...(otherFirst ? ["B", rating] : [rating, "B"])])];
  return { name: "Delivery Plan", firstRow: 1, firstColumn: 1, merges: [], values };
}

const run = (sheet: SheetSnapshot, settings = DEFAULT_SETTINGS) => analyseWorkbook({ sheets: [sheet] }, settings, "2020-01-15");

describe("the current rating beside a target or an earlier one", () => {
  it("reads the current rating column, whichever side the other stands, and counts its ratings", () => {
    for (const headers of [
      ["Current RAG", "Target RAG"],
      ["RAG", "Target RAG (March 2020)"],
      ["RAG Rating", "Forecast RAG"],
      ["Latest RAG", "Expected RAG at year end"],
      ["RAG now", "Planned RAG"],
      ["RAG Status", "Baseline RAG"],
      ["Current RAG", "Last quarter's RAG"],
      ["RAG", "Previous quarter RAG"],
    ] as [string, string][]) {
      for (const otherFirst of [true, false]) {
        const a = run(plan(headers, otherFirst));
        const label = `${headers.join(" / ")}, other first: ${otherFirst}`;
        expect(a.trackers[0]!.headers.rating, label).toBe(headers[0]);
        expect(a.totals.counts, label).toMatchObject({ Blue: 0, Green: 1, Amber: 2 });
        // Open actions past their date are overdue, where a target of Blue would have made every one complete.
        expect(a.overdue, label).toHaveLength(3);
      }
    }
  });

  it("says which column is read and why, in one warning naming the column passed over", () => {
    const a = run(plan(["Current RAG", "Target RAG"], true));
    expect(a.findings.filter((f) => f.code === "duplicate-column")).toEqual([
      {
        sheet: "Delivery Plan",
        row: 1,
        column: "D",
        code: "duplicate-column",
        severity: "warning",
        value: "Target RAG",
        message: 'Column D ("Target RAG") reads as a target or forecast rating, not the current one, so column E ("Current RAG") is read as the RAG rating column; if column D holds the current ratings, choose it under Column overrides in the task pane\'s settings.',
      },
    ]);
    const earlier = run(plan(["Current RAG", "Last quarter's RAG"], true));
    expect(earlier.findings.filter((f) => f.code === "duplicate-column").map((f) => f.message)).toEqual([expect.stringMatching(/^Column D \("Last quarter's RAG"\) reads as an earlier round's rating, not the current one, so column E \("Current RAG"\) is read/)]);
  });

  it("keeps rounds told by their words as rounds: a previous rating beside the current one is an info finding", () => {
    const a = run(plan(["Current RAG", "Previous RAG"], true));
    expect(a.trackers[0]!.headers.rating).toBe("Current RAG");
    expect(a.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    expect(a.findings.filter((f) => f.code === "other-round-column").map((f) => f.value)).toEqual(["Previous RAG"]);
  });

  it("takes no target for a later round, whatever date its header names", () => {
    const a = run(plan(["RAG (December 2019)", "Target RAG (March 2020)"], false));
    expect(a.trackers[0]!.headers.rating).toBe("RAG (December 2019)");
    expect(a.findings.filter((f) => f.code === "other-round-column")).toEqual([]);
  });

  it("leaves two plain rating headers rivals, read from the first, and two targets too", () => {
    const plain = run(plan(["RAG", "RAG Status"], false));
    expect(plain.trackers[0]!.headers.rating).toBe("RAG");
    expect(plain.findings.find((f) => f.code === "duplicate-column")?.message).toMatch(/^Column E \("RAG Status"\) and column D \("RAG"\) both head a RAG rating column/);
    const targets = run(plan(["Target RAG", "Forecast RAG"], false));
    expect(targets.trackers[0]!.headers.rating).toBe("Target RAG");
  });

  it("reads a column the settings name, target or not", () => {
    const settings = settingsSchema.parse({ columnOverrides: { "Delivery Plan": { rating: "D" } } });
    const a = run(plan(["Current RAG", "Target RAG"], true), settings);
    expect(a.trackers[0]!.headers.rating).toBe("Target RAG");
  });

  it("takes a rating measured against the target for the current one", () => {
    expect(ratingStanding("RAG against target")).toBe("current");
    expect(ratingStanding("RAG vs. plan")).toBe("current");
    expect(ratingStanding("RAG against planned timescale")).toBe("current");
    expect(ratingStanding("RAG Status (to agreed milestones)")).toBe("current");
    expect(ratingStanding("Planned RAG")).toBe("aimed");
    expect(ratingStanding("Target RAG")).toBe("aimed");
    expect(ratingStanding("Previous RAG")).toBe("earlier");
  });
});
