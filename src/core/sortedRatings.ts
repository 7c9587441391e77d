/**
 * A rating column sorted on its own (Excel's "Continue with the current selection"): the ratings run in
 * A to Z order (or Z to A) down the whole table, no longer beside their actions, whose numbers keep
 * their own order. The counts then pair ratings with other actions, and nothing else shows it. Said
 * where at least 12 numbered actions take at least three different ratings, each word in one block, the
 * blocks in order, while the numbers rise within each review: a table sorted whole by rating would have
 * taken the numbers with the ratings.
 */
import { columnLetter } from "./cells";
import type { Finding } from "./findings";
import type { Action, Tracker } from "./model";
import { listInWords } from "./sentences";

const FEWEST = 12;
const FEWEST_WORDS = 3;

export function sortedRatingsFinding(t: Tracker): Finding | undefined {
  const { actions } = t;
  if (actions.length < FEWEST || t.columns.rating === undefined) return undefined;
  const blocks = ratingRuns(actions);
  if (blocks === undefined || blocks.length < FEWEST_WORDS) return undefined;
  const keys = blocks.map((w) => w.toLowerCase());
  const ascending = keys.every((k, i) => i === 0 || keys[i - 1]!.localeCompare(k) < 0);
  const descending = keys.every((k, i) => i === 0 || keys[i - 1]!.localeCompare(k) > 0);
  if (!ascending && !descending) return undefined;
  if (!numbersRise(t)) return undefined;
  const column = columnLetter(t.columns.rating);
  const first = actions[0]!.row;
  const last = actions.at(-1)!.row;
  return {
    sheet: t.sheet,
    row: first,
    column,
    code: "ratings-sorted-alone",
    severity: "warning",
    message: `The ratings in ${column}${first}:${column}${last} run in ${ascending ? "A to Z" : "Z to A"} order (${listInWords(blocks)}) down the whole table, while the action numbers keep their own order, as when the rating column alone is sorted ("Continue with the current selection"); if so, undo the sort or sort the whole table, as the counts now pair ratings with other actions.`,
  };
}

/**
 * The ratings down the table as runs of one rating each (any case), by the first spelling of each
 * run; undefined where the column cannot be sorted: no rating, a blank above a rating (Excel sorts
 * blank cells last, whichever way), or a rating that comes back after another. One walk that stops
 * at the first such row: most columns are not sorted, and say so within a few rows.
 */
function ratingRuns(actions: readonly Action[]): string[] | undefined {
  const runs: string[] = [];
  const seen = new Set<string>();
  let blankAbove = false;
  let previous = "";
  let previousKey = "";
  for (let i = 0; i < actions.length; i++) {
    const value = actions[i]!.ratingValue;
    const typed = typeof value === "string" ? value.trim() : "";
    if (typed === "") {
      blankAbove = true;
      continue;
    }
    if (blankAbove) return undefined;
    // The same spelling as the row above (most rows of a sorted column) needs no lower-casing.
    if (typed === previous) continue;
    previous = typed;
    const key = typed.toLowerCase();
    if (key === previousKey) continue;
    if (seen.has(key)) return undefined;
    seen.add(key);
    runs.push(typed);
    previousKey = key;
  }
  return runs.length === 0 ? undefined : runs;
}

/** Every action numbered, and the numbers rising within each review (one review's actions, in the order the team keeps them). */
function numbersRise(t: Tracker): boolean {
  const last = new Map<string, number>();
  let rises = 0;
  for (const a of t.actions) {
    const n = Number.parseFloat(a.ref);
    if (!Number.isFinite(n)) return false;
    const review = a.review.toLowerCase();
    const before = last.get(review);
    if (before !== undefined && n < before) return false;
    if (before !== undefined && n > before) rises++;
    last.set(review, n);
  }
  return rises > 0;
}
