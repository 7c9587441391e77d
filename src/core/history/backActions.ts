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
