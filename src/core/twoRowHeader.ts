/**
 * A header kept on two rows: group headings above ("Action" over No, Theme and Description;
 * "Dates" over Target and Last updated), and the columns' own headings below, where a column with
 * no group ("Review", "Lead") has its heading merged down over both rows. Excel gives such a
 * heading only in the merge's top-left cell, in the upper row, yet it heads the lower row's column.
 * Typed the usual way, such a heading is not merged down at all: it stands in the upper row alone,
 * over a blank cell, and still heads its column.
 */
import type { CellValue } from "./cells";
import { cellText, isBlank } from "./cells";
import { roleForHeader } from "./columnRoles";
import type { SheetGrid } from "./sheetGrid";

export interface HeaderCell {
  column: number;
  value: CellValue;
}

/** How far above a header row a heading merged down into it may start: a header of up to three rows. */
const MAX_ROWS_ABOVE = 2;

/**
 * The cells of a header row, left to right: its own filled cells, and the headings merged down
 * into it from the rows just above (the merge ends on this row, so it heads a column, not a
 * block of actions). A heading merged across columns heads the first of them.
 */
export function headerCells(grid: SheetGrid, row: number): HeaderCell[] {
  const cells: HeaderCell[] = grid.filledColumns(row).map((column) => ({ column, value: underGroupHeading(grid, row, column) }));
  for (const [column, value] of mergedDownInto(grid, row)) if (isBlank(grid.original(row, column))) cells.push({ column, value });
  // Headings typed in the upper row alone head the columns the lower row leaves blank.
  if (isUnderUpperHeadings(grid, row)) {
    const named = new Set(cells.map((cell) => cell.column));
    for (const column of grid.filledColumns(row - 1)) if (!named.has(column)) cells.push({ column, value: grid.original(row - 1, column) });
  }
  return cells.sort((a, b) => a.column - b.column);
}

/** A sub-heading is a few words ("Update", "Last updated"): a longer text is an action's. */
const MAX_SUB_HEADING = 40;

/**
 * Whether `lower` is the lower row of a header whose columns' own headings are typed in the row
 * above, not merged down: the lower row holds only sub-headings, two or more under each group
 * heading ("Update | RAG" under "Progress", merged across them, centred across them or typed over
 * the first of them), one of them naming a column, and the upper row heads two or more columns
 * the lower row leaves blank, each heading naming a column (a title is one cell, not a header).
 * Each column is then named by its lower cell where it has one, else by its upper.
 */
export function isUnderUpperHeadings(grid: SheetGrid, lower: number): boolean {
  const upper = lower - 1;
  if (upper < grid.firstRow) return false;
  const below = grid.filledColumns(lower);
  const above = grid.filledColumns(upper);
  if (below.length < 2 || above.length === 0) return false;
  // The upper row alone heads several columns (over blank lower cells), each heading reading as a column's. A title
  // ("RAG Rated Action Plan", typed or merged across, over an unheaded numbers column) is one cell, and so is a note
  // beside the table ("Last updated 12 October 2021").
  const upperOnly = above.filter((column) => isBlank(grid.original(lower, column)));
  if (upperOnly.length < 2 || !upperOnly.every((column) => namesColumn(grid.original(upper, column)))) return false;
  const subHeadings = below.map((column) => grid.original(lower, column));
  if (!subHeadings.every((value) => typeof value === "string" && value.trim().length <= MAX_SUB_HEADING)) return false;
  if (!subHeadings.some((value) => roleForHeader(cellText(value)) !== null)) return false;
  // A group heading spans the blank upper cells to its right (a merge across leaves them blank too).
  const groupOf = (column: number): number | undefined => above.filter((c) => c <= column).at(-1);
  const underGroup = new Map<number, number>();
  for (const column of below) {
    const group = groupOf(column);
    if (group === undefined) return false;
    underGroup.set(group, (underGroup.get(group) ?? 0) + 1);
  }
  return [...underGroup.values()].every((count) => count >= 2);
}

/** Whether a cell reads as a column's heading ("Rec No", "Date of last update"). */
function namesColumn(value: CellValue): boolean {
  return typeof value === "string" && roleForHeader(value) !== null;
}

/**
 * A cell's heading, read with the group heading over it where only the group names the column's
 * role: "Q2 2021/22" under "RAG rating" merged across the rounds is "RAG rating Q2 2021/22".
 */
function underGroupHeading(grid: SheetGrid, row: number, column: number): CellValue {
  const value = grid.original(row, column);
  if (typeof value !== "string" || roleForHeader(value) !== null) return value;
  const group = groupHeadingOver(grid, row, column);
  return group !== "" && roleForHeader(group) !== null ? `${group} ${value.trim()}` : value;
}

/** Whether `lower` is the lower row of a header begun on `upper`: a heading is merged down from one into the other. */
export function isLowerHeaderRowOf(grid: SheetGrid, lower: number, upper: number): boolean {
  if (lower === upper + 1 && isUnderUpperHeadings(grid, lower)) return true;
  return lower > upper && lower - upper <= MAX_ROWS_ABOVE && grid.merges.some((m) => m.top === upper && m.bottom === lower && m.left === m.right);
}

/** The headings merged down into `row` from above, by the column of each merge's top-left cell. */
function mergedDownInto(grid: SheetGrid, row: number): Map<number, CellValue> {
  const headings = new Map<number, CellValue>();
  for (const merge of grid.merges) {
    if (merge.bottom !== row || merge.top >= row || merge.top < row - MAX_ROWS_ABOVE) continue;
    const value = grid.original(merge.top, merge.left);
    if (!isBlank(value)) headings.set(merge.left, value);
  }
  return headings;
}

/**
 * Whether `row`, above the header row, is the upper row of a two-row header: every heading on it
 * is merged, either down over the header row (a column's own heading) or across columns (a group
 * heading over the columns below it). Such a row is part of the header, not another table's.
 */
export function isUpperHeaderRow(grid: SheetGrid, row: number, headerRow: number): boolean {
  if (row >= headerRow || row < headerRow - MAX_ROWS_ABOVE) return false;
  if (row === headerRow - 1 && isUnderUpperHeadings(grid, headerRow)) return true;
  const filled = grid.filledColumns(row);
  if (filled.length === 0) return false;
  return filled.every((column) =>
    grid.merges.some((merge) => merge.top === row && merge.left === column && (merge.bottom === headerRow || (merge.right > merge.left && merge.bottom < headerRow))),
  );
}

/**
 * The group heading over a column of the header row: a heading merged across columns in a row just
 * above it ("Q2 2021/22" over "RAG | Update"), or "" where there is none.
 */
export function groupHeadingOver(grid: SheetGrid, headerRow: number, column: number): string {
  const merge = grid.merges.find((m) => m.top >= headerRow - MAX_ROWS_ABOVE && m.bottom < headerRow && m.right > m.left && m.left <= column && column <= m.right);
  return merge ? cellText(grid.original(merge.top, merge.left)).trim() : "";
}
