/**
 * What an earlier version read otherwise than this one, so that a comparison does not report it as a
 * change nobody made. Ratings an earlier version recorded as invalid that this version reads: a rating
 * written with words after it ("Green - on track", ratingWords.ts) was invalid to versions before those
 * were read. Compared with a later report, or the plan now, such an action would show a rating
 * "corrected" that nobody touched, and be counted in the pack's sentence and tables as a change.
 */
import type { RagIndex } from "../ragIndex";
import { entryWithWords } from "../ratingWords";
import { INVALID, UNRATED } from "../grouping";
import type { Snapshot, SnapshotAction } from "./snapshot";
import { monthEndOf } from "../dates";

function indexOf(entries: Snapshot["index"]): RagIndex {
  return { entries: entries.map((e) => ({ ...e, textColour: "", meaning: "" })), source: { kind: "default" } };
}

/**
 * Whether `before`'s invalid rating is `after`'s rating read again: its text reads with words as that
 * rating in the later report's index, or, where the earlier report kept no text (a version before
 * texts were kept), the later rating is one written with words (its report keeps the words).
 */
export function readAgainAs(before: SnapshotAction, after: SnapshotAction, later: Snapshot["index"]): boolean {
  if (before.rating !== INVALID || after.rating === INVALID || after.rating === UNRATED) return false;
  if (before.typedRating !== undefined) return entryWithWords(indexOf(later), before.typedRating)?.name === after.rating;
  return after.typedRating !== undefined;
}

/**
 * Whether the due date moved from the 1st of a month to that month's end only as the cell is read: a
 * time scale typed "March 2026", which Excel keeps as a date cell holding the 1st shown "Mar-26", read
 * as the month since 6 December 2026. A report recorded before then holds the 1st; the target was not
 * put back. A date cell moved so, by hand, is not a month cell, and is said.
 */
export function dueReadAsMonth(before: SnapshotAction, after: SnapshotAction): boolean {
  return after.dueMonth === true && before.dueMonth === undefined && before.due !== null && before.due.endsWith("-01") && after.due === monthEndOf(before.due);
}
