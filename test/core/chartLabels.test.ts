/** The counts written on a chart's bars: none on a segment too short to hold its count, none for zero. */
import { describe, expect, it } from "vitest";
import { chartLabelFormat } from "../../src/core/writePlan";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";
import { deliveryPlanSheet } from "../fixtures/deliveryPlan";

describe("the number format of a chart's counts", () => {
  it("shows every count but zero on a short chart, and hides the counts too short for their bars on a long one", () => {
    // A review of 14 actions is the longest bar: a segment of 1 is a fourteenth of it, room enough.
    expect(chartLabelFormat(14, "stackedBar")).toBe('[>=1]0;""');
    // Beside the delivery plan's 101, a segment of 1 would print its "1" over its neighbour's.
    expect(chartLabelFormat(101, "stackedBar")).toBe('[>=2]0;""');
    // Where a count of two digits needs more than 10, that least holds for all.
    expect(chartLabelFormat(400, "stackedBar")).toBe('[>=12]0;""');
    expect(chartLabelFormat(0, "stackedBar")).toBe('[>=1]0;""');
    // The delivery plan's aims take half the chart's width beside their bars: beside its aim of 54, a segment of 1 is too short.
    expect(chartLabelFormat(54, "stackedBar")).toBe('[>=1]0;""');
    expect(chartLabelFormat(54, "stackedBar", 0.5)).toBe('[>=2]0;""');
    // A column chart's segments are heights: a line of text needs more of a short chart than a digit's width of a wide one.
    expect(chartLabelFormat(14, "stackedColumn")).toBe('[>=1]0;""');
    expect(chartLabelFormat(261, "stackedColumn")).toBe('[>=16]0;""');
  });

  it("is set on the RAG Summary's charts by their longest bar, and their longest label", () => {
    const analysis = analyseWorkbook({ sheets: [peerReviewSheet(), caseReviewSheet()] }, DEFAULT_SETTINGS, "2021-11-01");
    const summary = buildSummaryPlan(analysis).sheets.find((s) => s.key === "summary")!;
    expect(summary.charts.map((c) => [c.title, c.labelFormat])).toEqual([
      ["Ratings by review", chartLabelFormat(26, "stackedBar")],
      ["Ratings by category", chartLabelFormat(Math.max(...analysis.byCategory.map((g) => g.total)), "stackedBar")],
    ]);
    const plan = analyseWorkbook({ sheets: [deliveryPlanSheet()] }, DEFAULT_SETTINGS, "2020-04-14");
    const aims = buildSummaryPlan(plan).sheets.find((s) => s.key === "summary")!.charts.find((c) => c.title === "Ratings by category")!;
    expect(Math.max(...plan.byCategory.map((g) => g.total))).toBe(53);
    expect(aims.labelFormat).toBe('[>=2]0;""');
  });
});
