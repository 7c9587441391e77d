/** Small real .xlsx workbooks for tests, written with ExcelJS from rows. */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { CellValue } from "../../src/core/cells";

export const SAMPLE_PATH = "assets/sample-action-plans.xlsx";

export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../${SAMPLE_PATH}`, import.meta.url)));
}

export async function workbookBytes(sheets: Record<string, CellValue[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
