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
    const right = Object.fromEntries(sheetView(sheet, makePalette(null)).cells.map((c) => [c.column, c.alignRight]));
    expect(right).toEqual({ 1: true, 2: false, 3: true, 4: false });
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
    const fills = view.cells.filter((c) => c.column === 3 && c.row > 1).map((c) => [c.row, c.text, c.look.fill]);
    const [green, tinted] = await door.readFills([2, 3].map((row) => ({ sheet: "Plan", row, column: 3 })));
    expect(fills).toEqual([
      [2, "", "#00B050"],
      [3, "", tinted],
    ]);
    expect(green).toBe("#00B050");
    expect(tinted).toMatch(/^#[0-9A-F]{6}$/);
  });
});
