/**
 * A RAG key kept on one row above the tracker's header, under its title, as a legend:
 *   Key: | Blue – complete and embedded | Green – complete, not yet embedded | Amber – started | Red – not started
 *   Key: | C = Complete | G = On track | A = At risk | R = Off track
 * Each cell after the label names a rating and what it means. Where a letter stands for words
 * that are no colour ("C = Complete"), the rating is named by the words and known by the letter,
 * so the committee hears "4 complete", and cells typed "C" are read.
 */
import { cellText } from "./cells";
import type { RagEntry } from "./ragIndex";
import { isKnownColourName, makeEntry } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { distinctCodes, entryFromParts, markComplete } from "./indexEntries";

/** How far above the header a legend may sit: a title block of a few rows. */
const ROWS_ABOVE = 10;
/** "Key", "Key:", "RAG key", "Legend": the cell that starts a legend row. */
const LEGEND_LABEL = /^(?:rag\s+)?(?:key|legend)\s*:?$/i;
/** "Blue – complete", "Blue - complete", "C = Complete", "G: On track": a rating, then what it means. */
const NAME_AND_MEANING = /^(.+?)\s*(?:=|:|\s[-–]\s)\s*(.+)$/;

export function findLegendAbove(grid: SheetGrid, headerRow: number): { entries: RagEntry[]; row: number } | undefined {
  for (let row = Math.max(grid.firstRow, headerRow - ROWS_ABOVE); row < headerRow; row++) {
    const [label, ...rest] = grid.filledColumns(row).map((column) => cellText(grid.original(row, column)).trim());
    if (label === undefined || !LEGEND_LABEL.test(label) || rest.length < 2) continue;
    const entries = rest.map(legendEntry);
    if (entries.some((e) => e === null)) continue;
    const found = entries as RagEntry[];
    if (new Set(found.map((e) => e.name.toLowerCase())).size < found.length) continue;
    return { entries: distinctCodes(markComplete(found)), row };
  }
  return undefined;
}

function legendEntry(text: string): RagEntry | null {
  const m = NAME_AND_MEANING.exec(text);
  if (!m) return null;
  const name = m[1]!;
  const meaning = m[2]!;
  // A letter for words that are no colour: the words name the rating, and what they say is its meaning.
  if (/^[A-Za-z]{1,2}$/.test(name) && !isKnownColourName(name) && !meaning.split(/[\s–-]+/).some(isKnownColourName) && meaning.split(/\s+/).length <= 4) {
    return makeEntry(meaning, meaning, false, name);
  }
  return entryFromParts(name, meaning);
}
