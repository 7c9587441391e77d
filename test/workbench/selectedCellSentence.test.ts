/** The grid's caption for a selected cell, in the words a manager uses for a place in a workbook, with what the cell holds. */
import { describe, expect, it } from "vitest";
import { selectedCellSentence } from "../../src/workbench/selectedCellSentence";

describe("the selected cell's caption", () => {
  it("names the sheet and the cell as a person says them, with no quotes or exclamation mark", () => {
    // The delivery plan's "Yellow" rating in t66's Q4 session: row 21, the RAG column G.
    expect(selectedCellSentence({ sheet: "Delivery Plan 2019-20", row: 21, column: 7 }, "Yellow")).toBe("Selected: Delivery Plan 2019-20, cell G21, ‘Yellow’");
    expect(selectedCellSentence({ sheet: "Frankie's review", row: 9, column: 28 }, "Q3 2021")).toBe("Selected: Frankie's review, cell AB9, ‘Q3 2021’");
  });

  it("says what the cell holds, an empty one as empty, and cuts a long update short", () => {
    // t75's team plan: the rating "TBC" in F5, and F11 filled green with nothing typed.
    expect(selectedCellSentence({ sheet: "Team Plan", row: 5, column: 6 }, "TBC")).toBe("Selected: Team Plan, cell F5, ‘TBC’");
    expect(selectedCellSentence({ sheet: "Team Plan", row: 11, column: 6 }, "")).toBe("Selected: Team Plan, cell F11, empty");
    expect(selectedCellSentence({ sheet: "Team Plan", row: 11, column: 6 }, "  ")).toBe("Selected: Team Plan, cell F11, empty");
    expect(selectedCellSentence({ sheet: "Team Plan", row: 11, column: 6 })).toBe("Selected: Team Plan, cell F11, empty");
    // The trailing space that makes "blue " not a rating is kept.
    expect(selectedCellSentence({ sheet: "Team Plan", row: 7, column: 6 }, "blue ")).toBe("Selected: Team Plan, cell F7, ‘blue ’");
    const update = `Toolkit drafted and shared with partners; ${"awaiting comments from health and education colleagues ".repeat(4)}`;
    const said = selectedCellSentence({ sheet: "Team Plan", row: 5, column: 5 }, update);
    expect(said.startsWith("Selected: Team Plan, cell E5, ‘Toolkit drafted and shared with partners; awaiting")).toBe(true);
    expect(said.endsWith("…’")).toBe(true);
    expect(said.length).toBeLessThan(170);
  });
});
