/** A sheet whose header row was deleted, its ratings still there, is said as a warning, not skipped as a notes sheet. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { SheetSnapshot } from "../../src/core/cells";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";

const skipped = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2021-12-15").findings.filter((f) => f.code === "sheet-no-tracker");

describe("a sheet with no header row", () => {
  it("that still holds a column of ratings is a warning naming the column, as its actions are all left out", () => {
    const cases = caseReviewSheet();
    const headerless: SheetSnapshot = { ...cases, values: cases.values.filter((_, i) => i !== 1) };
    expect(skipped([peerReviewSheet(), headerless])).toEqual([
      {
        sheet: "Case Reviews",
        code: "sheet-no-tracker",
        severity: "warning",
        message:
          'Sheet "Case Reviews" was skipped: it has no header row naming action-plan columns (such as Recommendation, Actions, Response, RAG), though its column J holds 46 ratings (Blue, Amber and Green); if its header row was deleted or cleared, put it back, as none of its actions are counted.',
      },
    ]);
  });

  it("holding notes, or a key of four ratings, is skipped for information", () => {
    const notes: SheetSnapshot = { name: "Notes", firstRow: 1, firstColumn: 1, merges: [], values: [["Minutes"], ["Blue means complete."], ["Red"], ["Amber"], ["Green"], ["Blue"]] };
    expect(skipped([peerReviewSheet(), notes]).map((f) => f.severity)).toEqual(["info"]);
  });
});
