/**
 * Excel's two date systems. A workbook may count its days from 1904 (File > Options > Advanced,
 * "Use 1904 date system"; once the default on the Mac), and Office.js gives and takes its dates as
 * that workbook's serial numbers. The engine and the plans count from 1900, so this door moves
 * serials between the two: a date read from a 1904 workbook would otherwise be four years early,
 * and a date written into one four years late. A number in a cell of no date format is left as it
 * is (most are no date): the snapshot says the workbook counts from 1904, for the engine to count a
 * serial it takes for a date from then.
 */
import type { CellValue } from "../core/cells";
import { DATE_1904_OFFSET, isDateFormat } from "../core/dates";
import type { XlContext } from "./excelApi";


/**
 * Queues the question; call the returned function after the next sync. DATE(1904,1,1) is day 0 in
 * the 1904 system and day 1462 in the 1900 one (Workbook.functions, ExcelApi 1.2, so on every host
 * the add-in supports that has it; a host without it is taken to count from 1900).
 */
export function queueDateSystem(context: XlContext, supported: boolean): () => boolean {
  if (!supported) return () => false;
  const day = context.workbook.functions.date(1904, 1, 1).load("value");
  return () => day.value === 0;
}

/** The serial the workbook should hold for a serial counted from 1900. */
export function serialTo(serial: number, date1904: boolean): number {
  return date1904 ? serial - DATE_1904_OFFSET : serial;
}

/**
 * Moves the dates of read cells (numbers whose number format is a date's, as the engine reads
 * them) to the 1900 system, in place. Nothing to do for a workbook that counts from 1900.
 */
export function datesFrom1904(values: CellValue[][], formats: (string | null)[][]): void {
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    const rowFormats = formats[r];
    if (!rowFormats) continue;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === "number" && isDateFormat(rowFormats[c])) row[c] = value + DATE_1904_OFFSET;
    }
  }
}
