/**
 * Counts a team keeps on the tracker's sheet: "Blue actions | 2" under the table, or a little table
 * of its own beside it ("Rating | Count", then "Blue | 28", "Green | 4" …, worked out by COUNTIF).
 * They are neither actions nor a second rating column.
 */
import type { CellValue } from "./cells";
import { isBlank, isUncalculatedFormula } from "./cells";
import type { RagIndex } from "./ragIndex";
import { isKnownColourName } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";

/** A number, a number written as text, or a formula whose result the file does not hold: what a count kept beside a table looks like. */
export function isCountValue(value: CellValue): boolean {
  return typeof value === "number" || (typeof value === "string" && /^\s*\d+\s*$/.test(value)) || isUncalculatedFormula(value);
}

/** "Total", "Total actions", "All actions", "Blue", "Blue actions", "Amber-Green", "Number of actions": the label a team writes beside a count. */
export function isCountLabel(value: CellValue, index: RagIndex): boolean {
  if (typeof value !== "string" || value.length > 40) return false;
  const words = value.trim().toLowerCase().replace(/[:.]$/, "");
  if (/^(total|count|sum|number)\b|^((all|open|closed|completed?)\s+)?actions?$/.test(words)) return true;
  // "Blue" or "Blue actions", of this index or any colour
  const rating = words.replace(/\s+actions?$/, "");
  return index.entries.some((e) => rating === e.name.toLowerCase()) || rating.split(/[-/]/).every(isKnownColourName);
}

/**
 * Whether a column headed like one of the tracker's ("Rating") is the labels of a little count
 * table beside it: below the header, at least two labels, each a rating or a total written once,
 * each with a count in the next column. A second rating column repeats its ratings down the
 * actions, with no count beside them. Read down the column only until it is ruled out, so a
 * rival column of ratings costs a few rows.
 */
export function isCountTableColumn(grid: SheetGrid, headerRow: number, lastRow: number, column: number, index: RagIndex): boolean {
  const labels = new Set<string>();
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const label = grid.original(row, column);
    if (isBlank(label)) continue;
    if (!isCountLabel(label, index) || !isCountValue(grid.original(row, column + 1))) return false;
    const key = String(label).trim().toLowerCase();
    if (labels.has(key)) return false;
    labels.add(key);
  }
  return labels.size >= 2;
}
