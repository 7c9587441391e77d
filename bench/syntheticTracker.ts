/** The synthetic action plan as a workbook, in the Excel stand-in, and with stored settings (its rows: syntheticRows.ts). */
import ExcelJS from "exceljs";
import { isoToSerial } from "../src/core/dates";
import { settingsSchema } from "../src/core/settings";
import { XlsxDoor } from "../src/xlsx/XlsxDoor";
import { ExcelDoor } from "../src/excel/ExcelDoor";
import { FakeExcel } from "../test/fakes/fakeExcel";
import { HEADER, REPORT_DATE, syntheticRows } from "./syntheticRows";

export { HEADER, REPORT_DATE, RUN_DATE, syntheticRows, syntheticSnapshot } from "./syntheticRows";

export async function syntheticWorkbook(n: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Actions");
  sheet.addRow(HEADER);
  for (const row of syntheticRows(n)) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  sheet.getColumn(8).numFmt = "dd/mm/yyyy";
  sheet.getColumn(9).numFmt = "dd/mm/yyyy";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same workbook with the report date stored in its settings (as a team's saved settings would be). */
export async function syntheticWorkbookWithSettings(n: number): Promise<Uint8Array> {
  const door = await XlsxDoor.open(await syntheticWorkbook(n), "bench.xlsx");
  await door.writeSettings(settingsSchema.parse({ asOf: REPORT_DATE }));
  return door.save();
}

/** The same tracker in the Excel stand-in (dates as serial numbers formatted as dates), settings stored, sync log empty. */
export async function syntheticFakeExcel(n: number): Promise<{ excel: FakeExcel; door: ExcelDoor }> {
  const excel = new FakeExcel();
  const sheet = excel.sheet("Actions", [HEADER]);
  syntheticRows(n).forEach((row, i) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = sheet.ensure(i + 2, c + 1);
      if (v instanceof Date) {
        cell.value = isoToSerial(v.toISOString().slice(0, 10));
        cell.numberFormat = "dd/mm/yyyy";
      } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") cell.value = v;
    }),
  );
  await new ExcelDoor(excel).writeSettings(settingsSchema.parse({ asOf: REPORT_DATE }));
  excel.resetSyncs();
  return { excel, door: new ExcelDoor(excel) };
}
