/**
 * Why a report date has no earlier report to compare with, in the words the pack, its outcome and
 * the pane share. A report recorded on the date itself is the report being made (previousSnapshot
 * in record.ts), so "earlier" is strictly before; reports recorded after the date are not history
 * yet, and a reader who knows they exist must not be told to start recording them.
 */
import { formatLongDate } from "../longDate";

export interface RecordedDates {
  /** Dates of every readable recorded report. */
  dates?: readonly string[];
  /** Dates of the stored reports that could not be read. */
  unreadable?: readonly string[];
}


/**
 * One sentence. `forPack`: said on the Committee Pack and in its outcome, which also say what the
 * pack holds instead (the plan as it stands, and a RAG History of the reports up to its date).
 */
export function noEarlierReport(asOf: string, reports: RecordedDates, forPack: boolean): string {
  const date = formatLongDate(asOf);
  const first = (reports.dates ?? []).filter((d) => d >= asOf).sort()[0];
  if ((reports.unreadable ?? []).some((d) => d < asOf)) return `No report recorded before ${date} could be used, so there is nothing to compare with.`;
  if (first === undefined) return `No report was recorded before ${date}, so there is nothing to compare with yet.`;
  // One report recorded is said as the only one; "the first" would promise others.
  const only = (reports.dates ?? []).length === 1 && (reports.unreadable ?? []).length === 0;
  const which = only ? "only" : "first";
  // In the committee's words: the report of this meeting is the first, so the next one is the first to say what moved.
  if (first === asOf) return `The report of ${date} is the first recorded, so there is nothing earlier to compare it with${only ? "; the next report will say what moved since" : ""}.`;
  const none = `No report is recorded on or before ${date} (the ${which} recorded report is of ${formatLongDate(first)})`;
  return forPack
    ? `${none}, so this pack compares with none: it counts the plan as it stands, as at ${date}, and its RAG History shows no report.`
    : `${none}, so there is nothing to compare with.`;
}

/**
 * RAG History's line when it ends before the committee pack's date, whose report is not recorded
 * yet (the pack made before the meeting's report): the pack's counts are not its last row. `laterRecorded`:
 * how many reports are recorded after the pack's date; with any, one of that date is not to be recorded now (it would be a
 * past meeting's report made from the plan as it stands); the history stops at the pack's date, as it is of that date.
 */
export function historyEndsBefore(asOf: string, last: string, laterRecorded: number): string {
  const date = formatLongDate(asOf);
  const ends = `This history ends at the report of ${formatLongDate(last)}: no report is recorded for ${date}, the date of the committee pack, which counts the plan as it stands`;
  if (laterRecorded === 0) return `${ends}; record the report of ${date} to add its ratings here.`;
  return `${ends}; ${laterRecorded === 1 ? "the report" : "the reports"} recorded after ${date} ${laterRecorded === 1 ? "is" : "are"} left out, as the pack is as at that date.`;
}

/** RAG History's line when it shows no report up to the pack's date, though later ones are recorded. */
export function noReportUpTo(asOf: string, first: string): string {
  return `No report is recorded on or before ${formatLongDate(asOf)}, the date of the committee pack; the first recorded report is of ${formatLongDate(first)}.`;
}

/**
 * The committee pack's outcome when it has nothing to compare with. Only where no report is
 * recorded at all is the advice to start recording; where one is (of its own date, only after it,
 * or one before it that could not be used), that advice would tell the reader there are none, so
 * the outcome says what the pack itself says.
 */
export function packWithoutChanges(asOf: string, reports: RecordedDates): string {
  const { dates = [], unreadable = [] } = reports;
  // Every door says next which sheets it wrote: the outcome does not say the pack was written as well.
  if (dates.length > 0 || unreadable.length > 0) return noEarlierReport(asOf, reports, true);
  return "No report is recorded yet, so the pack counts the plan as it stands; record a report after each committee meeting so the next pack can say what moved.";
}
