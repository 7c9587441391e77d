/**
 * The engine's view of a workbook: plain values read by a door, with the Excel
 * row and column numbers a person sees. Nothing here knows where the values came from.
 */
import { dateToIso } from "./dates";

/** An error value such as #N/A or #REF!, kept apart from text that merely looks like one. */
export interface CellError {
  error: string;
}

/**
 * A formula whose result the file does not hold, as programs that write formulas without
 * calculating them save it. Excel calculates on opening, so only a file read meets one.
 */
export interface UncalculatedFormula {
  /** The formula as written, without its leading "=". */
  formula: string;
}

export type CellValue = string | number | boolean | Date | CellError | UncalculatedFormula | null;

/** One cell of a sheet, in Excel's 1-based row and column numbers. */
export interface CellAddress {
  sheet: string;
  row: number;
  column: number;
}

/** A rectangle of cells in Excel's 1-based row and column numbers, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Columns first to last, inclusive, in Excel's 1-based column numbers. */
export interface ColumnRun {
  first: number;
  last: number;
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
  /**
   * Fill colours (#RRGGBB) of the cells the engine asked a door for (blank rating cells, of the round
   * read or an earlier one, which a team may colour instead of typing a rating), by A1 address ("H5").
   * Absent: none were asked.
   */
  fills?: Record<string, string>;
  /**
   * Hidden in Excel (Hide, or very hidden where a door reads such a sheet): a manager reports what
   * they can see, so a hidden tracker is left out where visible ones are counted. Absent: visible.
   */
  hidden?: boolean;
  /**
   * The sheet's hidden columns, as runs of Excel column numbers (a team may hide every column
   * right of its table at once), where the door read them; absent: none known.
   */
  hiddenColumns?: ColumnRun[];
  /**
   * Formulas (without "=") of the cells whose saved result a date formula that changes by itself
   * gave (=TODAY(), =NOW(): see volatileDates.ts), by A1 address ("H5"). Absent: the door gave none.
   */
  formulas?: Record<string, string>;
  /**
   * A1 addresses of cells holding a formula whose result is empty (=IF(…,"",…)) or only spaces
   * (formulaGivesNothing), where the door knows them: such a rating cell filled green is counted by its colour, but its rating is the
   * formula's to give, so Fix ratings, which never overwrites a formula, does not type it.
   */
  emptyFormulas?: string[];
  /**
   * A1 addresses of cells linked to a web address or a file (Insert > Link), where the door reads them: such a cell alone under the
   * table ("Working Together 2018" linked to gov.uk) is a link, not an action. Absent: none known.
   */
  webLinks?: string[];
  /**
   * Set when the door found RAG Tracker's marker on this sheet: which generated sheet it is, or
   * keptKey(key) for one the user renamed and so keeps (see markers.ts).
   */
  generatedKey?: string;
}

/**
 * A sheet of the workbook the door does not read: one kept very hidden (a macro's or another
 * add-in's own), RAG Tracker's store, or a chart sheet. Its name is still taken, so no generated
 * sheet may have it.
 */
export interface OtherSheet {
  name: string;
  /** Very hidden: Excel's Unhide does not list it, so the user cannot see it at all. */
  veryHidden?: true;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The sheets the door left out of `sheets`, by name; absent: none (or the door does not say). */
  otherSheets?: OtherSheet[];
  /**
   * The workbook counts its dates from 1904: a number in a cell of no date format that the engine
   * takes for a date is a serial 1,462 days smaller than the 1900 system's. The doors give the
   * cells formatted as dates in the 1900 system already. Absent: from 1900.
   */
  date1904?: boolean;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

export function isUncalculatedFormula(value: CellValue): value is UncalculatedFormula {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "formula" in value;
}

/** True when the two ranges share a cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * A sheet's name as Excel writes it before "!" in a reference: as it is when it is a plain word,
 * quoted (apostrophes doubled) when it has spaces or punctuation, starts with a digit, or could
 * be read as a cell in either reference style ("A1", "R2C3").
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^([Rr]\d*)?([Cc]\d*)?$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
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

/** "$A$11:$H$11" (or "$A$1" for one cell): a range as a defined name or a chart refers to it. */
export function absoluteRange(r: CellRange): string {
  const tl = `$${columnLetter(r.left)}$${r.top}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:$${columnLetter(r.right)}$${r.bottom}`;
}

/** Excel letters to column number (A = 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const A1_RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/** "B2" or "$B$2:$D$9" (corners in either order) as a range; null for anything else. */
export function a1Range(ref: string): CellRange | null {
  const m = A1_RANGE.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]!);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** The text without surrounding whitespace; untrimmed text (most of it) is returned as it is, not copied. */
export function trimmed(text: string): string {
  return text.length > 0 && (isSpaceCode(text.charCodeAt(0)) || isSpaceCode(text.charCodeAt(text.length - 1))) ? text.trim() : text;
}

export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most text starts with a visible character: no need to trim (and copy) it to know it is not blank.
  return value.length === 0 || (isSpaceCode(value.charCodeAt(0)) && value.trim() === "");
}

/**
 * Whether a formula's result counts as giving nothing: empty, or only spaces, as a blank cell is.
 * The one rule for SheetSnapshot.emptyFormulas, so every door counts " " as Excel's door does.
 */
export function formulaGivesNothing(result: CellValue | undefined): boolean {
  return isBlank(result);
}

/** Whitespace as String.prototype.trim sees it (and a few control characters, which callers then trim to be sure). */
function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Most cells are already tidy; only those with runs of space, tabs, breaks or edges need work. */
const NEEDS_TIDY = /\s\s|[^\S ]|^\s|\s$/;

/** The text a person would read in the cell, with whitespace tidied; "" for blank. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return NEEDS_TIDY.test(value) ? value.replace(/\s+/g, " ").trim() : value;
  if (value instanceof Date) return dateToIso(value);
  if (isCellError(value)) return value.error;
  // The formula itself is all there is to show: what Excel would calculate is not known.
  if (isUncalculatedFormula(value)) return `=${value.formula}`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * A number as a fixed-decimals format shows it ("0.00", "#,##0.0"): 2.1 shown as 2.10 is how a plan
 * numbers the tenth action under 2, which Excel holds as 2.1. Null for any other format.
 */
export function fixedDecimalsText(value: number, numberFormat: string | null): string | null {
  // Most numbers are General: ruled out without a look at the format's parts.
  if (numberFormat === null || !numberFormat.includes("0.0")) return null;
  const decimals = FIXED_DECIMALS.exec(numberFormat.split(";")[0]!)?.[1];
  return decimals === undefined || !Number.isFinite(value) ? null : value.toFixed(decimals.length);
}

const FIXED_DECIMALS = /^(?:#,##)?0\.(0+)$/;

/**
 * cellText for a column whose texts repeat down the sheet (reviews, categories, leads, time
 * scales): each distinct text is tidied once and remembered by the returned function.
 */
export function repeatedCellText(): (value: CellValue) => string {
  const tidied = new Map<string, string>();
  return (value) => {
    if (typeof value !== "string") return cellText(value);
    let tidy = tidied.get(value);
    if (tidy === undefined) tidied.set(value, (tidy = cellText(value)));
    return tidy;
  };
}
