/** Reporting cycles for every door: record a snapshot, compare, and write the history and committee pack. */
import type { AppliedSheet, SheetsDoor } from "./RagDoor";
import type { Progress } from "./operations";
import { todayIso } from "./operations";
import { analyseWorkbook } from "../core/analyse";
import type { Analysis } from "../core/model";
import { liveSnapshot, previousSnapshot, recordSnapshot, storedSnapshots, withSnapshot, withoutSnapshot, type StoredSnapshots } from "../core/history/record";
import { compareSnapshots, type Changes } from "../core/history/changes";
import { trend, type Trend } from "../core/history/trend";
import { buildHistoryPlan, HISTORY_SHEET } from "../core/history/historyPlan";
import { buildPackPlan } from "../core/history/packPlan";
import { readSnapshot, type Snapshot, type SnapshotRead } from "../core/history/snapshot";
import type { StoreRecord } from "../core/store";
import { resolveSheetNames } from "../core/sheetNames";
import { changeSentence } from "../core/history/changeSentences";
import { formatLongDate } from "../core/longDate";
import { isIsoDate } from "../core/dates";
import { plural } from "../core/sentences";

const noProgress: Progress = () => undefined;

export interface History {
  analysis: Analysis;
  snapshots: Snapshot[];
  /** One sentence per stored snapshot that could not be trusted. */
  problems: string[];
  trend: Trend;
  /** The last snapshot against the workbook as it is now; undefined before the first snapshot. */
  sinceLast?: Changes;
  sentence?: string;
  /** The workbook as it is now, unrecorded, with identities carried from the last snapshot (where each action is today). */
  now?: Snapshot;
}

/** `asOf` overrides the settings' report date (the command line's --date and --as-of). */
async function readAll(door: SheetsDoor, progress: Progress, asOf?: string) {
  progress("Reading the workbook", 0);
  // Cells first: the Excel door reads the store in the same sync, so the next two calls are free.
  const snapshot = await door.read((done, total) => progress("Reading the workbook", total ? (0.6 * done) / total : 0));
  const stored = await door.readSettings();
  const settings = asOf ? { ...stored, asOf } : stored;
  const records = await door.readStore();
  const analysis = analyseWorkbook(snapshot, settings, todayIso());
  return { snapshot, analysis, records, stored: storedSnapshots(records) };
}

/**
 * The workbook as it is now, as an unrecorded snapshot, against the last report before its date.
 * A report recorded on the report date itself is this report, not the last one: the committee
 * pack made right after recording today's snapshot says what moved since the previous meeting.
 */
function liveState(analysis: Analysis, snapshots: Snapshot[]): { now: Snapshot; changes: Changes } | undefined {
  const last = previousSnapshot(snapshots, analysis.asOf);
  if (!last) return undefined;
  const now = liveSnapshot(analysis, last);
  return { now, changes: compareSnapshots(last, now, "now") };
}

function liveChanges(analysis: Analysis, snapshots: Snapshot[]): Changes | undefined {
  return liveState(analysis, snapshots)?.changes;
}

function historyFrom(analysis: Analysis, stored: StoredSnapshots): History {
  const live = liveState(analysis, stored.snapshots);
  return {
    analysis,
    snapshots: stored.snapshots,
    problems: stored.problems,
    trend: trend(stored.snapshots),
    ...(live ? { sinceLast: live.changes, sentence: changeSentence(live.changes), now: live.now } : {}),
  };
}

export async function loadHistory(door: SheetsDoor, progress: Progress = noProgress): Promise<History> {
  const { analysis, stored } = await readAll(door, progress);
  progress("Done", 1);
  return historyFrom(analysis, stored);
}

export type ReadStoredSnapshots = (records: StoreRecord[]) => StoredSnapshots;

/**
 * Reads the stored snapshots like storedSnapshots, keeping each one already read and checked (by
 * its stored text) for the next call, so a pane that reads the store after every change does not
 * check the seal of a large snapshot again. Only snapshots still in the store are kept.
 */
export function rememberingSnapshotReader(): ReadStoredSnapshots {
  let kept = new Map<string, Map<string, SnapshotRead>>();
  return (records) => {
    const next = new Map<string, Map<string, SnapshotRead>>();
    const stored = storedSnapshots(records, (json, label) => {
      const result = kept.get(label)?.get(json) ?? readSnapshot(json, label);
      const byText = next.get(label) ?? new Map<string, SnapshotRead>();
      byText.set(json, result);
      next.set(label, byText);
      return result;
    });
    kept = next;
    return stored;
  };
}

/** The history against an analysis the caller already holds (the task pane's last reading): reads only the store. */
export async function historyOf(door: SheetsDoor, analysis: Analysis, read: ReadStoredSnapshots = storedSnapshots): Promise<History> {
  return historyFrom(analysis, read(await door.readStore()));
}

/** Changes between two recorded reports already loaded, the older first whichever way they are given. */
export function compareRecorded(history: Pick<History, "snapshots">, first: string, second: string): { changes: Changes; sentence: string } {
  const find = (date: string) => {
    const hit = history.snapshots.find((s) => s.date === date);
    if (!hit) throw new Error(`There is no snapshot for ${isIsoDate(date) ? formatLongDate(date) : date}.`);
    return hit;
  };
  if (first === second) throw new Error("Choose two different reports to compare.");
  const [older, newer] = first < second ? [find(first), find(second)] : [find(second), find(first)];
  const changes = compareSnapshots(older, newer);
  return { changes, sentence: changeSentence(changes) };
}

export interface RecordOptions {
  /**
   * Whether a report already recorded for the date may be replaced. The command line's snapshot
   * command documents that recording again replaces, so leaving this out replaces; the task pane
   * passes false until the user has confirmed, because the list it checked may be out of date.
   */
  replace?: boolean;
}

/** Records the ratings as they stand, for the report date (the settings' as-of date, or today). */
export async function recordReport(
  door: SheetsDoor,
  progress: Progress = noProgress,
  date?: string,
  { replace = true }: RecordOptions = {},
): Promise<{ snapshot: Snapshot; replaced: boolean; message: string }> {
  if (date !== undefined && !isIsoDate(date)) throw new Error(`"${date}" is not a date written YYYY-MM-DD.`);
  const { analysis, records, stored } = await readAll(door, progress, date);
  const reportDate = date ?? analysis.asOf;
  // Only a readable report counts: a damaged one for the date is no use, and recording again is its remedy.
  const replaced = stored.snapshots.some((s) => s.date === reportDate);
  if (replaced && !replace)
    throw new Error(`A report is already recorded for ${formatLongDate(reportDate)}, so nothing was recorded; record again and confirm to replace it.`);
  const snapshot = recordSnapshot(
    analysis,
    { date: reportDate, recordedAt: new Date().toISOString(), recordedBy: await door.userName() },
    previousSnapshot(stored.snapshots, reportDate),
  );
  progress("Saving the report in the workbook", 0.8);
  await door.writeStore(withSnapshot(records, snapshot));
  progress("Done", 1);
  return {
    snapshot,
    replaced,
    message: `${replaced ? "Replaced the" : "Recorded a"} snapshot of ${snapshot.actions.length} actions for ${formatLongDate(reportDate)}.`,
  };
}

export async function deleteReport(door: SheetsDoor, date: string): Promise<string> {
  const records = await door.readStore();
  const remaining = withoutSnapshot(records, date);
  const long = isIsoDate(date) ? formatLongDate(date) : date;
  if (remaining.length === records.length) throw new Error(`There is no report recorded for ${long} to delete, so nothing was changed.`);
  await door.writeStore(remaining);
  return `Deleted the report recorded for ${long}.`;
}

/** Writes or refreshes the "RAG History" and "Committee Pack" sheets. */
export async function generateCommitteePack(
  door: SheetsDoor,
  progress: Progress = noProgress,
  asOf?: string,
): Promise<{ sheets: AppliedSheet[]; message: string }> {
  const { snapshot, analysis, stored } = await readAll(door, progress, asOf);
  const changes = liveChanges(analysis, stored.snapshots);
  const plan = resolveSheetNames({ sheets: [buildPackPlan(analysis, changes), buildHistoryPlan(trend(stored.snapshots), stored.snapshots.at(-1))] }, snapshot);
  progress("Writing the committee pack", 0.8);
  const sheets = await door.applyPlan(plan);
  progress("Done", 1);
  return {
    sheets,
    message: changes ? changeSentence(changes) : "Committee pack written; record a report after each committee meeting so the next pack can say what moved.",
  };
}

/** Writes or refreshes the "RAG History" sheet alone: the count per rating at each recorded report. */
export async function generateRagHistory(door: SheetsDoor, progress: Progress = noProgress): Promise<{ sheets: AppliedSheet[]; message: string }> {
  progress("Reading the workbook", 0);
  const snapshot = await door.read((done, total) => progress("Reading the workbook", total ? (0.6 * done) / total : 0));
  const { snapshots, problems } = storedSnapshots(await door.readStore());
  const plan = resolveSheetNames({ sheets: [buildHistoryPlan(trend(snapshots), snapshots.at(-1))] }, snapshot);
  progress("Writing the RAG History sheet", 0.8);
  const sheets = await door.applyPlan(plan);
  progress("Done", 1);
  const name = sheets[0]?.name ?? HISTORY_SHEET;
  const counted = snapshots.length === 0 ? "no recorded report yet; record one after each report to fill it" : `${plural(snapshots.length, "recorded report")}`;
  const skipped = problems.length > 0 ? `, leaving out ${plural(problems.length, "snapshot")} that could not be used` : "";
  return { sheets, message: `Wrote “${name}” with ${counted}${skipped}.` };
}

/** Changes between two recorded reports, or from one to the workbook as it is now. */
export async function changesBetween(door: SheetsDoor, from?: string, to?: string): Promise<{ changes: Changes; sentence: string; problems: string[] }> {
  const { analysis, stored } = await readAll(door, noProgress);
  const find = (date: string) => {
    const hit = stored.snapshots.find((s) => s.date === date);
    if (!hit) {
      const known = stored.snapshots.map((s) => s.date).join(", ") || "none";
      throw new Error(`There is no snapshot for ${date}; the recorded report dates are: ${known}.`);
    }
    return hit;
  };
  if (stored.snapshots.length === 0) throw new Error("This workbook has no recorded snapshot yet; record one with the snapshot command first.");
  const older = from ? find(from) : to && to !== "now" ? previousSnapshot(stored.snapshots, to) : stored.snapshots.at(-1);
  if (!older) throw new Error(`There is no snapshot before ${to} to compare with.`);
  let changes: Changes;
  if (!to || to === "now") {
    const now = liveSnapshot(analysis, older);
    changes = compareSnapshots(older, now, "now");
  } else changes = compareSnapshots(older, find(to));
  return { changes, sentence: changeSentence(changes), problems: stored.problems };
}
