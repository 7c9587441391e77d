/**
 * What a worksheet part holds, as the streaming reader collects it: only the rows with values,
 * each already shaped as a snapshot row (values and number formats from the row's first column
 * with a value, a gap null), so a sheet used down to row 1,048,576 with nothing in most rows
 * costs nothing for those rows, and most rows need no copy to become the snapshot's.
 */
import type { CellRange, ColumnRun } from "../../core/cells";
import type { RowCells } from "../snapshotRows";
import { firstAtOrAfterRow } from "../../core/rowSearch";

export interface SheetCells {
  /** Rows holding at least one cell, in row order. */
  rows: RowCells[];
  /** Merged areas in the order the sheet lists them. */
  merges: CellRange[];
  /** Hidden columns, as the sheet's <col hidden="1"> elements list them. */
  hiddenColumns: ColumnRun[];
  /** Formulas of =TODAY() and =NOW() with a saved result, by A1 address (SheetSnapshot.formulas); absent where none. */
  formulas?: Record<string, string>;
  /** Cells holding a formula whose saved result is empty text, by A1 address (SheetSnapshot.emptyFormulas); absent where none. */
  emptyFormulas?: string[];
  /** Cells linked to a web address or a file (<hyperlink r:id>), by A1 address (SheetSnapshot.webLinks); absent where none. */
  webLinks?: string[];
  /** True where the sheet's conditional formats are not listed in priority order, which a save puts right (sheetRuleOrder.ts). */
  rulesOutOfPriorityOrder?: true;
}

/** Rows a program wrote out of order (Excel writes them in order): sorted, the later of two at one row kept. */
export function rowsInOrder(rows: RowCells[]): RowCells[] {
  let ordered = true;
  for (let i = 1; i < rows.length && ordered; i++) ordered = rows[i - 1]!.row < rows[i]!.row;
  if (ordered) return rows;
  const sorted = rows.map((cells, i) => ({ cells, i })).sort((a, b) => a.cells.row - b.cells.row || a.i - b.i);
  return sorted.filter((s, i) => sorted[i + 1]?.cells.row !== s.cells.row).map((s) => s.cells);
}

/** Empties one cell where the sheet holds a value; its row, or null where it holds none. */
export function emptyCell(rows: RowCells[], row: number, column: number): RowCells | null {
  const cells = rows[firstAtOrAfterRow(rows, row)];
  if (!cells || cells.row !== row) return null;
  const at = column - cells.first;
  if (at < 0 || at >= cells.values.length || cells.values[at] === null) return null;
  cells.values[at] = null;
  cells.formats[at] = null;
  return cells;
}

/** Empties every cell a merge covers other than its top-left one, as Excel reports them. */
export function emptyMergedCells(rows: RowCells[], merges: CellRange[]): void {
  for (const merge of merges) {
    for (let i = firstAtOrAfterRow(rows, merge.top); i < rows.length && rows[i]!.row <= merge.bottom; i++) {
      const cells = rows[i]!;
      const from = Math.max(merge.left, cells.first) - cells.first;
      const to = Math.min(merge.right, cells.first + cells.values.length - 1) - cells.first;
      for (let at = from; at <= to; at++) {
        if (cells.row === merge.top && cells.first + at === merge.left) continue;
        cells.values[at] = null;
        cells.formats[at] = null;
      }
    }
  }
}
