/**
 * A RAG key kept on one row above the tracker's header, under its title, or under the table, as a legend:
 *   Key: | Blue – complete and embedded | Green – complete, not yet embedded | Amber – started | Red – not started
 *   Key: | C = Complete | G = On track | A = At risk | R = Off track
 *   Key: B = Complete, G = On track, A = At risk, R = Off track   (in one cell)
 * Each cell after the label names a rating and what it means. Where a letter stands for words
 * that are no colour ("C = Complete"), the rating is named by the words and known by the letter,
 * so the committee hears "4 complete", and cells typed "C" are read.
 */
import { cellText } from "./cells";
import type { RagEntry } from "./ragIndex";
import { DEFAULT_RAG_INDEX, isKnownColourName, makeEntry } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { distinctCodes, entryFromParts, markComplete } from "./indexEntries";
import { firstLinePerRating, type RepeatedLine } from "./repeatedRatings";

/** How far above the header a legend may sit: a title block of a few rows. */
const ROWS_ABOVE = 10;
/** "Key", "Key:", "RAG key", "Legend": the cell that starts a legend row. */
const LEGEND_LABEL = /^(?:rag\s+)?(?:key|legend)\s*:?$/i;
/** "Blue – complete", "Blue - complete", "C = Complete", "G: On track": a rating, then what it means. */
const NAME_AND_MEANING = /^(.+?)\s*(?:=|:|\s[-–]\s)\s*(.+)$/;

export interface Legend {
  entries: RagEntry[];
  row: number;
  /** Parts that named a rating an earlier part names, and were not read. */
  repeated?: RepeatedLine[];
}

export function findLegendAbove(grid: SheetGrid, headerRow: number): Legend | undefined {
  for (let row = Math.max(grid.firstRow, headerRow - ROWS_ABOVE); row < headerRow; row++) {
    const legend = legendAt(grid, row);
    if (legend) return legend;
  }
  return undefined;
}

/**
 * The same row typed under the table, past its last action: it is the index, and no action. It is
 * among the sheet's last rows (a note or two may follow it), so only the last few rows holding
 * anything are looked at, from the bottom up, and of each only its first cell, for a legend's label:
 * wherever across the sheet the key is typed ("Key: B = complete, …" under the recommendations), as
 * the label starts the legend.
 */
export function findLegendBelow(grid: SheetGrid, headerRow: number): Legend | undefined {
  const isLabel = (value: unknown) => typeof value === "string" && ((value.length <= LONGEST_LABEL && LEGEND_LABEL.test(value.trim())) || LABEL_PREFIX.test(value));
  let looked = 0;
  for (let row = grid.lastRow; row > headerRow && looked < ROWS_AT_END; row--) {
    if (grid.isBlankRow(row)) continue;
    looked++;
    const first = grid.filledColumns(row)[0];
    if (first === undefined || !isLabel(grid.original(row, first))) continue;
    const legend = legendAt(grid, row);
    if (legend) return legend;
  }
  return undefined;
}

/** How many of the sheet's last rows holding anything may follow its table and hold its legend. */
const ROWS_AT_END = 10;

/** "RAG legend:" with a space or two around it: no longer cell is a legend's label, and is not tested. */
const LONGEST_LABEL = 16;

function legendAt(grid: SheetGrid, row: number): Legend | undefined {
  const cells = grid.filledColumns(row).map((column) => cellText(grid.original(row, column)).trim());
  const [label, ...rest] = cells.length === 1 ? inOneCell(cells[0]!) : cells;
  if (label === undefined || !LEGEND_LABEL.test(label) || rest.length < 2) return undefined;
  // Letters are their colours where every letter is a usual code (B, G, A, R); a legend with another letter ("C = Complete") names each by its words.
  const letters = rest.map((text) => NAME_AND_MEANING.exec(text)?.[1] ?? "");
  const usual = letters.every((l) => USUAL_CODES.has(l.toUpperCase()) || isKnownColourName(l) || l.length > 2);
  const entries = rest.map((text) => legendEntry(text, usual));
  if (entries.some((e) => e === null)) return undefined;
  // A part naming a rating again ("B = At risk" after "B = Complete") is a slip in a row labelled as the key: the first is read.
  const { kept, repeated } = firstLinePerRating((entries as RagEntry[]).map((entry, i) => ({ entry, row, text: rest[i]! })));
  if (kept.length < 2) return undefined;
  return { entries: distinctCodes(markComplete(kept.map((part) => part.entry))), row, ...(repeated.length > 0 && { repeated }) };
}

/** "Key:" at the start of a cell's text, with the legend after it in the same cell. */
const LABEL_PREFIX = /^((?:rag\s+)?(?:key|legend)\s*:)\s*/i;

/**
 * A legend typed in one cell ("Key: B = Complete, G = On track, A = At risk, R = Off track", or "RAG key:
 * Blue – complete; Green – on track; …"), as its label and parts: by semicolons or lines where it
 * has them, as a meaning may hold a comma ("Green – complete, not yet embedded"), else by commas.
 */
function inOneCell(text: string): string[] {
  const label = LABEL_PREFIX.exec(text);
  if (!label) return [];
  const rest = text.slice(label[0].length);
  const bySemicolon = rest.split(/\s*[;\n]\s*/).filter(Boolean);
  return [label[1]!, ...(bySemicolon.length >= 2 ? bySemicolon : rest.split(/\s*,\s*/).filter(Boolean))];
}

function legendEntry(text: string, usualCodes: boolean): RagEntry | null {
  const m = NAME_AND_MEANING.exec(text);
  if (!m) return null;
  const name = m[1]!;
  const meaning = m[2]!;
  // A letter for words that are no colour: the words name the rating, and what they say is its meaning; in a legend of B, G, A and R alone, their colours (entryFromParts).
  if (/^[A-Za-z]{1,2}$/.test(name) && !isKnownColourName(name) && !usualCodes && !meaning.split(/[\s–-]+/).some(isKnownColourName) && meaning.split(/\s+/).length <= 4) {
    return makeEntry(meaning, meaning, false, name);
  }
  return entryFromParts(name, meaning);
}

const USUAL_CODES = new Set(DEFAULT_RAG_INDEX.entries.map((e) => e.code));
