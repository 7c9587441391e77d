/**
 * A sheet with no header row that still holds a column of ratings: most likely a tracker whose header
 * row was deleted or cleared. Skipped like any sheet with no header, its actions leave every count, and
 * a later comparison lists them as removed: so it is said as a warning, naming the column.
 */
import { cellText, columnLetter } from "./cells";
import type { SheetGrid } from "./sheetGrid";

/** The words of the usual key, in full or as their first letter. */
const RATING_WORD = /^(?:blue|green|amber|red|b|g|a|r)$/i;
/** Fewer could be a key or a note: a plan's column of ratings runs longer. */
const FEWEST = 5;

/** The column holding the most ratings, with how many and the words, where it holds enough to be a tracker's. */
export function ratingsWithoutHeader(grid: SheetGrid): { column: string; count: number; words: string[] } | undefined {
  let best: { column: number; count: number; words: Set<string> } | undefined;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    const words = new Set<string>();
    let count = 0;
    for (let row = grid.firstRow; row <= grid.lastRow; row++) {
      const text = cellText(grid.original(row, column)).trim();
      if (!RATING_WORD.test(text)) continue;
      count++;
      words.add(text[0]!.toUpperCase() + text.slice(1).toLowerCase());
    }
    if (count > (best?.count ?? 0)) best = { column, count, words };
  }
  return best && best.count >= FEWEST && best.words.size >= 2 ? { column: columnLetter(best.column), count: best.count, words: [...best.words] } : undefined;
}
