/**
 * What Record report asks before it replaces a report already recorded for the date. Where the
 * date is also unlikely to be the one meant (a mistyped year, a date before the latest report),
 * the same sentence says so first, so one dialog and one answer cover both.
 */
import { formatLongDate } from "../core/longDate";
import { recordedAtWords } from "../core/history/replacedReport";

export interface ReplacedReport {
  date: string;
  recordedBy: string | null;
  /** When it was recorded, as the report keeps it; null where it does not say (an early version's, or one that could not be read). */
  recordedAt?: string | null;
  /** False for a stored report that could not be read: still lost once replaced. */
  readable: boolean;
}

export interface ReplaceReportQuestion {
  title: string;
  text: string;
}

/** `unlikely`: why the date is unlikely ("1 June 2021 is more than a year before today"), or null. */
export function replaceReportQuestion({ date, recordedBy, recordedAt = null, readable }: ReplacedReport, unlikely: string | null): ReplaceReportQuestion {
  const long = formatLongDate(date);
  const title = `Replace the report recorded for ${long}?`;
  // Neither door knows who the user is, so when it was recorded is what tells a colleague's report from one's own.
  const report = recordedAt ? `report for ${long}, ${recordedAtWords(recordedBy, recordedAt)},` : `report recorded for ${long}${recordedBy ? ` by ${recordedBy}` : ""}`;
  if (unlikely === null) {
    return {
      title,
      text: readable
        ? `The ${report} will be replaced by the ratings as they stand now; the earlier one cannot be recovered.`
        : `The report recorded for ${long} could not be read (the list of recorded reports says why); it will be replaced by the ratings as they stand now, and what it held cannot be recovered.`,
    };
  }
  return {
    title,
    text: readable
      ? `${unlikely}; the ${report.replace(/^report recorded/, "report already recorded")} will be replaced by the ratings as they stand now, and the earlier one cannot be recovered.`
      : `${unlikely}; the report already recorded for ${long} could not be read (the list of recorded reports says why), and it will be replaced by the ratings as they stand now, so what it held cannot be recovered.`,
  };
}
