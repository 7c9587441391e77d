/**
 * The Committee Pack's Due, where the plan writes its time scale as text: the date it was read as,
 * with the month in words ("4 Mar 2022", as the pack's date cells show theirs), which no reader
 * takes the wrong way round, where the plan's "3/4/2022" is 3 April to a UK reader and 4 March to a
 * US one. The days overdue count from that date, so the committee sees the date they count from. The
 * plan's own text follows, quoted on a line of its own, only where it says more than a date ("End of
 * March 2022 (revised)", "Q3 2021/22").
 */
import { formatShortDate } from "../longDate";
import { MONTH_NAMES } from "../timeScale";
import { rightText } from "../sheetBuilder";
import type { PlanCell } from "../writePlan";

/** A day, month and year as teams write them ("3/4/2022", "Dec 31, 2021", "4th March 2022", "March 2022"): nothing else. */
const DATE_PARTS = new RegExp(`\\b(?:${MONTH_NAMES})\\b\\.?|\\d+(?:st|nd|rd|th)?|[\\s/.,-]`, "gi");

/** True where a time scale typed as text holds words other than a date's day, month and year. */
export function saysMoreThanADate(dueText: string): boolean {
  return dueText.replace(DATE_PARTS, "") !== "";
}

/** `due`: the date `dueText` was read as (YYYY-MM-DD). Set right, as the dates in its column are. */
export function dueInWords(dueText: string, due: string): PlanCell {
  const said = dueText.trim();
  return rightText(saysMoreThanADate(said) ? `${formatShortDate(due)}\n“${said}”` : formatShortDate(due), "wrap");
}
