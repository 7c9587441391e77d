/**
 * New actions that are back: removed at one report and in the plan again later, under the same
 * review and number with the same wording. Matching two reports (matching.ts) sees only those two,
 * so such an action is new there, under a new identity; the reports before the earlier one say it
 * was there before. It counts as back only where that earlier action's identity went nowhere
 * after the report it was last in: an action reworded or renumbered since is followed by its
 * identity, and was never removed.
 */
import type { Snapshot, SnapshotAction } from "./snapshot";
import { rememberedGroupingKey } from "../text";
import { formatLongDate } from "../longDate";
import { sheetNameKey } from "../sheetMatch";
import type { LeftOutBy } from "./noLongerCounted";
import type { Direction } from "./changes";

export interface BackAction {
  /** The identity of the action now (as in Changes.added). */
  id: string;
  /** The identity it had up to the report it was last in. */
  earlierId: string;
  /** The date of the first report after it was last in, the report it was removed at. */
  removedAt: string;
}

/** Same review (as the summaries group it), same number and the same wording (its fingerprint, kept when wording is removed). */
function keyOf(groupOf: (name: string) => string, a: SnapshotAction): string {
  return `${groupOf(a.review)}\u0001${a.ref.trim()}\u0001${a.text}`;
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
}

function foundEarlier(added: readonly SnapshotAction[], from: Snapshot, reports: readonly Snapshot[]): FoundEarlier[] {
  if (added.length === 0) return [];
  const groupOf = rememberedGroupingKey();
  const waiting = new Map<string, SnapshotAction[]>();
  for (const a of added) {
    const key = keyOf(groupOf, a);
    waiting.set(key, [...(waiting.get(key) ?? []), a]);
  }
  const earlier = reports.filter((r) => r.date < from.date).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  // Identities still in a report after the one being read: an action carried on under one of them was never removed.
  const carried = new Set(from.actions.map((a) => a.id));
  const found: FoundEarlier[] = [];
  let after = from;
  for (const report of earlier) {
    if (waiting.size === 0) break;
    for (const x of report.actions) {
      if (carried.has(x.id)) continue;
      const key = keyOf(groupOf, x);
      const now = waiting.get(key)?.shift();
      if (!now) continue;
      found.push({ back: { id: now.id, earlierId: x.id, removedAt: after.date }, earlier: x, lastIn: report.date });
      if (waiting.get(key)!.length === 0) waiting.delete(key);
    }
    for (const x of report.actions) carried.add(x.id);
    after = report;
  }
  const order = new Map(added.map((a, i) => [a.id, i]));
  return found.sort((a, b) => order.get(a.back.id)! - order.get(b.back.id)!);
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
 * where the action that report held was on a sheet left out (Snapshot.leftOut) by every report since,
 * `from` included: it went missing because its sheet was left out, not because it was removed. Where
 * a report since read its sheet without it, or it was on another sheet, it is back after being removed.
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
    const sheet = sheetNameKey(f.earlier.sheet);
    // The reports that did not hold it: from the first after it was last in, to `from`.
    const missing = reports!.filter((r) => r.date > f.lastIn && r.date <= from.date);
    const leftOut = (r: Snapshot) => r.leftOut?.find((x) => sheetNameKey(x.sheet) === sheet);
    const atFrom = leftOut(from);
    if (atFrom && missing.every((r) => leftOut(r) !== undefined)) {
      countedAgain.push({ action: byId.get(f.back.id)!, reason: atFrom.reason, sheet: atFrom.sheet, at: from.date, earlierId: f.back.earlierId, earlier: f.earlier, lastCountedAt: f.lastIn });
    } else back.push(f.back);
  }
  const again = new Set(countedAgain.map((x) => x.action));
  return { added: added.filter((a) => !again.has(a)), back, countedAgain };
}
