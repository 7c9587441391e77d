/** Error values (#VALUE!, #REF!, #N/A) where an action's dates or rating should be: a formula that failed, said as such. */
import { describe, expect, it } from "vitest";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { outcomeMessage } from "../../src/core/outcome";
import { toJsonReport } from "../../src/core/jsonReport";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const HEADER = ["No", "Action", "Lead", "Target date", "Last updated", "RAG"];
const RECENT = new Date(Date.UTC(2021, 9, 1));
const NEXT_YEAR = new Date(Date.UTC(2022, 2, 31));
const sheet = (rows: CellValue[][]): SheetSnapshot => ({ name: "Plan", firstRow: 1, firstColumn: 1, values: [HEADER, ...rows], merges: [] });
const run = (rows: CellValue[][]) => analyseWorkbook({ sheets: [sheet(rows)] }, { ...DEFAULT_SETTINGS, asOf: "2021-11-01" }, "2021-11-01");
const staleSheetTexts = (rows: CellValue[][]) =>
  buildSummaryPlan(run(rows))
    .sheets.find((s) => s.key === "stale")!
    .rows.flat()
    .flatMap((c) => (c.kind === "text" ? [c.value] : []));

describe("an error value in a last-updated cell", () => {
  const rows: CellValue[][] = [
    [1, "Refresh the neglect toolkit", "Health", NEXT_YEAR, { error: "#VALUE!" }, "Green"],
    [2, "Brief frontline staff", "Police", NEXT_YEAR, RECENT, "Amber"],
    // Complete: neither stale nor overdue, so its dates are not worth a word.
    [3, "Add a prompt to the referral form", "Education", NEXT_YEAR, { error: "#VALUE!" }, "Blue"],
  ];

  it("is one warning naming the cell and the error, for an open action only", () => {
    const errors = run(rows).findings.filter((f) => f.code === "error-value");
    expect(errors).toEqual([
      {
        sheet: "Plan",
        row: 2,
        column: "E",
        code: "error-value",
        severity: "warning",
        value: "#VALUE!",
        message: "Cell E2 holds the error #VALUE!, so the action's last update cannot be read and it is listed as stale, with the error shown in place of a date; correct the formula, or type the date.",
      },
    ]);
  });

  it("leaves the action stale, as one with no known update, with no count of days", () => {
    const analysis = run(rows);
    expect(analysis.stale.map((s) => [s.action.row, s.days])).toEqual([[2, null]]);
    expect(analysis.actions[0]!.updatedWritten).toBe("#VALUE!");
  });

  it("shows the error on the Stale Actions sheet, never the word never", () => {
    const texts = staleSheetTexts(rows);
    expect(texts).toContain("#VALUE!");
    expect(texts).not.toContain("never");
  });
});

describe("a last-updated cell that gives no date but is not empty", () => {
  it("shows what it holds on the Stale Actions sheet; an empty cell or a cell saying never still reads never", () => {
    const texts = staleSheetTexts([
      [1, "Refresh the neglect toolkit", "Health", NEXT_YEAR, "Ongoing", "Green"],
      [2, "Brief frontline staff", "Police", NEXT_YEAR, null, "Amber"],
      [3, "Audit assessments", "Police", NEXT_YEAR, "Not yet", "Amber"],
    ]);
    expect(texts).toContain("Ongoing");
    expect(texts.filter((t) => t === "never")).toHaveLength(2);
  });
});

describe("an error value in a due-date cell", () => {
  it("is one warning, and the action is not judged overdue on it", () => {
    const analysis = run([
      [1, "Refresh the neglect toolkit", "Health", { error: "#REF!" }, RECENT, "Amber"],
      [2, "Add a prompt to the referral form", "Education", { error: "#REF!" }, RECENT, "Blue"],
    ]);
    expect(analysis.findings.filter((f) => f.code === "error-value").map((f) => f.message)).toEqual([
      "Cell D2 holds the error #REF!, so the action's due date cannot be read and it is not checked for being overdue; correct the formula, or type the date.",
    ]);
    expect(analysis.overdue).toEqual([]);
    expect(analysis.actions[0]!.due).toBeNull();
  });

  it("is counted as not checked for being overdue, as the warning says, beside a sheet's actions that are", () => {
    const analysis = run([
      [1, "Refresh the neglect toolkit", "Health", { error: "#REF!" }, RECENT, "Amber"],
      [2, "Brief frontline staff", "Police", NEXT_YEAR, RECENT, "Amber"],
    ]);
    expect(outcomeMessage(analysis)).toContain("0 overdue (1 not checked: time scale not read).");
    expect(toJsonReport(analysis).notChecked.overdue).toBe(1);
  });
});

describe("an error value in a rating cell", () => {
  it("says the formula gives an error, not that the error is missing from the index", () => {
    const analysis = run([[1, "Refresh the neglect toolkit", "Health", NEXT_YEAR, RECENT, { error: "#N/A" }]]);
    const finding = analysis.findings.find((f) => f.code === "rating-invalid")!;
    expect(finding).toMatchObject({ row: 2, column: "F", severity: "error", value: "#N/A" });
    expect(finding.message).toBe(
      "Row 2: cell F2 holds the error #N/A, which a formula gives when it fails, not a rating; correct the formula (or the cell it looks up) so it gives Blue (B), Green (G), Amber (A) or Red (R), or type the rating.",
    );
    expect(finding.fix).toBeUndefined();
    expect(analysis.totals.counts).toMatchObject({ Invalid: 1 });
  });
});
