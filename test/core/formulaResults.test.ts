/** Cells a file read cannot give a value for: formulas saved without their result, and error values. */
import { describe, expect, it } from "vitest";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { cellText } from "../../src/core/cells";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const HEADER = ["Rec No", "Recommendation", "Response", "Time scale", "RAG"];
const sheet = (rows: CellValue[][]): SheetSnapshot => ({ name: "Plan", firstRow: 1, firstColumn: 1, values: [HEADER, ...rows], merges: [] });
const run = (rows: CellValue[][]) => analyseWorkbook({ sheets: [sheet(rows)] }, { ...DEFAULT_SETTINGS, asOf: "2021-11-01" }, "2021-11-01");

describe("a formula whose result the file does not hold", () => {
  const rows: CellValue[][] = [
    [1, "Consider deputies on Strategic Group", "Deputies now attend.", "June 2021", "Blue"],
    [2, "Recruit a lay member", "Advert out.", "June 2021", { formula: 'IF(C3="Done","Blue","Amber")' }],
    // A count beside the table with no stored result, alone on its row: not an action.
    [null, null, null, "Blue actions", { formula: 'COUNTIF(E2:E3,"Blue")' }],
  ];

  it("is an invalid rating whose finding says why and what to do", () => {
    const analysis = run(rows);
    expect(analysis.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(analysis.totals.counts).toMatchObject({ Blue: 1, Invalid: 1 });
    const finding = analysis.findings.find((f) => f.code === "rating-invalid")!;
    expect(finding).toMatchObject({ sheet: "Plan", row: 3, column: "E", severity: "error", value: '=IF(C3="Done","Blue","Amber")' });
    expect(finding.message).toBe(
      'Row 3: the rating is a formula (=IF(C3="Done","Blue","Amber")) whose result the file does not hold, so it cannot be read; open the workbook in Excel and save it so Excel stores the result, or type the rating.',
    );
    expect(finding.fix).toBeUndefined();
  });

  it("is quoted as its formula, as text, on the Stale Actions sheet", () => {
    const plan = buildSummaryPlan(run(rows));
    const stale = plan.sheets.find((s) => s.key === "stale")!;
    const ratings = stale.rows.flatMap((r) => r.filter((c) => c.kind === "text" && c.value.startsWith("Invalid")).map((c) => (c.kind === "text" ? c.value : "")));
    expect(ratings).toEqual(['Invalid: =IF(C3="Done","Blue","Amber")']);
  });

  it("reads as its formula where text is wanted", () => {
    expect(cellText({ formula: "A1&B1" })).toBe("=A1&B1");
  });
});

describe("an error value as a rating", () => {
  it("is quoted as the error's text on the Stale Actions sheet, not as an object", () => {
    const plan = buildSummaryPlan(run([[1, "Recruit a lay member", "Advert out.", "June 2021", { error: "#N/A" }]]));
    const texts = plan.sheets.find((s) => s.key === "stale")!.rows.flat().flatMap((c) => (c.kind === "text" ? [c.value] : []));
    expect(texts).toContain("Invalid: #N/A");
  });
});
