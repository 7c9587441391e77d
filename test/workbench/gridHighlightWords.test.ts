/**
 * The grid's words for what it shows only as colour: each highlighted cell's state, as a screen
 * reader hears it in the cell's aria-description, and a rating given by a fill alone.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { highlightRatingProblems, highlightStaleRows } from "../../src/door/operations";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { gridModel } from "../../src/workbench/gridModel";
import { cellDescription, sheetFacts } from "../../src/workbench/cellDescription";
import { sampleBytes } from "../helpers/workbooks";

/** The sample, with Delivery Plan 2019-20 row 20's rating (column G) left blank and filled green, as a team marks Green without typing it. */
async function sampleWithColourOnlyRating(): Promise<XlsxDoor> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(sampleBytes() as unknown as ArrayBuffer);
  const cell = workbook.getWorksheet("Delivery Plan 2019-20")!.getCell("G20");
  cell.value = null;
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  return XlsxDoor.open(new Uint8Array(await workbook.xlsx.writeBuffer()), "sample-action-plans.xlsx");
}

describe("the grid's words for its colours", () => {
  it("says what each highlight means, in the engine's days, and names a rating given only by its fill", async () => {
    const door = await sampleWithColourOnlyRating();
    await door.writeSettings({ ...DEFAULT_SETTINGS, asOf: "2025-01-01" });
    await highlightRatingProblems(door);
    const { analysis } = await highlightStaleRows(door);
    const words = (sheet: string, row: number, column: number) => {
      const cell = gridModel(door.sheetViews().find((v) => v.name === sheet)!).rows.find((r) => r.row === row)!.cells.find((c) => c.column === column)!;
      return cellDescription(cell.highlights, row, column, sheetFacts(analysis, sheet));
    };
    // Case Reviews row 9: due long before 1 January 2025, last updated 10 May 2021.
    expect(words("Case Reviews", 9, 1)).toBe("overdue by 1,007 days; no update for 1,332 days");
    // Row 38: stale, not overdue: the peach fill.
    expect(words("Case Reviews", 38, 4)).toBe("no update for 1,191 days");
    // Delivery Plan 2019-20 row 63: "Yellow", highlighted as invalid.
    expect(words("Delivery Plan 2019-20", 63, 7)).toBe("rating not in the RAG index");
    expect(words("Delivery Plan 2019-20", 54, 7)).toBe("no rating");
    // Read as an empty cell, though the pane counts it as Green.
    expect(words("Delivery Plan 2019-20", 20, 7)).toBe("rating given by colour: Green");
    // A cell with no highlight and its text in full says nothing more.
    expect(words("Case Reviews", 1, 1)).toBeUndefined();
  });

  it("says the highlight without days when the pane has not read the workbook yet", async () => {
    const door = await sampleWithColourOnlyRating();
    await door.writeSettings({ ...DEFAULT_SETTINGS, asOf: "2025-01-01" });
    await highlightStaleRows(door);
    const cell = gridModel(door.sheetViews().find((v) => v.name === "Case Reviews")!).rows.find((r) => r.row === 9)!.cells[0]!;
    expect(cellDescription(cell.highlights, 9, 1, null)).toBe("overdue");
  });
});
