/**
 * A RAG index kept on a sheet of its own ("RAG Key": Rating | Meaning, maybe Code, Colour,
 * Complete). Such a sheet is read as the index and never as a tracker.
 */
import { cellText } from "./cells";
import type { RagEntry } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { headerKey } from "./text";
import { distinctCodes, entryFromParts, markComplete } from "./indexEntries";

const NAME_HEADERS = new Set(["rating", "rag", "rag rating", "brag", "colour", "color", "status", "rag status", "name", "rating name"]);
const MEANING_HEADERS = new Set(["meaning", "description", "definition", "means", "what it means", "criteria", "explanation", "rag definition"]);
const CODE_HEADERS = new Set(["code", "letter", "short code", "abbreviation"]);
const COMPLETE_HEADERS = new Set(["complete", "complete?", "is complete", "counts as complete", "done"]);

/** "RAG" over a key's ratings, "Meaning" over what each means: the headers of a key's two columns. */
export function isKeyNameHeader(text: string): boolean {
  return NAME_HEADERS.has(headerKey(text));
}

export function isKeyMeaningHeader(text: string): boolean {
  return MEANING_HEADERS.has(headerKey(text));
}

export function looksLikeKeySheetName(name: string): boolean {
  return /\b(key|index|legend|definitions?)\b/i.test(name);
}

/** The index on a key sheet, or undefined when the sheet is not one. */
export function readKeySheet(grid: SheetGrid): RagEntry[] | undefined {
  const scanTo = Math.min(grid.lastRow, grid.firstRow + 15);
  for (let row = grid.firstRow; row <= scanTo; row++) {
    const columns = { name: 0, meaning: 0, code: 0, complete: 0 };
    for (const c of grid.filledColumns(row)) {
      const key = headerKey(cellText(grid.original(row, c)));
      if (!columns.name && NAME_HEADERS.has(key)) columns.name = c;
      else if (!columns.meaning && MEANING_HEADERS.has(key)) columns.meaning = c;
      else if (!columns.code && CODE_HEADERS.has(key)) columns.code = c;
      else if (!columns.complete && COMPLETE_HEADERS.has(key.replace(/\?$/, ""))) columns.complete = c;
    }
    if (!columns.name || !columns.meaning) continue;
    const entries: RagEntry[] = [];
    const explicit: boolean[] = [];
    for (let r = row + 1; r <= grid.lastRow; r++) {
      if (grid.isBlankRow(r)) continue;
      const entry = entryFromParts(
        cellText(grid.get(r, columns.name)),
        cellText(grid.get(r, columns.meaning)),
        columns.code ? cellText(grid.get(r, columns.code)) : undefined,
      );
      if (!entry) continue;
      entries.push(entry);
      const flag = columns.complete ? grid.get(r, columns.complete) : null;
      explicit.push(flag === true || /^(y|yes|true|x|✓)$/i.test(cellText(flag)));
    }
    if (entries.length >= 2) return distinctCodes(markComplete(entries, columns.complete ? explicit : undefined));
  }
  return undefined;
}
