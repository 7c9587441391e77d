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
  const back: BackAction[] = [];
  let after = from;
  for (const report of earlier) {
    if (waiting.size === 0) break;
    for (const x of report.actions) {
      if (carried.has(x.id)) continue;
      const key = keyOf(groupOf, x);
      const now = waiting.get(key)?.shift();
      if (!now) continue;
      back.push({ id: now.id, earlierId: x.id, removedAt: after.date });
      if (waiting.get(key)!.length === 0) waiting.delete(key);
    }
    for (const x of report.actions) carried.add(x.id);
    after = report;
  }
  const order = new Map(added.map((a, i) => [a.id, i]));
  return back.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
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
}

/**
 * The new actions of a comparison parted into those new, those back after being removed, and those
 * counted again: back, and on a sheet `from` left out (Snapshot.leftOut), so not removed there, only
 * left out. Only an action an earlier report counted is counted again: one with no match is new, on that sheet too.
 * `reports`: every readable report; without them nothing is looked up, and every action is new.
 */
export function foundAgain(added: SnapshotAction[], from: Snapshot, reports?: readonly Snapshot[]): { added: SnapshotAction[]; back: BackAction[]; countedAgain: CountedAgain[] } {
  const found = reports ? backActions(added, from, reports) : [];
  const leftOut = new Map((from.leftOut ?? []).map((x) => [sheetNameKey(x.sheet), x.reason]));
  if (found.length === 0 || leftOut.size === 0) return { added, back: found, countedAgain: [] };
  const byId = new Map(added.map((a) => [a.id, a]));
  const back: BackAction[] = [];
  const countedAgain: CountedAgain[] = [];
  for (const b of found) {
    const action = byId.get(b.id)!;
    const reason = leftOut.get(sheetNameKey(action.sheet));
    if (reason) countedAgain.push({ action, reason, at: from.date, earlierId: b.earlierId });
    else back.push(b);
  }
  const again = new Set(countedAgain.map((x) => x.action));
  return { added: added.filter((a) => !again.has(a)), back, countedAgain };
}
