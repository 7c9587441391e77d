/** The counts written on a chart's bars: none on a segment too short to hold its count, none for zero. */
import { describe, expect, it } from "vitest";
import { chartLabelFormat, ratingInitials } from "../../src/core/writePlan";
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

describe("the rating's initial before each count, so a chart printed in grey tells the ratings apart", () => {
  it("writes 'B 30' where the segment has room for it, the count alone where it has room for that only, and nothing on a shorter one", () => {
    // The delivery plan's aims (Strategic Aim 1: 30 blue, 15 green, 8 amber; the longest bar 54, its labels half the width).
    expect(chartLabelFormat(54, "stackedBar", 0.5, "B")).toBe('[>=5]"B "0;[>=2]0;""');
    expect(chartLabelFormat(14, "stackedBar", 0, "R")).toBe('[>=1]"R "0;""');
    // A column's segments are a line high, whatever the letters.
    expect(chartLabelFormat(261, "stackedColumn", 0, "A")).toBe('[>=16]"A "0;""');
    // Without an initial, as before.
    expect(chartLabelFormat(54, "stackedBar", 0.5)).toBe('[>=2]0;""');
  });

  it("gives each rating its own letter, its whole name where two begin alike", () => {
    expect(ratingInitials(["Blue", "Green", "Amber", "Red", "Unrated", "Invalid"])).toEqual(["B", "G", "A", "R", "U", "I"]);
    expect(ratingInitials(["Blue", "Black", "Red"])).toEqual(["Blue", "Black", "R"]);
  });

  it("is set on each series of the RAG Summary's and RAG History's charts, colours kept", () => {
    const plan = analyseWorkbook({ sheets: [deliveryPlanSheet()] }, DEFAULT_SETTINGS, "2020-04-14");
    const aims = buildSummaryPlan(plan).sheets.find((s) => s.key === "summary")!.charts.find((c) => c.title === "Ratings by category")!;
    expect(aims.series.map((s) => [s.name, s.colour, s.labelFormat])).toEqual(
      aims.series.map((s, i) => [s.name, plan.index.entries[i]?.colour ?? s.colour, chartLabelFormat(53, "stackedBar", 0.5, ratingInitials(aims.series.map((x) => x.name))[i])]),
    );
    expect(aims.series[0]!.labelFormat).toBe('[>=5]"B "0;[>=2]0;""');
  });
});
