/** Formula cells read by both file doors: the saved result is the value, whatever it is; a formula saved without one is reported as such. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Counts");
  sheet.getCell("A1").value = { formula: "COUNTIF(B:B,\"Red\")", result: 0 };
  sheet.getCell("A2").value = { formula: "1=2", result: false };
  sheet.getCell("A3").value = { formula: "IF(TRUE,\"Blue\",\"Red\")", result: "Blue" };
  sheet.getCell("A4").value = { formula: "1+1", result: 2 };
  sheet.getCell("A5").value = { formula: "1+1" };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe.each([
  ["the workbench's file door", (bytes: Uint8Array) => XlsxDoor.open(bytes, "counts.xlsx")],
  ["the command line's streaming door", (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "counts.xlsx")],
])("formula cells through %s", (_, open) => {
  it("read as their saved results, 0 and false included; one saved without a result as its formula", async () => {
    const sheet = (await (await open(await workbook())).read()).sheets[0]!;
    expect(sheet.values.map((row) => row[0])).toEqual([0, false, "Blue", 2, { formula: "1+1" }]);
  });
});
