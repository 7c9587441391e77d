/**
 * The engine's view of a workbook: plain values read by a door, with the Excel
 * row and column numbers a person sees. Nothing here knows where the values came from.
 */

/** An error value such as #N/A or #REF!, kept apart from text that merely looks like one. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangle of cells in Excel's 1-based row and column numbers, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Excel row number of values[0]. */
  firstRow: number;
  /** Excel column number of values[r][0] (1 = column A). */
  firstColumn: number;
  /** Row-major values; rows may be ragged, a missing cell is null. */
  values: CellValue[][];
  /** Number formats parallel to values where the door read them ("General", "dd/mm/yyyy"…). */
  numberFormats?: (string | null)[][];
  /** Merged areas; Excel reports a value only in the top-left cell of each. */
  merges: CellRange[];
  /** Set when the door found RAG Tracker's marker on this sheet: which generated sheet it is. */
  generatedKey?: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** Column number (1 = A) to Excel letters. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Excel letters to column number (A = 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Most cells are already tidy; only those with runs of space, tabs, breaks or edges need work. */
const NEEDS_TIDY = /\s\s|[^\S ]|^\s|\s$/;

/** The text a person would read in the cell, with whitespace tidied; "" for blank. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return NEEDS_TIDY.test(value) ? value.replace(/\s+/g, " ").trim() : value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
