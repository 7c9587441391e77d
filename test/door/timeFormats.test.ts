/**
 * A number in a time-scale or last-updated cell formatted to show only a time ("h:mm", "[h]:mm",
 * "mm:ss") gives no date, through every door alike: Excel shows the user a time, not a day.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { analyseRead } from "../../src/door/analyseRead";
import type { ReadingDoor } from "../../src/door/RagDoor";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { toJsonReport } from "../../src/core/jsonReport";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";

const AS_OF = "2024-01-15";
// 45000.5 is midday on 15 March 2023: shown as 12:00 by a time format.
const MIDDAY = 45_000.5;

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Actions");
  ws.addRow(["Ref", "Action", "Time scale", "Last updated", "RAG"]);
  const rows: [string, number, string, number, string][] = [
    ["Share the learning through a 7-minute briefing.", MIDDAY, "dd/mm/yyyy", MIDDAY, "Amber"],
    ["Include the learning in the training programme.", MIDDAY, "h:mm", MIDDAY, "Amber"],
    ["Audit the impact after six months.", MIDDAY, "[h]:mm:ss", MIDDAY, "Red"],
    ["Update the multi-agency procedures.", MIDDAY, "mm:ss", MIDDAY, "Green"],
  ];
  rows.forEach(([action, due, format, updated, rag], i) => {
    const row = ws.addRow([i + 1, action, due, updated, rag]);
    row.getCell(3).numFmt = format;
    row.getCell(4).numFmt = format;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const report = async (door: ReadingDoor) => toJsonReport(await analyseRead(door, await door.read(), { ...DEFAULT_SETTINGS, asOf: AS_OF }, AS_OF));

describe("a time-scale or last-updated cell formatted to show only a time", () => {
  it("gives no date, said alike through the command line's, the workbench's and the Excel door", async () => {
    const bytes = await workbook();
    const fromFile = await report(await XlsxDoor.open(bytes, "times.xlsx"));
    const fromStream = await report(await StreamingXlsxDoor.open(bytes, "times.xlsx"));
    const fromExcel = await report(new ExcelDoor(await fakeExcelFromXlsx(bytes)));
    expect(fromStream).toEqual(fromFile);
    expect(fromExcel).toEqual(fromFile);
    // The row formatted as a date is due and last updated on 15 March 2023; the others give no date.
    expect(fromFile.overdue.map((o) => o.row)).toEqual([2]);
    const warned = fromFile.findings.filter((f) => f.code === "date-invalid").map((f) => `${f.column}${f.row}: ${f.message}`);
    expect(warned).toHaveLength(6);
    expect(warned[0]).toBe(
      'C3: Row 3: the time scale is formatted to show only a time ("h:mm"), which gives no date (as a date, the cell holds 15 March 2023), so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
    );
    expect(warned.map((w) => w.slice(0, 3))).toEqual(["C3:", "D3:", "C4:", "D4:", "C5:", "D5:"]);
  });
});
