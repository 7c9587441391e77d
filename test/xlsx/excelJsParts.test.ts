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

describe("sheets rendered without ExcelJS's cell writer", () => {
  function ownSheetWorkbook(): ExcelJS.Workbook {
    const workbook = smallWorkbook();
    const sheet = workbook.addWorksheet("RAG Summary");
    const boxed: Partial<ExcelJS.Style> = { font: { bold: true }, border: { top: { style: "thin" } }, alignment: { vertical: "top", wrapText: true } };
    const dated: Partial<ExcelJS.Style> = { numFmt: "dd/mm/yyyy" };
    sheet.getCell("A1").value = "Since 13 July 2021 & <before>";
    sheet.getCell("A1").style = boxed;
    sheet.mergeCells(1, 1, 1, 4);
    sheet.getCell("A3").value = 14.5;
    sheet.getCell("B3").value = new Date("2021-07-13T00:00:00Z");
    sheet.getCell("B3").style = dated;
    sheet.getCell("C3").style = boxed;
    sheet.getCell("D3").value = "Plan";
    sheet.getCell("A5").value = "Two rows";
    sheet.mergeCells("A5:B6");
    sheet.getRow(3).height = 45;
    return workbook;
  }

  it("writes the same sheet, strings and styles as ExcelJS", async () => {
    const own = await excelJsParts(ownSheetWorkbook());
    const library = await JSZip.loadAsync(await ownSheetWorkbook().xlsx.writeBuffer());
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/styles.xml"]) {
      expect(await own.file(part)!.async("string")).toBe(await library.file(part)!.async("string"));
    }
    const sheet = await own.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheet).toContain('<mergeCell ref="A1:D1"/>');
    expect(sheet).toContain('<mergeCell ref="A5:B6"/>');
  });

  it("leaves a sheet with a formula to ExcelJS", async () => {
    const workbook = ownSheetWorkbook();
    workbook.getWorksheet("RAG Summary")!.getCell("E3").value = { formula: "A3*2", result: 29 };
    const own = await excelJsParts(workbook);
    expect(await own.file("xl/worksheets/sheet2.xml")!.async("string")).toContain("<f>A3*2</f>");
  });
});

describe("a workbook read from a file, written again", () => {
  async function readBack(): Promise<ExcelJS.Workbook> {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("Plan");
    sheet.addRow(["Rec No", "Action", "Done", "Due", "Link", "Score"]);
    sheet.addRow([1, "Brief practitioners", true, new Date("2021-07-13T00:00:00Z"), { text: "Note", hyperlink: "https://example.org/" }, { formula: "A2*2", result: 2 }]);
    sheet.addRow([2, { richText: [{ text: "Rich " }, { text: "text", font: { bold: true } }] }, false, null, { error: "#N/A" }, { formula: "B2", result: "Brief practitioners" }]);
    sheet.getCell("B2").font = { italic: true };
    sheet.getRow(3).height = 30;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await source.xlsx.writeBuffer()) as ArrayBuffer);
    // Written after reading, with no style: ExcelJS gives an unstyled date its own date format.
    workbook.getWorksheet("Plan")!.getCell("G3").value = new Date("2021-11-01T00:00:00Z");
    return workbook;
  }

  it("writes the same sheet, styles and strings as ExcelJS does, unstyled cells of every kind included", async () => {
    const parts = await excelJsParts(await readBack());
    const zipped = await JSZip.loadAsync(await (await readBack()).xlsx.writeBuffer());
    for (const part of ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"]) {
      expect(await parts.file(part)!.async("string")).toBe(await zipped.file(part)!.async("string"));
    }
  });
});

describe("a tracker of text, numbers and dates read from a file, written again", () => {
  async function tracker(date1904: boolean): Promise<ExcelJS.Workbook> {
    const source = new ExcelJS.Workbook();
    source.properties.date1904 = date1904;
    const sheet = source.addWorksheet("Actions");
    sheet.addRow(["Peer review action plan"]);
    sheet.mergeCells("A1:D1");
    sheet.addRow(["Category", "Rec No", "Due", "RAG"]);
    sheet.addRow(["Finance", 13, new Date("2021-07-13T00:00:00Z"), "Blue"]);
    sheet.addRow(["Finance", 14.5, new Date("2019-12-31T00:00:00Z"), "  amber "]);
    sheet.addRow(["Governance & <Business> Support", 15, null, ""]);
    sheet.getColumn(3).numFmt = "dd/mm/yyyy";
    sheet.getCell("D5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
    sheet.getRow(2).font = { bold: true };
    sheet.getRow(4).hidden = true;
    sheet.getRow(5).outlineLevel = 1;
    sheet.getRow(5).height = 42;
    sheet.getCell("F7").value = "Below a gap";
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await source.xlsx.writeBuffer()) as ArrayBuffer);
    return workbook;
  }

  it("writes the same bytes as ExcelJS: merges, hidden and grouped rows, heights, row and column styles, both date systems", async () => {
    for (const date1904 of [false, true]) {
      const parts = await excelJsParts(await tracker(date1904));
      const zipped = await JSZip.loadAsync(await (await tracker(date1904)).xlsx.writeBuffer());
      for (const part of ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"]) {
        expect(await parts.file(part)!.async("string")).toBe(await zipped.file(part)!.async("string"));
      }
      expect(await parts.file("xl/worksheets/sheet1.xml")!.async("string")).toContain('hidden="1"');
    }
  });
});
