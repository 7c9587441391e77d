import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { ratingLabel } from "../../src/core/grouping";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";

/**
 * Rows of the Thurrock LSCP Delivery Plan 2019–2020 with a date typed into the RAG Rating cell (G),
 * as happens when a team pastes a row's last-update date one column too far right.
 */
function planWithRatings(ratings: CellValue[], ratingFormat: string) {
  const rows: CellValue[][] = [
    ["Action No", "Action", "Lead Group", "Target date", "Progress", "Date of last update", "RAG Rating"],
    ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", "October 2019", "Report received at MEB.", "15th October 2019", ratings[0]!],
    ["2.5", "Receive and review Annual Report from IRO", "Management Executive Board", "October 2019", "", null, ratings[1]!],
  ];
  const numberFormats = rows.map((r) => r.map((_, c) => (c === 6 ? ratingFormat : "General")));
  const sheet: SheetSnapshot = { name: "Delivery Plan", firstRow: 1, firstColumn: 1, merges: [], values: rows, numberFormats };
  return analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2020-01-15");
}

describe("a date typed into a rating cell", () => {
  it("is quoted as the date the cell shows, not as Excel's serial number, in findings and lists (Office.js and the streaming door hand over the number and its format)", () => {
    const a = planWithRatings([43763, "A"], "dd/mm/yyyy");
    const invalid = a.findings.filter((f) => f.code === "rating-invalid");
    expect(invalid.map((f) => [f.row, f.column, f.value, f.message])).toEqual([
      [2, "G", "25 October 2019", "Row 2: the rating cell holds a date, 25 October 2019, not a rating; expected Blue (B), Green (G), Amber (A) or Red (R)."],
    ]);
    expect(ratingLabel(a.actions[0]!)).toBe("Invalid: 25 October 2019");
    expect(a.totals.counts.Invalid).toBe(1);
    // The Stale Actions sheet's Rating column (F) shows it the same way.
    const stale = buildSummaryPlan(a).sheets.find((s) => s.key === "stale")!;
    const row = stale.rows.find((r) => r.some((c) => c.kind === "text" && c.value === "Receive and review Annual Report from LADO"))!;
    expect(row[5]).toMatchObject({ kind: "text", value: "Invalid: 25 October 2019" });
  });

  it("reads the same from a date the file door hands over as a Date", () => {
    const a = planWithRatings([new Date(Date.UTC(2019, 9, 25)), "A"], "dd/mm/yyyy");
    expect(ratingLabel(a.actions[0]!)).toBe("Invalid: 25 October 2019");
    expect(a.findings.find((f) => f.code === "rating-invalid")?.value).toBe("25 October 2019");
  });

  it("leaves a number in a cell not formatted as a date as the number it is, even one that could be a date's serial", () => {
    expect(ratingLabel(planWithRatings([45000, "A"], "General").actions[0]!)).toBe("Invalid: 45000");
    const a = planWithRatings([3, "A"], "General");
    expect(ratingLabel(a.actions[0]!)).toBe("Invalid: 3");
    expect(a.findings.find((f) => f.code === "rating-invalid")?.message).toBe('Row 2: "3" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R).');
  });
});
