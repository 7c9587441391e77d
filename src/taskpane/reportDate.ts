/**
 * The Record report date field: one sentence when what was typed cannot be a report date. A
 * date field hands over "" both when it is empty and when what was typed is incomplete, and
 * shows the date in the browser's own order, so the sentences point to the calendar rather than
 * to a way of writing dates.
 */
import { isIsoDate } from "../core/dates";
import { EARLIEST_DATE } from "../core/settings";
import { formatLongDate } from "../core/longDate";
import { beforeLatestReportClause, unlikelyReportDate } from "../core/history/unlikelyReportDate";

const INCOMPLETE_DATE = "Enter a complete date, or pick one from the calendar.";

export function reportDateProblem(value: string): string | null {
  const text = value.trim();
  if (text === "") return INCOMPLETE_DATE;
  if (!isIsoDate(text)) return `“${text}” cannot be read as a date; enter a complete date, or pick one from the calendar.`;
  if (text < EARLIEST_DATE) return `${formatLongDate(text)} is before 1 January 1900, the first date Excel can hold; enter the report's date.`;
  return null;
}

/**
 * Why a date is unlikely to be the one meant (core/history/unlikelyReportDate.ts), as a clause
 * ("1 January 2030 is after today"), or null; `latestReport` is the latest recorded report's date.
 */
export function unlikelyReportDateClause(date: string, today: string, latestReport?: string): string | null {
  const reason = unlikelyReportDate(date, today, latestReport);
  if (reason === "before the latest report" && latestReport !== undefined) return beforeLatestReportClause(date, latestReport);
  return reason && `${formatLongDate(date)} is ${reason}`;
}

/** The question asking to go ahead with a date unlikely to be the one meant, or null. */
export function unlikelyReportDateQuestion(date: string, today: string, latestReport?: string): string | null {
  const clause = unlikelyReportDateClause(date, today, latestReport);
  return clause && `${clause}; record a report for that date anyway?`;
}
