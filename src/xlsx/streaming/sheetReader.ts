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

/** The rows' cells (merged-over cells already emptied) as the snapshot's trimmed grid, as readSheet lays it out. */
export function snapshotOf(rows: RowCells[], snapshot: SheetSnapshot): SheetSnapshot {
  let firstColumn = Infinity;
  let firstRow = 0;
  let lastRow = 0;
  for (const cells of rows) {
    for (let c = 0; c < cells.values.length; c++) {
      if (cells.values[c] === null) continue;
      if (firstRow === 0) firstRow = cells.row;
      lastRow = cells.row;
      if (cells.columns[c]! < firstColumn) firstColumn = cells.columns[c]!;
      break;
    }
  }
  if (firstRow === 0) return snapshot;

  const values: CellValue[][] = new Array(lastRow - firstRow + 1);
  const formats: (string | null)[][] = new Array(lastRow - firstRow + 1);
  values.fill(EMPTY_ROW);
  formats.fill(EMPTY_FORMATS);
  for (const cells of rows) {
    let last = -1;
    for (let c = cells.values.length - 1; c >= 0 && last < 0; c--) if (cells.values[c] !== null) last = c;
    if (last < 0) continue;
    const width = cells.columns[last]! - firstColumn + 1;
    const rowValues: CellValue[] = new Array(width).fill(null);
    const rowFormats: (string | null)[] = new Array(width).fill(null);
    for (let c = 0; c <= last; c++) {
      if (cells.values[c] === null) continue;
      rowValues[cells.columns[c]! - firstColumn] = cells.values[c]!;
      rowFormats[cells.columns[c]! - firstColumn] = cells.formats[c]!;
    }
    values[cells.row - firstRow] = rowValues;
    formats[cells.row - firstRow] = rowFormats;
  }
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
