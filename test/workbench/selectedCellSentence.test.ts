/** The grid's caption for a selected cell, in the words a manager uses for a place in a workbook, with what the cell holds. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { highlightRatingProblems, highlightStaleRows } from "../../src/door/operations";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { selectedCellCaption, selectedCellSentence } from "../../src/workbench/selectedCellSentence";
import { sampleBytes } from "../helpers/workbooks";

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

  it("says what the cell's colour means, as its description does, so a blank cell counted as Green is not heard as just empty", async () => {
    // The sample, with Delivery Plan 2019-20 G20 left blank and filled green (t87's F11 on the team plan).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sampleBytes() as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet("Delivery Plan 2019-20")!.getCell("G20");
    cell.value = null;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    const door = await XlsxDoor.open(new Uint8Array(await workbook.xlsx.writeBuffer()), "sample-action-plans.xlsx");
    await door.writeSettings({ ...DEFAULT_SETTINGS, asOf: "2025-01-01" });
    await highlightRatingProblems(door);
    const { analysis } = await highlightStaleRows(door);
    const caption = (sheet: string, row: number, column: number) => selectedCellCaption(door.sheetView(sheet)!, { sheet, row, column }, analysis);

    expect(caption("Delivery Plan 2019-20", 20, 7)).toBe("Selected: Delivery Plan 2019-20, cell G20, empty, rating given by colour: Green");
    expect(caption("Delivery Plan 2019-20", 63, 7)).toBe("Selected: Delivery Plan 2019-20, cell G63, ‘Yellow’, rating not in the RAG index");
    expect(caption("Delivery Plan 2019-20", 54, 7)).toBe("Selected: Delivery Plan 2019-20, cell G54, empty, no rating");
    expect(caption("Case Reviews", 38, 4)).toMatch(/^Selected: Case Reviews, cell D38, ‘.+’, no update for 1,191 days$/);
    // A cell whose colour says nothing more is said as before.
    expect(caption("Delivery Plan 2019-20", 11, 7)).toBe("Selected: Delivery Plan 2019-20, cell G11, ‘blue ’");
  });
});
