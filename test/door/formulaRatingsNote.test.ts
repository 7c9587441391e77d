import { describe, expect, it } from "vitest";
import { formulaRatingsNote } from "../../src/door/editConflicts";

describe("the sentence for ratings formulas give", () => {
  it("names rows in runs, the first three runs and how many rows more where the list would be long", () => {
    expect(formulaRatingsNote("Leo", [[3], [4], [5], [7], [9], [11], [13, 14, 15]])).toBe(
      '7 ratings on "Leo" were left as they are because formulas give them (rows 3 to 5, 7, 9 and 4 more); fix the ratings in the cells the formulas read.',
    );
    expect(formulaRatingsNote("Leo", [[3], [4], [5], [7], [9], [11]])).toBe('Rows 3 to 5, 7, 9 and 11 of "Leo" were left as they are because formulas give their ratings; fix the ratings in the cells the formulas read.');
    // One merged cell rating actions in many places apart (rows between them not actions).
    expect(formulaRatingsNote("Leo", [[3, 5, 7, 9, 11]])).toBe('The rating on "Leo" merged over rows 3, 5, 7 and 2 more was left as it is because a formula gives it; fix the rating in the cell the formula reads.');
  });

  it("never cuts the list between the two rows of a rating merged over them, so each rating named is named whole", () => {
    // Rows 6 and 7 are one merged rating: "rows 3, 4, 6 and 5 more" named half of it.
    expect(formulaRatingsNote("Leo", [[3], [4], [6, 7], [9, 10], [12, 13]])).toBe(
      '5 ratings on "Leo" were left as they are because formulas give them (rows 3, 4, 6, 7 and 4 more); fix the ratings in the cells the formulas read.',
    );
    // "rows 3, 5, 7 and 2 more" named row 7 of the merge over rows 7 and 8, and hid the other: only row 10 is left to hide, so all are named.
    expect(formulaRatingsNote("Leo", [[3], [5], [7, 8], [10]])).toBe('Rows 3, 5, 7, 8 and 10 of "Leo" were left as they are because formulas give their ratings; fix the ratings in the cells the formulas read.');
    // A cut that falls between two ratings is where it was.
    expect(formulaRatingsNote("Leo", [[3], [5, 6], [8], [10, 11]])).toBe(
      '4 ratings on "Leo" were left as they are because formulas give them (rows 3, 5, 6 and 3 more); fix the ratings in the cells the formulas read.',
    );
  });
});
