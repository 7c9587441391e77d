/** The workbench grid shows a cell as Excel would: aligned by its own alignment where it has one, else by its value, and filled as its style says. */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { sheetView } from "../../src/xlsx/sheetView";
import { makePalette } from "../../src/xlsx/fillColour";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";

describe("sheetView", () => {
  it("shows a right-aligned text on the right and a left-aligned number on the left", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("S");
    sheet.getCell("A1").value = "never";
    sheet.getCell("A1").alignment = { horizontal: "right" };
    sheet.getCell("B1").value = "Overdue";
    sheet.getCell("C1").value = 12;
    sheet.getCell("D1").value = 7;
    sheet.getCell("D1").alignment = { horizontal: "left" };
    const view = sheetView(sheet, makePalette(null));
    const right = Object.fromEntries([1, 2, 3, 4].map((column) => [column, view.cellAt(1, column)?.alignRight]));
    expect(right).toEqual({ 1: true, 2: false, 3: true, 4: false });
  });

  it("shows a place the sheet holds no cell for as its row's or column's style fills it, and nothing past a row's last cell", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("S");
    sheet.getColumn(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    sheet.getRow(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
    for (const row of [2, 3]) {
      sheet.getCell(row, 1).value = "Review";
      sheet.getCell(row, 3).value = "Action";
    }
    // Column B holds no cell in either row: its places show the styles around them.
    expect([sheet.findCell(2, 2), sheet.findCell(3, 2)]).toEqual([undefined, undefined]);
    const view = sheetView(sheet, makePalette(null));
    expect(view.cellAt(2, 2)?.look.fill).toBe("#00B050");
    expect(view.cellAt(3, 2)?.look.fill, "the row's style before the column's").toBe("#FFC000");
    expect(view.cellAt(2, 4)).toBeUndefined();
    expect([view.lastRow, view.lastColumn]).toEqual([3, 3]);
  });

  it("shows a blank cell's fill, a theme colour as the workbook's theme has it, as the door reads it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Plan");
    sheet.addRows([
      ["Rec No", "Recommendation", "RAG"],
      [1, "Consider deputies on Strategic Group", null],
      [2, "Revise Learning and Improvement Framework", null],
    ]);
    sheet.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    // Accent 3 of the theme ExcelJS writes, lightened 40%.
    sheet.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 6, tint: 0.4 } } as ExcelJS.Fill;
    const door = await XlsxDoor.open(new Uint8Array(await workbook.xlsx.writeBuffer()), "plan.xlsx");
    const view = door.sheetViews()[0]!;
    const fills = [2, 3].map((row) => view.cellAt(row, 3)).map((c) => [c?.row, c?.text, c?.look.fill]);
    const [green, tinted] = await door.readFills([2, 3].map((row) => ({ sheet: "Plan", row, column: 3 })));
    expect(fills).toEqual([
      [2, "", "#00B050"],
      [3, "", tinted],
    ]);
    expect(green).toBe("#00B050");
    expect(tinted).toMatch(/^#[0-9A-F]{6}$/);
  });
});
