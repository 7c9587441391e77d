/**
 * A small table a team keeps under a narrow plan, wider than the plan itself: under "RAG | Action", a blank row, then
 *   Lead               | Meeting          | Date
 *   Strategic Partners | Strategic Group  | 12 October 2021
 * Its headings name too few of a plan's columns to read as another tracker's header, but its rows run past the plan's
 * last column, as no action of the plan does: it is another table, and the plan ends above it.
 */
import type { SheetGrid } from "./sheetGrid";
import { readsAsHeadings } from "./trackerLayout";

/** Whether `row` reads as headings (short texts, two or more) and both it and the row under it fill a column past `lastColumn`. */
export function headsTableRunningPast(grid: SheetGrid, row: number, lastColumn: number): boolean {
  const runsPast = (r: number) => grid.filledColumns(r).some((c) => c > lastColumn);
  return runsPast(row) && row < grid.lastRow && runsPast(row + 1) && readsAsHeadings(grid, row);
}
