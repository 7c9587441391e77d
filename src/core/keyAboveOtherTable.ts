/**
 * A printed RAG key below a tracker ("RAG | Description", then "Blue | Completed" and so on), with
 * another table under it: the key's heading is the first row below that reads as a header, so the
 * tracker ends there, but the table left out is the one under the key, and the finding and the
 * summary's note name that table's own header row, not the key's.
 */
import type { CellValue } from "./cells";
import type { Finding } from "./findings";
import type { RagIndex } from "./ragIndex";
import { looksLikeRating } from "./ratings";
import type { SheetGrid } from "./sheetGrid";

/** The key's rows (its heading to its last line) and the header row of the table below it. */
export interface KeyAboveOtherTable {
  keyFirstRow: number;
  keyLastRow: number;
  header: number;
}

/**
 * Where the row that reads as a header (`row`) heads a key of ratings and another table's header
 * follows it; undefined for any other row. Stops at the first row that is neither blank, a title
 * in one cell, nor a key's line, so only the key's few rows are looked at.
 */
export function keyAboveOtherTable(grid: SheetGrid, row: number, index: RagIndex, readsAsHeader: (row: number) => boolean): KeyAboveOtherTable | undefined {
  let keyLastRow: number | undefined;
  for (let r = row + 1; r <= grid.lastRow; r++) {
    const values = grid.filledColumns(r).map((c) => grid.original(r, c));
    if (values.length === 0 || (values.length === 1 && typeof values[0] === "string")) continue;
    if (isKeyLine(values, index)) {
      keyLastRow = r;
      continue;
    }
    return keyLastRow !== undefined && readsAsHeader(r) ? { keyFirstRow: row, keyLastRow, header: r } : undefined;
  }
  return undefined;
}

/**
 * Where the key read as the index (its heading or first line on `keyFirstRow`, its last line on `keyLastRow`) has
 * another table's header below it, past blank rows and titles in one cell; undefined where the next row is anything else.
 */
export function tableBelowKey(grid: SheetGrid, keyFirstRow: number, keyLastRow: number, readsAsHeader: (row: number) => boolean): KeyAboveOtherTable | undefined {
  for (let r = keyLastRow + 1; r <= grid.lastRow; r++) {
    const values = grid.filledColumns(r).map((c) => grid.original(r, c));
    if (values.length === 0 || (values.length === 1 && typeof values[0] === "string")) continue;
    return readsAsHeader(r) ? { keyFirstRow, keyLastRow, header: r } : undefined;
  }
  return undefined;
}

/** The table under a printed RAG key, named by its own header row: the key's heading is where the tracker ends. */
export function tableBelowKeyFinding(sheet: string, key: KeyAboveOtherTable, headerRow: number): Finding {
  return {
    sheet,
    row: key.header,
    code: "another-table",
    severity: "warning",
    message: `Row ${key.header} reads as the header of another table, below the key on rows ${key.keyFirstRow} to ${key.keyLastRow}, where the table headed on row ${headerRow} ends, so the rows from ${key.header} down are not counted; move the other table to a sheet of its own so its actions are counted.`,
  };
}

/** A key's line: a rating and, after it, the words saying what it means ("Blue | Action complete."), and nothing else. */
function isKeyLine(values: readonly CellValue[], index: RagIndex): boolean {
  if (values.length !== 2 || !looksLikeRating(values[0]!, index)) return false;
  const meaning = values[1];
  return typeof meaning === "string" && /[A-Za-z]{3}/.test(meaning) && !looksLikeRating(meaning, index);
}
