/**
 * A sheet's cells collected row by row, and the engine's snapshot made from them: the area that
 * holds values, trimmed, every row with nothing in it sharing one empty array (a sheet used down
 * to row 1,048,576 costs nothing for its empty rows). Both file doors read sheets through this:
 * the workbench's from ExcelJS's cells, the command line's from the worksheet part's XML.
 */
import type { CellValue, SheetSnapshot } from "../core/cells";

/**
 * A row's cells with values, already shaped as a snapshot row: values and number formats from
 * the row's first column with a value, a gap null.
 */
export interface RowCells {
  row: number;
  /** Column of values[0]. */
  first: number;
  values: CellValue[];
  formats: (string | null)[];
  /** The store reader's only: columns of cells the file holds whose value reads as empty. */
  emptyCells?: number[];
}

export function newRow(row: number): RowCells {
  return { row, first: 0, values: [], formats: [] };
}

/** Puts one cell's value in its row; of two cells at one column (a program's mistake) the later counts, as in ExcelJS. */
export function place(cells: RowCells, column: number, value: CellValue, format: string): void {
  const { values, formats } = cells;
  if (values.length === 0) cells.first = column;
  let at = column - cells.first;
  if (at < 0) {
    // A cell written before one already read (Excel writes them in order): the row grows to the left.
    const gap: null[] = new Array<null>(-at).fill(null);
    values.unshift(...gap);
    formats.unshift(...gap);
    cells.first = column;
    at = 0;
  }
  while (values.length < at) {
    values.push(null);
    formats.push(null);
  }
  values[at] = value;
  formats[at] = format;
}

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
 * The rows' cells (merged-over cells already emptied) as the snapshot's trimmed grid, trimmed to the
 * area that holds values. A row that starts in the sheet's first column keeps its own arrays.
 */
export function snapshotFromRows(rows: RowCells[], snapshot: SheetSnapshot): SheetSnapshot {
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
