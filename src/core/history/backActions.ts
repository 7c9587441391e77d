/**
 * New actions that are back: removed at one report and in the plan again later, under the same
 * review and number with the same wording. Matching two reports (matching.ts) sees only those two,
 * so such an action is new there, under a new identity; the reports before the earlier one say it
 * was there before. It counts as back only where that earlier action's identity went nowhere
 * after the report it was last in: an action reworded or renumbered since is followed by its
 * identity, and was never removed.
 */
import type { SheetLeftOut, Snapshot, SnapshotAction } from "./snapshot";
import { rememberedGroupingKey } from "../text";
import { formatLongDate } from "../longDate";
import { sheetNameKey } from "../sheetMatch";
import type { LeftOutBy } from "./noLongerCounted";
import type { Direction } from "./changes";
import { matchActions } from "./matching";
import { archiveKeys, archivedFingerprint, archivedFingerprints, movedToArchive, sameActionKey, stillOnArchive } from "./archivedActions";

export interface BackAction {
  /** The identity of the action now (as in Changes.added). */
  id: string;
  /** The identity it had up to the report it was last in. */
  earlierId: string;
  /** The date of the report it was removed at: the first after it was last in that read its sheet (that did not leave it out). */
  removedAt: string;
}


/**
 * `added`: the new actions of a comparison whose earlier report is `from`; `reports`: every
 * readable report, in any order. Reports are read newest first from `from` back, and only until
 * every new action is placed: most quarters add none, and then none is read.
 */
export function backActions(added: readonly SnapshotAction[], from: Snapshot, reports: readonly Snapshot[]): BackAction[] {
  return foundEarlier(added, from, reports).map((f) => f.back);
}

/** A new action found in an earlier report: as backActions places it, with the action that report held and its date. */
interface FoundEarlier {
  back: BackAction;
  earlier: SnapshotAction;
  /** The date of the report it was last in. */
  lastIn: string;
  /** How each report since it was last in, oldest first and `from` last, left out its sheet, as leftOutSince reads it. */
  leftOut: (SheetLeftOut | undefined)[];
}

function foundEarlier(added: readonly SnapshotAction[], from: Snapshot, reports: readonly Snapshot[]): FoundEarlier[] {
  if (added.length === 0) return [];
  const groupOf = rememberedGroupingKey();
  const waiting = new Map<string, SnapshotAction[]>();
  for (const a of added) {
    const key = sameActionKey(groupOf, a);
    waiting.set(key, [...(waiting.get(key) ?? []), a]);
  }
  const earlier = reports.filter((r) => r.date < from.date).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  // Identities still in a report after the one being read: an action carried on under one of them was never removed.
  const carried = new Set(from.actions.map((a) => a.id));
  const found: FoundEarlier[] = [];
  // The reports after the one being read, up to `from`, oldest first.
  const since: Snapshot[] = [from];
  for (const report of earlier) {
    if (waiting.size === 0) break;
    for (const x of report.actions) {
      if (carried.has(x.id)) continue;
      const key = sameActionKey(groupOf, x);
      const now = waiting.get(key)?.shift();
      if (!now) continue;
      const leftOut = leftOutSince(report, since, x, now);
      found.push({ back: { id: now.id, earlierId: x.id, removedAt: removedAt(leftOut, since) }, earlier: x, lastIn: report.date, leftOut });
      if (waiting.get(key)!.length === 0) waiting.delete(key);
    }
    for (const x of report.actions) carried.add(x.id);
    since.unshift(report);
  }
  const order = new Map(added.map((a, i) => [a.id, i]));
  return found.sort((a, b) => order.get(a.back.id)! - order.get(b.back.id)!);
}

/**
 * The report an action was removed at: the first of the reports since it was last in (oldest first)
 * that read its sheet, as leftOutSince reads them (`leftOut`, one per report of `since`). One that left
 * its sheet out did not say it was gone: it counted none of that sheet's actions. Where every one left
 * it out, the last.
 */
function removedAt(leftOut: readonly (SheetLeftOut | undefined)[], since: readonly Snapshot[]): string {
  const i = leftOut.findIndex((x) => x === undefined);
  return since[i === -1 ? since.length - 1 : i]!.date;
}

/**
 * How each of `since` (the reports after `lastIn`, the one the action was last in, oldest first) left out
 * the sheet the action was on then (`earlier`), or failing that the one it is on now (`now`): a sheet
 * renamed while left out is recorded under its new name. The one it is on now only where the report holds
 * no action on the one it was on then (a report that read that sheet read it without the action, whatever
 * hidden sheet held it too), and only where `lastIn` neither left out nor held an action on a sheet of that
 * name: a sheet renamed had no such name yet, and one there already was another sheet, which the action was
 * moved to some time after, none can say when. Failing both, the archive it was moved to, as the first report
 * failing both decided (movedToArchive), while each report since still leaves it out holding the action
 * (stillOnArchive): it was moved there, so that report did not say it was gone either.
 */
function leftOutSince(lastIn: Snapshot, since: readonly Snapshot[], earlier: SnapshotAction, now: SnapshotAction): (SheetLeftOut | undefined)[] {
  const then = sheetNameKey(earlier.sheet);
  const next = sheetNameKey(now.sheet);
  const renamed = next !== then && !sheetLeftOutBy(lastIn, now.sheet) && !lastIn.actions.some((a) => sheetNameKey(a.sheet) === next);
  const keys = archiveKeys(rememberedGroupingKey(), earlier);
  // The archive it was moved to, as the first report not leaving its sheet out decided (movedToArchive); null until one did.
  let archive: SheetLeftOut | undefined | null = null;
  const onArchive = (report: Snapshot) => {
    if (archive === null) return (archive = movedToArchive(lastIn, report, keys));
    return archive && stillOnArchive(report, archive, keys);
  };
  return since.map((report) => {
    const direct = sheetLeftOutBy(report, earlier.sheet);
    if (direct || !renamed || report.actions.some((a) => sheetNameKey(a.sheet) === then)) return direct ?? onArchive(report);
    return sheetLeftOutBy(report, now.sheet) ?? onArchive(report);
  });
}

/** How a report recorded the sheet as left out, where it did (sheet names ignore case, as Excel's do). */
export function sheetLeftOutBy(report: Pick<Snapshot, "leftOut">, sheet: string): SheetLeftOut | undefined {
  const key = sheetNameKey(sheet);
  return report.leftOut?.find((x) => sheetNameKey(x.sheet) === key);
}

/** "Back: removed at the report of 1 February 2022", as the pack, the pane and the command line say it beside a new action. */
export function backInWords(back: BackAction): string {
  return `Back: removed at the report of ${formatLongDate(back.removedAt)}`;
}

/** The back action of a new action of these changes, by its identity now. */
export function backOf(back: readonly BackAction[]): (a: SnapshotAction) => BackAction | undefined {
  const byId = new Map(back.map((b) => [b.id, b]));
  return (a) => byId.get(a.id);
}

/** An action counted again: missing from a report that left its sheet out, and counted by one before it (as backActions finds it). */
export interface CountedAgain extends LeftOutBy {
  /** The identity it had up to the report it was last counted in. */
  earlierId: string;
  /** The action as the report it was last counted in held it: its rating then is compared with its rating now. */
  earlier: SnapshotAction;
  /** The date of the report it was last counted in. */
  lastCountedAt: string;
  /** How its rating moved since it was last counted (compareSnapshots sets it); absent where it did not. */
  move?: Direction;
}

/**
 * The new actions of a comparison parted into those new, those back after being removed, and those
 * counted again. An action found in an earlier report (as backActions finds it) is counted again only
 * where every report since, `from` included, left out (Snapshot.leftOut) the sheet the action that
 * report held was on, or, holding no action on that one, the sheet it is on now where that is a sheet
 * renamed while left out, recorded under its new name (as leftOutSince reads them): it went missing because its sheet was left out, not because
 * it was removed. Where a report since read its sheet without it, it is back after being removed.
 * One no report held is new, on a left-out sheet too.
 * `reports`: every readable report; without them nothing is looked up, and every action is new.
 */
export function foundAgain(added: SnapshotAction[], from: Snapshot, reports?: readonly Snapshot[]): { added: SnapshotAction[]; back: BackAction[]; countedAgain: CountedAgain[] } {
  const found = reports ? foundEarlier(added, from, reports) : [];
  if (found.length === 0 || !from.leftOut?.length) return { added, back: found.map((f) => f.back), countedAgain: [] };
  const byId = new Map(added.map((a) => [a.id, a]));
  const back: BackAction[] = [];
  const countedAgain: CountedAgain[] = [];
  for (const f of found) {
    // How the reports that did not hold it left its sheet out: from the first after it was last in, to `from`.
    const action = byId.get(f.back.id)!;
    const atFrom = f.leftOut.at(-1);
    if (atFrom && f.leftOut.every((x) => x !== undefined)) {
      countedAgain.push({ action, reason: atFrom.reason, sheet: atFrom.sheet, at: from.date, earlierId: f.back.earlierId, earlier: f.earlier, lastCountedAt: f.lastIn });
    } else back.push(f.back);
  }
  const again = new Set(countedAgain.map((x) => x.action));
  return { added: added.filter((a) => !again.has(a)), back, countedAgain };
}

/** An action removed while uncounted: last counted by a report before one that left its sheet out, and not on that sheet when read again. */
export interface RemovedWhileLeftOut extends LeftOutBy {
  /** The date of the report it was last counted in, which `action` is as that report held it. */
  lastCountedAt: string;
  /**
   * Where it was not left out with its own sheet but moved to an archive the earlier report left out
   * (`sheet`), and deleted from that archive since (removedFromArchives): that sheet's name.
   */
  movedTo?: string;
}

/**
 * The counterpart of counted again: comparing `from` with `to`, where `to` reads a sheet `from` left
 * out (it holds actions on it and did not leave it out), the actions the report before that run of
 * left-out reports counted on the sheet that `to` does not hold. Not counted again, not back, not
 * carried on by any report since, `to` included, under their identity or the same review, number and
 * wording (moved to another sheet, and perhaps counted under a new identity there), and not paired by
 * the matching with a new action of `to` (reworded while left out, which stays new): removed since
 * they were last counted. `from` never counted them, so they are apart from Changes.removed, and
 * from the sum that takes `from`'s count to `to`'s. `found`: the earlier identities found again
 * (BackAction.earlierId, CountedAgain.earlierId); `added`: the new actions of `to` left after them.
 */
export function removedWhileLeftOut(from: Snapshot, to: Snapshot, reports: readonly Snapshot[] | undefined, found: ReadonlySet<string>, added: readonly SnapshotAction[]): RemovedWhileLeftOut[] {
  if (!reports || !from.leftOut?.length) return [];
  const earlier = reports.filter((r) => r.date < from.date).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  // A sheet `to` holds no action on may have been renamed while left out, or deleted: nothing is said of it.
  const readByTo = new Set(to.actions.map((a) => sheetNameKey(a.sheet)));
  const groupOf = rememberedGroupingKey();
  const removed: RemovedWhileLeftOut[] = [];
  for (const left of from.leftOut) {
    const sheet = sheetNameKey(left.sheet);
    if (!readByTo.has(sheet) || sheetLeftOutBy(to, left.sheet)) continue;
    // Back from `from`, the reports that left the sheet out too; the one before them counted its actions last.
    const run: Snapshot[] = [from, to];
    const last = earlier.find((r) => {
      if (sheetLeftOutBy(r, left.sheet) === undefined) return true;
      run.push(r);
      return false;
    });
    if (!last) continue;
    const between = reports.filter((r) => r.date > from.date && r.date < to.date);
    // Carried on where any of them counted it, under its identity or under the same review, number and
    // wording: an action moved to a sheet they read may be counted under a new identity there.
    const since = [...run, ...between, to].flatMap((r) => r.actions);
    const carried = new Set(since.map((a) => a.id));
    const carriedAs = new Set(since.map((a) => sameActionKey(groupOf, a)));
    // Not removed where moved to an archive: every report of this run left the action's own sheet out, so none judged a
    // move (judgesMove), and `to`, the later side, decides, as in the changes and RAG History.
    const moved = (a: SnapshotAction) => movedToArchive(last, to, archiveKeys(groupOf, a)) !== undefined;
    const gone = last.actions.filter((a) => sheetNameKey(a.sheet) === sheet && !carried.has(a.id) && !carriedAs.has(sameActionKey(groupOf, a)) && !found.has(a.id) && !moved(a));
    const paired = new Set(matchActions(gone, [...added]).pairs.map((p) => p.before));
    for (const action of gone) {
      if (!paired.has(action)) removed.push({ action, reason: left.reason, sheet: left.sheet, at: from.date, lastCountedAt: last.date });
    }
  }
  return [...removed, ...removedFromArchives(from, to, earlier, reports, found, added)];
}

/**
 * Actions moved to an archive `from` left out and deleted from it before `to`, which left the sheet out
 * too, keeping its fingerprints as an archive's, or reads it: an action last counted by a report before
 * `from` (`earlier`, newest first), which the report after that one found moved to the archive
 * (movedToArchive: that report decides, so an action it found deleted, beside a copy, is not said removed
 * again here), which `from` still leaves out holding it (stillOnArchive), and whose fingerprint `to` holds
 * nowhere, neither on an archive it left out nor among the actions it counts. Left out where that report's
 * action is carried on (counted by `from`, `to` or a report between them, or found again), or, where `to`
 * reads the sheet, paired by the matching with a new action of `to` (reworded while left out). Not an
 * action last counted on that sheet itself (a tracker hidden on its own sheet): it was left out with its
 * sheet, as removedWhileLeftOut finds. Where `to` leaves the sheet out, an action reworded or renumbered on
 * it has a new fingerprint, which cannot be paired with the old one: it is said removed from the archive.
 */
function removedFromArchives(from: Snapshot, to: Snapshot, earlier: readonly Snapshot[], reports: readonly Snapshot[], found: ReadonlySet<string>, added: readonly SnapshotAction[]): RemovedWhileLeftOut[] {
  // Only a report that kept an archive's fingerprints can have found an action moved to one.
  const keptPrints = (r: Snapshot) => r.leftOut?.some((x) => x.archived) ?? false;
  if (!keptPrints(from) && !earlier.some(keptPrints)) return [];
  const readByTo = new Set(to.actions.map((a) => sheetNameKey(a.sheet)));
  // Only where `to` kept the archive's fingerprints or reads it: of a sheet it left out as a copy, or no longer holds, nothing is known.
  const archives = (from.leftOut ?? []).filter((x) => {
    const later = sheetLeftOutBy(to, x.sheet);
    return later ? later.archived !== undefined && !later.copy : readByTo.has(sheetNameKey(x.sheet));
  });
  if (archives.length === 0) return [];
  const groupOf = rememberedGroupingKey();
  const printsOf = (a: SnapshotAction) => archiveKeys(groupOf, a).map(archivedFingerprint);
  const heldByTo = new Set([...(to.leftOut ?? []).flatMap((x) => [...archivedFingerprints(x)]), ...to.actions.flatMap(printsOf)]);
  const between = reports.filter((r) => r.date > from.date && r.date < to.date);
  const since = [from, ...between, to].flatMap((r) => r.actions);
  // Identities in a report after the one being read: an action carried on under one was not last counted there.
  const carried = new Set(since.map((a) => a.id));
  const carriedAs = new Set(since.map((a) => sameActionKey(groupOf, a)));
  const placed = new Set<string>();
  const lost = new Map<SheetLeftOut, { action: SnapshotAction; lastCountedAt: string }[]>();
  for (const [i, report] of earlier.entries()) {
    const next = i === 0 ? from : earlier[i - 1]!;
    for (const action of keptPrints(next) ? report.actions : []) {
      if (carried.has(action.id) || carriedAs.has(sameActionKey(groupOf, action)) || found.has(action.id)) continue;
      const keys = archiveKeys(groupOf, action);
      const moved = movedToArchive(report, next, keys);
      // An action last counted on the sheet itself, hidden since, is left out with its sheet (removedWhileLeftOut above).
      if (!moved || sheetNameKey(moved.sheet) === sheetNameKey(action.sheet)) continue;
      const atFrom = stillOnArchive(from, moved, keys);
      if (!atFrom || !archives.includes(atFrom)) continue;
      const prints = keys.map(archivedFingerprint);
      if (prints.some((p) => heldByTo.has(p) || placed.has(p))) continue;
      for (const p of prints) placed.add(p);
      const list = lost.get(atFrom);
      if (list) list.push({ action, lastCountedAt: report.date });
      else lost.set(atFrom, [{ action, lastCountedAt: report.date }]);
    }
    for (const a of report.actions) carried.add(a.id);
  }
  const removed: RemovedWhileLeftOut[] = [];
  for (const archive of archives) {
    const gone = lost.get(archive) ?? [];
    if (gone.length === 0) continue;
    const paired = sheetLeftOutBy(to, archive.sheet) ? new Set<SnapshotAction>() : new Set(matchActions(gone.map((x) => x.action), [...added]).pairs.map((p) => p.before));
    for (const { action, lastCountedAt } of gone) {
      if (!paired.has(action)) removed.push({ action, reason: archive.reason, sheet: archive.sheet, at: from.date, lastCountedAt, movedTo: archive.sheet });
    }
  }
  return removed;
}
