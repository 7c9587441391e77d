import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { deliveryPlanSheet } from "../fixtures/deliveryPlan";
import { caseReviewSheet, CASE_REVIEW_HEADER } from "../fixtures/caseReviews";

const run = (sheet: SheetSnapshot) => analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2021-11-01");
const withRows = (sheet: SheetSnapshot, rows: CellValue[][]): SheetSnapshot => ({ ...sheet, values: [...sheet.values, ...rows] });

/** The delivery plan's columns: Objective | Action No | Action | Measure | Time Scale | Lead Group | RAG. */
const RAG = 6;
const row = (cells: Record<number, CellValue>): CellValue[] => Array.from({ length: RAG + 1 }, (_, i) => cells[i] ?? null);

describe("a count block under the table labelled with the ratings' codes", () => {
  it("the delivery plan's 101 actions, then Total and B/G/A/R beside their COUNTIF results in the RAG column: the same 101 counted, no row of the block an action with an invalid rating", () => {
    const plan = deliveryPlanSheet();
    const plain = run(plan);
    expect(plain.totals.total).toBe(101);
    const { Blue = 0, Green = 0, Amber = 0, Red = 0 } = plain.totals.counts as Record<string, number>;
    for (const gap of [[[]], []] as CellValue[][][]) {
      const a = run(withRows(plan, [row({ 0: "Total", [RAG]: 101 }), ...gap, row({ 0: "B", [RAG]: Blue }), row({ 0: "G", [RAG]: Green }), row({ 0: "A", [RAG]: Amber }), row({ 0: "R", [RAG]: Red })]));
      expect(a.totals).toEqual(plain.totals);
      expect(a.findings.filter((f) => f.code === "rating-invalid")).toEqual(plain.findings.filter((f) => f.code === "rating-invalid"));
    }
  });

  it("a code beside an action's own text is no label: the row stays an action, its number warned of as no rating", () => {
    const a = run(withRows(deliveryPlanSheet(), [row({ 0: "B", 1: 6.1, 2: "Audit the quality of strategy discussions", [RAG]: 3 })]));
    expect(a.totals.total).toBe(102);
    expect(a.findings.filter((f) => f.code === "rating-invalid").map((f) => f.value)).toContain("3");
  });
});

describe("a Total row whose count is written with its noun", () => {
  /** The case reviews' columns: Review | Action No | Theme | Recommendation | Action | … | RAG Status. */
  const ACTION = CASE_REVIEW_HEADER.indexOf("Action");
  const STATUS = CASE_REVIEW_HEADER.indexOf("RAG Status");
  const caseRow = (cells: Record<number, CellValue>): CellValue[] => CASE_REVIEW_HEADER.map((_, i) => cells[i] ?? null);

  it('"Total" in the Action column beside =COUNTA(J3:J48)&" actions" ("46 actions") in the RAG column: the 46 case review actions counted, not 47', () => {
    const plain = run(caseReviewSheet());
    expect(plain.totals.total).toBe(46);
    const a = run(withRows(caseReviewSheet(), [caseRow({ [ACTION]: "Total", [STATUS]: "46 actions" })]));
    expect(a.totals).toEqual(plain.totals);
    expect(a.byReview.map((r) => [r.name, r.total])).toEqual([["Frankie", 14], ["Sam and Kyle", 18], ["Leo", 14]]);
    expect(a.findings.filter((f) => f.code === "rating-invalid")).toEqual([]);
    expect(a.stale.map((s) => s.action.row)).toEqual(plain.stale.map((s) => s.action.row));
  });

  it('"46 actions" alone on its row, with no label, stays an action with an invalid rating, so the stray entry is seen', () => {
    const a = run(withRows(caseReviewSheet(), [caseRow({ [STATUS]: "46 actions" })]));
    expect(a.totals.total).toBe(47);
    expect(a.findings.filter((f) => f.code === "rating-invalid").map((f) => f.value)).toEqual(["46 actions"]);
  });
});
