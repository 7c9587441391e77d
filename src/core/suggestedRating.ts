/**
 * The rating a check suggests for a rating it cannot read ("Yellow": did you mean Amber?), as one
 * edit the user can choose to make from the finding ("Use Amber"). Fix ratings never makes it: it is
 * a guess, so it waits for a person.
 */
import type { Analysis } from "./model";
import type { CellEdit } from "./formatPlan";
import type { Finding } from "./findings";
import { columnNumber } from "./cells";
import { firstAtOrAfterRow } from "./rowSearch";

export interface SuggestedRating {
  /** The edit that types the suggestion, checked by the door against what the cell held when read. */
  edit: CellEdit;
  /** The rating's name in the index, as the finding says it ("Amber"), for the button. */
  name: string;
}

/**
 * The edit that puts a finding's suggested rating in its cell, or undefined where there is none to
 * offer: no suggestion, a cell that holds no text (a date, an error value), or a merged rating cell
 * whose rows would not all take the same suggestion (typing in it rates every row it covers).
 */
export function suggestedRating(analysis: Pick<Analysis, "findings" | "trackers" | "index">, finding: Finding): SuggestedRating | undefined {
  if ((finding.code !== "rating-invalid" && finding.code !== "rating-unrated") || finding.fix === undefined || finding.row === undefined || finding.column === undefined) return undefined;
  const column = columnNumber(finding.column);
  const tracker = analysis.trackers.find((t) => t.sheet === finding.sheet && t.columns.rating === column);
  const action = tracker?.actions[firstAtOrAfterRow(tracker.actions, finding.row)];
  if (!tracker || !action || action.row !== finding.row) return undefined;
  // The door checks the cell still holds what was read, as text: a value that is not text is not offered.
  const value = action.ratingValue;
  if (value !== null && typeof value !== "string") return undefined;
  const entry = analysis.index.entries.find((e) => e.code === finding.fix || e.name === finding.fix);
  if (!entry) return undefined;
  const edit: CellEdit = { sheet: finding.sheet, row: finding.row, column, from: value ?? "", to: finding.fix };
  const merge = tracker.ratingMerges?.find((m) => finding.row! >= m.top && finding.row! <= m.bottom && column >= m.left && column <= m.right);
  if (!merge) return { edit, name: entry.name };
  // A merge starting left of the rating column holds its value in another column's cell.
  if (merge.left !== column) return undefined;
  const covered = tracker.actions.slice(firstAtOrAfterRow(tracker.actions, merge.top), firstAtOrAfterRow(tracker.actions, merge.bottom + 1));
  const alike = covered.every((a) =>
    analysis.findings.some((f) => f.sheet === finding.sheet && f.row === a.row && f.code === finding.code && f.value === finding.value && f.fix === finding.fix),
  );
  if (!alike) return undefined;
  const rows = covered.map((a) => a.row);
  return { edit: { ...edit, row: merge.top, column: merge.left, ...(rows.length === 1 && rows[0] === merge.top ? {} : { rows }) }, name: entry.name };
}
