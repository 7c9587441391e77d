/**
 * Reports recorded out of order: recorded (with --earlier, or Record for an earlier date) after a
 * report of a later date was. Such a report holds the plan as it was when recorded, not as it was on
 * its date, so an action it holds may have been typed after the later report: it is never the ground
 * for saying an action was removed and is back, or when it was removed. Every sentence that shows it,
 * or compares with it, says what it is (recordedLateWords): the warning given when it was recorded is
 * not repeated anywhere else.
 */
import { byReportDate, type Snapshot } from "./snapshot";
import { isIsoDate } from "../dates";
import { formatLongDate } from "../longDate";

type Recorded = Pick<Snapshot, "date" | "recordedAt">;

/** A report recorded out of order, as its sentences name it. */
export interface LateReport {
  date: string;
  /** The day it was recorded (YYYY-MM-DD), as `recordedAt` names it; absent where that names no day. */
  recordedOn?: string;
  /** The first report of a later date already recorded when it was. */
  after: string;
}

/** When a report was recorded, as a time; NaN where it does not say (a report recorded by an early version). */
const recordedTime = (r: Recorded): number => Date.parse(r.recordedAt);

/** The reports of a later date among `reports` recorded before `report`, in date order. */
function recordedBefore(report: Recorded, reports: readonly Recorded[]): Recorded[] {
  const at = recordedTime(report);
  if (Number.isNaN(at)) return [];
  return reports.filter((r) => r.date > report.date && recordedTime(r) < at).sort(byReportDate);
}

/** True where a report of a later date among `reports` was recorded before `report`. */
export function recordedLate(report: Recorded, reports: readonly Recorded[]): boolean {
  return recordedBefore(report, reports).length > 0;
}

/** `reports` without those recorded out of order among them. */
export function recordedInOrder<T extends Recorded>(reports: readonly T[]): T[] {
  return reports.filter((r) => !recordedLate(r, reports));
}

/** `report` as recorded out of order among `reports`, or undefined where it was recorded in order. */
export function lateReport(report: Recorded, reports: readonly Recorded[]): LateReport | undefined {
  const [first] = recordedBefore(report, reports);
  if (!first) return undefined;
  const day = report.recordedAt.slice(0, 10);
  return { date: report.date, ...(isIsoDate(day) ? { recordedOn: day } : {}), after: first.date };
}

/** Those of `reports` recorded out of order among them, in date order. */
export function lateReports(reports: readonly Recorded[]): LateReport[] {
  return [...reports]
    .sort(byReportDate)
    .flatMap((r) => {
      const late = lateReport(r, reports);
      return late ? [late] : [];
    });
}

/** "recorded on 7 December 2026, after the report of 14 July 2026, with the ratings as they stood then". */
export function recordedLateWords({ recordedOn, after }: LateReport): string {
  return `recorded${recordedOn ? ` on ${formatLongDate(recordedOn)}` : ""}, after the report of ${formatLongDate(after)}, with the ratings as they stood then`;
}

/**
 * One sentence per report recorded out of order, under counts that show it (RAG History, the pane's
 * trend): its counts are of the day it was recorded, not of its date.
 */
export function lateReportNotes(list: readonly LateReport[]): string[] {
  return list.map((late) => `The report of ${formatLongDate(late.date)} was ${recordedLateWords(late)}, not as they stood on ${formatLongDate(late.date)}.`);
}

/**
 * Said under a comparison with a report recorded out of order: what moved, was added or removed, or
 * renamed between the two may have happened at any time up to the day it was recorded, so the
 * comparison says what differs between the records, not when it changed.
 */
export function lateComparedNotes(list: readonly LateReport[]): string[] {
  return list.map(({ date, recordedOn }) => {
    const long = formatLongDate(date);
    const then = recordedOn ? `on ${formatLongDate(recordedOn)}, when it was recorded` : "when it was recorded";
    return `The report of ${long} holds the plan as it stood ${then}, not on ${long}: a move, a new or removed action or a rename said here may have happened at another time than ${long}.`;
  });
}
