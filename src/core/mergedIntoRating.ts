/**
 * Cells merged from an earlier column into the rating column (E2:F3, the progress update through the
 * rating): each action row's rating cell shows the text typed at the merge's left, so every row is read
 * as rated by it ("Red - delayed" counts two actions Red) or as invalid, and
 * the rating column holds nothing typed. Said as the merge it is, for the team to unmerge, whatever else
 * the rows' own findings say of the text they read.
 */
import { columnLetter, isBlank } from "./cells";
import type { CellRange } from "./cells";
import type { Finding } from "./findings";
import type { Tracker } from "./model";
import { writtenRating } from "./ratings";
import type { SheetGrid } from "./sheetGrid";
import { firstAtOrAfterRow } from "./rowSearch";
import { countText, fewCellRowsInWords, fewInWords, rowsInWords } from "./sentences";
import { cutTo, quoted } from "./text";

/** The one finding for a tracker with such merges, undefined where it has none. */
export function mergedIntoRatingFinding(grid: SheetGrid, tracker: Tracker): Finding | undefined {
  const column = tracker.columns.rating;
  if (column === undefined || grid.merges.length === 0 || tracker.actions.length === 0) return undefined;
  const areas = grid.merges
    .filter((m) => m.left < column && m.right >= column)
    .map((merge) => ({ merge, rows: actionRowsIn(tracker, merge) }))
    .filter((a) => a.rows.length > 0)
    .sort((a, b) => a.merge.top - b.merge.top);
  if (areas.length === 0) return undefined;
  const rating = columnLetter(column);
  const first = areas[0]!;
  const one = areas.length === 1;
  const advice = `unmerge ${one ? areaText(first.merge) : "them"} and type ${one && first.rows.length === 1 ? "the row's" : "each row's"} rating in column ${rating}`;
  let message: string;
  if (one) {
    const topLeft = `${columnLetter(first.merge.left)}${first.merge.top}`;
    const value = grid.original(first.merge.top, first.merge.left);
    const read = isBlank(value) ? `${topLeft}, which is blank` : `${topLeft}, ${quoted(cutTo(writtenRating(value), 40))}`;
    message = `Cells ${areaText(first.merge)} are merged from column ${columnLetter(first.merge.left)} into the rating column ${rating}, so action ${rowsInWords(first.rows)} ${first.rows.length === 1 ? "reads its" : "each read their"} rating from ${read}; ${advice}.`;
  } else {
    const rows = fewCellRowsInWords(areas.map((a) => a.rows));
    message = `${countText(areas.length)} merged areas run from an earlier column into the rating column ${rating} (${fewInWords(areas.map((a) => areaText(a.merge)))}), so the action ${rows} they cover each read their rating from the first cell of their area; ${advice}.`;
  }
  return { sheet: tracker.sheet, row: first.rows[0], column: rating, code: "merged-into-rating", severity: "warning", message };
}

/** The rows of the actions (in row order) lying on the merge's rows: two searches, not a look at each action. */
function actionRowsIn(tracker: Tracker, merge: CellRange): number[] {
  const { actions } = tracker;
  return actions.slice(firstAtOrAfterRow(actions, merge.top), firstAtOrAfterRow(actions, merge.bottom + 1)).map((a) => a.row);
}

/** "E2:F3": a merged area as Excel's Go To takes it, whole, as it is to be unmerged. */
function areaText(m: CellRange): string {
  return `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`;
}

