import { describe, expect, it } from "vitest";
import { date1904AsExcelJsReads } from "../../src/xlsx/date1904Spelling";

describe("the 1904 date system spelled as ExcelJS reads it", () => {
  it("spells true as 1, in either quotes, after other attributes", () => {
    expect(date1904AsExcelJsReads(`<workbook><workbookPr date1904="true"/></workbook>`)).toBe(`<workbook><workbookPr date1904="1"/></workbook>`);
    expect(date1904AsExcelJsReads(`<x:workbookPr codeName='ThisWorkbook' date1904 = 'true'/>`)).toBe(`<x:workbookPr codeName='ThisWorkbook' date1904 = '1'/>`);
  });

  it("reads past a > inside an earlier attribute's quoted value", () => {
    expect(date1904AsExcelJsReads(`<workbookPr codeName="a>b" date1904="true"/>`)).toBe(`<workbookPr codeName="a>b" date1904="1"/>`);
  });

  it("leaves other spellings and other elements alone", () => {
    for (const xml of [`<workbookPr date1904="1"/>`, `<workbookPr date1904="false"/>`, `<workbookPr/><extLst><ext date1904="true"/></extLst>`, `<workbookPr defaultThemeVersion="1"/><x date1904="true"/>`]) {
      expect(date1904AsExcelJsReads(xml)).toBeNull();
    }
  });
});
