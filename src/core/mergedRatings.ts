/**
 * A rating merged down over several action rows: one recommendation, its actions on rows of their
 * own, rated once. Each row is an action and is counted with the merged rating, so the count runs
 * above the plan's numbering of recommendations; one finding says where, for the team to reconcile.
 */
import type { CellRange } from "./cells";
import { columnLetter, isBlank } from "./cells";
import type { Finding } from "./findings";
import type { Action, Tracker } from "./model";
import type { SheetGrid } from "./sheetGrid";
import { listInWords, plural } from "./sentences";
import { firstAtOrAfterRow } from "./rowSearch";

/**
 * The one finding for a tracker whose rating column has merged areas over two actions or more, typed,
 * or blank and coloured in, with one rating read on each row it covers; undefined otherwise. An area
 * may run across into the next columns (F8:G9, the rating and its update merged) where each row reads
 * the one rating. Only the sheet's merges are looked at. Each area is said as the action rows it
 * covers: a merge may run on past the last action, over a blank row or a note below the table, which
 * is no action and not counted.
 */
export function mergedRatingsFinding(grid: SheetGrid, tracker: Tracker): Finding | undefined {
  const areas = mergedRatingAreas(grid, tracker).filter((a) => !a.blank);
  if (areas.length === 0) return undefined;
  const rows = areas.reduce((n, a) => n + a.actions, 0);
  const one = areas.length === 1;
  return {
    sheet: tracker.sheet,
    row: areas[0]!.first,
    column: columnLetter(tracker.columns.rating!),
    code: "merged-rating",
    severity: "info",
    message: `${one ? "A rating is" : `${areas.length} ratings are`} merged down over action rows ${listInWords(areas.map(rowsAndRange))}: each action row in ${one ? "it" : "them"} is counted with the merged rating, ${plural(rows, "action")} from ${plural(areas.length, "rating")}, so where the plan numbers one item per merged rating the count here is ${rows - areas.length} higher.`,
  };
}

/**
 * One finding for each blank rating cell merged down over two actions or more, with no colour to rate
 * them: each of its rows is counted as missing a rating, and one rating typed in it rates them all.
 */
export function blankMergedRatingFindings(grid: SheetGrid, tracker: Tracker): Finding[] {
  return mergedRatingAreas(grid, tracker)
    .filter((a) => a.blank)
    .map((a) => ({
      sheet: tracker.sheet,
      row: a.first,
      column: columnLetter(tracker.columns.rating!),
      code: "merged-rating-blank" as const,
      severity: "info" as const,
      message: `The rating cell ${a.topLeft} is merged down over action rows ${rowsAndRange(a)} and is blank, so each of its ${a.actions} actions is counted as missing a rating; a rating typed in ${a.topLeft} rates all ${a.actions}, and each is counted with it.`,
    }));
}

/** An area's rows and cells: "6 to 8 (F6:F8)". */
const rowsAndRange = (a: MergedArea) => `${a.first} to ${a.last} (${a.range})`;

interface MergedArea extends ActionRows {
  /** The cells it covers on the action rows: "F6:F8", "F8:G9". */
  range: string;
  topLeft: string;
  blank: boolean;
}

/** The rating column's merged areas over two actions or more, in row order, each read as one rating on every row, or blank and uncoloured. */
function mergedRatingAreas(grid: SheetGrid, tracker: Tracker): MergedArea[] {
  const column = tracker.columns.rating;
  if (column === undefined || grid.merges.length === 0 || tracker.actions.length === 0) return [];
  const areas: MergedArea[] = [];
  for (const m of grid.merges) {
    // A merge starting in an earlier column (the update through the rating) is the update's: only the rating's own merge, down or across, is a merged rating.
    if (m.left !== column || m.bottom === m.top || m.bottom < tracker.firstRow || m.top > tracker.lastRow) continue;
    const covered = actionRowsIn(tracker.actions, m);
    if (covered.actions < 2) continue;
    const blank = isBlank(grid.original(m.top, m.left));
    // Across into the next columns (F8:G9), only a rating read on each row it covers is a merged rating.
    if (m.right !== column && !(ratedAlike(tracker.actions, m) && !blank)) continue;
    // A blank merged cell rates its rows only where it is coloured in: a rating given by colour alone, read on each of its rows alike.
    const uncoloured = blank && !colouredAlike(tracker.actions, m);
    const range = `${columnLetter(m.left)}${covered.first}:${columnLetter(m.right)}${covered.last}`;
    areas.push({ ...covered, range, topLeft: `${columnLetter(m.left)}${m.top}`, blank: uncoloured });
  }
  return areas.sort((a, b) => a.first - b.first);
}

/**
 * The sheet's merged areas that an action's rating cell lies in, in the sheet's order: each shows
 * its top-left cell's value (and fill) on every row it covers, and holds it there alone.
 */
export function ratingMerges(grid: SheetGrid, tracker: Tracker): CellRange[] {
  const column = tracker.columns.rating;
  if (column === undefined || grid.merges.length === 0 || tracker.actions.length === 0) return [];
  return grid.merges.filter((m) => m.left <= column && m.right >= column && actionRowsIn(tracker.actions, m).actions > 0);
}

/**
 * Whether every action a blank merged cell covers is read as one rating given by colour: a row whose
 * own fill hides the merged colour (a row highlighted across) reads as missing, and then the merged
 * cell is not one rating counted on each of its rows.
 */
function colouredAlike(actions: readonly Action[], merge: CellRange): boolean {
  const covered = actions.slice(firstAtOrAfterRow(actions, merge.top), firstAtOrAfterRow(actions, merge.bottom + 1));
  const first = covered[0]?.rating;
  if (first?.kind !== "rated" || first.fill === undefined) return false;
  return covered.every(({ rating }) => rating.kind === "rated" && rating.fill !== undefined && rating.entry.name === first.entry.name);
}

/** Whether every action a merge covers reads one rating, as a rating merged across its row and down is read. */
function ratedAlike(actions: readonly Action[], merge: CellRange): boolean {
  const covered = actions.slice(firstAtOrAfterRow(actions, merge.top), firstAtOrAfterRow(actions, merge.bottom + 1));
  const first = covered[0]?.rating;
  return first?.kind === "rated" && covered.every(({ rating }) => rating.kind === "rated" && rating.entry.name === first.entry.name);
}

/** The actions a merge covers: how many, and the rows of the first and last (0 where none). */
interface ActionRows {
  actions: number;
  first: number;
  last: number;
}

/** The actions (in row order) lying on the merge's rows: two searches, not a look at each action. */
function actionRowsIn(actions: readonly Action[], merge: CellRange): ActionRows {
  const start = firstAtOrAfterRow(actions, merge.top);
  const end = firstAtOrAfterRow(actions, merge.bottom + 1);
  return end > start ? { actions: end - start, first: actions[start]!.row, last: actions[end - 1]!.row } : { actions: 0, first: 0, last: 0 };
}
