import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { caseReviewSheet, CASE_REVIEW_HEADER } from "../fixtures/caseReviews";

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values, merges: [] });
const run = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2021-11-01");

/** Frankie's 14 (11 blue, 3 amber) and Leo's 14 (1 blue, 4 green, 9 amber), a sheet each, as the minutes count them. */
const reviewSheet = (review: string) => sheet(review, [CASE_REVIEW_HEADER, ...caseReviewSheet().values.filter((row) => row[0] === review)]);
const REVIEWS = [reviewSheet("Frankie"), reviewSheet("Leo")];

describe("a front Contents sheet listing the workbook's plans is not a tracker", () => {
  it("'Sheet | Description | Actions | RAG' (a count and the overall rating of each review) is skipped, and says why: 28 actions, not 30", () => {
    const contents = sheet("Contents", [["LSCP action plans"], [], ["Sheet", "Description", "Actions", "RAG"], ["Frankie", "Frankie – LCSPR action plan", 14, "Amber"], ["Leo", "Leo – LCSPR action plan", 14, "Amber"]]);
    const a = run([contents, ...REVIEWS]);
    expect(a.byReview.map((r) => [r.name, r.total])).toEqual([["Frankie", 14], ["Leo", 14]]);
    expect(a.totals.total).toBe(28);
    expect(a.findings.filter((f) => f.sheet === "Contents")).toEqual([
      {
        sheet: "Contents",
        code: "sheet-no-tracker",
        severity: "info",
        message: 'Sheet "Contents" was skipped as a contents list, not a tracker: each of its rows names another sheet of this workbook ("Frankie" and "Leo", on rows 4 and 5), and its "Actions" column holds numbers (14 and 14), not the wording of actions.',
      },
    ]);
  });

  it("'Action plan | Overall RAG' and 'Action plan | Lead | Actions | Overall RAG | Last updated' are skipped too", () => {
    const plan = sheet("Contents", [["LSCP action plans"], [], ["Action plan", "Overall RAG"], ["Frankie", "Amber"], ["Leo", "Amber"]]);
    const dashboard = sheet("Contents", [["Action plan", "Lead", "Actions", "Overall RAG", "Last updated"], ["Frankie", "Children's Social Care", 14, "Amber", new Date(Date.UTC(2021, 9, 5))], ["Leo", "Police", 14, "Amber", new Date(Date.UTC(2021, 9, 26))]]);
    for (const contents of [plan, dashboard]) {
      const a = run([contents, ...REVIEWS]);
      expect(a.totals.total).toBe(28);
      expect(a.findings.filter((f) => f.sheet === "Contents").map((f) => f.message)).toEqual([expect.stringContaining('its "Action plan" column holds those sheets\' names, not the wording of actions.')]);
    }
  });

  it("'Review | Lead | No. of actions | Overall RAG' says it is a contents list, not that its rows repeat actions with the same number, wording and rating", () => {
    const contents = sheet("Contents", [["LSCP action plans"], [], ["Review", "Lead", "No. of actions", "Overall RAG"], ["Frankie", "Children's Social Care", 14, "Amber"], ["Leo", "Police", 14, "Amber"]]);
    const a = run([contents, ...REVIEWS]);
    expect(a.totals.total).toBe(28);
    expect(a.findings.filter((f) => f.sheet === "Contents").map((f) => f.message)).toEqual([
      'Sheet "Contents" was skipped as a contents list, not a tracker: each of its rows names another sheet of this workbook ("Frankie" and "Leo", on rows 4 and 5), and no column holds the wording of an action.',
    ]);
  });

  it("'Review | Action | Lead | Time scale | RAG' with the Action column empty says that column is empty, not that it holds the sheets' names", () => {
    const outstanding = sheet("Outstanding", [["Review", "Action", "Lead", "Time scale", "RAG"], ["Frankie", null, "LSCP", "March 2022", "A"], ["Leo", null, "LSCP", "March 2022", "R"]]);
    const a = run([outstanding, ...REVIEWS]);
    expect(a.totals.total).toBe(28);
    expect(a.findings.filter((f) => f.sheet === "Outstanding").map((f) => f.message)).toEqual([
      'Sheet "Outstanding" was skipped as a contents list, not a tracker: each of its rows names another sheet of this workbook ("Frankie" and "Leo", on rows 2 and 3), and its "Action" column is empty on every row, with no wording of an action.',
    ]);
  });

  it("a sheet of every review's actions, each row naming a review's sheet, is still read as a tracker", () => {
    const a = run([caseReviewSheet(), ...REVIEWS]);
    expect(a.trackers.map((t) => t.sheet)).toContain("Case Reviews");
    expect(a.findings.filter((f) => f.message.includes("contents list"))).toEqual([]);
  });
});
