/** A1 addresses as Excel's API writes them, to and from the engine's 1-based CellRange. */
import type { CellRange } from "../core/cells";
import { columnLetter, columnNumber } from "../core/cells";
import type { XlRange, XlWorksheet } from "./excelApi";
import { MAX_COLUMNS, MAX_ROWS } from "../core/excelLimits";

export { MAX_COLUMNS, MAX_ROWS } from "../core/excelLimits";

/** "B2:D5" (or "B2" for one cell), without the sheet. */
export function rangeAddress(range: CellRange): string {
  const start = `${columnLetter(range.left)}${range.top}`;
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${columnLetter(range.right)}${range.bottom}`;
}

/** "$5:$7": whole rows, as print titles want them. */
export function rowsAddress(first: number, last: number): string {
  return `$${first}:$${last}`;
}

/** The sheet part of "'RAG Summary'!$A$1" or "Plan!A1:B2", unquoted; null without one. */
export function sheetOfAddress(address: string): string | null {
  const text = address.startsWith("=") ? address.slice(1) : address;
  if (text.startsWith("#")) return null;
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = text.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** One area without its sheet: "A1", "$A$1:$C$4", "A:A" or "3:5". */
export function parseArea(text: string): CellRange | null {
  const parts = text.trim().split(":");
  const a = parts[0] ?? "";
  const b = parts[1] ?? a;
  const cellA = CELL.exec(a);
  const cellB = CELL.exec(b);
  if (cellA && cellB) {
    const rows = [Number(cellA[2]), Number(cellB[2])];
    const cols = [columnNumber(cellA[1]!), columnNumber(cellB[1]!)];
    return { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...cols), right: Math.max(...cols) };
  }
  const colA = COLUMN.exec(a);
  const colB = COLUMN.exec(b);
  if (colA && colB) {
    const cols = [columnNumber(colA[1]!), columnNumber(colB[1]!)];
    return { top: 1, bottom: MAX_ROWS, left: Math.min(...cols), right: Math.max(...cols) };
  }
  const rowA = ROW.exec(a);
  const rowB = ROW.exec(b);
  if (rowA && rowB) {
    const rows = [Number(rowA[1]), Number(rowB[1])];
    return { top: Math.min(...rows), bottom: Math.max(...rows), left: 1, right: MAX_COLUMNS };
  }
  return null;
}

/**
 * Every area of a multi-area address such as "Sheet1!A1:C1, 'My, Sheet'!A5:A7". Sheet names
 * may hold commas inside quotes, so the split respects quoting.
 */
export function parseAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const areas: CellRange[] = [];
  for (const part of parts) {
    const bang = part.lastIndexOf("!");
    const area = parseArea(bang >= 0 ? part.slice(bang + 1) : part);
    if (area) areas.push(area);
  }
  return areas;
}

/** The sheet's range at these 1-based rows and columns. */
export function byIndexes(sheet: XlWorksheet, r: CellRange): XlRange {
  return sheet.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
}
