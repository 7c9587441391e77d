/** A rating column sorted on its own, apart from its actions, is said; a table sorted whole by rating is not. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";

const RATING = 9;
const sortedAlone = (sheet: SheetSnapshot) => analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2021-12-15").findings.filter((f) => f.code === "ratings-sorted-alone");

/** The case reviews with their rows (below the title and header) given by `rows`. */
const withRows = (rows: (all: CellValue[][]) => CellValue[][]): SheetSnapshot => {
  const sheet = caseReviewSheet();
  return { ...sheet, values: [...sheet.values.slice(0, 2), ...rows(sheet.values.slice(2).map((r) => [...r]))] };
};
const byRating = (a: CellValue[], b: CellValue[]) => String(a[RATING]).localeCompare(String(b[RATING]));

describe("a rating column sorted on its own", () => {
  it("is said, with its cells and the order its ratings run in, where the numbers kept theirs", () => {
    const alone = withRows((rows) => {
      const ratings = rows.map((r) => r[RATING]).sort((a, b) => String(a).localeCompare(String(b)));
      return rows.map((r, i) => Object.assign([...r], { [RATING]: ratings[i] }));
    });
    expect(sortedAlone(alone)).toEqual([
      {
        sheet: "Case Reviews",
        row: 3,
        column: "J",
        code: "ratings-sorted-alone",
        severity: "warning",
        message:
          'The ratings in J3:J48 run in A to Z order (Amber, Blue and Green) down the whole table, while the action numbers keep their own order, as when the rating column alone is sorted ("Continue with the current selection"); if so, undo the sort or sort the whole table, as the counts now pair ratings with other actions.',
      },
    ]);
  });

  it("is not said of a table sorted whole by rating, nor of ratings as the plans hold them", () => {
    expect(sortedAlone(withRows((rows) => [...rows].sort(byRating)))).toEqual([]);
    expect(sortedAlone(caseReviewSheet())).toEqual([]);
    expect(sortedAlone(peerReviewSheet())).toEqual([]);
  });
});
