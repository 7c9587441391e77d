/** The grid's caption for a selected cell, in the words a manager uses for a place in a workbook. */
import { describe, expect, it } from "vitest";
import { selectedCellSentence } from "../../src/workbench/selectedCellSentence";

describe("the selected cell's caption", () => {
  it("names the sheet and the cell as a person says them, with no quotes or exclamation mark", () => {
    // The delivery plan's "Yellow" rating in t66's Q4 session: row 21, the RAG column G.
    expect(selectedCellSentence({ sheet: "Delivery Plan 2019-20", row: 21, column: 7 })).toBe("Selected: Delivery Plan 2019-20, cell G21");
    expect(selectedCellSentence({ sheet: "Frankie's review", row: 9, column: 28 })).toBe("Selected: Frankie's review, cell AB9");
  });
});
