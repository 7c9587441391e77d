/**
 * A time scale as a recorded report kept it: only the date it was read as, never the text typed. A month's
 * last day may stand for a month, quarter or year the plan named ("December 2021", "Q3 2021/22", "2021/22")
 * or for that day typed, so it is said as the month's end, which is true of all of them, and no day is given
 * that the plan may never have set; any other date can only have been typed as a day, and is said as one.
 */
import { monthEndOf } from "../dates";
import {
  formatLongDate,
  formatMonth,
  formatShortDate,
  formatShortMonth,
} from "../longDate";
import { date, rightText, text } from "../sheetBuilder";
import type { PlanCell } from "../writePlan";

/** Said under a list quoting a report's time scales where one is said as its month's end. */
export const EARLIER_DUE_NOTE =
  "A report keeps each time scale only as the date it was read as, so a time scale given as the end of a month may have been typed as that month, its quarter or its year, or as its last day.";

/** True where the report's date is its month's last day, which the plan may have given as a month, quarter or year. */
export const isMonthEnd = (due: string): boolean => monthEndOf(due) === due;

/** "end of Dec 2021" for a month's last day, else the date ("15 Dec 2021"), as the pack's date cells show theirs. */
export function recordedDueInWords(due: string): string {
  return isMonthEnd(due)
    ? `end of ${formatShortMonth(due)}`
    : formatShortDate(due);
}

/** "end of December 2021" for a month's last day, else the date ("15 December 2021"), as sentences write dates: the command line's and the pane's lists. */
export function recordedDueInLongWords(due: string): string {
  return isMonthEnd(due) ? `end of ${formatMonth(due)}` : formatLongDate(due);
}

/** The Committee Pack's cell for a time scale a report kept: words for a month's end, a date cell for a day, or "no date". */
export function recordedDueCell(due: string | null | undefined): PlanCell {
  if (!due) return rightText("no date");
  return isMonthEnd(due) ? text(recordedDueInWords(due), "wrap") : date(due);
}
