/**
 * One worksheet part to the engine's SheetSnapshot without ExcelJS: the same values, number
 * formats, merges and trimmed area as readSheet (../readSheet.ts) gives through ExcelJS.
 */
import type JSZip from "jszip";
import type { CellValue, SheetSnapshot } from "../../core/cells";
import type { CellFormats } from "./cellFormats";
import type { RowCells } from "./sheetCells";
import type { PackageSheet, PackageWorkbook } from "./workbookPart";
import { readWorksheetCells } from "./worksheetPart";

/** Shared by every row with nothing in it, so a sheet used down to row 1,048,576 costs no memory per empty row. */
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const EMPTY_FORMATS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

/** Index of the first and last values that are not empty, or null for a row with none. */
function valueSpan(values: CellValue[]): [number, number] | null {
  let first = 0;
  while (first < values.length && values[first] === null) first++;
  if (first === values.length) return null;
  let last = values.length - 1;
  while (values[last] === null) last--;
  return [first, last];
}

/**
 * The rows' cells (merged-over cells already emptied) as the snapshot's trimmed grid, laid out as
 * readSheet lays it out. A row that starts in the sheet's first column keeps its own arrays.
 */
export function snapshotOf(rows: RowCells[], snapshot: SheetSnapshot): SheetSnapshot {
  let firstColumn = Infinity;
  let firstRow = 0;
  let lastRow = 0;
  const spans: ([number, number] | null)[] = rows.map((cells) => {
    const span = valueSpan(cells.values);
    if (span) {
      if (firstRow === 0) firstRow = cells.row;
      lastRow = cells.row;
      firstColumn = Math.min(firstColumn, cells.first + span[0]);
    }
    return span;
  });
  if (firstRow === 0) return snapshot;

  const values: CellValue[][] = new Array(lastRow - firstRow + 1);
  const formats: (string | null)[][] = new Array(lastRow - firstRow + 1);
  values.fill(EMPTY_ROW);
  formats.fill(EMPTY_FORMATS);
  rows.forEach((cells, i) => {
    const span = spans[i];
    if (!span) return;
    const end = span[1] + 1;
    const shift = cells.first - firstColumn;
    let rowValues = cells.values;
    let rowFormats = cells.formats;
    if (shift === 0) {
      rowValues.length = end;
      rowFormats.length = end;
    } else if (shift < 0) {
      rowValues = rowValues.slice(-shift, end);
      rowFormats = rowFormats.slice(-shift, end);
    } else {
      rowValues = new Array<CellValue>(shift).fill(null).concat(rowValues.slice(0, end));
      rowFormats = new Array<string | null>(shift).fill(null).concat(rowFormats.slice(0, end));
    }
    values[cells.row - firstRow] = rowValues;
    formats[cells.row - firstRow] = rowFormats;
  });
  snapshot.firstRow = firstRow;
  snapshot.firstColumn = firstColumn;
  snapshot.values = values;
  snapshot.numberFormats = formats;
  return snapshot;
}

export async function readSheetStreaming(
  zip: JSZip,
  workbook: PackageWorkbook,
  sheet: PackageSheet,
  strings: string[],
  formats: CellFormats,
  generatedKey?: string,
): Promise<SheetSnapshot> {
  const cells = await readWorksheetCells(zip, sheet.part, { sheetName: sheet.name, strings, formats, date1904: workbook.date1904 });
  // Sorted as sheetMerges gives ExcelJS's merges: by top row, then left column.
  const merges = cells.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })).sort((a, b) => a.top - b.top || a.left - b.left);
  const snapshot: SheetSnapshot = { name: sheet.name, firstRow: 1, firstColumn: 1, values: [], numberFormats: [], merges };
  if (generatedKey !== undefined) snapshot.generatedKey = generatedKey;
  return snapshotOf(cells.rows, snapshot);
}
