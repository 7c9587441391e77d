/** Recording a snapshot, and keeping the list of snapshots in the workbook's store. */
import type { Analysis } from "../model";
import type { StoreRecord } from "../store";
import { assignIds } from "./matching";
import { bandReviewed } from "../reviewBands";
import { byReportDate, SNAPSHOT_KIND, snapshotVersionFor, alteredReport, keepsWording, ratingColumnsRead, readSnapshot, sealSnapshot, sheetsLeftOut, snapshotActions, type Snapshot, type SnapshotAction, type SnapshotMeta, type SnapshotProblem, type SnapshotRead } from "./snapshot";
import { formatLongDate, reportLabel } from "../longDate";
import { isIsoDate } from "../dates";
import { beforeLatestReportClause } from "./unlikelyReportDate";
import { namesAsNow } from "./namesAsNow";
import { closedPlanActionsThen, closedPlanSheetsNow, closedPlansKept } from "./closedPlanThen";
import { newerReportRefusal, type NewerRelease } from "./recordedWith";

function unsealedSnapshot(analysis: Analysis, meta: SnapshotMeta, previous?: Snapshot): Omit<Snapshot, "seal"> {
  const leftOut = sheetsLeftOut(analysis);
  const ratingColumns = ratingColumnsRead(analysis.trackers);
  const closedSheets = closedPlanSheetsNow(analysis);
  const closedThen = closedPlanActionsThen(previous?.actions ?? [], closedSheets);
  return {
    version: snapshotVersionFor(leftOut),
    date: meta.date,
    recordedAt: meta.recordedAt,
    recordedBy: meta.recordedBy,
    ...(meta.appVersion !== undefined ? { appVersion: meta.appVersion } : {}),
    staleDays: analysis.staleDays,
    ...(analysis.locale ? { locale: analysis.locale } : {}),
    index: analysis.index.entries.map((e) => ({ code: e.code, name: e.name, colour: e.colour, complete: e.complete })),
    actions: assignIds(previous?.actions ?? [], snapshotActions(analysis), meta.date, bandReviewed(analysis.trackers), [...closedThen.notCounted, ...closedThen.deleted]),
    // Kept only where a sheet was left out, so a report of a plan with none is stored as before.
    ...(leftOut.length > 0 ? { leftOut } : {}),
    ...(ratingColumns.length > 0 ? { ratingColumns } : {}),
    // Kept only where a closed plan is, so a report of a plan with none is stored as before.
    ...(closedSheets.size > 0 ? { closedPlans: closedPlansKept(closedSheets) } : {}),
    ...(analysis.roundTabsLeftOut ? { roundTabsLeftOut: analysis.roundTabsLeftOut } : {}),
  };
}

/** The state of every action now, with identities carried over from the previous snapshot. */
export function recordSnapshot(analysis: Analysis, meta: SnapshotMeta, previous?: Snapshot): Snapshot {
  return sealSnapshot(unsealedSnapshot(analysis, meta, previous));
}

/**
 * The workbook as it is now, to compare with a recorded report and never stored, so it is not
 * sealed (sealing is a third of the work on a large tracker); its seal is empty.
 */
export function liveSnapshot(analysis: Analysis, previous?: Snapshot): Snapshot {
  return { ...unsealedSnapshot(analysis, { date: analysis.asOf, recordedAt: "", recordedBy: null }, previous), seal: "" };
}

export interface StoredSnapshots {
  /** Readable snapshots, oldest first. */
  snapshots: Snapshot[];
  /** One sentence per stored snapshot that could not be read. */
  problems: string[];
  /**
   * The ids (report dates) of the stored snapshots that could not be read: they are still there,
   * so recording a report of one of those dates replaces a report, and is confirmed like one.
   */
  unreadable: string[];
  /** Those of them recorded by a newer version of RAG Tracker, which this one never replaces. */
  newer: string[];
  /** Why each of them could not be read, by id. */
  reasons: Record<string, SnapshotProblem>;
  /** For those of the newer ones that name the version that recorded them, that version and this one, by id. */
  releases: Record<string, NewerRelease>;
}


/** A stored report as this version reads it. The seal covers the report, not the record's id: one filed under another date was moved by hand. */
function readStoredReport(r: StoreRecord, read: typeof readSnapshot = readSnapshot): SnapshotRead {
  const label = reportLabel(r.id);
  const result = read(r.json, label);
  return result.ok && result.snapshot.date !== r.id ? alteredReport(label) : result;
}

/** `read` lets a caller that reads the store again and again (the task pane) keep what it has checked. */
export function storedSnapshots(records: StoreRecord[], read: typeof readSnapshot = readSnapshot): StoredSnapshots {
  const snapshots: Snapshot[] = [];
  const problems: string[] = [];
  const unreadable: string[] = [];
  const newer: string[] = [];
  const reasons: Record<string, SnapshotProblem> = {};
  const releases: Record<string, NewerRelease> = {};
  // A row copied by hand repeats a report: the first is the one used, as the store's save keeps one.
  const seen = new Set<string>();
  for (const r of records) {
    if (r.kind !== SNAPSHOT_KIND || seen.has(r.id)) continue;
    seen.add(r.id);
    const result = readStoredReport(r, read);
    if (result.ok) snapshots.push(result.snapshot);
    else {
      problems.push(result.message);
      unreadable.push(r.id);
      reasons[r.id] = result.reason;
      if (result.reason === "newer") newer.push(r.id);
      if (result.release) releases[r.id] = result.release;
    }
  }
  snapshots.sort(byReportDate);
  return { snapshots, problems, unreadable, newer, reasons, releases };
}

/** The latest snapshot dated before `date`, to carry identities from. */
export function previousSnapshot(snapshots: Snapshot[], date: string): Snapshot | undefined {
  return snapshots.filter((s) => s.date < date).at(-1);
}

/**
 * The latest date a report is recorded for, whether or not this version can read it: a report that
 * is damaged or a newer version's still stands for the plan as it was on its date. A report filed by
 * hand under a name that is no date has no place in time, so it is left out.
 */
export function latestReportDate(stored: Pick<StoredSnapshots, "snapshots" | "unreadable">): string | undefined {
  const dates = [...stored.snapshots.map((s) => s.date), ...stored.unreadable.filter(isIsoDate)];
  return dates.reduce<string | undefined>((latest, d) => (latest === undefined || d > latest ? d : latest), undefined);
}

/**
 * Recording was asked for a date before the latest recorded report, unconfirmed. Its message is
 * the sentence for the pane; the command line says it its own way, naming its option.
 */
export class EarlierReportError extends Error {
  override readonly name = "EarlierReportError";
  constructor(
    readonly date: string,
    readonly latestReport: string,
  ) {
    super(`${beforeLatestReportClause(date, latestReport)}, so nothing was recorded; record again and confirm to record it for that date anyway.`);
  }
}

/**
 * Recording was asked, unconfirmed, for a date that already has a report (recorded since the pane
 * read the list, so it did not ask). Its message is the sentence for the pane.
 */
export class ReportExistsError extends Error {
  override readonly name = "ReportExistsError";
  constructor(readonly date: string) {
    super(`A report is already recorded for ${formatLongDate(date)}, so nothing was recorded; record again and confirm to replace it.`);
  }
}

/** Recording would replace a report only a newer version can read; its message is the sentence for the user. */
export class NewerReportError extends Error {
  override readonly name = "NewerReportError";
}

/**
 * Store records with this snapshot added; one snapshot per reporting date, so the same date
 * replaces. A report a newer version recorded is never replaced: this version cannot read it, so it
 * cannot know what would be lost. The snapshot names the version recording it, which the refusal names.
 */
export function withSnapshot(records: StoreRecord[], snapshot: Snapshot): StoreRecord[] {
  for (const r of records) {
    if (r.kind !== SNAPSHOT_KIND || r.id !== snapshot.date) continue;
    const read = readSnapshot(r.json, reportLabel(r.id), snapshot.appVersion);
    if (!read.ok && read.reason === "newer") throw new NewerReportError(newerReportRefusal(reportLabel(r.id), read.release));
  }
  const others = records.filter((r) => !(r.kind === SNAPSHOT_KIND && r.id === snapshot.date));
  return [...others, { kind: SNAPSHOT_KIND, id: snapshot.date, json: JSON.stringify(snapshot) }];
}

export function withoutSnapshot(records: StoreRecord[], date: string): StoreRecord[] {
  return records.filter((r) => !(r.kind === SNAPSHOT_KIND && r.id === date));
}

export interface WordingRemoved {
  records: StoreRecord[];
  /** How many reports, and actions in them, had wording that is now gone. */
  reports: number;
  actions: number;
  /** How many reviews had a former name, now gone from every report (namesAsNow.ts). */
  renamedReviews: number;
  /** Reports that could not be read, left as they are. */
  unreadable: number;
}

/** The action as Remove wording leaves it: no title, and no text of an invalid rating (keepsWording). */
function withoutActionWording({ typedRating: _typed, ...a }: SnapshotAction): SnapshotAction {
  return { ...a, title: "" };
}

/**
 * Store records with the wording of every action taken out of each report this version can read,
 * each report sealed again, and with the names kept beside the wording (a review's former name,
 * identities made from names) as namesAsNow.ts leaves them. Ratings, numbers, dates and the
 * fingerprints that match an action from report to report stay; a report that cannot be read is
 * left as it is (it may be a newer version's, which this one must not rewrite), and only deleting
 * it takes its text away.
 */
export function withoutWording(records: StoreRecord[]): WordingRemoved {
  // A row copied by hand is the same report: stripped too, but counted once.
  const strippedIds = new Set<string>();
  // Unreadable rows are counted as they stand: a damaged copy of a readable report keeps its wording too.
  const unreadableRows = new Set<string>();
  const read = records.map((r) => (r.kind === SNAPSHOT_KIND ? readStoredReport(r) : null));
  const byDate = new Map<string, Snapshot>();
  for (const result of read) if (result?.ok) byDate.set(result.snapshot.date, result.snapshot);
  const names = namesAsNow([...byDate.values()].sort(byReportDate));
  let actions = 0;
  const stripped = records.map((r, i) => {
    const result = read[i];
    if (!result) return r;
    if (!result.ok) {
      unreadableRows.add(`${r.id}\n${r.json}`);
      return r;
    }
    const { seal: _seal, ...snapshot } = result.snapshot;
    const renamed = {
      ...snapshot,
      actions: snapshot.actions.map((a) => withoutActionWording(names.action(snapshot.date, a))),
      ...(snapshot.leftOut ? { leftOut: snapshot.leftOut.map((l) => ({ ...l, sheet: names.sheet(snapshot.date, l.sheet) })) } : {}),
      ...(snapshot.ratingColumns ? { ratingColumns: snapshot.ratingColumns.map((c) => ({ ...c, sheet: names.sheet(snapshot.date, c.sheet) })) } : {}),
    };
    if (JSON.stringify(renamed) === JSON.stringify(snapshot)) return r;
    if (!strippedIds.has(r.id)) actions += snapshot.actions.filter(keepsWording).length;
    strippedIds.add(r.id);
    return { ...r, json: JSON.stringify(sealSnapshot(renamed)) };
  });
  return { records: stripped, reports: strippedIds.size, actions, unreadable: unreadableRows.size, renamedReviews: names.renamedReviews };
}
