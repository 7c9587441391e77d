/** The words a committee reads for each way a rating can move, in the pack's list, the command line and the pane. */
import type { ChangeCount, Direction, RatingMove } from "./changes";
import { INVALID, UNRATED } from "../grouping";
import { plural } from "../sentences";
import { recordedDueInLongWords } from "./recordedDue";
import type { CheckedCount } from "./notChecked";
import type { SnapshotAction } from "./snapshot";

const DIRECTION_WORDS: Record<Direction, string> = {
  improved: "improved",
  worsened: "worsened",
  moved: "moved; the RAG index does not say whether better or worse",
  given: "rating given",
  cleared: "rating cleared",
  notRatedYet: "not yet rated on the new round",
  unreadable: "rating made invalid",
  keyChanged: "rating renamed in the RAG index",
};

/**
 * Said in the list beside "Was" and "Now": "changed" alone would not tell a councillor what happened.
 * A rating given where an invalid one was written (Yellow, now Amber) was corrected: something was there.
 */
export function moveInWords({ before, direction }: Pick<RatingMove, "before" | "direction">): string {
  return direction === "given" && before.rating === INVALID ? "rating corrected" : DIRECTION_WORDS[direction];
}

/**
 * A rating of a report as the lists say it: a blank is "no rating", as the summary's sentences say,
 * never the counts' column name "Unrated"; a value the RAG index does not have is quoted as the lists
 * of the plan now quote it ("Invalid: Yellow", ratingLabel), so "Invalid: Yellow → Amber" tells a
 * councillor what the rating said. A report recorded before invalid ratings were kept, or whose
 * wording was removed, knows only that it was invalid: "invalid rating".
 */
export function ratingInWords({ rating, typedRating, lastRoundRating }: Pick<SnapshotAction, "rating" | "typedRating" | "lastRoundRating">): string {
  if (rating === UNRATED) return lastRoundRating === undefined ? "no rating" : `no rating yet (${lastRoundRating} when last rated)`;
  if (rating !== INVALID) return rating;
  return typedRating ? `${INVALID}: ${typedRating}` : "invalid rating";
}

/**
 * The count tables' column for moves to or from a blank or unreadable rating (or a rating the key
 * no longer has, or one the key does not rank: "Blue | Not yet commenced" where no rating is complete). One column, not one per kind: the table stays on the page, the list below names
 * each kind, and no move in the sentence is missing from the table.
 */
export const NEITHER_BETTER_NOR_WORSE = "Changed, neither better nor worse";

/**
 * The heading of the actions that passed the limit since the last report: "Newly past 90 days without
 * an update", beside "Newly overdue", in the words of the pack's sentence ("4 actions newly past 90 days
 * without an update; 16 actions newly overdue"), which reads aloud at committee. The pack's list of every
 * such action is "Not updated for more than 90 days", beside "Overdue actions".
 */
export const newlyNotUpdated = (staleDays: number) => `Newly past ${plural(staleDays, "day")} without an update`;

/** One count of a group's changes: the pack's table column, and the words the command line and the pane use for it. */
export interface ChangeCountColumn {
  /** The pack's column heading ("No progress reported"). */
  heading: string;
  count: (g: ChangeCount) => number;
  /** The count a sheet may give no means to check (no progress updates, last-updated or due dates). */
  checked?: CheckedCount;
}

/** Said in place of a count none of a group's actions could be checked for: a 0 there would read as none. */
export const NOT_CHECKED = "not checked";

/** A group's count under `column`, or NOT_CHECKED. */
export function shownCount(column: ChangeCountColumn, g: ChangeCount): number | typeof NOT_CHECKED {
  return column.checked !== undefined && g.notChecked.includes(column.checked) ? NOT_CHECKED : column.count(g);
}

/** The counts of "Changes by review" and "Changes by category", in the pack's order, which the command line and the pane follow. */
export function changeCountColumns(staleDays: number): ChangeCountColumn[] {
  return [
    { heading: "Improved", count: (g) => g.improved },
    { heading: "Worsened", count: (g) => g.worsened },
    { heading: NEITHER_BETTER_NOR_WORSE, count: (g) => g.neitherBetterNorWorse },
    { heading: "New", count: (g) => g.added },
    { heading: "Removed", count: (g) => g.removed },
    { heading: "No progress reported", count: (g) => g.noProgress, checked: "noProgress" },
    { heading: "Newly overdue", count: (g) => g.newlyOverdue, checked: "newlyOverdue" },
    { heading: newlyNotUpdated(staleDays), count: (g) => g.newlyStale, checked: "newlyStale" },
  ];
}

/** The list of time scales re-set, and the sentence counting them, by one name. */
export const TIME_SCALE_MOVED = "Time scale moved";

/**
 * "end of September 2021 → end of December 2021, put back": a time scale re-set between two reports; "15 September
 * 2021 → no date, taken off" one that gives none now; "no date → end of March 2027, set" one that gave none. A report
 * keeps only the date a time scale was read as, so a month's last day is said as its end, with no day the plan never set (recordedDue.ts).
 */
export function timeScaleMoveInWords({ before, after }: { before: SnapshotAction; after: SnapshotAction }): string {
  if (after.due === null) return `${recordedDueInLongWords(before.due!)} → no date, taken off`;
  if (before.due === null) return `no date → ${recordedDueInLongWords(after.due)}, set`;
  return `${recordedDueInLongWords(before.due!)} → ${recordedDueInLongWords(after.due)}, ${after.due > before.due! ? "put back" : "brought forward"}`;
}
