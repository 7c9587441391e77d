/**
 * Yes-or-no settings spelled "true" and "false", as LibreOffice writes them, reach ExcelJS as "1"
 * and "0", which it reads: a protected sheet stays protected, a right-to-left sheet right to left,
 * fit to page, hidden grid lines and print options stay set, and a 1904 workbook counts from 1904.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { styleBooleansAsExcelJsReads, workbookBooleansAsExcelJsReads, worksheetBooleansAsExcelJsReads } from "../../src/xlsx/booleanSpelling";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { fixRatings, generateSummary } from "../../src/door/operations";
import { bytesOf, sheetXml } from "./helpers";

describe("the 1904 date system spelled as ExcelJS reads it", () => {
  it("spells true as 1, in either quotes, after other attributes", () => {
    expect(workbookBooleansAsExcelJsReads(`<workbook><workbookPr date1904="true"/></workbook>`)).toBe(`<workbook><workbookPr date1904="1"/></workbook>`);
    expect(workbookBooleansAsExcelJsReads(`<x:workbookPr codeName='ThisWorkbook' date1904 = 'true'/>`)).toBe(`<x:workbookPr codeName='ThisWorkbook' date1904 = '1'/>`);
  });

  it("reads past a > inside an earlier attribute's quoted value", () => {
    expect(workbookBooleansAsExcelJsReads(`<workbookPr codeName="a>b" date1904="true"/>`)).toBe(`<workbookPr codeName="a>b" date1904="1"/>`);
  });

  it("leaves other spellings and other elements alone", () => {
    for (const xml of [`<workbookPr date1904="1"/>`, `<workbookPr defaultThemeVersion="1"/><x date1904="true"/>`, `<workbookPr/><extLst><ext date1904="true"/></extLst>`]) {
      expect(workbookBooleansAsExcelJsReads(xml)).toBeNull();
    }
    expect(workbookBooleansAsExcelJsReads(`<workbookPr date1904="false"/>`)).toBe(`<workbookPr date1904="0"/>`);
  });
});

describe("a worksheet's settings spelled as ExcelJS reads them", () => {
  it("spells the yes-or-no attributes of its settings 1 and 0", () => {
    const sheet =
      '<worksheet><sheetPr><pageSetUpPr fitToPage="true"/></sheetPr><sheetViews><sheetView showGridLines="false" rightToLeft="true" workbookViewId="0"/></sheetViews>' +
      '<sheetData><row r="1" customHeight="false"><c r="A1" t="inlineStr"><is><t>true</t></is></c></row></sheetData>' +
      '<sheetProtection sheet="true" objects="true" scenarios="true" password="daa7"/><printOptions gridLines="true" horizontalCentered="true"/></worksheet>';
    expect(worksheetBooleansAsExcelJsReads(sheet)).toBe(
      '<worksheet><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView showGridLines="0" rightToLeft="1" workbookViewId="0"/></sheetViews>' +
        '<sheetData><row r="1" customHeight="false"><c r="A1" t="inlineStr"><is><t>true</t></is></c></row></sheetData>' +
        '<sheetProtection sheet="1" objects="1" scenarios="1" password="daa7"/><printOptions gridLines="1" horizontalCentered="1"/></worksheet>',
    );
  });

  it("never touches words: a link's display text, a drop-down's message, an attribute of another element", () => {
    for (const xml of [
      '<worksheet><sheetData/><dataValidations><dataValidation type="list" prompt="true" promptTitle=\'false\'/></dataValidations><hyperlinks><hyperlink ref="A1" display="true" location="true!A1"/></hyperlinks></worksheet>',
      '<worksheet><sheetViews><sheetView workbookViewId="0"><selection sqref="true"/></sheetView></sheetViews><sheetData/></worksheet>',
      '<worksheet><sheetData/><headerFooter><oddHeader>true</oddHeader></headerFooter></worksheet>',
    ]) {
      expect(worksheetBooleansAsExcelJsReads(xml)).toBeNull();
    }
  });

  it("spells a cell style's protection: an unlocked cell stays unlocked", () => {
    expect(styleBooleansAsExcelJsReads('<xf numFmtId="0" applyProtection="true"><protection locked="false" hidden="false"/></xf>')).toBe('<xf numFmtId="0" applyProtection="true"><protection locked="0" hidden="0"/></xf>');
  });
});

describe("a workbook written with true and false, through the workbench's download", () => {
  it("keeps its sheet protection, right-to-left sheet, fit to page, hidden grid lines and print options", async () => {
    const built = await bytesOf((wb) => {
      const plan = wb.addWorksheet("Plan", {
        pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0, showGridLines: true, horizontalCentered: true },
        views: [{ showGridLines: false }],
      });
      plan.addRows([
        ["Category", "Rec No", "Recommendation", "RAG"],
        ["Finance", 13, "Agree budget needed including contingency", "B"],
        ["Finance", 14, "Consider bid to schools forum", "blue "],
      ]);
      wb.addWorksheet("Notes", { views: [{ rightToLeft: true }] }).addRow(["My own notes"]);
    });
    const zip = await JSZip.loadAsync(built);
    // As LibreOffice writes them: every yes and no in words, and the plan protected.
    const inWords = (xml: string) => xml.replace(/<(sheetView|pageSetUpPr|printOptions) [^>]*>/g, (tag) => tag.replace(/="1"/g, '="true"').replace(/="0"/g, '="false"'));
    for (const path of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) zip.file(path, inWords(await zip.file(path)!.async("string")));
    const plan = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", plan.replace("</sheetData>", '</sheetData><sheetProtection sheet="true" objects="true" scenarios="true"/>'));
    const input = await zip.generateAsync({ type: "uint8array" });
    for (const words of ['fitToPage="true"', 'showGridLines="false"', 'gridLines="true"', 'horizontalCentered="true"']) expect(plan).toContain(words);
    expect(await (await JSZip.loadAsync(input)).file("xl/worksheets/sheet2.xml")!.async("string")).toContain('rightToLeft="true"');

    const door = await XlsxDoor.open(input, "plan.xlsx");
    await generateSummary(door);
    // The sheet is protected, so Fix ratings changes nothing in it, as in Excel.
    await expect(fixRatings(door)).rejects.toThrow('cell D3 of "Plan" is locked on a protected sheet');
    const saved = await door.save();
    const savedPlan = await sheetXml(saved, "Plan");
    expect(savedPlan).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(savedPlan).toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
    expect(savedPlan).toMatch(/<sheetView [^>]*showGridLines="0"/);
    expect(savedPlan).toMatch(/<printOptions [^>]*gridLines="1"/);
    expect(savedPlan).toMatch(/<printOptions [^>]*horizontalCentered="1"/);
    expect(await sheetXml(saved, "Notes")).toMatch(/<sheetView [^>]*rightToLeft="1"/);
  });
});
