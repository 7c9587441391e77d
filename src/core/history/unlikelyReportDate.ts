/**
 * A report date unlikely to be the one meant, such as a mistyped year (2062 for 2026, 2002 for
 * 2022): a report is of a meeting that has happened, and one recorded late is recorded within the
 * year. The pane asks before recording such a date; the command line, which cannot ask, refuses a
 * date after today unless told otherwise, and records an old one with a note.
 */
export type UnlikelyReportDate = "after today" | "more than a year before today";

/** Both dates as YYYY-MM-DD, which sort as text. */
export function unlikelyReportDate(date: string, today: string): UnlikelyReportDate | null {
  const yearBefore = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return date > today ? "after today" : date < yearBefore ? "more than a year before today" : null;
}
