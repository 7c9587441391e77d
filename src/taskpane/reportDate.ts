/**
 * The Record report date field: one sentence when what was typed cannot be a report date. A
 * date field hands over "" both when it is empty and when what was typed is incomplete, and
 * shows the date in the browser's own order, so the sentences point to the calendar rather than
 * to a way of writing dates.
 */
import { isIsoDate } from "../core/dates";
import { formatLongDate } from "../core/longDate";

const INCOMPLETE_DATE = "Enter a complete date, or pick one from the calendar.";

export function reportDateProblem(value: string): string | null {
  const text = value.trim();
  if (text === "") return INCOMPLETE_DATE;
  if (!isIsoDate(text)) return `“${text}” cannot be read as a date; enter a complete date, or pick one from the calendar.`;
  return null;
}

/**
 * Why a readable date is unlikely to be the one meant (a mistyped year, such as 2062 for 2026),
 * as the question asking to go ahead, or null. A report is of a meeting that has happened, and
 * one recorded late is recorded within the year. Both dates are "yyyy-mm-dd", which sort as text.
 */
export function unlikelyReportDate(date: string, today: string): string | null {
  const yearBefore = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const reason = date > today ? "is after today" : date < yearBefore ? "is more than a year before today" : null;
  return reason && `${formatLongDate(date)} ${reason}; record a report for that date anyway?`;
}
