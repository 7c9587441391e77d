import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { excelJsParts } from "../../src/xlsx/excelJsParts";

function smallWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.getCell("A1").value = "Rec No";
  sheet.getCell("B1").value = "RAG Rating";
  sheet.getCell("A2").value = 1;
  sheet.getCell("B2").value = "Blue";
  return workbook;
}

function fileNames(zip: JSZip): string[] {
  const names: string[] = [];
  zip.forEach((name, file) => {
    if (!file.dir) names.push(name);
  });
  return names;
}

describe("ExcelJS's parts before it zips them", () => {
  it("holds every part ExcelJS would have zipped, with the same content", async () => {
    const parts = await excelJsParts(smallWorkbook());
    const zipped = await JSZip.loadAsync(await smallWorkbook().xlsx.writeBuffer());
    expect(fileNames(parts)).toEqual(fileNames(zipped));
    const sheet = await parts.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toBe(await zipped.file("xl/worksheets/sheet1.xml")!.async("string"));
    expect(await parts.file("xl/sharedStrings.xml")!.async("string")).toContain("RAG Rating");
  });

  it("leaves the workbook able to write itself as a zip afterwards", async () => {
    const workbook = smallWorkbook();
    await excelJsParts(workbook);
    expect(Object.prototype.hasOwnProperty.call(workbook.xlsx, "_finalize")).toBe(false);
    const again = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    expect(again.file("xl/workbook.xml")).not.toBeNull();
  });
});
