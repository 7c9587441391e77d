/**
 * The RAG key a team keeps beside its table, to the right of it past an empty column:
 *   No | … | RAG |   | RAG   | Meaning
 *   1  | … | B   |   | Blue  | Complete and embedded
 *   2  | … | G   |   | Green | Complete but not yet embedded …
 * It is the workbook's index, as a block below the table is (indexBlock.ts), and its columns are
 * not the table's: its "RAG" is no second rating column. It is told from a column the table keeps
 * by its shape: a heading ("RAG Key", or "RAG | Meaning"), each rating once, named by a colour, with
 * what it means beside it, and nothing else in its two columns from the table's header row down.
 * Without a heading it must name every rating of the default index, or say what each rating means
 * rather than count actions: "Blue | 2 actions" beside the table is a summary, not a key.
 * A key that leaves out a rating the table's rating column uses is not taken (ratingsLeftOut):
 * "Red" in the table would be invalid by it. It may start in the title rows above the header, to the
 * right of the table, as a team keeps it frozen in view with the header.
 */
import type { SheetSnapshot } from "./cells";
import { cellText, isBlank } from "./cells";
import type { RagEntry, RagIndex } from "./ragIndex";
import { DEFAULT_RAG_INDEX, isKnownColourName } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { distinctCodes, entryFromParts, markComplete } from "./indexEntries";
import { isIndexHeading } from "./indexBlock";
import { isKeyMeaningHeader, isKeyNameHeader } from "./keySheet";
import { findEntry, normaliseRating, ratingNameKey } from "./ratings";
import { entryWithWords } from "./ratingWords";
import { capitalised, foldText } from "./text";
import { firstLinePerRating, type RepeatedLine } from "./repeatedRatings";

export interface IndexBeside {
  /** Excel row of the key's heading, or of its first entry where it has none. */
  row: number;
  /** The column of its ratings; their meanings are in the next. */
  column: number;
  /** The last row holding an entry. */
  lastRow: number;
  entries: RagEntry[];
  /** Lines under the key's heading that named a rating an earlier line names, and were not read. */
  repeated?: RepeatedLine[];
}

/** How far below the table's header row a key's heading may sit. */
const SCAN_ROWS = 40;
/** How far above it: a key kept in the title rows, to the right, frozen with the header (as legendAbove reads a key row). */
const ABOVE_ROWS = 10;

/** The key beside the table headed on `headerRow`, or undefined when there is none. */
export function findIndexBeside(grid: SheetGrid, headerRow: number): IndexBeside | undefined {
  const scanTo = Math.min(grid.lastRow, headerRow + SCAN_ROWS);
  for (let row = Math.max(grid.firstRow, headerRow - ABOVE_ROWS); row <= scanTo; row++) {
    for (const column of grid.filledColumns(row)) {
      const key = keyAt(grid, headerRow, row, column);
      if (key) return key;
    }
  }
  return undefined;
}

function keyAt(grid: SheetGrid, headerRow: number, row: number, column: number): IndexBeside | undefined {
  // An empty column stands between the table and its key: on its first row too, which rules out
  // at once every cell of the table itself (its left neighbour filled) before its text is read as a
  // heading or a rating. The same test over all the key's rows, below, stays the last word.
  if (column - 1 < grid.firstColumn || !isBlank(grid.original(row, column - 1))) return undefined;
  const text = cellText(grid.original(row, column));
  const next = cellText(grid.original(row, column + 1));
  const headed = (isIndexHeading(text) && (next === "" || isKeyMeaningHeader(next))) || (isKeyNameHeader(text) && isKeyMeaningHeader(next));
  const start = headed ? row + 1 : row;
  // Without a heading, the key's first cell must be a rating: a cheap test that spares every other cell the look.
  if (!headed && !entryIn(grid, row, column)) return undefined;
  for (let r = headerRow; r < row; r++) if (!blankIn(grid, r, column)) return undefined;

  const lines: { entry: RagEntry; row: number }[] = [];
  let lastRow = start - 1;
  for (let r = start; r <= grid.lastRow; r++) {
    if (blankIn(grid, r, column)) {
      if (lines.length === 0 && r - start > 2) return undefined;
      continue;
    }
    const entry = entryIn(grid, r, column);
    if (!entry) return undefined;
    lines.push({ entry, row: r });
    lastRow = r;
  }
  // Each rating once: a column of ratings, one per action, names some twice, most of them more than once. Under a key's
  // heading a line or two naming a rating again are slips, and are not read (repeatedRatings.ts).
  const { kept, repeated } = firstLinePerRating(lines);
  if (repeated.length > 0 && (!headed || repeated.length >= kept.length)) return undefined;
  const entries = kept.map((line) => line.entry);
  if (entries.length < (headed ? 2 : 3)) return undefined;
  const names = new Set(entries.map((e) => ratingNameKey(e.name)));
  // Without a heading, a summary beside the table ("Blue | 2 actions") is no key: a key names every usual rating, or says what each means.
  if (!headed && !DEFAULT_RAG_INDEX.entries.every((e) => names.has(e.name.toLowerCase())) && entries.some((e) => isCount(e.meaning))) return undefined;
  for (let r = row; r <= lastRow; r++) if (!isBlank(grid.original(r, column - 1))) return undefined;
  return { row, column, lastRow, entries: distinctCodes(markComplete(entries)), ...(repeated.length > 0 && { repeated }) };
}

/** "2 actions", "1 action, signed off", "3": how many actions have a rating, not what the rating means. */
function isCount(meaning: string): boolean {
  return /^\d+\s*$|^\d+\s+(?:actions?|items?|recommendations?)\b/i.test(meaning.trim());
}

/**
 * The ratings the table's rating column uses that the key leaves out, by name ("Red"), in the order the
 * column first uses them: a rating of the default index, or a colour's name, that the key does not read.
 */
export function ratingsLeftOut(grid: SheetGrid, ratingColumn: number, firstRow: number, lastRow: number, key: IndexBeside): string[] {
  const index: RagIndex = { entries: key.entries, source: { kind: "beside", sheet: grid.name, row: key.row, column: key.column } };
  const left = new Set<string>();
  for (let r = firstRow; r <= lastRow; r++) {
    const value = grid.original(r, ratingColumn);
    if (typeof value !== "string" || normaliseRating(value, index).kind !== "invalid") continue;
    const usual = findEntry(DEFAULT_RAG_INDEX, value) ?? entryWithWords(DEFAULT_RAG_INDEX, value);
    const name = usual?.name ?? (isKnownColourName(foldText(value)) ? capitalised(foldText(value)) : undefined);
    if (name) left.add(name);
  }
  return [...left];
}

function blankIn(grid: SheetGrid, row: number, column: number): boolean {
  return isBlank(grid.original(row, column)) && isBlank(grid.original(row, column + 1));
}

/** "Blue | Complete and embedded": a colour's name and what it means, where the meaning is no rating itself. */
function entryIn(grid: SheetGrid, row: number, column: number): RagEntry | undefined {
  const name = grid.original(row, column);
  const meaning = grid.original(row, column + 1);
  if (typeof name !== "string" || typeof meaning !== "string" || isBlank(meaning) || isKnownColourName(meaning)) return undefined;
  const entry = entryFromParts(name, meaning);
  return entry && entry.name.split(/[-/]/).every(isKnownColourName) ? entry : undefined;
}

/** The sheet without the key's cells, so the table is read without them: its header has no second "RAG", its rows no stray texts. */
export function withoutIndexBeside(sheet: SheetSnapshot, key: IndexBeside): SheetSnapshot {
  const values = sheet.values.slice();
  for (let row = key.row; row <= key.lastRow; row++) {
    const i = row - sheet.firstRow;
    const cells = values[i];
    if (!cells) continue;
    const copy = cells.slice();
    for (const column of [key.column, key.column + 1]) if (column - sheet.firstColumn < copy.length) copy[column - sheet.firstColumn] = null;
    values[i] = copy;
  }
  return { ...sheet, values };
}
