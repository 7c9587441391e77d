/** The recorded reports as the command line's `reports` lists them: newest first, the unreadable among them. */
import { z } from "zod";
import type { StoredSnapshots } from "./record";
import { trend } from "./trend";
import { isIsoDate } from "../dates";
import { formatLongDate, reportLabel } from "../longDate";
import { lateReport } from "./recordedLate";

const listedReportSchema = z.object({
  /** The report date as stored (YYYY-MM-DD for every report RAG Tracker records). */
  date: z.string(),
  readable: z.boolean(),
  /** Recorded by a newer version of RAG Tracker: readable only by that version, and never replaced. */
  newer: z.boolean(),
  /** Null for a report that could not be read. */
  recordedAt: z.string().nullable(),
  recordedBy: z.string().nullable(),
  /**
   * The version of RAG Tracker that recorded the report ("0.2.0"), as the report keeps it (recordedWith.ts). For one a
   * later version recorded, only a release later than this one, as its sentence names it. Absent where the report names
   * none (recorded before it was kept) or could not be read for another reason: never a version guessed.
   */
  appVersion: z.string().optional(),
  /**
   * Recorded out of order (recordedLate.ts): the first report of a later date already recorded when this one was, so
   * it holds the plan as it stood when recorded, not on its date. Null for a report recorded in order or not read.
   */
  recordedAfter: z.string().nullable(),
  /** Actions per rating (the index's ratings, then Unrated and Invalid); empty for a report that could not be read. */
  counts: z.record(z.string(), z.number().int().min(0)),
  total: z.number().int().min(0).nullable(),
  /** Why a report could not be read, in one sentence; null for a readable one. */
  problem: z.string().nullable(),
});

export const reportListSchema = z.object({ reports: z.array(listedReportSchema) });
export type ListedReport = z.infer<typeof listedReportSchema>;
export type ReportList = z.infer<typeof reportListSchema>;

/** `appVersion` where there is one to give, so the key is absent rather than null or empty where there is none. */
const appVersionOf = (version: string | undefined) => (version !== undefined ? { appVersion: version } : {});

export function reportList({ snapshots, unreadable, problems, newer, releases }: StoredSnapshots): ReportList {
  const { totals } = trend(snapshots, { asRecorded: true });
  const readable: ListedReport[] = snapshots.map((s, i) => ({
    date: s.date,
    readable: true,
    newer: false,
    recordedAt: s.recordedAt || null,
    recordedBy: s.recordedBy,
    ...appVersionOf(s.appVersion),
    recordedAfter: lateReport(s, snapshots)?.after ?? null,
    counts: totals[i]!.counts,
    total: totals[i]!.total,
    problem: null,
  }));
  // storedSnapshots gives one problem sentence per unreadable report, in the same order.
  const unread: ListedReport[] = unreadable.map((date, i) => ({
    date,
    readable: false,
    newer: newer.includes(date),
    recordedAt: null,
    recordedBy: null,
    ...appVersionOf(releases[date]?.recordedWith),
    recordedAfter: null,
    counts: {},
    total: null,
    problem: problems[i] ?? null,
  }));
  const reports = [...readable, ...unread].sort((a, b) => newestFirst(a.date, b.date));
  return { reports };
}

/** "recorded by Sam Jones on 1 November 2021", as far as the report says who and when (the day `recordedAt` names, in the time it was written in). */
export function recordedWords(recordedBy: string | null, recordedAt: string | null): string {
  const day = recordedAt?.slice(0, 10) ?? "";
  const on = isIsoDate(day) ? ` on ${formatLongDate(day)}` : "";
  return recordedBy ? `recorded by ${recordedBy}${on}` : `recorded${on}`;
}

/**
 * As recordedWords, and for a report recorded out of order what that means: "recorded on 7 December 2026, after the
 * report of 14 July 2026: it holds the ratings as they stood then, not on 21 April 2026".
 */
export function recordedWhenWords(date: string, recordedBy: string | null, recordedAt: string | null, recordedAfter: string | null): string {
  const recorded = recordedWords(recordedBy, recordedAt);
  if (recordedAfter === null) return recorded;
  return `${recorded}, after the report of ${formatLongDate(recordedAfter)}: it holds the ratings as they stood then, not on ${reportLabel(date)}`;
}

/** Report dates newest first; an id that is no date (a record filed by hand) after them all. */
export function newestFirst(a: string, b: string): number {
  const aDate = isIsoDate(a);
  if (aDate !== isIsoDate(b)) return aDate ? -1 : 1;
  return a < b ? 1 : a > b ? -1 : 0;
}
