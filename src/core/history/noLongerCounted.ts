/**
 * Actions a report holds that the plan as read now deliberately leaves out: a tracker on a hidden
 * sheet (hiddenTrackers.ts), a sheet the settings do not read (Settings.trackerSheets names others),
 * a sheet whose header row was deleted (ratingsWithoutHeader.ts),
 * a recommendation row heading its numbered actions (recommendationHeadings.ts),
 * a note under the table (notesBelowTable.ts), a row of a small table below it (tableInsidePlan.ts), an action of a closed plan kept below or above it (closedPlanThen.ts) and a
 * section's title typed alone in the Action column (trackerReader.ts). A report recorded before they were read so still
 * counts them as actions. Nobody took them out of the plan, so they are not "removed": said so, the
 * committee would hear of work dropped that is still there. A recorded report keeps the names of
 * the sheets it left out (Snapshot.leftOut), so two recorded reports are compared knowing them too. An
 * action moved to a hidden archive is no longer counted, with the sheet it was moved to (archivedActions.ts).
 */
import type { Analysis, RowNotCounted } from "../model";
import type { SheetLeftOut, SheetLeftOutReason, Snapshot, SnapshotAction } from "./snapshot";
import type { CountedAgain, RemovedWhileLeftOut } from "./backActions";
import { actionText, isSheetLeftOutReason } from "./snapshot";
import { bandReviewed } from "../reviewBands";
import { plural } from "../sentences";
import { sheetNameKey } from "../sheetMatch";
import { formatLongDate } from "../longDate";
import { capitalised, rememberedGroupingKey } from "../text";
import { ratingInWords } from "./moveWords";
import { INVALID, UNRATED } from "../grouping";
import { closedPlanActionsThen, closedPlanSetsThen, closedPlanSheetsNow, type ClosedPlanThen } from "./closedPlanThen";
import { archiveKeys, archivedFingerprint, archivedFingerprints, hiddenSheetsJudged, judgesMove, keptPrints, lastCountedOf, leftOutAsCopy, movedToArchive, stillOnArchive, type ArchivedAction } from "./archivedActions";

/** A hidden tracker's sheet, a sheet the settings do not read, a sheet with no header row, or what the row is read as now (RowNotCounted). */
export const NOT_COUNTED_REASONS = ["hiddenSheet", "notRead", "noHeader", "heading", "note", "closedPlan", "section", "table"] as const satisfies readonly ("hiddenSheet" | "notRead" | "noHeader" | RowNotCounted["readAs"])[];
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number];

export interface NoLongerCounted {
  action: SnapshotAction;
  reason: NotCountedReason;
  /**
   * Where it is known from a recorded report, not the plan now: that report's date. It kept only the
   * names of the sheets it left out, so only that is known: the sheet was hidden or not read then.
   */
  leftOutAt?: string;
  /** With `leftOutAt`: the sheet's name as that report recorded it, which may be spelt otherwise now or in the earlier report. */
  leftOutSheet?: string;
  /**
   * Where the action was moved to an archive the later side leaves out (archivedActions.ts), not left out
   * with its own sheet: that sheet's name (with `leftOutAt`, as that report recorded it).
   */
  movedTo?: string;
  /** With `movedTo`, where the later side is the plan now: the action's rating on that sheet, not counted. */
  ratingThere?: string;
  /**
   * With `movedTo`, where the later side kept no fingerprints of that sheet (a recorded report that took it for a copy, or
   * did not read it; the plan now, whose settings do not read it): the date of the report that found the action moved there.
   */
  foundMovedAt?: string;
  /** With `movedTo`, where the later side is the plan now: that sheet also holds actions counted on other sheets, which unhiding it would count twice. */
  sheetRepeatsCounted?: true;
  /** Of an action in a closed plan, where known from a recorded report that kept the closed plan's rows (Snapshot.closedPlans): that report's date. */
  keptAt?: string;
}

/**
 * What the plan as read now leaves out, each as a report that counted it would hold it: the hidden
 * trackers' actions, by sheet, number and what they say (SnapshotAction.text, kept when a report's
 * wording is removed); each row not counted, by sheet and what it says.
 * `bandReviewed`: whether an action's review is named by a band row on its sheet (reviewBands.ts).
 * `notRead`: the sheets the settings leave unread, by sheetNameKey (Excel's sheet names ignore case).
 */
export interface LeftOutNow {
  hidden: ReadonlySet<string>;
  notRead: ReadonlySet<string>;
  /** The sheets skipped for want of a header row that still hold ratings, by sheetNameKey. */
  withoutHeader?: ReadonlySet<string>;
  /** The headings and notes, by sheet and wording; a closed plan's rows are told by `closedPlanThen`. */
  rows: ReadonlyMap<string, RowNotCounted["readAs"]>;
  /**
   * Of an earlier report's actions, those that were the rows of a closed plan kept on their sheet now, lined up by row, and those that were
   * its rows deleted since, worded as a live one (closedPlanThen.ts).
   */
  closedPlanThen?: (earlier: readonly SnapshotAction[]) => ClosedPlanThen;
  /** The actions of the hidden archives on no counted sheet, by archiveKey (archivedActions.ts). */
  archived?: ReadonlyMap<string, ArchivedAction>;
  /** The same of the hidden sheets taken for copies, gathered when first asked: an action an earlier report found moved to an archive may be on one now. */
  onCopies?: () => ReadonlyMap<string, ArchivedAction>;
  /** The hidden sheets holding actions counted on other sheets too (copies, and archives repeating some): unhiding one would count those twice. */
  repeatsCounted?: ReadonlySet<string>;
  bandReviewed?: (a: Pick<SnapshotAction, "sheet" | "review">) => boolean;
  /** Every sheet the workbook holds now, counted or not, by sheetNameKey: a sheet an earlier report counted may be there, left out. */
  sheets?: ReadonlySet<string>;
}

/** What a recorded report left out (leftOutAt): the sheets it kept by name, and why, never their rows. */
export interface LeftOutRecorded {
  /** The report's date. */
  recordedAt: string;
  /** Each sheet as the report recorded it, and why, by sheetNameKey. */
  sheets: ReadonlyMap<string, SheetLeftOut>;
  /** The archives it left out, by the fingerprint it kept of each of their actions on no counted sheet (archivedFingerprint). */
  archived?: ReadonlyMap<string, SheetLeftOut>;
}

/** What the later side of a comparison leaves out: the plan as read now, or a recorded report. */
export type LeftOut = LeftOutNow | LeftOutRecorded;

const key = (...parts: (string | number)[]) => parts.join("\u0001");

export function leftOutNow(analysis: Pick<Analysis, "actions" | "trackers" | "hiddenActionsLeftOut" | "sheetsNotRead" | "sheetsWithoutHeader"> & Partial<Pick<Analysis, "sheets">>): LeftOutNow {
  const rows = new Map<string, RowNotCounted["readAs"]>();
  for (const t of analysis.trackers) for (const r of t.rowsNotCounted ?? []) if (r.readAs !== "closedPlan") rows.set(key(t.sheet, actionText(r)), r.readAs);
  // A closed plan often carries on the live plan's wording: which earlier action was its row is told by row order, once per report.
  const closedSheets = closedPlanSheetsNow(analysis);
  const linedUp = new WeakMap<readonly SnapshotAction[], ClosedPlanThen>();
  const closedPlanThen = (earlier: readonly SnapshotAction[]) => {
    let found = linedUp.get(earlier);
    if (!found) linedUp.set(earlier, (found = closedPlanSetsThen(closedPlanActionsThen(earlier, closedSheets))));
    return found;
  };
  const hidden = new Set((analysis.hiddenActionsLeftOut ?? []).map((a) => key(a.sheet, a.ref.toLowerCase(), actionText(a))));
  const notRead = new Set((analysis.sheetsNotRead ?? []).map(sheetNameKey));
  const { archived, copies, repeatsCounted, onCopies } = hiddenSheetsJudged(analysis.actions, analysis.hiddenActionsLeftOut ?? []);
  const repeating = new Set([...copies, ...repeatsCounted]);
  return {
    hidden,
    notRead,
    ...(analysis.sheetsWithoutHeader ? { withoutHeader: new Set(analysis.sheetsWithoutHeader.map(sheetNameKey)) } : {}),
    rows,
    ...(closedSheets.size > 0 ? { closedPlanThen } : {}),
    ...(archived.size > 0 ? { archived } : {}),
    ...(copies.size > 0 ? { onCopies } : {}),
    ...(repeating.size > 0 ? { repeatsCounted: repeating } : {}),
    bandReviewed: bandReviewed(analysis.trackers),
    ...(analysis.sheets ? { sheets: new Set(analysis.sheets.map(sheetNameKey)) } : {}),
  };
}

/** What a recorded report left out, by sheet name only; undefined for a report that kept none (one recorded before they were kept too). */
export function leftOutAt(report: Pick<Snapshot, "date" | "leftOut">): LeftOutRecorded | undefined {
  if (!report.leftOut?.length) return undefined;
  // A hidden sheet first, as a report records them (sheetsLeftOut), where one name were kept twice.
  const sheets = new Map<string, SheetLeftOut>();
  for (const x of [...report.leftOut].sort((a, b) => Number(a.reason !== "hiddenSheet") - Number(b.reason !== "hiddenSheet"))) {
    if (!sheets.has(sheetNameKey(x.sheet))) sheets.set(sheetNameKey(x.sheet), x);
  }
  const archived = new Map<string, SheetLeftOut>();
  for (const x of sheets.values()) for (const print of archivedFingerprints(x)) if (!archived.has(print)) archived.set(print, x);
  return { recordedAt: report.date, sheets, ...(archived.size > 0 ? { archived } : {}) };
}

/**
 * Parts `removed` into the actions truly removed and those the plan now leaves out. A removed action
 * is left out only where the plan now holds it as the report did: on a hidden sheet under the same
 * number and wording, or on its sheet with the same wording, read as a heading or a note (wherever
 * rows above it were added or deleted), or lined up in row order with a row of a closed plan kept on its sheet
 * (closedPlanThen.ts: a live action deleted, whose wording the closed plan also holds, stays removed), or on a sheet the settings do not read (which is not read, so
 * nothing more is known of it). An action deleted since stays removed, whatever fills its row.
 * Against a recorded report (leftOutAt), an action is left out where its sheet was: the report kept
 * no rows of it. An action whose sheet it read stays removed, whatever sheet beside it was hidden.
 * Either way, an action found under the same review, number and wording on a hidden archive
 * (archivedActions.ts; against a recorded report, by the fingerprint it kept) was moved there: no
 * longer counted too. A backup copy is no archive, so an action deleted from the counted sheets and
 * still in an older copy stays removed. The first report after the one that last counted the action
 * decides (movedToArchive): `older`, the report the actions are of, and `between`, the recorded reports
 * after it before the later side (oldest first), tell which those are. Where it is one of `between`, the
 * later side need only still leave that archive out holding the action (stillOnArchive; the plan now, on
 * a hidden sheet taken for a copy since, too); else, or where that report left the action's own sheet
 * out (it judged no move), the later side decides, as above.
 */
export function withoutLeftOut(
  removed: readonly SnapshotAction[],
  leftOut: LeftOut | undefined,
  reports?: { older: Snapshot; between: readonly Snapshot[]; closedPlanAt?: { at: string; actions: ReadonlySet<SnapshotAction> } },
): { removed: SnapshotAction[]; noLongerCounted: NoLongerCounted[] } {
  const closedPlanAt = reports?.closedPlanAt;
  if (!leftOut && !closedPlanAt) return { removed: [...removed], noLongerCounted: [] };
  const kept: SnapshotAction[] = [];
  const noLongerCounted: NoLongerCounted[] = [];
  const groupOf = rememberedGroupingKey();
  const lastCounted = reports ? lastCountedOf(reports.older, reports.between) : undefined;
  const later = leftOut && "recordedAt" in leftOut ? { leftOut: [...leftOut.sheets.values()] } : undefined;
  const closedThen = leftOut && "rows" in leftOut ? leftOut.closedPlanThen?.(reports?.older.actions ?? removed).notCounted : undefined;
  for (const action of removed) {
    // Lined up with a row of a closed plan the later report kept apart (closedPlanThen.ts): still there then, not counted.
    if (closedPlanAt?.actions.has(action)) {
      noLongerCounted.push({ action, reason: "closedPlan", keptAt: closedPlanAt.at });
      continue;
    }
    if (!leftOut) {
      kept.push(action);
      continue;
    }
    const counted = lastCounted?.(action.id);
    // Left out with its own sheet first; failing that, moved to an archive, as the report after the one that last counted it
    // decided, unless that report left the action's own sheet out (it judged no move then): the later side decides.
    const decider = counted?.next && judgesMove(counted.next, action.sheet) ? counted : undefined;
    const decided = (keys: string[]) => (decider?.next ? movedToArchive(decider.last, decider.next, keys) : undefined);
    const notCopyThen = (sheet: string) => !counted || !leftOutAsCopy([counted.last], sheet);
    if ("recordedAt" in leftOut) {
      const left = leftOut.sheets.get(sheetNameKey(action.sheet));
      let archive: SheetLeftOut | undefined;
      let foundMovedAt: string | undefined;
      if (!left) {
        const keys = archiveKeys(groupOf, action);
        if (decider) {
          const then = decided(keys);
          archive = then && later && stillOnArchive(later, then, keys);
          // Where the later report kept no fingerprints of that sheet, it is the report that found the move that says so.
          if (archive && !keptPrints(archive)) foundMovedAt = decider.next!.date;
        } else {
          const found = firstFound(keys, (k) => leftOut.archived?.get(archivedFingerprint(k)));
          archive = found && notCopyThen(found.sheet) ? found : undefined;
        }
      }
      if (left) noLongerCounted.push({ action, reason: left.reason, leftOutAt: leftOut.recordedAt, leftOutSheet: left.sheet });
      else if (archive) noLongerCounted.push({ action, reason: archive.reason, leftOutAt: leftOut.recordedAt, leftOutSheet: archive.sheet, movedTo: archive.sheet, ...(foundMovedAt ? { foundMovedAt } : {}) });
      else kept.push(action);
      continue;
    }
    const reason = leftOut.hidden.has(key(action.sheet, action.ref.toLowerCase(), action.text))
      ? "hiddenSheet"
      : leftOut.notRead.has(sheetNameKey(action.sheet))
        ? "notRead"
        : leftOut.withoutHeader?.has(sheetNameKey(action.sheet))
          ? "noHeader"
          : leftOut.rows.get(key(action.sheet, action.text)) ?? (closedThen?.has(action) ? "closedPlan" : undefined);
    let archive: (ArchivedAction & { notRead?: true; foundMovedAt?: string }) | undefined;
    if (!reason) {
      const keys = archiveKeys(groupOf, action);
      if (decider) {
        // On any hidden sheet now (the archive renamed, or its rows moved on), or, where the settings no longer read the archive it
        // was found moved to, taken to be there still: nothing says it went.
        const then = decided(keys);
        const now = then && firstFound(keys, (k) => leftOut.archived?.get(k) ?? leftOut.onCopies?.().get(k));
        archive = now ?? (then && leftOut.notRead.has(sheetNameKey(then.sheet)) ? { sheet: then.sheet, rating: "", notRead: true, foundMovedAt: decider.next!.date } : undefined);
      } else {
        const found = firstFound(keys, (k) => leftOut.archived?.get(k));
        archive = found && notCopyThen(found.sheet) ? found : undefined;
      }
    }
    if (reason) noLongerCounted.push({ action, reason });
    else if (archive?.notRead) noLongerCounted.push({ action, reason: "notRead", movedTo: archive.sheet, foundMovedAt: archive.foundMovedAt });
    else if (archive) {
      const repeats = leftOut.repeatsCounted?.has(archive.sheet) ?? false;
      noLongerCounted.push({ action, reason: "hiddenSheet", movedTo: archive.sheet, ratingThere: archive.rating, ...(repeats ? { sheetRepeatsCounted: true as const } : {}) });
    }
    else kept.push(action);
  }
  return { removed: kept, noLongerCounted };
}

/** Where an action is no longer counted as a recorded report left its sheet out (NoLongerCounted.leftOutAt): that report's sheet, reason and date. */
export function leftOutByReport(x: NoLongerCounted): LeftOutBy | undefined {
  if (x.leftOutAt === undefined || !isSheetLeftOutReason(x.reason)) return undefined;
  return { action: x.action, reason: x.reason, sheet: x.leftOutSheet ?? x.action.sheet, at: x.leftOutAt };
}

/** Why a report left a sheet out, after "was": "hidden", said alike everywhere. */
export function leftOutAs(reason: SheetLeftOutReason): string {
  switch (reason) {
    case "hiddenSheet":
      return "hidden";
    case "notRead":
      return "not read by the settings";
    case "noHeader":
      return "missing its header row";
  }
}

/** "sheet “Peer Review” was hidden at the report of 15 April 2026": what a recorded report kept of a sheet it left out. */
export function sheetLeftOutInWords({ sheet, reason, at }: { sheet: string; reason: SheetLeftOutReason; at: string }): string {
  return `sheet “${sheet}” was ${leftOutAs(reason)} at the report of ${formatLongDate(at)}`;
}

/**
 * Why an action is no longer counted, beside it in the lists: "heads numbered actions". Where it is
 * known from a recorded report (NoLongerCounted.leftOutAt), of which only the sheet left out is known, that.
 */
export function notCountedInWords(x: NoLongerCounted): string {
  if (x.movedTo !== undefined) return movedInWords(x, x.movedTo);
  const byReport = leftOutByReport(x);
  if (byReport) return sheetLeftOutInWords(byReport);
  const sheet = x.action.sheet;
  switch (x.reason) {
    case "hiddenSheet":
      return `on hidden sheet “${sheet}”`;
    case "notRead":
      return `on sheet “${sheet}”, not read by the settings`;
    case "noHeader":
      return `on sheet “${sheet}”, whose header row is missing`;
    case "heading":
      return "heads the numbered actions below it";
    case "note":
      return "a note, not an action";
    case "closedPlan":
      return "in a closed plan kept on the same sheet";
    case "section":
      return "a section's title, not an action";
    case "table":
      return "a row of another table below the plan, not an action";
  }
}

/** The first of `keys` that `find` finds something for. */
function firstFound<T>(keys: readonly string[], find: (key: string) => T | undefined): T | undefined {
  for (const k of keys) {
    const found = find(k);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Beside an action moved to an archive left out: "moved to sheet “Archive”, which is hidden; rated Blue
 * there", or, known from a recorded report, "moved to sheet “Archive”, which was hidden at the report of 15 April 2026".
 */
function movedInWords(x: NoLongerCounted, sheet: string): string {
  // Only a hidden sheet or one not read is an archive.
  const leftOut = leftOutAs(x.reason === "hiddenSheet" ? "hiddenSheet" : "notRead");
  if (x.leftOutAt !== undefined) return `moved to sheet “${sheet}”, which was ${leftOut} at the report of ${formatLongDate(x.leftOutAt)}`;
  const rating = x.ratingThere;
  const there = rating === undefined ? "" : `; ${rating === UNRATED || rating === INVALID ? ratingInWords({ rating }) : `rated ${rating}`} there`;
  return `moved to sheet “${sheet}”, which is ${leftOut}${there}`;
}

/**
 * Beside an action counted again: "sheet “Peer Review” was hidden at the report of 15 April 2026; Green
 * when last counted, at the report of 15 January 2026; now Red", the last only where its rating differs,
 * and only with `now` (the pane says its rating now before these words, so not again).
 */
export function countedAgainInWords(x: Pick<CountedAgain, "action" | "reason" | "sheet" | "at" | "earlier" | "lastCountedAt" | "move">, { now = true } = {}): string {
  const then = `${ratingInWords(x.earlier)} when last counted, at the report of ${formatLongDate(x.lastCountedAt)}`;
  return `${sheetLeftOutInWords(x)}; ${then}${now && x.move !== undefined ? `; now ${ratingInWords(x.action)}` : ""}`;
}

/**
 * Beside an action removed while uncounted (RemovedWhileLeftOut): "sheet “Peer Review” was hidden at the report
 * of 15 April 2026; Red when last counted, at the report of 15 January 2026; removed since". When it was removed
 * is not known: after that report, and before its sheet was read again. One moved to an archive and
 * deleted from it: "moved to sheet “Archive”, which was hidden at the report of 15 April 2026; Red when last
 * counted, at the report of 15 January 2026; deleted from that sheet since".
 */
export function removedWhileLeftOutInWords(x: RemovedWhileLeftOut): string {
  const then = `${ratingInWords(x.action)} when last counted, at the report of ${formatLongDate(x.lastCountedAt)}`;
  if (x.movedTo !== undefined) return `moved to sheet “${x.movedTo}”, which was ${leftOutAs(x.reason)} at the report of ${formatLongDate(x.at)}; ${then}; deleted from that sheet since`;
  return `${sheetLeftOutInWords(x)}; ${then}; removed since`;
}

/**
 * The sentence's parts, one per reason: "4 rows no longer counted as actions (recommendations heading
 * the numbered actions below them)". Rows that are not actions are called rows; a hidden sheet's are actions still.
 * `notCounted`: the words after the count, by it ("are no longer counted", where the parts are clauses).
 */
export function noLongerCountedParts(list: readonly NoLongerCounted[], notCounted: (n: number) => string = () => "no longer counted"): string[] {
  const n = (reason: NotCountedReason) => list.filter((x) => x.reason === reason && x.leftOutAt === undefined && x.movedTo === undefined).length;
  // Known from a recorded report by the sheet alone: said of the sheet then, not of where the actions are.
  const recorded = (reason: NotCountedReason) => list.filter((x) => x.reason === reason && x.leftOutAt !== undefined && x.movedTo === undefined).length;
  const moved = list.filter((x) => x.movedTo !== undefined && x.leftOutAt === undefined && x.reason === "hiddenSheet").length;
  const movedNotRead = list.filter((x) => x.movedTo !== undefined && x.leftOutAt === undefined && x.reason === "notRead").length;
  const movedThen = list.filter((x) => x.movedTo !== undefined && x.leftOutAt !== undefined).length;
  const sheetThen = (count: number, was: string) => (count ? `${plural(count, "action")} ${notCounted(count)} (${count === 1 ? "its" : "their"} sheet ${was} at the later report)` : "");
  const hidden = n("hiddenSheet");
  const notRead = n("notRead");
  const noHeader = n("noHeader");
  const headings = n("heading");
  const notes = n("note");
  const closed = n("closedPlan");
  const sections = n("section");
  const tables = n("table");
  return [
    moved ? `${plural(moved, "action")} ${notCounted(moved)} (moved to a hidden sheet)` : "",
    movedNotRead ? `${plural(movedNotRead, "action")} ${notCounted(movedNotRead)} (moved to a sheet not read by the settings)` : "",
    movedThen ? `${plural(movedThen, "action")} ${notCounted(movedThen)} (moved to a sheet the later report left out)` : "",
    hidden ? `${plural(hidden, "action")} ${notCounted(hidden)} (on a hidden sheet)` : "",
    notRead ? `${plural(notRead, "action")} ${notCounted(notRead)} (on a sheet not read by the settings)` : "",
    noHeader ? `${plural(noHeader, "action")} ${notCounted(noHeader)} (on a sheet whose header row is missing)` : "",
    sheetThen(recorded("hiddenSheet"), "was hidden"),
    sheetThen(recorded("notRead"), "was not read by the settings"),
    sheetThen(recorded("noHeader"), "was missing its header row"),
    headings ? `${plural(headings, "row")} ${notCounted(headings)} as ${headings === 1 ? "an action" : "actions"} (${headings === 1 ? "a recommendation heading" : "recommendations heading"} the numbered actions below ${headings === 1 ? "it" : "them"})` : "",
    notes ? `${plural(notes, "row")} ${notCounted(notes)} as ${notes === 1 ? "an action" : "actions"} (${notes === 1 ? "a note" : "notes"})` : "",
    sections ? `${plural(sections, "row")} ${notCounted(sections)} as ${sections === 1 ? "an action" : "actions"} (${sections === 1 ? "a section's title" : "sections' titles"})` : "",
    tables ? `${plural(tables, "row")} ${notCounted(tables)} as ${tables === 1 ? "an action" : "actions"} (${tables === 1 ? "a row" : "rows"} of another table below the plan)` : "",
    closed ? `${plural(closed, "action")} ${notCounted(closed)} (in a closed plan kept on the same sheet)` : "",
  ].filter(Boolean);
}

/**
 * One note per sheet, so the committee knows nothing was taken out of the plan: "The 4 rows of “Peer Review”
 * no longer counted are still in the plan, …". A sheet the settings do not read is not read, so of it only
 * that is said: it is in the workbook, and the settings leave it out.
 */
export function noLongerCountedNotes(everything: readonly NoLongerCounted[]): string[] {
  const all = everything.filter((x) => x.movedTo === undefined);
  const list = all.filter((x) => x.leftOutAt === undefined);
  const hiddenSheets = [...new Set(list.filter((x) => x.reason === "hiddenSheet").map((x) => x.action.sheet))];
  const notes = hiddenSheets.map((sheet) => {
    const n = list.filter((x) => x.action.sheet === sheet && x.reason === "hiddenSheet").length;
    return `${n === 1 ? "The action" : `The ${plural(n, "action")}`} no longer counted on “${sheet}” ${n === 1 ? "is" : "are"} still in the workbook, but the sheet is hidden, so ${n === 1 ? "it is" : "they are"} left out of the counts; unhide it to have ${n === 1 ? "it" : "them"} counted.`;
  });
  const notReadSheets = [...new Set(list.filter((x) => x.reason === "notRead").map((x) => x.action.sheet))];
  for (const sheet of notReadSheets) {
    const n = list.filter((x) => x.action.sheet === sheet && x.reason === "notRead").length;
    notes.push(
      `${n === 1 ? "The action" : `The ${plural(n, "action")}`} the earlier report counted on “${sheet}” ${n === 1 ? "is" : "are"} not counted now: the sheet is in the workbook, but the settings name the tracker sheets to read, and not this one; name it among them in the settings to have it read.`,
    );
  }
  const noHeaderSheets = [...new Set(list.filter((x) => x.reason === "noHeader").map((x) => x.action.sheet))];
  for (const sheet of noHeaderSheets) {
    const n = list.filter((x) => x.action.sheet === sheet && x.reason === "noHeader").length;
    const one = n === 1;
    notes.push(
      `${one ? "The action" : `The ${plural(n, "action")}`} the earlier report counted on “${sheet}” ${one ? "is" : "are"} not counted now: the sheet still holds ratings, but no header row naming its columns, so it is skipped; put its header row back to have ${one ? "it" : "them"} counted.`,
    );
  }
  const isRow = (x: NoLongerCounted) => x.reason === "heading" || x.reason === "note" || x.reason === "section" || x.reason === "table";
  const rowSheets = [...new Set(list.filter(isRow).map((x) => x.action.sheet))];
  for (const sheet of rowSheets) {
    const rows = list.filter((x) => x.action.sheet === sheet && isRow(x));
    const one = rows.length === 1;
    notes.push(
      `${one ? "The row" : `The ${plural(rows.length, "row")}`} of “${sheet}” no longer counted ${one ? "is" : "are"} still in the plan: the earlier report counted ${one ? "it as an action" : "them as actions"}, and ${one ? "it is" : "they are"} now read as ${readAsInWords(rows, one)}.`,
    );
  }
  const closedSheets = [...new Set(list.filter((x) => x.reason === "closedPlan").map((x) => `${x.action.sheet}\u0001${x.keptAt ?? ""}`))];
  for (const sheetKept of closedSheets) {
    const [sheet, keptAt] = sheetKept.split("\u0001") as [string, string];
    const n = list.filter((x) => x.action.sheet === sheet && x.reason === "closedPlan" && (x.keptAt ?? "") === keptAt).length;
    const one = n === 1;
    // Known from a recorded report: what was on the sheet then, not what is there now.
    if (keptAt) {
      notes.push(
        `${one ? "The action" : `The ${plural(n, "action")}`} of “${sheet}” no longer counted ${one ? "was" : "were"} on the sheet at the report of ${formatLongDate(keptAt)}, in a closed plan kept there under a title saying it is closed, so that report did not count ${one ? "it" : "them"}; ${one ? "it is" : "they are"} not counted as removed.`,
      );
      continue;
    }
    notes.push(
      `${one ? "The action" : `The ${plural(n, "action")}`} of “${sheet}” no longer counted ${one ? "is" : "are"} still on the sheet, in a closed plan kept there under a title saying it is closed; if ${one ? "it belongs" : "they belong"} to the plan reported, move ${one ? "it" : "them"} into it to have ${one ? "it" : "them"} counted.`,
    );
  }
  notes.push(
    ...sheetLeftOutNotes(
      all.filter((x) => x.leftOutAt !== undefined),
      (n) => (n === 1 ? "the action the earlier report counted on it" : `the ${plural(n, "action")} the earlier report counted on it`),
      (n) => `; that report keeps the sheet's name, not its rows, so ${n === 1 ? "it is" : "they are"} not counted as removed`,
    ),
  );
  notes.push(...movedNotes(everything.filter((x) => x.movedTo !== undefined)));
  return notes;
}

/**
 * One note per archive actions were moved to: "The 5 actions no longer counted by being moved to “Archive”
 * are still in the workbook, but the sheet is hidden, so they are left out of the counts; unhide it to have
 * them counted." Known from a recorded report, only that they were there then.
 */
function movedNotes(list: readonly NoLongerCounted[]): string[] {
  const groups = new Map<string, { x: NoLongerCounted; n: number }>();
  for (const x of list) {
    const k = key(sheetNameKey(x.movedTo ?? ""), x.reason, x.leftOutAt ?? "", x.foundMovedAt ?? "");
    const group = groups.get(k) ?? { x, n: 0 };
    group.n++;
    groups.set(k, group);
  }
  return [...groups.values()].map(({ x, n }) => {
    const them = n === 1 ? "the action" : `the ${plural(n, "action")}`;
    if (x.leftOutAt !== undefined && x.foundMovedAt !== undefined) {
      return `${capitalised(sheetLeftOutInWords({ sheet: x.movedTo ?? "", reason: x.reason === "notRead" ? "notRead" : "hiddenSheet", at: x.leftOutAt }))}, and that report kept no fingerprint of its actions; the report of ${formatLongDate(x.foundMovedAt)} found ${them} of the earlier report no longer counted moved there, so ${n === 1 ? "it is" : "they are"} taken to be there still, not removed.`;
    }
    if (x.foundMovedAt !== undefined) {
      return `The report of ${formatLongDate(x.foundMovedAt)} found ${them} no longer counted moved to “${x.movedTo}”; the settings name the tracker sheets to read, and not that one, so ${n === 1 ? "it is" : "they are"} taken to be there still and left out of the counts.`;
    }
    if (x.leftOutAt !== undefined) {
      return `${capitalised(sheetLeftOutInWords({ sheet: x.movedTo ?? "", reason: x.reason === "notRead" ? "notRead" : "hiddenSheet", at: x.leftOutAt }))}, and held ${n === 1 ? "the action" : `the ${plural(n, "action")}`} of the earlier report no longer counted; that report keeps a fingerprint of each action on it, so ${n === 1 ? "it is" : "they are"} known to have been moved there, not removed.`;
    }
    const unhide = x.sheetRepeatsCounted ? "it also holds actions counted on other sheets, which unhiding it would count twice" : `unhide it to have ${n === 1 ? "it" : "them"} counted`;
    return `${n === 1 ? "The action" : `The ${plural(n, "action")}`} no longer counted by being moved to “${x.movedTo}” ${n === 1 ? "is" : "are"} still in the workbook, but the sheet is hidden, so ${n === 1 ? "it is" : "they are"} left out of the counts; ${unhide}.`;
  });
}

/** An action missing from one report or found again after it, whose sheet that report left out. */
export interface LeftOutBy {
  action: SnapshotAction;
  reason: SheetLeftOutReason;
  /** The sheet's name as that report recorded it. */
  sheet: string;
  /** The date of the report that left its sheet out. */
  at: string;
}

/**
 * One note per sheet a recorded report left out, saying only what that report kept: the sheet's name
 * and why. `actions`: the actions of the sheet the note is about, by their count ("the 8 actions the
 * earlier report counted on it"); `after`: what follows, by their count.
 */
export function sheetLeftOutNotes(list: readonly (NoLongerCounted | LeftOutBy)[], actions: (n: number) => string, after: (n: number) => string = () => ""): string[] {
  return bySheetLeftOut(list).map(({ left, n }) => `${capitalised(sheetLeftOutInWords(left))}, so ${actions(n)} ${n === 1 ? "was" : "were"} left out of that report's counts${after(n)}.`);
}

/** The actions of `list` a recorded report left out with their sheet, counted per sheet, reason and report, in the order first met. */
export function bySheetLeftOut(list: readonly (NoLongerCounted | LeftOutBy)[]): { left: Omit<LeftOutBy, "action">; n: number }[] {
  const groups = new Map<string, { left: Omit<LeftOutBy, "action">; n: number }>();
  for (const x of list) {
    const left = "at" in x ? x : leftOutByReport(x);
    if (!left) continue;
    const k = key(sheetNameKey(left.sheet), left.reason, left.at);
    const group = groups.get(k) ?? { left: { sheet: left.sheet, reason: left.reason, at: left.at }, n: 0 };
    group.n++;
    groups.set(k, group);
  }
  return [...groups.values()];
}

/** What the rows of one sheet are read as now, all of one kind in full ("headings of the numbered actions below them"), else each kind in short. */
function readAsInWords(rows: readonly NoLongerCounted[], one: boolean): string {
  const kinds = (["heading", "note", "section", "table"] as const).filter((reason) => rows.some((x) => x.reason === reason));
  if (kinds.length > 1) {
    const short = kinds.map((reason) => ({ heading: "headings of numbered actions", note: "notes", section: "sections' titles", table: "rows of another table" })[reason]);
    return `${short.slice(0, -1).join(", ")} and ${short.at(-1)}`;
  }
  if (kinds[0] === "heading") return one ? "the heading of the numbered actions below it" : "headings of the numbered actions below them";
  if (kinds[0] === "section") return one ? "the title of the section below it" : "titles of the sections below them";
  if (kinds[0] === "table") return one ? "a row of another table below the plan" : "rows of another table below the plan";
  return one ? "a note" : "notes";
}
