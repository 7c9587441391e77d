/**
 * A report date unlikely to be the one meant, such as a mistyped year (2062 for 2026, 2002 for
 * 2022): a report is of a meeting that has happened, and one recorded late is recorded within the
 * year. The pane asks before recording such a date; the command line, which cannot ask, refuses a
 * date after today unless told otherwise, and records an old one with a note. A committee pack or a
 * comparison as at a date after today is refused by the command line the same way (--future). The
 * pane, which shows the report date saved in the settings at its top, counts as at it, and says
 * whether it is a meeting to come or, further ahead than one is planned, most likely a mistyped year.
 *
 * A date before the latest recorded report is the likeliest mistake of all: a report holds the plan
 * as it stands when it is recorded, so one back-dated behind a later report would hold that later
 * plan under an earlier date, and every comparison with it would count moves that never happened.
 * Both doors refuse it unless told it is meant: the pane once the user has confirmed, the command
 * line with --earlier. Replacing the latest report itself is not earlier, and stays as it was.
 */
import { formatLongDate } from "../longDate";

/** Further ahead than a committee meeting is planned: a report date this far to come is most likely a mistyped year (2202 for 2022). */
export const PLANNED_DAYS_AHEAD = 60;

export type UnlikelyReportDate = "after today" | "before the latest report" | "more than a year before today";

/**
 * All dates as YYYY-MM-DD, which sort as text; `latestReport` is the latest date a report is
 * recorded for (latestReportDate in record.ts), if any. The most harmful reason comes first: a
 * date before the latest report is asked about as such even when it is also long ago.
 */
export function unlikelyReportDate(date: string, today: string, latestReport?: string): UnlikelyReportDate | null {
  if (isBeforeLatestReport(date, latestReport)) return "before the latest report";
  const yearBefore = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return date > today ? "after today" : date < yearBefore ? "more than a year before today" : null;
}

export function isBeforeLatestReport(date: string, latestReport: string | undefined): latestReport is string {
  return latestReport !== undefined && date < latestReport;
}

/**
 * Why a date before the latest report is unlikely, as a clause each door ends its own way (the
 * pane's question, the command line's refusal naming --earlier, the door's own refusal).
 */
export function beforeLatestReportClause(date: string, latestReport: string): string {
  const day = formatLongDate(date);
  return `${day} is before ${formatLongDate(latestReport)}, the date of the latest recorded report, and a report recorded now holds the plan as it stands now, not as it stood on ${day}`;
}

/** "1 January 2099 is after today (1 November 2021)": how every door names a date after today, each ending it its own way. */
export function afterTodayClause(date: string, today: string): string {
  return `${formatLongDate(date)} is after today (${formatLongDate(today)})`;
}
