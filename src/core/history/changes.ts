/** What changed between two snapshots (or the last one and now), counted and listed. */
import { dueReadAsMonth, readAgainAs } from "./readAgain";
import { byReportDate, NO_RESPONSE, type Snapshot, type SnapshotAction } from "./snapshot";
import { matchActions } from "./matching";
import { groupingKey, headerKey, rememberedGroupingKey } from "../text";
import { daysUntil } from "../dates";
import { INVALID, UNRATED } from "../grouping";
import { spellingsOf } from "./spellings";
import { numberChanged, type Renumbered } from "./renumbered";
import { lateReport, recordedInOrder, recordedLate, type LateReport } from "./recordedLate";
import { foundAgain, removedWhileLeftOut, sheetLeftOutBy, type BackAction, type CountedAgain, type RemovedWhileLeftOut } from "./backActions";
import { renamedCategories } from "./renamedCategories";
import { roundTabsNamed, type RoundTabsNamed } from "./roundTabsNamed";
import { CHECKED_COUNTS, sheetsWithDueDates, sheetsWithUpdateDates, type CheckedCount } from "./notChecked";
import { withoutLeftOut, type LeftOut, type LeftOutBy, type NoLongerCounted } from "./noLongerCounted";
import type { ReviewNamedOnSheet } from "./matching";
import { notOnArchive } from "./archivedActions";
import { movedBetweenReviews, renamedButForRows, type MovedBetweenReviews, type RenamedButForRows, type ReviewMovedToSheet, type ReviewSplit } from "./partedReviews";
import { sheetNameKey } from "../sheetMatch";
import { settleCopies, type CountedTwice, type HeldOnlyByCopy } from "./countedTwice";
import { isNextRound } from "../sheetPeriods";
import { latestRoundsOnly } from "./roundsCountedTwice";
import { bandTitlesReadAgain } from "./bandTitlesReadAgain";
import { closedPlanActionsThen, closedPlanSetsThen, closedPlanSheetsRecorded, type ClosedPlanThen } from "./closedPlanThen";

/**
 * Which way a rating moved. Blank ("Unrated") and unreadable ("Invalid") ratings have no place in
 * the ranking, so a move to or from them is neither better nor worse: it is named by what happened
 * to the rating, in words a councillor can read without the key. "moved": between two ratings of the
 * key where it does not say which is better (ratingRanks gives one of them no rank).
 */
export const DIRECTIONS = ["improved", "worsened", "moved", "given", "cleared", "notRatedYet", "unreadable", "keyChanged"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface RatingMove {
  before: SnapshotAction;
  after: SnapshotAction;
  direction: Direction;
}

export interface ChangeCount {
  name: string;
  improved: number;
  worsened: number;
  /** Moves to or from a blank or unreadable rating (or a key's dropped name, or a rating it does not rank): counted, so the tables add up to the sentence and the list of moves. */
  neitherBetterNorWorse: number;
  added: number;
  removed: number;
  noProgress: number;
  newlyStale: number;
  newlyOverdue: number;
  /** The counts none of the group's actions could be checked for: their 0 means not checked, never none. */
  notChecked: CheckedCount[];
}

export interface Changes {
  from: string;
  /** The later report's date, or "now" for the workbook as it is. */
  to: string;
  /** The later snapshot's own date, also when `to` is "now". */
  toDate: string;
  /**
   * The compared reports recorded out of order (recordedLate.ts), the earlier first: each holds the plan as it
   * stood when recorded, not on its date, so the sentences say so. Found only where the caller gives the reports.
   */
  recordedLate: LateReport[];
  moves: RatingMove[];
  added: SnapshotAction[];
  /** Those of `added` removed at an earlier report and back since (backActions.ts): found from the reports before `from`, so empty unless the caller gives them. */
  back: BackAction[];
  /**
   * Actions missing from the earlier report, whose sheet it left out (Snapshot.leftOut), and counted by a
   * report before it (foundAgain): counted again, so never among `added`. Found as `back` is.
   */
  countedAgain: CountedAgain[];
  /**
   * Those of `added`, not back, on a sheet the earlier report left out: new to these two reports, and
   * not known to be new to the plan, since that report kept the sheet's name, not its rows.
   */
  newOnSheetLeftOut: (LeftOutBy & { notThereThen?: true })[];
  /**
   * Actions of a sheet taken since the earlier report that repeats another, that repeat an action the sheet they
   * repeat holds, now or edited since (countedTwice.ts): counted twice, not new, so never among `added`, and in no
   * group's count. With them, the earlier count, plus `added`, `countedAgain` and these, less `removed`,
   * `noLongerCounted` and `noLongerCountedTwice`, is the later one.
   */
  countedTwice: CountedTwice[];
  /** Actions of the earlier report gone from their sheet since, that a sheet repeating it still holds: still counted, so not among `removed`. */
  heldOnlyByCopy: HeldOnlyByCopy[];
  /**
   * Actions of the earlier report on a sheet that repeated another, deleted since, that the sheet it repeated still
   * holds: no longer counted twice, so not among `removed`, and in no group's count. The earlier count, plus `added`,
   * `countedAgain` and `countedTwice`, less `removed`, `noLongerCounted` and these, is the later one.
   */
  noLongerCountedTwice: CountedTwice[];
  /**
   * Earlier rounds' sheets the later report counted beside the latest round's (as versions before 5 December 2026
   * did), and the earlier too where it did as well: set apart whole, as the plan counts its latest round alone, so each
   * action is compared once, as on the latest round (roundsCountedTwice.ts). `count`: the actions set apart at the later
   * report. Where only the earlier report counted one, its actions are among `noLongerCountedTwice`.
   */
  earlierRoundsCounted: { sheet: string; of: string; count: number; reports: string[]; later?: true }[];
  removed: SnapshotAction[];
  /**
   * Actions last counted by a report before the earlier one, on a sheet the earlier report left out,
   * that the later side reads without them (backActions.ts): removed since they were last counted. Never
   * in the earlier report's count, so apart from `removed`, and from the sum: the earlier count, plus
   * `added` and `countedAgain`, less `removed` and `noLongerCounted`, is the later one.
   */
  removedWhileLeftOut: RemovedWhileLeftOut[];
  /**
   * Actions of the earlier report the plan as read now deliberately leaves out (noLongerCounted.ts): a
   * hidden sheet's, or rows now read as headings or notes; or, between recorded reports, those whose sheet
   * the later one recorded as left out. Still in the workbook, so never among `removed`.
   */
  noLongerCounted: NoLongerCounted[];
  /** Actions in both reports whose number changed, in the plan's order. */
  renumbered: Renumbered[];
  /** Every matched action that differs in any stored field, as it is now. */
  modified: { beforeId: string; after: SnapshotAction }[];
  /** Open actions whose progress update is unchanged, by the rule of progressUnchanged. */
  noProgress: SnapshotAction[];
  /** Open actions whose progress is not judged: their sheet holds no progress update at either report. */
  progressNotKept: SnapshotAction[];
  /** False unless the later snapshot is dated after the earlier: no time has passed in which to report progress. */
  progressJudged: boolean;
  /** In both reports, and stale or overdue only at the later one (a new action is not "newly" anything). */
  newlyStale: SnapshotAction[];
  newlyOverdue: SnapshotAction[];
  /** In both reports and overdue at the earlier, as each is at both: what became of them reconciles the two overdue counts (overdueSince.ts). */
  overdueBefore: { before: SnapshotAction; after: SnapshotAction }[];
  /**
   * Open actions in both reports whose time scale gives another due date now, or none (cleared, or words such
   * as "Quarterly"), or one where it gave none ("TBC"), in the plan's order: most often a target put back or
   * taken off, which takes an action off the overdue list with no progress made.
   */
  timeScaleMoved: { before: SnapshotAction; after: SnapshotAction }[];
  /** Open actions in both reports that cannot be checked for passing the limit: their sheet holds no last-updated date at the later report. */
  staleNotChecked: SnapshotAction[];
  /** Open actions in both reports that cannot be checked for being overdue: their sheet holds no due date at the later report. */
  overdueNotChecked: SnapshotAction[];
  /**
   * Present only where there are some: open actions in both reports on a sheet that held no due date at the earlier
   * report and holds some at the later (its time-scale column read by this version, not an earlier one, or added since).
   * Not checked for being newly overdue, nor their due dates counted as set: nobody set them.
   */
  dueDatesReadNow?: SnapshotAction[];
  /** Stale means not updated for more than this many days (the later report's threshold). */
  staleDays: number;
  /** The earlier report's threshold where it differs; the earlier report is judged by the later one's. */
  staleDaysBefore?: number;
  /** The date order the earlier report read dates written as text in, where both reports say theirs and it differs. */
  localeBefore?: "en-GB" | "en-US";
  /** The earlier report keeps no date order (recorded before it was kept) and the later side reads dates US, not the default UK. */
  localeBeforeUnknown?: true;
  /** The later side's date order, where localeBefore is given. */
  locale?: "en-GB" | "en-US";
  /** Reviews renamed between the two reports, matched by their actions' numbers and wording. */
  renamedReviews: { from: string; to: string }[];
  /** Of those, the band titles read by today's rules, not renamed by the team (bandTitlesReadAgain.ts): compared as the same review, with no sentence. */
  bandTitlesReadAgain: { from: string; to: string }[];
  /** Of those, a plan's tab counted under its own name at one report and under the name its round tabs share at the other (roundTabsNamed.ts): said as such, never a rename. */
  roundTabsNamed: RoundTabsNamed[];
  /**
   * Of `renamedReviews`, those whose earlier name is a tab the later report, a recorded one, kept beside the review's
   * tab as another round (Snapshot.roundTabsLeftOut): the latest round moved on, not a rename, whatever the workbook holds now.
   */
  roundKeptBeside?: { from: string; to: string }[];
  /** Reviews the earlier report named after their sheet whose actions are now under reviews named on the sheet (band rows). */
  reviewsNamedOnSheet: ReviewNamedOnSheet[];
  /** Reviews gone whose actions are now under several new reviews. */
  splitReviews: ReviewSplit[];
  /** Reviews gone whose actions are now on a sheet that names no review for them, so counted under its name. */
  reviewsMovedToSheet: ReviewMovedToSheet[];
  /**
   * Actions in both reports now under another review that no rename explains (one row's review mistyped,
   * part of a review renamed, a review split or moved to a sheet), in the plan's order: "Changes by review"
   * counts each as removed from its earlier review and new to its review now, so each review's counts add up.
   */
  movedBetweenReviews: MovedBetweenReviews[];
  /** Of those, reviews renamed on all their rows but one or two, with the rows still under the old name (partedReviews.ts). */
  renamedButForRows: RenamedButForRows[];
  /**
   * A new action and a removed one of its review worded from one template with a topic each (matching.ts,
   * toldApart), so counted apart: where it is a rewording, its rating history starts again.
   */
  toldApart: { before: SnapshotAction; after: SnapshotAction }[];
  /** Categories renamed between the two reports, their actions moved wholesale (renamedCategories.ts). */
  renamedCategories: { from: string; to: string }[];
  byReview: ChangeCount[];
  byCategory: ChangeCount[];
}

/**
 * Rank of each rating, best (0) first: the complete ratings, then the others in the index's order
 * read from its complete end. A key may list Blue first or Red first; the meaning decides, not the place.
 * A key with no complete rating ranks only its traffic-light colours (trafficLightRanks): the others have no rank.
 */
export function ratingRanks(index: Snapshot["index"]): Map<string, number> {
  const complete = index.flatMap((e, i) => (e.complete ? [i] : []));
  if (complete.length === 0) return trafficLightRanks(index);
  const mean = complete.reduce((sum, i) => sum + i, 0) / complete.length;
  const ordered = mean > (index.length - 1) / 2 ? [...index].reverse() : index;
  const ranked = [...ordered.filter((e) => e.complete), ...ordered.filter((e) => !e.complete)];
  return new Map(ranked.map((e, i) => [e.name, i]));
}

/** Place of each traffic-light colour, best first; Yellow is some teams' Amber. */
const TRAFFIC_LIGHT: Record<string, number> = { green: 0, amber: 1, yellow: 1, red: 2 };

/**
 * Ranks where no rating is complete ("Red | Off track", "Amber | Some delay", "Green | On track", "Blue | Not yet
 * commenced"): the traffic-light colours say which is better wherever the key lists them, Green, then Amber (or
 * Yellow), then Red, a rating between two ("Amber-Green", "Amber/Red") between them. Any other (Blue for work not
 * yet commenced, Grey on hold) has no rank: work not started is neither better nor worse than work on track, and
 * the snapshot keeps no meaning to tell, so a move to or from it is "moved", never an improvement.
 */
function trafficLightRanks(index: Snapshot["index"]): Map<string, number> {
  const placed = index.flatMap((e) => {
    const words = e.name.toLowerCase().split(/\s*[-–/]\s*|\s+/);
    if (!words.every((w) => Object.hasOwn(TRAFFIC_LIGHT, w))) return [];
    return [{ name: e.name, place: words.reduce((sum, w) => sum + TRAFFIC_LIGHT[w]!, 0) / words.length }];
  });
  const places = [...new Set(placed.map((p) => p.place))].sort((a, b) => a - b);
  return new Map(placed.map((p) => [p.name, places.indexOf(p.place)]));
}

/**
 * Whether an action with no rating now is not rated yet on a new round, which nobody cleared: copied forward to the
 * next round's sheet ("Q3 2022-23" to "Q4 2022-23"), or blank in a new round's rating column where the round before
 * gave it the rating the earlier report counted, and that report is known to have read another column (readAnother):
 * a rating cleared from the column it read is cleared, whatever the round before gave.
 */
function newRoundNotRatedYet(before: SnapshotAction, after: SnapshotAction, from: string, readAnother: (before: SnapshotAction, after: SnapshotAction) => boolean): boolean {
  return isNextRound(before.sheet, after.sheet) || (after.earlierRoundRating !== undefined && after.earlierRoundRating === from && readAnother(before, after));
}

/**
 * Whether the earlier report read another rating column on an action's sheet than the later one reads on its
 * sheet, by their headers. Where either kept none (recorded before they were kept), taken so: a blank in a new
 * round's column beside the round before's rating is far more often the round not rated yet than a rating cleared.
 */
function readAnotherRatingColumn(older: Snapshot, newer: Snapshot): (before: SnapshotAction, after: SnapshotAction) => boolean {
  const headersBySheet = (report: Snapshot) => {
    const bySheet = new Map<string, Set<string>>();
    for (const c of report.ratingColumns ?? []) {
      const key = sheetNameKey(c.sheet);
      if (!bySheet.has(key)) bySheet.set(key, new Set());
      bySheet.get(key)!.add(headerKey(c.header));
    }
    return bySheet;
  };
  const [then, now] = [headersBySheet(older), headersBySheet(newer)];
  return (before, after) => {
    const read = then.get(sheetNameKey(before.sheet));
    const reading = now.get(sheetNameKey(after.sheet));
    return read === undefined || reading === undefined || ![...reading].some((h) => read.has(h));
  };
}

/**
 * Sheets with no due date at the earlier report whose actions mostly hold one now: the time-scale column read by this
 * version, not an earlier one, or added since, so the dates were there to read, not set one by one. Where every time
 * scale said "TBC" and a date or two is typed since, those are set, the news a committee asked for.
 */
function sheetsWithDueDatesReadNow(pairs: readonly { before: SnapshotAction; after: SnapshotAction }[]): Set<string> {
  const bySheet = new Map<string, { then: number; now: number; all: number }>();
  for (const { before, after } of pairs) {
    const key = sheetNameKey(after.sheet);
    const counts = bySheet.get(key) ?? { then: 0, now: 0, all: 0 };
    counts.all++;
    if (before.due !== null) counts.then++;
    if (after.due !== null) counts.now++;
    bySheet.set(key, counts);
  }
  return new Set([...bySheet].filter(([, c]) => c.then === 0 && c.now * 2 >= c.all).map(([key]) => key));
}

/** The later key's ranks (ratingRanks), and every name it has: a name with no rank is in the key, its place untold. */
interface RatingOrder {
  ranks: Map<string, number>;
  names: Set<string>;
}

function ratingOrder(index: Snapshot["index"]): RatingOrder {
  return { ranks: ratingRanks(index), names: new Set(index.map((e) => e.name)) };
}

function direction({ ranks, names }: RatingOrder, from: string, to: string, notRatedYet = false): Direction {
  const a = ranks.get(from);
  const b = ranks.get(to);
  if (to === INVALID) return "unreadable";
  if (to === UNRATED) return notRatedYet ? "notRatedYet" : "cleared";
  if (from === INVALID || from === UNRATED) return "given";
  // A name the later key no longer has: the key was edited, not the action.
  if (!names.has(from) || !names.has(to)) return "keyChanged";
  // The key does not say which is better ("Green | On track" to "Blue | Not yet commenced").
  if (a === undefined || b === undefined || a === b) return "moved";
  return b < a ? "improved" : "worsened";
}

const FIELDS: (keyof SnapshotAction)[] = ["id", "sheet", "row", "review", "ref", "category", "rating", "typedRating", "complete", "due", "updated", "stale", "overdue", "response", "text", "title"];

function differs(a: SnapshotAction, b: SnapshotAction): boolean {
  return FIELDS.some((f) => a[f] !== b[f]);
}

/** The pairs told apart whose two actions are still new (not back) and removed once copies and left-out sheets are settled. */
function toldApartOf(pairs: Changes["toldApart"], added: SnapshotAction[], removed: SnapshotAction[], backIds: Set<string>): Changes["toldApart"] {
  const isNew = new Set(added.filter((a) => !backIds.has(a.id)));
  const isRemoved = new Set(removed);
  return pairs.filter((t) => isNew.has(t.after) && isRemoved.has(t.before));
}

/** Sheets with at least one action's progress update written. */
function sheetsWithUpdates(snapshot: Snapshot): Set<string> {
  const sheets = new Set<string>();
  for (const a of snapshot.actions) if (a.response !== NO_RESPONSE) sheets.add(a.sheet);
  return sheets;
}

/**
 * The rule a committee can hold a lead to. "No progress reported" counts an action open now and at
 * the earlier report when its progress update reads the same (or was cleared), its last-updated date has not moved on
 * and its rating has not improved (an improved rating is progress, and is reported as such); one that
 * worsened still counts, since nothing was reported. It is not judged for an action on a sheet that
 * holds no progress update at either report (nothing could be reported there: likely no progress
 * column), nor between two reports of the same date.
 */
function progressUnchanged(before: SnapshotAction, after: SnapshotAction, move: Direction | undefined): boolean {
  const updatedLater = after.updated !== null && (before.updated === null || after.updated > before.updated);
  // A progress update cleared (a column wiped, a cell deleted) reports nothing.
  const reported = before.response !== after.response && after.response !== NO_RESPONSE;
  return !reported && !updatedLater && move !== "improved";
}

/** Whether an action of the earlier report was stale by a threshold other than the one it was recorded with. */
function staleBy(before: SnapshotAction, reportDate: string, staleDays: number, recordedWith: number): boolean {
  // Never updated, or on a sheet with no last-updated column: no threshold changes the flag.
  if (staleDays === recordedWith || before.updated === null) return before.stale;
  return !before.complete && daysUntil(reportDate)(before.updated) > staleDays;
}

/**
 * `leftOut`: what `newer` deliberately leaves out, so an action of `older` there is no longer counted
 * rather than removed: leftOutNow of the plan as read now, where `newer` is that reading, or leftOutAt
 * of a recorded report (what it kept as left out, by sheet); undefined where nothing is known of it.
 * Never guessed from `newer`: the plan now and a recorded report know different things, so each caller says which.
 * `reports`: every readable report, to find the new actions back since an earlier one (foundAgain).
 * `namedOutsideBandsNow`: between two recorded reports, where the plan as it stands is known, whether it names a
 * review other than by a band row (reviewsNamedOutsideBands), so a rename the team made is told (bandTitlesReadAgain).
 */
export function compareSnapshots(
  olderAsRecorded: Snapshot,
  newerAsRecorded: Snapshot,
  toLabel = newerAsRecorded.date,
  leftOut?: LeftOut,
  reports?: readonly Snapshot[],
  namedOutsideBandsNow?: (a: Pick<SnapshotAction, "sheet" | "review">) => boolean,
): Changes {
  // A report that counted an earlier round's sheet beside the latest is compared by the latest alone; the plan now never counts both.
  const newerRounds = toLabel === "now" ? { report: newerAsRecorded, setApart: [] } : latestRoundsOnly(newerAsRecorded);
  // A sheet the later side counts as it is stays in the earlier: both compared alike.
  const countedLater = new Set(newerRounds.report.actions.map((a) => sheetNameKey(a.sheet)));
  const olderRounds = latestRoundsOnly(olderAsRecorded, countedLater);
  const [older, newer] = [olderRounds.report, newerRounds.report];
  // Whether an action went to an archive is decided by the first report after the one that last counted it (movedToArchive).
  const between = (reports ?? []).filter((r) => r.date > older.date && r.date < newer.date).sort(byReportDate);
  // A copy of a sheet taken (or deleted) since is left out of the matching, so every edit of the sheet reads as without it, and settled after (countedTwice.ts).
  const bandReviewed = leftOut && "hidden" in leftOut ? leftOut.bandReviewed : undefined;
  const match = (before: SnapshotAction[], after: SnapshotAction[]) => matchActions(before, after, bandReviewed);
  // A closed plan's rows an earlier report counted are no longer counted: kept out of the matching, so a live row of the same wording never takes one's place (closedPlanThen.ts).
  // Between recorded reports, the later one's closed plans' rows tell them as the plan now's do.
  // Its rows deleted since, worded as a live one, are kept out too, so the live row keeps its own history and the deleted row is the one removed.
  const closedPlan: ClosedPlanThen =
    leftOut && "rows" in leftOut
      ? (leftOut.closedPlanThen?.(older.actions) ?? { notCounted: new Set(), deleted: new Set() })
      : toLabel !== "now" && newer.closedPlans
        ? closedPlanSetsThen(closedPlanActionsThen(older.actions, closedPlanSheetsRecorded(newer)))
        : { notCounted: new Set(), deleted: new Set() };
  const closedThen = closedPlan.notCounted;
  const closedPlanAt = leftOut && "rows" in leftOut ? undefined : closedThen.size > 0 ? { at: newer.date, actions: closedThen } : undefined;
  const matchedThen = closedThen.size + closedPlan.deleted.size > 0 ? older.actions.filter((a) => !closedThen.has(a) && !closedPlan.deleted.has(a)) : older.actions;
  const copies = settleCopies(matchedThen, newer.actions, (rows) => withoutLeftOut(rows, leftOut, { older, between, closedPlanAt }).noLongerCounted.length === 0, match);
  const matched = copies ?? match(matchedThen, newer.actions);
  const settled = copies ?? { countedTwice: [], heldOnlyByCopy: [], noLongerCountedTwice: [] };
  const setApartLater = new Set(newerRounds.setApart.map((c) => sheetNameKey(c.sheet)));
  const noLongerCountedTwice = [...olderRounds.setApart.filter((c) => !setApartLater.has(sheetNameKey(c.sheet))), ...settled.noLongerCountedTwice].map((c) => {
    if (toLabel !== "now") return { ...c, whereabouts: "unknown" as const };
    return leftOut && "sheets" in leftOut && leftOut.sheets?.has(sheetNameKey(c.sheet)) ? { ...c, whereabouts: "leftOut" as const } : c;
  });
  const setApartEarlier = new Map(olderRounds.setApart.map((c) => [sheetNameKey(c.sheet), c]));
  const roundCounted = ({ sheet, of, actions, round }: CountedTwice, reports: string[]) => ({ sheet, of, count: actions.length, reports, ...(round?.later ? { later: true as const } : {}) });
  // Set apart by both reports, beside the same latest round, said once; beside another (a round added between them), said for each.
  const earlierRoundsCounted = newerRounds.setApart.flatMap((c) => {
    const then = setApartEarlier.get(sheetNameKey(c.sheet));
    if (!then) return [roundCounted(c, [newer.date])];
    return sheetNameKey(then.of) === sheetNameKey(c.of) ? [roundCounted(c, [older.date, newer.date])] : [roundCounted(then, [older.date]), roundCounted(c, [newer.date])];
  });
  // Pairs come in the order the matching passes found them: every list is put back in the plan's order.
  const pairs = inOrderOf(newer.actions, matched.pairs, (p) => p.after);
  // A report recorded after one of a later date holds the plan as it was then: never the ground for an action back, counted again or removed while left out.
  const groundReports = reports && !recordedLate(olderAsRecorded, reports) ? recordedInOrder(reports) : undefined;
  const found = foundAgain(inOrderOf(newer.actions, matched.added), older, groundReports);
  const { added, back } = found;
  const { removed, noLongerCounted } = withoutLeftOut(inOrderOf(older.actions, [...matched.removed, ...closedThen, ...closedPlan.deleted]), leftOut, { older, between, closedPlanAt });
  const { renamed } = matched;
  const ranks = ratingOrder(newer.index);
  const readAnother = readAnotherRatingColumn(older, newer);
  // Compared with its rating when last counted, as a matched action is with the earlier report's.
  const countedAgain = found.countedAgain.map((x) => {
    const move = x.earlier.rating !== x.action.rating && !readAgainAs(x.earlier, x.action, newer.index) ? direction(ranks, x.earlier.rating, x.action.rating) : undefined;
    return move ? { ...x, move } : x;
  });
  const backIds = new Set(back.map((b) => b.id));
  const newOnSheetLeftOut = added.flatMap((action) => {
    const left = backIds.has(action.id) ? undefined : sheetLeftOutBy(older, action.sheet);
    if (!left) return [];
    // Of an archive it left out, the earlier report kept a fingerprint of each action: one not among them was not on it then as it is worded now.
    return [{ action, reason: left.reason, sheet: left.sheet, at: older.date, ...(notOnArchive(left, action) ? { notThereThen: true as const } : {}) }];
  });
  const foundIds = new Set([...back.map((b) => b.earlierId), ...countedAgain.map((x) => x.earlierId)]);
  // The copy's rows are in the later side as much as new ones are: one may be what became of an action last counted on a left-out sheet.
  const removedUncounted = removedWhileLeftOut(older, newer, groundReports, foundIds, settled.countedTwice.length > 0 ? [...added, ...settled.countedTwice.flatMap((c) => c.actions)] : added);
  const progressJudged = newer.date > older.date;
  const keepsThen = sheetsWithUpdates(older);
  const keepsNow = sheetsWithUpdates(newer);
  const moves: RatingMove[] = [];
  const renumbered: Renumbered[] = [];
  const modified: Changes["modified"] = [];
  const noProgress: SnapshotAction[] = [];
  const progressNotKept: SnapshotAction[] = [];
  const newlyStale: SnapshotAction[] = [];
  const newlyOverdue: SnapshotAction[] = [];
  const overdueBefore: Changes["overdueBefore"] = [];
  const timeScaleMoved: Changes["timeScaleMoved"] = [];
  const staleNotChecked: SnapshotAction[] = [];
  const overdueNotChecked: SnapshotAction[] = [];
  const dueDatesReadNow: SnapshotAction[] = [];
  const updatesNow = sheetsWithUpdateDates(newer);
  const dueDatesNow = sheetsWithDueDates(newer);
  const dueDatesReadAtOnce = sheetsWithDueDatesReadNow(pairs);
  // The open actions each count was, and was not, checked for, so a table can tell "0" from "not checked".
  const checks: Checks = { noProgress: { checked: [], notChecked: [] }, newlyStale: { checked: [], notChecked: staleNotChecked }, newlyOverdue: { checked: [], notChecked: [] } };
  for (const { before, after } of pairs) {
    const dueReadNow = dueDatesReadAtOnce.has(sheetNameKey(after.sheet));
    // Ratings are compared, not what was typed: "Invalid: Yellow" made "Invalid: TBC" is unreadable at
    // both reports, so it is neither better, worse nor corrected. Listed as a move, it would be counted in the
    // sentence ("1 action now with an invalid rating") and the tables as if something had happened to the
    // action, when only the wording of a value still needing a rating changed; Check ratings names it each time.
    // A rating with words an earlier version could not read is the same rating, not one corrected (readAgain.ts).
    // Not yet rated on the new round when recorded, and complete when last rated: rated since, it moved from that rating.
    const from = before.rating === UNRATED && before.lastRoundRating !== undefined ? before.lastRoundRating : before.rating;
    const move =
      before.rating !== after.rating && from !== after.rating && !readAgainAs(before, after, newer.index) ? direction(ranks, from, after.rating, after.rating === UNRATED && newRoundNotRatedYet(before, after, from, readAnother)) : undefined;
    if (move) moves.push({ before, after, direction: move });
    if (numberChanged(before, after)) renumbered.push({ before, after });
    if (differs(before, after)) modified.push({ beforeId: before.id, after });
    // Open at both reports: an action complete at the earlier one had no progress left to report.
    if (!after.complete && !before.complete) {
      if (!progressJudged) checks.noProgress.notChecked.push(after);
      else if (!keepsNow.has(after.sheet) && !keepsThen.has(before.sheet)) {
        progressNotKept.push(after);
        checks.noProgress.notChecked.push(after);
      } else {
        checks.noProgress.checked.push(after);
        if (progressUnchanged(before, after, move)) noProgress.push(after);
      }
    }
    if (!after.complete) {
      (updatesNow.has(after.sheet) ? checks.newlyStale.checked : staleNotChecked).push(after);
      (dueReadNow ? dueDatesReadNow : dueDatesNow.has(after.sheet) ? checks.newlyOverdue.checked : overdueNotChecked).push(after);
    }
    // Complete when last rated, and counted open now only for want of this round's rating: not newly anything.
    const stillComplete = move === "notRatedYet" && before.complete;
    if (after.stale && !stillComplete && !staleBy(before, older.date, newer.staleDays, older.staleDays)) newlyStale.push(after);
    if (after.overdue && !stillComplete && !before.overdue && !dueReadNow) newlyOverdue.push(after);
    if (before.overdue) overdueBefore.push({ before, after });
    // A due date cleared, or overwritten with words that give none ("Quarterly"), takes an action off the overdue list as surely.
    // So does one set where there was none ("TBC" made "FY 2026/27"), the news a committee asked for.
    // Not where the sheet holds no due dates now (its time-scale column gone or renamed): that is not judged, as the notes say.
    if (!after.complete && !stillComplete && before.due !== after.due && dueDatesNow.has(after.sheet) && !dueReadNow && !dueReadAsMonth(before, after)) timeScaleMoved.push({ before, after });
  }
  checks.newlyOverdue.notChecked.push(...overdueNotChecked, ...dueDatesReadNow);
  const keyOf = rememberedGroupingKey();
  const moved = movedBetweenReviews(pairs, renamed, matched.namedOnSheet, keyOf, older.actions);
  // The plan as it stands ("now") is never recorded, so never out of order.
  const compared = toLabel === "now" ? [olderAsRecorded] : [olderAsRecorded, newerAsRecorded];
  const late = reports ? compared.flatMap((r) => lateReport(r, reports) ?? []) : [];
  const changes = {
    from: older.date,
    to: toLabel,
    toDate: newer.date,
    recordedLate: late,
    moves,
    added,
    back,
    countedAgain,
    newOnSheetLeftOut,
    countedTwice: settled.countedTwice,
    heldOnlyByCopy: settled.heldOnlyByCopy,
    noLongerCountedTwice,
    earlierRoundsCounted,
    removed,
    removedWhileLeftOut: removedUncounted,
    noLongerCounted,
    renumbered,
    modified,
    noProgress,
    progressNotKept,
    progressJudged,
    newlyStale,
    newlyOverdue,
    overdueBefore,
    timeScaleMoved,
    staleNotChecked,
    overdueNotChecked,
    ...(dueDatesReadNow.length > 0 ? { dueDatesReadNow } : {}),
    staleDays: newer.staleDays,
    ...(older.staleDays !== newer.staleDays ? { staleDaysBefore: older.staleDays } : {}),
    ...(older.locale && newer.locale && older.locale !== newer.locale ? { localeBefore: older.locale, locale: newer.locale } : {}),
    ...(!older.locale && newer.locale === "en-US" ? { localeBeforeUnknown: true as const } : {}),
    renamedReviews: renamed,
    bandTitlesReadAgain: bandTitlesReadAgain(renamed, newer.actions, bandReviewed, namedOutsideBandsNow),
    roundTabsNamed: roundTabsNamed(renamed, pairs),
    roundKeptBeside: toLabel === "now" ? [] : renamed.filter(({ from }) => newerAsRecorded.roundTabsLeftOut?.some((tab) => sheetNameKey(tab) === sheetNameKey(from))),
    reviewsNamedOnSheet: matched.namedOnSheet,
    splitReviews: matched.split,
    reviewsMovedToSheet: matched.movedToSheet,
    movedBetweenReviews: moved,
    renamedButForRows: renamedButForRows(moved, newer.actions, keyOf),
    toldApart: toldApartOf(matched.toldApart, added, removed, backIds),
    renamedCategories: renamedCategories(pairs, older.actions, newer.actions),
  };
  return {
    ...changes,
    byReview: countChanges(changes, reviewNow(renamed), [newer, older], checks, changes.movedBetweenReviews),
    // A removed action of a renamed category is counted under its new name, as a renamed review's is.
    byCategory: countChanges(changes, nameNow(changes.renamedCategories, (a) => a.category), [newer, older], checks, [], NO_CATEGORY),
  };
}

/** For each count that is checked per action, the open actions it was checked for and those it could not be. */
type Checks = Record<CheckedCount, { checked: SnapshotAction[]; notChecked: SnapshotAction[] }>;

/** An action's review as the later report names it: a removed action of a renamed review is counted under the review's new name. */
export function reviewNow(renamed: Changes["renamedReviews"]): (a: SnapshotAction) => string {
  return nameNow(renamed, (a) => a.review);
}

/** An action's group as the later report names it, through the renames found. */
function nameNow(renamed: { from: string; to: string }[], nameOf: (a: SnapshotAction) => string): (a: SnapshotAction) => string {
  if (renamed.length === 0) return nameOf;
  const to = new Map(renamed.map((r) => [groupingKey(r.from), r.to]));
  const keyOf = rememberedGroupingKey();
  return (a) => to.get(keyOf(nameOf(a))) ?? nameOf(a);
}

/** `list` in the order its actions have in `actions` (the report's rows, sheet by sheet). */
function inOrderOf<T>(actions: readonly SnapshotAction[], list: T[], actionOf: (x: T) => SnapshotAction = (x) => x as SnapshotAction): T[] {
  const place = new Map(actions.map((a, i) => [a, i]));
  return [...list].sort((x, y) => (place.get(actionOf(x)) ?? 0) - (place.get(actionOf(y)) ?? 0));
}

/** The group of the actions with no category, named as the RAG Summary names it. */
export const NO_CATEGORY = "(no category)";

/** Whether the changes by category say more than the totals: not for a plan with no category column, whose actions make one group. */
export function showsCategories(changes: Pick<Changes, "byCategory">): boolean {
  return changes.byCategory.some((g) => g.name !== NO_CATEGORY);
}

/**
 * The count per group, in the order the groups come in the plan (the newer report's, then the
 * older's for a group since removed), as the summary lists them: not in the order the kinds of change are counted.
 */
function countChanges(
  c: Omit<Changes, "byReview" | "byCategory">,
  nameOf: (a: SnapshotAction) => string,
  reports: Snapshot[],
  checks: Checks,
  moved: Changes["movedBetweenReviews"] = [],
  none = "(no review)",
): ChangeCount[] {
  const keyOf = rememberedGroupingKey();
  const groups = new Map<string, ChangeCount>();
  const groupOf = (a: SnapshotAction): ChangeCount => {
    const name = nameOf(a) || none;
    const key = keyOf(name);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name, improved: 0, worsened: 0, neitherBetterNorWorse: 0, added: 0, removed: 0, noProgress: 0, newlyStale: 0, newlyOverdue: 0, notChecked: [] }));
    return g;
  };
  const bump = (a: SnapshotAction, field: Exclude<keyof ChangeCount, "name" | "notChecked">) => void groupOf(a)[field]++;
  // Every move is counted somewhere: one left out would be in the sentence and the list but in no table.
  const moveField = (direction: Direction) => (direction === "improved" || direction === "worsened" ? direction : "neitherBetterNorWorse");
  for (const { after, direction } of c.moves) bump(after, moveField(direction));
  // An action counted again rated otherwise than when last counted: a rating changed, as the sentence says it.
  for (const x of c.countedAgain) if (x.move !== undefined) bump(x.action, moveField(x.move));
  for (const a of c.added) bump(a, "added");
  for (const a of c.removed) bump(a, "removed");
  // Gone from one group and come to another: counted so, or the group's counts would not add up to its size at each report.
  for (const { before, after } of moved) {
    bump(before, "removed");
    bump(after, "added");
  }
  for (const a of c.noProgress) bump(a, "noProgress");
  for (const a of c.newlyStale) bump(a, "newlyStale");
  for (const a of c.newlyOverdue) bump(a, "newlyOverdue");
  // A group none of whose actions could be checked is listed, even with nothing else counted: left out, it would read as nothing to report.
  // An action counted again was in no earlier report to compare with: a group of such actions alone checked none of these.
  const countedAgain = c.countedAgain.map((x) => x.action);
  for (const count of CHECKED_COUNTS) {
    const checkedIn = new Set(checks[count].checked.map((a) => keyOf(nameOf(a) || none)));
    for (const a of [...checks[count].notChecked, ...countedAgain]) {
      if (checkedIn.has(keyOf(nameOf(a) || none))) continue;
      const g = groupOf(a);
      if (!g.notChecked.includes(count)) g.notChecked.push(count);
    }
  }
  // Each group in its place in the plan and spelt as the newer report spells it, as the summary does ("Sam & Kyle" once the plan says so).
  const shown = new Map<string, string>();
  for (const report of reports) {
    for (const [key, name] of spellingsOf(report.actions.map((a) => nameOf(a) || none))) if (!shown.has(key)) shown.set(key, name);
  }
  const place = new Map([...shown.keys()].map((key, i) => [key, i]));
  return [...groups]
    .sort(([a], [b]) => (place.get(a) ?? place.size) - (place.get(b) ?? place.size))
    .map(([key, g]) => ({ ...g, name: shown.get(key) ?? g.name }));
}
