/**
 * What a worksheet part holds, as the streaming reader collects it: only the rows with values,
 * each as three parallel arrays (columns, values, number formats), so a sheet used down to row
 * 1,048,576 with nothing in most rows costs nothing for those rows.
 */
import type { CellRange, CellValue } from "../../core/cells";

export interface RowCells {
  row: number;
  columns: number[];
  values: CellValue[];
  formats: string[];
}

export interface SheetCells {
  /** Rows holding at least one cell, in row order, each row's cells in column order. */
  rows: RowCells[];
  /** Merged areas in the order the sheet lists them. */
  merges: CellRange[];
}

/** Rows or cells a program wrote out of order (Excel writes them in order): sorted, the later of two at one place kept. */
export function inOrder<T>(items: T[], key: (item: T) => number): T[] {
  let ordered = true;
  for (let i = 1; i < items.length && ordered; i++) ordered = key(items[i - 1]!) < key(items[i]!);
  if (ordered) return items;
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => key(a.item) - key(b.item) || a.i - b.i);
  const kept: T[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const next = sorted[i + 1];
    if (next && key(next.item) === key(sorted[i]!.item)) continue;
    kept.push(sorted[i]!.item);
  }
  return kept;
}

/** The row's cells in column order, the later of two cells at one column kept. */
export function rowInOrder(row: RowCells): RowCells {
  const order = row.columns.map((_, i) => i);
  const kept = inOrder(order, (i) => row.columns[i]!);
  if (kept === order) return row;
  return { row: row.row, columns: kept.map((i) => row.columns[i]!), values: kept.map((i) => row.values[i]!), formats: kept.map((i) => row.formats[i]!) };
}

/** Index of the first row at or after `row` (binary search). */
function firstRowFrom(rows: RowCells[], row: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (rows[mid]!.row < row) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Empties every cell a merge covers other than its top-left one, as Excel reports them. */
export function emptyMergedCells(rows: RowCells[], merges: CellRange[]): void {
  for (const merge of merges) {
    for (let i = firstRowFrom(rows, merge.top); i < rows.length && rows[i]!.row <= merge.bottom; i++) {
      const cells = rows[i]!;
      for (let c = 0; c < cells.columns.length; c++) {
        const column = cells.columns[c]!;
        if (column < merge.left || column > merge.right) continue;
        if (cells.row === merge.top && column === merge.left) continue;
        cells.values[c] = null;
      }
    }
  }
}

/** Sets one cell's value where the sheet holds that cell. */
export function setCell(rows: RowCells[], row: number, column: number, value: CellValue): void {
  const i = firstRowFrom(rows, row);
  const cells = rows[i];
  if (!cells || cells.row !== row) return;
  const c = cells.columns.indexOf(column);
  if (c >= 0) cells.values[c] = value;
}
