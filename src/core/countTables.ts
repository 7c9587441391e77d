/**
 * Counts a team keeps on the tracker's sheet: "Blue actions | 2" under the table, or a little table
 * of its own beside it ("Rating | Count", then "Blue | 28", "Green | 4" …, worked out by COUNTIF).
 * They are neither actions nor a second rating column.
 */
import type { CellValue } from "./cells";
import { cellText, isBlank, isUncalculatedFormula } from "./cells";
import { headerCells } from "./twoRowHeader";
import { roleForHeader } from "./columnRoles";
import type { RagIndex } from "./ragIndex";
import { isKnownColourName } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { isDateFormat } from "./dates";
import { looksLikeRating } from "./ratings";

/** A number, a number written as text, or a formula whose result the file does not hold: what a count kept beside a table looks like. */
export function isCountValue(value: CellValue): boolean {
  return typeof value === "number" || (typeof value === "string" && /^\s*\d+\s*$/.test(value)) || isUncalculatedFormula(value);
}

/** "Total", "Grand Total", "Not rated", "Unrated", "(blank)": the labels a pivot table or a team writes beside the ratings' counts. */
const OTHER_COUNT_LABEL = /^(grand\s+)?total$|^not\s+rated$|^unrated$|^\(?blank\)?$/;

/** "Total", "Total actions", "All actions", "Blue", "Blue actions", "Amber-Green", "Number of actions", "Not rated", "(blank)": the label a team writes beside a count. */
export function isCountLabel(value: CellValue, index: RagIndex): boolean {
  if (typeof value !== "string" || value.length > 40) return false;
  const words = value.trim().toLowerCase().replace(/[:.]$/, "");
  if (/^(total|count|sum|number)\b|^((all|open|closed|completed?)\s+)?actions?$/.test(words) || OTHER_COUNT_LABEL.test(words)) return true;
  // "Blue" or "Blue actions", of this index or any colour
  const rating = words.replace(/\s+actions?$/, "");
  return index.entries.some((e) => rating === e.name.toLowerCase()) || rating.split(/[-/]/).every(isKnownColourName);
}

/** Labels a count table may hold besides the index's ratings: a total, a grand total, the unrated, a blank row of a pivot table. */
const EXTRA_LABELS = 4;

/** A count as a count table holds it: a whole number (or one written as text, or a formula whose result the file does not hold) in a cell formatted neither as a date nor as a percentage, since the add-in is given dates as formatted serial numbers. */
function isCountCell(grid: SheetGrid, row: number, column: number): boolean {
  const value = grid.original(row, column);
  if (!isCountValue(value)) return false;
  if (typeof value === "number" && (!Number.isInteger(value) || value < 0)) return false;
  const format = grid.numberFormat(row, column);
  return !isDateFormat(format) && !format?.includes("%");
}

/**
 * Whether a column headed like one of the tracker's ("Rating") is the labels of a little count
 * table beside it: below the header, one short run of consecutive rows (no more than the index's
 * ratings and a few totals), each a rating or a total written once, each with a whole-number count
 * (not a date) in the next column, headed as a count or summed in a total row, and nothing else in
 * the column down the tracker. A second rating column repeats its ratings down the actions; one whose
 * few ratings happen to differ has a score, a number of days, a percentage or a date beside them. Read down the column only until it is
 * ruled out, so a rival column of ratings costs a few rows.
 */
export function isCountTableColumn(grid: SheetGrid, headerRow: number, lastRow: number, column: number, index: RagIndex): boolean {
  return countRunBelow(grid, headerRow, lastRow, column, index, false);
}

/**
 * Whether the table headed on `headerRow` is the team's own count of actions by rating rather than
 * actions ("RAG status | Number of actions", then "Blue | 4" … "Total | 12", on a front sheet or above
 * the tracker): its rating column holds such a run of labels and counts (see isCountTableColumn),
 * and below the run down to `lastRow` nothing but notes, no rating.
 */
function headsCountTable(grid: SheetGrid, headerRow: number, lastRow: number, ratingColumn: number, index: RagIndex): boolean {
  return countRunBelow(grid, headerRow, lastRow, ratingColumn, index, true);
}

/**
 * Whether the row heads the team's own count of actions by rating, on a front sheet or above the
 * tracker, rather than actions: a rating heading over such a count (headsCountTable), and no text
 * under an Actions or Recommendation heading, where an action plan says what each action is ("Rating |
 * Actions | %" heads counts; "RAG | No | Action" over four actions rated once each does not).
 */
export function headsOwnCountTable(grid: SheetGrid, headerRow: number, lastRow: number, index: RagIndex): boolean {
  const roles = headerCells(grid, headerRow).map((cell) => ({ column: cell.column, role: roleForHeader(cellText(cell.value)) }));
  const rating = roles.find((r) => r.role === "rating");
  if (!rating || !headsCountTable(grid, headerRow, lastRow, rating.column, index)) return false;
  const said = roles.filter((r) => r.role === "actions" || r.role === "recommendation").map((r) => r.column);
  for (let row = headerRow + 1; row <= lastRow; row++) {
    for (const column of said) {
      const value = grid.original(row, column);
      if (typeof value === "string" && /[A-Za-z]{3}/.test(value)) return false;
    }
  }
  return true;
}

/** The run of count labels under `headerRow` in `column`; `notesAfter`: past its end, notes may follow, ratings may not. */
function countRunBelow(grid: SheetGrid, headerRow: number, lastRow: number, column: number, index: RagIndex, notesAfter: boolean): boolean {
  const labels = new Set<string>();
  let first = 0;
  let last = 0;
  let ended = false;
  // A note where the run stops, or below it: allowed where notes are, unless it is a rating (an action's, not a note).
  const endsRun = (label: CellValue) => notesAfter && labels.size >= 2 && !looksLikeRating(label, index);
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const label = grid.original(row, column);
    if (isBlank(label)) continue;
    // one run of consecutive rows, and no longer than the index's ratings and a few totals
    const inRun = !ended && (first === 0 || row === last + 1);
    if (!inRun || !isCountLabel(label, index) || !isCountCell(grid, row, column + 1)) {
      if (!endsRun(label)) return false;
      ended = true;
      continue;
    }
    if (first === 0) first = row;
    last = row;
    if (last - first + 1 > index.entries.length + EXTRA_LABELS) return false;
    const key = String(label).trim().toLowerCase();
    if (labels.has(key)) return false;
    labels.add(key);
  }
  // Whole numbers beside a few ratings may be a score or a number of days: the table says they are counts.
  return labels.size >= 2 && (COUNT_HEADER.test(String(grid.original(headerRow, column + 1) ?? "")) || [...labels].some((l) => TOTAL_LABEL.test(l)));
}

/** "Count", "No. of actions", "Number", "Total", "#": the heading over a count table's numbers. */
const COUNT_HEADER = /\b(count|counts|number|no|total|totals|actions|tally|how many)\b|#/i;
/** "Total", "Grand Total", "Total actions": a count table's last row. */
const TOTAL_LABEL = /^(grand\s+)?total\b/;
