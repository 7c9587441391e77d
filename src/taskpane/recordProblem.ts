/**
 * What the Reports section says when recording a date was refused or failed. Said while the date
 * field still holds that date, it is the door's own sentence, with its advice (record again and
 * confirm). One that arrives after the field was changed (while the recording ran) must be true of
 * the screen as it is: Record report would now record the date in the field, so the sentence names
 * the date refused and gives no advice to record again; a failure's own advice ("try again") is kept
 * and told to set the date back first.
 */
import { formatLongDate } from "../core/longDate";
import { EarlierReportError, NewerReportError, ReportExistsError } from "../core/history/record";
import { beforeLatestReportClause } from "../core/history/unlikelyReportDate";
import { errorSentence } from "./messages";

/** `fieldDate`: the date the field holds as the refusal or failure arrives (null before the field has said). */
export function recordProblemSentence(error: unknown, date: string, fieldDate: string | null): string {
  if (fieldDate === null || fieldDate === date) return errorSentence(error);
  if (error instanceof ReportExistsError) return `A report is already recorded for ${formatLongDate(error.date)}, so nothing was recorded for that date.`;
  if (error instanceof EarlierReportError) return `${beforeLatestReportClause(error.date, error.latestReport)}, so nothing was recorded for ${formatLongDate(error.date)}.`;
  // It names its date, and its advice (update, or another date) holds whatever the field holds.
  if (error instanceof NewerReportError) return errorSentence(error);
  // Not "nothing was recorded": a write that failed partway may already have recorded it.
  return `Recording the report for ${formatLongDate(date)} failed: ${errorSentence(error)} To record ${formatLongDate(date)}, set the date back to it first.`;
}
