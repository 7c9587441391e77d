/** Reporting cycles for every door: record a snapshot, compare, and write the history and committee pack. */
import { refuseWritingOverPastedPlan } from "../core/planOnGeneratedSheet";
import { format } from "date-fns";
import type { AppliedSheet, SheetsDoor } from "./RagDoor";
import type { Analysed, Progress } from "./operations";
import { todayIso } from "./operations";
import { analyseRead } from "./analyseRead";
import type { Analysis } from "../core/model";
import { EarlierReportError, ReportExistsError, latestReportDate, liveSnapshot, previousSnapshot, recordSnapshot, storedSnapshots, withSnapshot, withoutSnapshot, withoutWording, type StoredSnapshots } from "../core/history/record";
import { compareSnapshots, type Changes } from "../core/history/changes";
import { reviewsNamedOutsideBands } from "../core/history/bandTitlesReadAgain";
import { leftOutAt, leftOutNow } from "../core/history/noLongerCounted";
import { trend, type Trend } from "../core/history/trend";
import { buildHistoryPlan, HISTORY_SHEET } from "../core/history/historyPlan";
import { PACK_SHEET, buildPackPlan } from "../core/history/packPlan";
import { STALE_SHEET } from "../core/summaryPlan";
import { SNAPSHOT_KIND, readSnapshot, type Snapshot, type SnapshotRead } from "../core/history/snapshot";
import { reportList, type ReportList } from "../core/history/reportList";
import type { StoreRecord } from "../core/store";
import { isGivenName, resolveSheetNames } from "../core/sheetNames";
import { keptKey } from "../core/markers";
import { keptSentence } from "./sheetOwnership";
import { changeNotes, changeSentence } from "../core/history/changeSentences";
import { sheetLacksIn } from "../core/notJudged";
import { unrecordedChanges, unrecordedChangesSentence } from "../core/history/unrecordedChanges";
import { formatLongDate, reportLabel } from "../core/longDate";
import { EARLIEST_DATE } from "../core/settings";
import { REMOVE_WORDING, formerNamesInPackNote, formerNamesKeptNote, type RemoveWordingWay } from "../core/history/formerNames";
import { isIsoDate } from "../core/dates";
import { isBeforeLatestReport } from "../core/history/unlikelyReportDate";
import { historyEndsBefore, noEarlierReport, noReportUpTo, packWithoutChanges } from "../core/history/noEarlierReport";
import { recordedReportsWords } from "../core/history/recordedReportsWords";
import { countText, listInWords, plural } from "../core/sentences";
import { ratingProblemCounts, type Finding } from "../core/findings";
import { summaryNoteBesidePack } from "../core/summaryOutOfDate";
import { AS_OF_WAY, COUNTED, aheadReportsNotes, laterReportsNotes, type AsOfWay } from "../core/history/laterReports";
import { replacedReportSentence } from "../core/history/replacedReport";
import { unratedRoundNotes } from "../core/countingNotes";
import { APP_VERSION } from "./appVersion";

const noProgress: Progress = () => undefined;

/** A stored report as this version reads it: one a later version recorded names both versions. */
const readByThisVersion = (json: string, label: string): SnapshotRead => readSnapshot(json, label, APP_VERSION);

/** The stored reports as this version reads them (storedSnapshots). */
const storedByThisVersion = (records: StoreRecord[]): StoredSnapshots => storedSnapshots(records, readByThisVersion);

export interface History {
  analysis: Analysis;
  snapshots: Snapshot[];
  /** One sentence per stored snapshot that could not be trusted. */
  problems: string[];
  /** Report dates whose stored report could not be read: recording one of them replaces it, so the pane asks first. */
  unreadable: string[];
  /** Those recorded by a newer version of RAG Tracker: never replaced, so there is nothing to confirm. */
  newer: string[];
  /** Why each of them could not be read, by id. */
  reasons: StoredSnapshots["reasons"];
  /** For those of the newer ones that name the version that recorded them, that version and this one, by id. */
  releases: StoredSnapshots["releases"];
  trend: Trend;
  /** The last snapshot against the workbook as it is now; undefined before the first snapshot. */
  sinceLast?: Changes;
  sentence?: string;
  /** Sentences that qualify `sentence` (renamed reviews, progress not judged, a report skipped as unreadable); empty without it. */
  notes: string[];
  /** The workbook as it is now, unrecorded, with identities carried from the last snapshot (where each action is today). */
  now?: Snapshot;
  /** Why there is nothing to compare with, where reports are recorded but none before the report date; undefined otherwise. */
  nothingToCompare?: string;
  /**
   * "The plan has changed since the report recorded for 2 August 2022: …", as the committee pack
   * says it; only where the reading is known to be no older than that report (readingKnownFresh).
   */
  unrecorded?: string;
  /**
   * A report is recorded for the report date, but the reading compared may be older than it (read
   * before that report was recorded or replaced), so whether the plan has changed since is not known
   * until the workbook is read again.
   */
  unrecordedUnknown: boolean;
}

/** `asOf` overrides the settings' report date (the command line's --date and --as-of); `today` is the date where neither is set. */
async function readAll(door: SheetsDoor, progress: Progress, asOf?: string, today = todayIso(), read: ReadStoredSnapshots = storedByThisVersion) {
  progress("Reading the workbook", 0);
  // Cells first: the Excel door reads the store in the same sync, so the next two calls are free.
  const snapshot = await door.read((done, total) => progress("Reading the workbook", total ? (0.6 * done) / total : 0));
  const saved = await door.readSettings();
  const settings = asOf ? { ...saved, asOf } : saved;
  const records = await door.readStore();
  const analysis = await analyseRead(door, snapshot, settings, today);
  return { snapshot, analysis, saved, records, stored: read(records), today };
}

/**
 * The stored text of the report recorded for `date` (the first, as storedSnapshots reads them), or
 * undefined. Two readings of the store hold the same report when this text is the same: recording
 * it again, or removing its wording, changes it.
 */
export function reportRecordOf(records: readonly StoreRecord[], date: string): string | undefined {
  return records.find((r) => r.kind === SNAPSHOT_KIND && r.id === date)?.json;
}

/**
 * Whether a reading of the cells is no older than the report recorded for its date, as the store
 * now holds it: true where the store read right after those cells (`storeAtReading`) held that very
 * report, or there is none, so there is nothing to be older than. Reports are recorded from a
 * reading of their own, so one already in the store when the cells were read was recorded from
 * cells no newer than these.
 */
export function readingKnownFresh(storeAtReading: readonly StoreRecord[] | undefined, storeNow: readonly StoreRecord[], asOf: string): boolean {
  const now = reportRecordOf(storeNow, asOf);
  if (now === undefined) return true;
  return storeAtReading !== undefined && reportRecordOf(storeAtReading, asOf) === now;
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
  // An action the plan as read now leaves out (a hidden sheet's, a heading row) is no longer counted, not removed.
  return { now, changes: compareSnapshots(last, now, "now", leftOutNow(analysis), snapshots) };
}

/** Why a date has no earlier report to compare with, as the pack, the pane and `changes` say it, with what to do about a report before it that could not be read. */
function nothingToCompare(asOf: string, stored: StoredSnapshots): string {
  const unusable = stored.problems.filter((_, i) => stored.unreadable[i]! < asOf);
  return [noEarlierReport(asOf, { dates: stored.snapshots.map((s) => s.date), unreadable: stored.unreadable }, false), ...unusable].join(" ");
}

/**
 * The reports recorded after the date, said where nothing is compared with but a report of the date,
 * or before it, is there: the counts are then the plan as it stands now, which no other sentence says.
 * With none up to the date, the sentence that there is nothing to compare names the first report after it.
 */
function laterBesideNothingCompared(asOf: string, stored: StoredSnapshots, today: string): string[] {
  return stored.snapshots.some((s) => s.date <= asOf) ? laterReportsNotes(asOf, stored.snapshots.map((s) => s.date), today) : [];
}

/**
 * Said when a report that could not be read lies between the two compared: the changes then span
 * more than one reporting cycle, which the "Since …" date alone does not tell a reader.
 */
function skippedReports(unreadable: string[], from: string, before: string): string[] {
  const skipped = unreadable.filter((d) => isIsoDate(d) && d > from && d < before).sort();
  if (skipped.length === 0) return [];
  const dates = listInWords(skipped.map(formatLongDate));
  return [
    `These changes are counted since ${formatLongDate(from)}, not since ${formatLongDate(skipped.at(-1)!)}, because the ${skipped.length === 1 ? "report" : "reports"} recorded for ${dates} could not be used.`,
  ];
}

/**
 * Said when the plan has changed since the report recorded for the date it is read as at: the
 * changes and the pack count the plan as it stands, RAG History and the next cycle that report.
 */
function unrecordedNote(analysis: Analysis, snapshots: Snapshot[], today: string, now?: Snapshot): string | undefined {
  const report = snapshots.find((s) => s.date === analysis.asOf);
  // The plan as it stands, where the caller has it already: building it is most of the work on a large plan.
  // Counted as the changes are, knowing what the plan as read now leaves out, so the note and the headline agree.
  // Reports after a date before today, as laterReportsNotes counts them: as at today, one for a meeting to come is no later report.
  const later = analysis.asOf < today ? snapshots.filter((s) => s.date > analysis.asOf).length : 0;
  return report && unrecordedChangesSentence(report.date, unrecordedChanges(report, now ?? liveSnapshot(analysis, report), leftOutNow(analysis), snapshots, today), later);
}

/**
 * The sentences under a comparison with the workbook now: the engine's notes, then any report skipped
 * to reach the one compared with, then any recorded after the date it is read as at, or ahead of it.
 */
function liveNotes(changes: Changes, stored: StoredSnapshots, analysis: Analysis, today: string): string[] {
  const dates = stored.snapshots.map((s) => s.date);
  return [
    ...changeNotes(changes, { lacks: sheetLacksIn(analysis.trackers), sheets: analysis.sheets }),
    ...skippedReports(stored.unreadable, changes.from, analysis.asOf),
    ...laterReportsNotes(analysis.asOf, dates, today),
    ...aheadReportsNotes(analysis.asOf, dates, today, COUNTED.changes, AS_OF_WAY.pane),
  ];
}

/** `fresh`: the analysis is known to be no older than the report recorded for its date (readingKnownFresh); `today`: the day it was read. */
function historyFrom(analysis: Analysis, stored: StoredSnapshots, fresh: boolean, today = todayIso()): History {
  const live = liveState(analysis, stored.snapshots);
  const recorded = { dates: stored.snapshots.map((s) => s.date), unreadable: stored.unreadable };
  const unrecorded = fresh ? unrecordedNote(analysis, stored.snapshots, today, live?.now) : undefined;
  // A report of the date that could not be read has nothing to compare with: the list says what is wrong with it.
  const reportOfDate = stored.snapshots.some((s) => s.date === analysis.asOf);
  return {
    analysis,
    snapshots: stored.snapshots,
    problems: stored.problems,
    unreadable: stored.unreadable,
    newer: stored.newer,
    reasons: stored.reasons,
    releases: stored.releases,
    trend: trend(stored.snapshots),
    notes: live ? liveNotes(live.changes, stored, analysis, today) : [],
    ...(live ? { sinceLast: live.changes, sentence: changeSentence(live.changes), now: live.now } : {}),
    ...(!live && (recorded.dates.length > 0 || recorded.unreadable.length > 0) ? { nothingToCompare: [nothingToCompare(analysis.asOf, stored), ...laterBesideNothingCompared(analysis.asOf, stored, today)].join(" ") } : {}),
    ...(unrecorded ? { unrecorded } : {}),
    unrecordedUnknown: reportOfDate && !fresh,
  };
}

/** The workbook and its recorded reports read together, as the pane takes them in: the reading, the store read with it, and the history. */
export interface ReadHistory {
  /** The reading, with the stored settings (not the report date given, if any). */
  analysed: Analysed;
  store: StoreRecord[];
  history: History;
}

/**
 * Reads the workbook and the store together, as the committee pack does, so the history's "now"
 * is no older than any report recorded before it and says whether the plan has changed since the
 * report of its date.
 */
export async function readHistory(door: SheetsDoor, progress: Progress = noProgress, read: ReadStoredSnapshots = storedByThisVersion): Promise<ReadHistory> {
  const { analysis, saved, records, stored, today } = await readAll(door, progress, undefined, undefined, read);
  progress("Done", 1);
  return { analysed: { analysis, settings: saved, store: records }, store: records, history: historyFrom(analysis, stored, true, today) };
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
      const result = kept.get(label)?.get(json) ?? readByThisVersion(json, label);
      const byText = next.get(label) ?? new Map<string, SnapshotRead>();
      byText.set(json, result);
      next.set(label, byText);
      return result;
    });
    kept = next;
    return stored;
  };
}

/**
 * The history against an analysis the caller already holds (the task pane's last reading): reads
 * only the store. `storeAtReading` is the store as read with that analysis, where the caller has
 * it: the plan-changed sentence is given only when the analysis is known to be no older than the
 * report of its date (readingKnownFresh); otherwise `unrecordedUnknown` says a new reading is needed.
 */
export async function historyOf(door: SheetsDoor, analysis: Analysis, read: ReadStoredSnapshots = storedByThisVersion, storeAtReading?: readonly StoreRecord[]): Promise<History> {
  const records = await door.readStore();
  return historyFrom(analysis, read(records), readingKnownFresh(storeAtReading, records, analysis.asOf));
}

/**
 * Changes between two recorded reports already loaded, the older first whichever way they are given. `planNow`: the
 * plan as read now, where known, so a review the team renamed is told though neither report keeps its band rows, and a
 * round's tab gone from the workbook is said renamed (changeNotes), as RAG History says it.
 */
export function compareRecorded(
  history: Pick<History, "snapshots">,
  first: string,
  second: string,
  planNow?: Pick<Analysis, "actions" | "trackers" | "sheets">,
): { changes: Changes; sentence: string; notes: string[] } {
  const find = (date: string) => {
    const hit = history.snapshots.find((s) => s.date === date);
    if (!hit) throw new Error(`There is no report recorded for ${reportLabel(date)}.`);
    return hit;
  };
  if (first === second) throw new Error("Choose two different reports to compare.");
  const [older, newer] = first < second ? [find(first), find(second)] : [find(second), find(first)];
  const changes = compareSnapshots(older, newer, newer.date, leftOutAt(newer), history.snapshots, planNow && reviewsNamedOutsideBands(planNow));
  // Both reports were chosen, so a report between them that could not be read is not a surprise to say.
  return { changes, sentence: changeSentence(changes, { between: true }), notes: changeNotes(changes, planNow ? { sheets: planNow.sheets } : {}) };
}

export interface RecordOptions {
  /**
   * Whether a report already recorded for the date may be replaced. The command line's snapshot
   * command documents that recording again replaces, so leaving this out replaces; the task pane
   * passes false until the user has confirmed, because the list it checked may be out of date.
   */
  replace?: boolean;
  /**
   * Whether a date before the latest recorded report may be recorded (unlikelyReportDate.ts says
   * why it is refused). Left out, it is refused: the pane passes true once the user has confirmed,
   * the command line when given --earlier.
   */
  earlier?: boolean;
  /** The report date when neither `date` nor the settings give one (the command line's clock). */
  today?: string;
}

/** Records the ratings as they stand, for the report date (the settings' as-of date, or today). */
export async function recordReport(
  door: SheetsDoor,
  progress: Progress = noProgress,
  date?: string,
  { replace = true, earlier = false, today }: RecordOptions = {},
): Promise<{ snapshot: Snapshot; replaced: boolean; message: string; reading: Analysed }> {
  if (date !== undefined && !isIsoDate(date)) throw new Error(`"${date}" is not a date written YYYY-MM-DD.`);
  if (date !== undefined && date < EARLIEST_DATE) throw new Error(`${formatLongDate(date)} is before 1 January 1900, the first date Excel can hold, so no report was recorded for it.`);
  const { analysis, saved, records, stored } = await readAll(door, progress, date, today);
  const reportDate = date ?? analysis.asOf;
  const latest = latestReportDate(stored);
  if (!earlier && isBeforeLatestReport(reportDate, latest)) throw new EarlierReportError(reportDate, latest);
  // A stored report that could not be read is still a report: what it held is lost once replaced, so it is confirmed like any other.
  const replacedReport = stored.snapshots.find((s) => s.date === reportDate);
  const replaced = replacedReport !== undefined || stored.unreadable.includes(reportDate);
  const snapshot = recordSnapshot(
    analysis,
    // Local time with its offset ("2021-07-14T00:30:00.000+01:00"): the day it names is the user's, as today's date is.
    { date: reportDate, recordedAt: format(new Date(), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx"), recordedBy: await door.userName(), appVersion: APP_VERSION },
    previousSnapshot(stored.snapshots, reportDate),
  );
  // Whatever was confirmed: a newer version's report is never replaced (the pane does not ask for these dates).
  const next = withSnapshot(records, snapshot);
  if (replaced && !replace) throw new ReportExistsError(reportDate);
  progress("Saving the report in the workbook", 0.8);
  await door.writeStore(next);
  progress("Done", 1);
  const long = formatLongDate(reportDate);
  const actions = plural(snapshot.actions.length, "action");
  return {
    snapshot,
    replaced,
    // The reading the report was made from, with the store as now saved: for the task pane to show, no older than the report.
    reading: { analysis, settings: saved, store: next },
    // When the report replaced was recorded, and what differs from it: it may be a colleague's, already sent out.
    message: [
      replaced ? `Replaced the report recorded for ${long} with the ratings of ${actions} as they stand now.` : `Recorded a report of ${actions} for ${long}.`,
      replacedReport ? replacedReportSentence(replacedReport, snapshot) : "",
      withoutHeaderNote(analysis.sheetsWithoutHeader ?? []),
    ]
      .filter(Boolean)
      .join(" "),
  };
}

/**
 * Said on recording where a sheet holding ratings was skipped for want of a header row (most likely deleted):
 * the report leaves its actions out (keeping the sheet's name and why, so later comparisons do not call them removed).
 */
function withoutHeaderNote(sheets: readonly string[]): string {
  if (sheets.length === 0) return "";
  const one = sheets.length === 1;
  return `${one ? "Sheet" : "Sheets"} ${listInWords(sheets.map((s) => `"${s}"`))} ${one ? "holds" : "hold"} ratings but no header row naming ${one ? "its" : "their"} columns, so ${one ? "its" : "their"} actions are not in this report; if a header row was deleted, put it back and record the report again.`;
}

/** The recorded reports, newest first, with those that could not be read. */
export async function listReports(door: SheetsDoor): Promise<ReportList> {
  return reportList(storedByThisVersion(await door.readStore()));
}

/** " The former names of 2 reviews renamed since are gone from the reports too: …", where a report named a review otherwise than now. */
function formerNamesGone(renamed: number): string {
  if (renamed === 0) return "";
  const one = renamed === 1;
  return ` The former ${one ? "name of 1 review" : `names of ${renamed} reviews`} renamed since ${one ? "is" : "are"} gone from the reports too: each names ${one ? "it" : "them"} as the plan does now.`;
}

/** What Remove wording did, and what it does not reach (said on a second line). */
export interface WordingRemovedOutcome {
  message: string;
  advice: string;
}

/**
 * Takes the actions' wording out of every recorded report this version can read (withoutWording):
 * for a team that has removed a text from its plan and wants it gone from the workbook's reports too.
 * Given the workbook's sheets, it speaks of a Committee Pack sheet only when there is one.
 */
export async function removeReportWording(door: SheetsDoor, sheets?: readonly { name: string; generatedKey?: string }[]): Promise<WordingRemovedOutcome> {
  const records = await door.readStore();
  const { records: stripped, reports, actions, unreadable, renamedReviews } = withoutWording(records);
  const left =
    unreadable > 0
      ? unreadable === 1
        ? " The recorded report that could not be read keeps its wording: delete it to remove that too."
        : ` The ${unreadable} recorded reports that could not be read keep their wording: delete them to remove that too.`
      : "";
  if (reports === 0) {
    const none = records.some((r) => r.kind === SNAPSHOT_KIND) ? "No readable recorded report holds any wording" : "This workbook has no recorded report";
    return { message: `${none}, so there was nothing to remove.${left}`, advice: "" };
  }
  // A pack or a Stale Actions sheet already written quotes the actions' wording in its own cells.
  // One renamed to keep it (marked kept, or renamed since the last run, which will keep it) is never written again.
  const keptAs = (key: "pack" | "stale", name: string) => (s: { name: string; generatedKey?: string }) => s.generatedKey === keptKey(key) || (s.generatedKey === key && !isGivenName(s.name, name));
  const keptPack = keptAs("pack", PACK_SHEET);
  const keptStale = keptAs("stale", STALE_SHEET);
  const packWritten = sheets?.some((s) => s.generatedKey === "pack" && !keptPack(s)) ?? true;
  // RAG History names a review's former names under its table; written again, it finds none.
  const historyWritten = renamedReviews > 0 && (sheets?.some((s) => s.generatedKey === "history") ?? false);
  const staleWritten = sheets?.some((s) => s.generatedKey === "stale" && !keptStale(s)) ?? false;
  const kept = (sheets ?? []).filter((s) => keptPack(s) || keptStale(s)).map((s) => `“${s.name}”`);
  await door.writeStore(stripped);
  return {
    message: `Removed the actions' wording from ${plural(reports, "recorded report")} (${countText(actions)} action ${actions === 1 ? "entry" : "entries"} in all); their ratings, numbers and dates stay.${formerNamesGone(renamedReviews)}${left}`,
    advice: [
      "Reports recorded from now on keep the plan's wording again.",
      packWritten ? "A “Committee Pack” sheet already written keeps its wording until the pack is generated again." : "",
      historyWritten ? "A “RAG History” sheet already written keeps the former names until it is generated again." : "",
      staleWritten ? "A “Stale Actions” sheet already written keeps its wording until the RAG summary is generated again." : "",
      kept.length === 0
        ? ""
        : `${listInWords(kept)} ${kept.length === 1 ? "keeps its wording until you delete it, since it was renamed to keep it" : "keep their wording until you delete them, since they were renamed to keep them"}.`,
    ]
      .filter(Boolean)
      .join(" "),
  };
}

/**
 * Deletes the report of `date`. Given the workbook's sheets, it says which generated sheets written
 * before may still show the report (the pack may compare with it, RAG History counts it), as they
 * keep what they showed until generated again.
 */
export async function deleteReport(
  door: SheetsDoor,
  date: string,
  sheets?: readonly { name: string; generatedKey?: string }[],
  way: RemoveWordingWay = REMOVE_WORDING.commandLine,
): Promise<string> {
  const records = await door.readStore();
  const remaining = withoutSnapshot(records, date);
  const long = reportLabel(date);
  if (remaining.length === records.length) throw new Error(`There is no report recorded for ${long} to delete, so nothing was changed.`);
  const deleted = storedByThisVersion(records).snapshots.find((s) => s.date === date);
  const carried = deleted ? formerNamesKeptNote(deleted, storedByThisVersion(remaining).snapshots, way) : "";
  await door.writeStore(remaining);
  const showing = (sheets ?? []).filter((s) => s.generatedKey === "pack" || s.generatedKey === "history").map((s) => `“${s.name}”`);
  const still =
    showing.length === 0
      ? ""
      : ` ${listInWords(showing)} ${showing.length === 1 ? "was written before and may still show it" : "were written before and may still show it"} until the committee pack is generated again.`;
  return [`Deleted the report recorded for ${long}.${still}`, carried].filter(Boolean).join(" ");
}

/** How many stored reports that cannot be used the pack names one by one; the reports list names every one. */
const PROBLEMS_NAMED = 3;

/** The sentences on stored reports that cannot be used, as the pack says them: a few, then how many more. */
function fewProblems(problems: string[], list = "the list of recorded reports (the task pane's, or the reports command's)"): string[] {
  if (problems.length <= PROBLEMS_NAMED) return problems;
  const more = problems.length - PROBLEMS_NAMED;
  return [...problems.slice(0, PROBLEMS_NAMED), `${more === 1 ? "1 more recorded report" : `${countText(more)} more recorded reports`} cannot be used either; ${list} says why of each.`];
}

/** Writes or refreshes the "RAG History" and "Committee Pack" sheets. */
export async function generateCommitteePack(
  door: SheetsDoor,
  progress: Progress = noProgress,
  asOf?: string,
  today?: string,
): Promise<PackWritten> {
  const { snapshot, analysis, stored, today: runDate } = await readAll(door, progress, asOf, today);
  const live = liveState(analysis, stored.snapshots);
  const changes = live?.changes;
  const skipped = changes ? skippedReports(stored.unreadable, changes.from, analysis.asOf) : [];
  const problems = [...skipped, ...fewProblems(stored.problems)];
  const paneProblems = [...skipped, ...fewProblems(stored.problems, "the list of recorded reports below")];
  // The pack is as at its date: a report recorded after it is not history yet.
  const shown = stored.snapshots.filter((s) => s.date <= analysis.asOf);
  const unrecorded = unrecordedNote(analysis, stored.snapshots, runDate, live?.now);
  const recorded = { dates: stored.snapshots.map((s) => s.date), unreadable: stored.unreadable };
  const later = changes ? laterReportsNotes(analysis.asOf, recorded.dates, runDate) : laterBesideNothingCompared(analysis.asOf, stored, runDate);
  // Said to whoever makes the pack, not printed in it: the committee reads the pack as at its date.
  const ahead = (way: AsOfWay) => aheadReportsNotes(analysis.asOf, recorded.dates, runDate, COUNTED.pack, way);
  const pack = buildPackPlan(analysis, changes, { ...recorded, problems, unrecorded, later });
  // Written even with no report up to its date, so a sheet from reports since deleted never stays behind.
  const first = stored.snapshots[0]?.date;
  const none = shown.length === 0 && first !== undefined ? noReportUpTo(analysis.asOf, first) : undefined;
  const last = shown.at(-1)?.date;
  const endsEarly = last !== undefined && last < analysis.asOf ? historyEndsBefore(analysis.asOf, last, stored.snapshots.length - shown.length) : undefined;
  const plan = resolveSheetNames({ sheets: [pack, buildHistoryPlan(trend(shown, { among: stored.snapshots }), shown.at(-1), none, endsEarly)] }, snapshot);
  refuseWritingOverPastedPlan(plan, snapshot, await door.readSettings());
  progress("Writing the committee pack", 0.8);
  const sheets = await door.applyPlan(plan);
  progress("Done", 1);
  const said = changes
    ? [changeSentence(changes), ...changeNotes(changes, { lacks: sheetLacksIn(analysis.trackers), sheets: analysis.sheets }), ...later]
    : [packWithoutChanges(analysis.asOf, recorded), ...later];
  said.push(...ahead(AS_OF_WAY.commandLine));
  // The pack goes out beside the summary: one made before the ratings moved would contradict it, and one of an earlier
  // version (the first pack after an upgrade) prints its note. Either or both are said in one sentence.
  const summaryNote = summaryNoteBesidePack(analysis.findings) ?? "";
  const packName = sheets.find((s) => s.key === "pack")?.name ?? PACK_SHEET;
  return {
    sheets,
    message: [
      ...said,
      unrecorded ?? "",
      ...problems,
      summaryNote,
      ratingsInPackNote(analysis.findings, packName, "the rating checks list") ?? "",
      (changes && quotedFromReportsNote(changes, REMOVE_WORDING.commandLine)) ?? "",
      formerNamesInPackNote(shown, REMOVE_WORDING.commandLine),
    ]
      .filter(Boolean)
      .join(" "),
    // The pane shows what changed under its own heading beside the outcome: its notes are the rest, as a short list.
    ratingsCounted: ratingsCountedWords(analysis.findings),
    notes: [
      // The notes that qualify what changed are shown with it.
      ...(changes ? [] : [packWithoutChanges(analysis.asOf, recorded)]),
      ...later,
      ...ahead(AS_OF_WAY.pane),
      unrecorded ?? "",
      ...paneProblems,
      summaryNote,
      ratingsInPackNote(analysis.findings, packName, "Findings lists", true) ?? "",
      (changes && quotedFromReportsNote(changes, REMOVE_WORDING.pane)) ?? "",
      formerNamesInPackNote(shown, REMOVE_WORDING.pane),
    ].filter(Boolean),
  };
}

/** What Generate committee pack did, said by each door its own way. */
export interface PackWritten {
  sheets: AppliedSheet[];
  /** The command line's paragraph: what changed, then every note. */
  message: string;
  /** "2 invalid ratings", where the pack counts ratings that are no rating: said with what was written. */
  ratingsCounted?: string;
  /** The pane's notes, one a line, in the pane's words (what changed is shown beside it, not repeated). */
  notes: string[];
}

/**
 * The pack lists actions the plan no longer shows (removed, or on a sheet now hidden or not read) by
 * the wording a recorded report kept: said, as a team that redacted a text or hid a sheet to keep it
 * out of the papers would not expect it back, with the way to take it out of the reports.
 */
function quotedFromReportsNote(changes: Changes, way: RemoveWordingWay): string | undefined {
  const quoted = [...changes.removed, ...changes.noLongerCounted.filter((x) => x.reason === "hiddenSheet" || x.reason === "notRead").map((x) => x.action)].filter((a) => a.title !== "").length;
  if (quoted === 0) return undefined;
  const one = quoted === 1;
  return `It quotes the wording of ${plural(quoted, "action")} the plan no longer shows (removed, or on a sheet not counted) as the recorded reports kept ${one ? "it" : "them"}; ${way} takes such wording out of the reports, and the pack generated again then names ${one ? "it" : "them"} by number.`;
}

/**
 * The pack's committee sentences count invalid and missing ratings as such ("1 with an invalid rating"): said, so they
 * are put right before it goes out, not after. One sentence that names the pack, so no "it" can be read as the summary
 * said before it. `listedBy` is where the door lists the ratings ("the rating checks list", "Findings lists"); the pane
 * has said the count with what it wrote (`countSaid`), so says only what to do.
 */
function ratingsInPackNote(findings: readonly Finding[], pack: string, listedBy: string, countSaid = false): string | undefined {
  const counted = ratingsCountedWords(findings);
  if (!counted) return undefined;
  const { invalid, unrated } = ratingProblemCounts(findings);
  const them = invalid + unrated === 1 ? "it" : "them";
  const putRight = `right (${listedBy} ${them}), then generate "${pack}" again before it goes to the committee.`;
  return countSaid ? `Put the ${counted} ${putRight}` : `"${pack}" counts ${counted}: put ${them} ${putRight}`;
}

/** "2 invalid ratings and 1 missing rating": the ratings the pack's counts include that are no rating, or undefined. */
function ratingsCountedWords(findings: readonly Finding[]): string | undefined {
  const { invalid, unrated } = ratingProblemCounts(findings);
  const parts = [...(invalid > 0 ? [plural(invalid, "invalid rating")] : []), ...(unrated > 0 ? [plural(unrated, "missing rating")] : [])];
  return parts.length === 0 ? undefined : listInWords(parts);
}

/** Writes or refreshes the "RAG History" sheet alone: the count per rating at each recorded report. */
export async function generateRagHistory(door: SheetsDoor, progress: Progress = noProgress): Promise<{ sheets: AppliedSheet[]; message: string }> {
  progress("Reading the workbook", 0);
  const snapshot = await door.read((done, total) => progress("Reading the workbook", total ? (0.6 * done) / total : 0));
  const { snapshots, problems } = storedByThisVersion(await door.readStore());
  const plan = resolveSheetNames({ sheets: [buildHistoryPlan(trend(snapshots), snapshots.at(-1))] }, snapshot);
  refuseWritingOverPastedPlan(plan, snapshot, await door.readSettings());
  progress("Writing the RAG History sheet", 0.8);
  const sheets = await door.applyPlan(plan);
  progress("Done", 1);
  const name = sheets[0]?.name ?? HISTORY_SHEET;
  const counted = snapshots.length === 0 ? "no recorded report yet; record one after each report to fill it" : `${plural(snapshots.length, "recorded report")}`;
  const skipped = problems.length > 0 ? `, leaving out ${plural(problems.length, "recorded report")} that could not be used` : "";
  const kept = keptSentence(sheets, (sheet) => `“${sheet}”`);
  return { sheets, message: `Wrote “${name}” with ${counted}${skipped}.${kept ? ` ${kept}` : ""}` };
}

/**
 * Changes between two recorded reports, or from one to the workbook as it is now (`to` left out or
 * "now", read as at `asOf`, else the settings' report date, else today). Without `from`, the earlier
 * is the last report before the later one's date, as in the pane and the pack: a report recorded on
 * the date itself is the report being made, not the last one. Two report dates given the wrong way
 * round are compared oldest first, as the pane's Compare two reports does; the sentence names the earlier.
 */
export interface ChangesResult {
  changes: Changes;
  sentence: string;
  /** Sentences that qualify the sentence (renamed reviews, progress not judged, reports skipped, the plan changed since the report of its date). */
  notes: string[];
  /** One sentence per stored report that could not be read. */
  problems: string[];
}

/**
 * `changesBetween` found nothing to compare because of the date the workbook is read as at: no report up to it, or the
 * report asked for after it. Its message is the sentence for the user; a caller that took that date from the
 * workbook's settings says so beside it, as another date gives another answer.
 */
export class NothingToCompareError extends Error {
  override readonly name = "NothingToCompareError";
}

export async function changesBetween(door: SheetsDoor, from?: string, to?: string, asOf?: string, today?: string): Promise<ChangesResult> {
  const { analysis, stored, today: runDate } = await readAll(door, noProgress, asOf, today);
  if (stored.snapshots.length === 0) {
    // One report that could not be read is best explained by its own sentence, which says what to do.
    if (stored.problems.length === 1) throw new Error(stored.problems[0]);
    throw new Error(
      stored.problems.length > 1
        ? `None of the ${stored.problems.length} reports recorded in this workbook could be read, so there is nothing to compare with; record a new report with the snapshot command, or update RAG Tracker if a newer version recorded them.`
        : "This workbook has no recorded report yet; record one with the snapshot command first.",
    );
  }
  const known = recordedReportsWords(
    stored.snapshots.map((s) => formatLongDate(s.date)),
    stored.unreadable.length,
  );
  const find = (date: string) => {
    const hit = stored.snapshots.find((s) => s.date === date);
    if (hit) return hit;
    // Recorded but unreadable: its own sentence says why and what to do (problems and unreadable are in step).
    const unusable = stored.unreadable.indexOf(date);
    if (unusable >= 0) throw new Error(stored.problems[unusable]);
    // Reports stored but unreadable are said too: one of them may be the one meant.
    throw new Error([`There is no report recorded for ${formatLongDate(date)}; ${known}.`, ...stored.problems].join(" "));
  };
  let [first, second] = [from, to ?? "now"];
  if (first !== undefined && second !== "now" && first > second) [first, second] = [second, first];
  if (first !== undefined && first === second) throw new Error(`Both dates are ${formatLongDate(first)}; give two different report dates to compare.`);
  const later = second === "now" ? analysis.asOf : second;
  if (first !== undefined && first > later) {
    throw new NothingToCompareError(
      `The report recorded for ${formatLongDate(first)} is later than ${formatLongDate(later)}, the date the workbook is read as at, so there is nothing to compare it with; give a later --as-of, or a report date with --to.`,
    );
  }
  const older = first !== undefined ? find(first) : previousSnapshot(stored.snapshots, later);
  // Against the plan now, a report of its own date it has changed since is said too, as the pack and the pane say it.
  if (!older) {
    const asNow = second === "now" ? [...laterBesideNothingCompared(later, stored, runDate), unrecordedNote(analysis, stored.snapshots, runDate) ?? ""] : [];
    throw new NothingToCompareError([nothingToCompare(later, stored), ...asNow].filter(Boolean).join(" "));
  }
  const now = second === "now" ? liveSnapshot(analysis, older) : undefined;
  const newer = now ?? find(second);
  const changes = now ? compareSnapshots(older, now, "now", leftOutNow(analysis), stored.snapshots) : compareSnapshots(older, newer, newer.date, leftOutAt(newer), stored.snapshots, reviewsNamedOutsideBands(analysis));
  // A report left out on the way to the default earlier one is said; one between two dates the user gave is their choice.
  const skipped = first === undefined ? skippedReports(stored.unreadable, older.date, later) : [];
  // Between two recorded reports the changes are those RAG History shows; with the plan as it stands, they may not be.
  // Compared with the report of the date itself, the sentence already says what changed since.
  const unrecorded = now && older.date !== later ? unrecordedNote(analysis, stored.snapshots, runDate, now) : undefined;
  return {
    changes,
    sentence: changeSentence(changes, { between: second !== "now" }),
    // Compared with the plan as it stands, a sheet's lack is said as the summary says it ("has no time-scale column").
    notes: [
      ...changeNotes(changes, now ? { lacks: sheetLacksIn(analysis.trackers), sheets: analysis.sheets } : { sheets: analysis.sheets }),
      ...skipped,
      ...(now ? laterReportsNotes(analysis.asOf, stored.snapshots.map((s) => s.date), runDate) : []),
      ...(now ? aheadReportsNotes(analysis.asOf, stored.snapshots.map((s) => s.date), runDate, COUNTED.changes, AS_OF_WAY.commandLine) : []),
      ...(unrecorded ? [unrecorded] : []),
      // A rating "cleared" may be one the latest round has not given yet.
      ...(now ? unratedRoundNotes(analysis.findings) : []),
    ],
    problems: stored.problems,
  };
}
