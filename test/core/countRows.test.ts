import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";

const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [{ name: "Plan", firstRow: 1, firstColumn: 1, values, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");

const TABLE: CellValue[][] = [
  ["Rec No", "Recommendation", "Response", "Notes", "RAG"],
  [1, "Consider deputies on Strategic Group", "Deputies now attend.", null, "Blue"],
  [2, "Revise the Learning and Improvement Framework", "Out for consultation.", null, "Amber"],
];

describe("a count kept under the table is not an action", () => {
  it('"Blue actions | 2" in the rating column (a COUNTIF result) is neither counted nor reported', () => {
    const a = run([...TABLE, [], [null, null, null, "Blue actions", 1], [null, null, null, "All actions", 2]]);
    expect(a.actions.map((x) => x.ref)).toEqual(["1", "2"]);
    expect(a.totals.total).toBe(2);
    expect(a.findings.filter((f) => f.code === "rating-invalid")).toEqual([]);
  });

  it("a count labelled in an action column ('Blue', 'Total actions', 'Total' beside a number or a number written as text) is not an action either", () => {
    const a = run([...TABLE, [], [null, null, "Blue", null, 1], [null, null, "Total actions", null, 2], [null, "Total", null, null, "2"]]);
    expect(a.actions.map((x) => x.ref)).toEqual(["1", "2"]);
    expect(a.findings.filter((f) => f.code === "rating-invalid")).toEqual([]);
  });

  it("a count and its label in any two cells ('Blue | 7' under the number and recommendation columns, 'Amber-Green | 1' beside an index without it) is not an action", () => {
    const a = run([...TABLE, [], ["Blue", 7], ["Green", "3"], [null, "Amber-Green", null, null, 1], ["Total", { formula: "SUM(A5:A6)" }]]);
    expect(a.actions.map((x) => x.ref)).toEqual(["1", "2"]);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a number in the rating column of a row with a recommendation is still an action, and an invalid rating", () => {
    const a = run([...TABLE, [3, "Agree a multi-agency dataset", null, null, 3], [null, null, "See the agreed actions", null, 4]]);
    expect(a.totals.total).toBe(4);
    expect(a.findings.filter((f) => f.code === "rating-invalid").map((f) => f.row)).toEqual([4, 5]);
  });
});
