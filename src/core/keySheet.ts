/**
 * A RAG index kept on a sheet of its own ("RAG Key": Rating | Meaning, maybe Code, Colour,
 * Complete). Such a sheet is read as the index and never as a tracker.
 */
import { cellText, columnLetter } from "./cells";
import type { Finding } from "./findings";
import type { RagEntry } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { headerKey, quoted } from "./text";
import { listInWords } from "./sentences";
import { distinctCodes, entryFromParts, markComplete } from "./indexEntries";
import { isKnownColourName } from "./ragIndex";
import { firstLinePerRating, type RepeatedLine } from "./repeatedRatings";

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

export interface KeySheetRead {
  entries: RagEntry[];
  /** A finding naming the rows that give a meaning but no name read as a rating's; undefined when there are none. */
  unread?: Finding;
  /** Rows that named a rating an earlier row names, and were not read. */
  repeated?: RepeatedLine[];
}

/** The index on a key sheet, or undefined when the sheet is not one. */
export function readKeySheet(grid: SheetGrid): KeySheetRead | undefined {
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
    const lines: { entry: RagEntry; row: number; complete: boolean }[] = [];
    const unread: { row: number; name: string }[] = [];
    for (let r = row + 1; r <= grid.lastRow; r++) {
      if (grid.isBlankRow(r)) continue;
      const name = cellText(grid.get(r, columns.name));
      const meaning = cellText(grid.get(r, columns.meaning));
      // A row naming no colour and giving no meaning is a note under the key ("See notes below"), not a rating.
      const colour = namesColour(name);
      const entry = meaning === "" && !colour ? null : entryFromParts(name, meaning, columns.code ? cellText(grid.get(r, columns.code)) : undefined);
      if (!entry) {
        // A row naming a colour was meant as a rating, and actions rated with it would count as invalid; a labelled note ("Owner:", "N.B.") was not.
        if (colour) unread.push({ row: r, name });
        continue;
      }
      const flag = columns.complete ? grid.get(r, columns.complete) : null;
      lines.push({ entry, row: r, complete: flag === true || /^(y|yes|true|x|✓)$/i.test(cellText(flag)) });
    }
    // A rating's second row is not read: the first keeps its meaning and its Complete mark, as the other rows keep theirs.
    const { kept, repeated } = firstLinePerRating(lines);
    if (kept.length < 2) continue;
    const entries = kept.map((l) => l.entry);
    const read: KeySheetRead = { entries: distinctCodes(markComplete(entries, columns.complete ? kept.map((l) => l.complete) : undefined)) };
    if (repeated.length > 0) read.repeated = repeated;
    if (unread.length > 0) read.unread = unreadRowsFinding(grid.name, columns.name, unread);
    return read;
  }
  return undefined;
}

/**
 * The index on a sheet not named as a key ("Guidance", "RAG Guidance"), where the sheet holds no
 * tracker: only a table whose ratings are mostly colours, three at least, so a table of other
 * statuses and what they mean ("Open | Action under way") is never taken for the index.
 */
export function readUnnamedKeySheet(grid: SheetGrid): KeySheetRead | undefined {
  const read = readKeySheet(grid);
  if (!read) return undefined;
  const colours = read.entries.filter((e) => namesColour(e.name)).length;
  return colours >= 3 && colours * 2 >= read.entries.length ? read : undefined;
}

/** Whether any word of the text is a colour's name ("Green*", "Black - closed"). */
function namesColour(text: string): boolean {
  return text.split(/[^A-Za-z]+/).some((word) => word !== "" && isKnownColourName(word));
}

function unreadRowsFinding(sheet: string, column: number, rows: { row: number; name: string }[]): Finding {
  const letter = columnLetter(column);
  const named = rows.map((r) => `${quoted(r.name)} (${letter}${r.row})`);
  const one = rows.length === 1;
  return {
    sheet,
    row: rows[0]!.row,
    column: letter,
    code: "key-row-not-read",
    severity: "warning",
    message: `The key on sheet ${quoted(sheet)} names ${listInWords(named)}, but ${one ? "it is" : "they are"} not read as ${one ? "a rating's name" : "ratings' names"}, so actions rated with ${one ? "it" : "them"} count as invalid; write each rating's name alone in column ${letter} (letters, as "Amber" or "Amber-Green", with any code in brackets after it), and any note in the meaning.`,
  };
}
