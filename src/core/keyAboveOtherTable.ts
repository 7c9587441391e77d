/**
 * A printed RAG key below a tracker ("RAG | Description", then "Blue | Completed" and so on), with a
 * header under it: the key's heading is the first row below that reads as a header, so the tracker
 * ends there. Where the header under the key is another table's, that table is the one left out, and
 * the finding and the summary's note name its own header row, not the key's; where it is the plan's
 * own header repeated, the plan goes on under the key (rowsBelowKey.ts). A key's lines say what a
 * rating means: "Blue | Two actions complete and embedded" is a RAG commentary, a table of its own.
 */
import type { CellValue } from "./cells";
import type { RagIndex } from "./ragIndex";
import { saysRatingMeaning } from "./ratingMeaning";
import { looksLikeRating } from "./ratings";
import type { SheetGrid } from "./sheetGrid";

/** The key's rows (its heading to its last line), the header row below it, and whether that is the plan's own header. */
export interface KeyAboveOtherTable {
  first: number;
  last: number;
  header: number;
  kind: "same" | "other";
}

/**
 * Where the row that reads as a header (`row`) heads a key of ratings and a table's header follows it;
 * undefined for any other row. Stops at the first row that is neither blank, a title in one cell, nor
 * a key's line, so only the key's few rows are looked at.
 */
export function keyAboveOtherTable(grid: SheetGrid, row: number, index: RagIndex, headerKind: (row: number) => "same" | "other" | null): KeyAboveOtherTable | undefined {
  let last: number | undefined;
  for (let r = row + 1; r <= grid.lastRow; r++) {
    const values = grid.filledColumns(r).map((c) => grid.original(r, c));
    if (values.length === 0 || (values.length === 1 && typeof values[0] === "string")) continue;
    if (isKeyLine(values, index)) {
      last = r;
      continue;
    }
    const kind = last === undefined ? null : headerKind(r);
    return last !== undefined && kind !== null ? { first: row, last, header: r, kind } : undefined;
  }
  return undefined;
}

/** The words a meaning is compared by: lower case, without its full stop or spaces around. */
const folded = (text: string): string => text.trim().replace(/\.$/, "").toLowerCase();

/** A key's line: a rating and, after it, the words saying what it means ("Blue | Action complete."), and nothing else. */
function isKeyLine(values: readonly CellValue[], index: RagIndex): boolean {
  if (values.length !== 2 || !looksLikeRating(values[0]!, index)) return false;
  const meaning = values[1];
  if (typeof meaning !== "string" || looksLikeRating(meaning, index)) return false;
  return saysRatingMeaning(meaning) || index.entries.some((entry) => entry.meaning !== "" && folded(entry.meaning) === folded(meaning));
}
