/** The workbench grid aligns a cell as Excel would: by its own alignment where it has one, else by its value. */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { sheetView } from "../../src/xlsx/sheetView";

describe("sheetView alignment", () => {
  it("shows a right-aligned text on the right and a left-aligned number on the left", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("S");
    sheet.getCell("A1").value = "never";
    sheet.getCell("A1").alignment = { horizontal: "right" };
    sheet.getCell("B1").value = "Overdue";
    sheet.getCell("C1").value = 12;
    sheet.getCell("D1").value = 7;
    sheet.getCell("D1").alignment = { horizontal: "left" };
    const right = Object.fromEntries(sheetView(sheet).cells.map((c) => [c.column, c.alignRight]));
    expect(right).toEqual({ 1: true, 2: false, 3: true, 4: false });
  });
});
