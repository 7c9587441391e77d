/** One ExcelJS worksheet to the engine's SheetSnapshot: the used area's values, number formats and merges. */
import type ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetSnapshot } from "../core/cells";
import { cellValue } from "./cellValues";
import { sheetMerges } from "./internals";

/** Shared by every row with nothing in it, so a sheet used down to row 1,048,576 costs no memory per empty row. */
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const EMPTY_FORMATS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

interface RowCells {
  row: number;
  columns: number[];
  values: CellValue[];
  formats: (string | null)[];
}

export function readSheet(sheet: ExcelJS.Worksheet, generatedKey: string | undefined): SheetSnapshot {
  // Only rows the file holds are visited (ExcelJS keeps them in a sparse array).
  const found: RowCells[] = [];
  let firstColumn = Infinity;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RowCells = { row: rowNumber, columns: [], values: [], formats: [] };
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cellValue(cell);
      if (value === null) return;
      cells.columns.push(column);
      cells.values.push(value);
      cells.formats.push(cell.numFmt || "General");
      if (column < firstColumn) firstColumn = column;
    });
    if (cells.columns.length > 0) found.push(cells);
  });

  const merges: CellRange[] = sheetMerges(sheet);
  const snapshot: SheetSnapshot = { name: sheet.name, firstRow: 1, firstColumn: 1, values: [], numberFormats: [], merges };
  if (generatedKey !== undefined) snapshot.generatedKey = generatedKey;
  if (found.length === 0) return snapshot;

  const firstRow = found[0]!.row;
  const lastRow = found[found.length - 1]!.row;
  const values: CellValue[][] = new Array(lastRow - firstRow + 1);
  const formats: (string | null)[][] = new Array(lastRow - firstRow + 1);
  values.fill(EMPTY_ROW);
  formats.fill(EMPTY_FORMATS);
  for (const cells of found) {
    const width = cells.columns[cells.columns.length - 1]! - firstColumn + 1;
    const rowValues: CellValue[] = new Array(width).fill(null);
    const rowFormats: (string | null)[] = new Array(width).fill(null);
    cells.columns.forEach((column, i) => {
      rowValues[column - firstColumn] = cells.values[i]!;
      rowFormats[column - firstColumn] = cells.formats[i]!;
    });
    values[cells.row - firstRow] = rowValues;
    formats[cells.row - firstRow] = rowFormats;
  }
  snapshot.firstRow = firstRow;
  snapshot.firstColumn = firstColumn;
  snapshot.values = values;
  snapshot.numberFormats = formats;
  return snapshot;
}
