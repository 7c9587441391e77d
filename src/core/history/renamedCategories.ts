/**
 * Categories renamed between two reports ("Information sharing" written "Sharing information"):
 * most of one category's actions moved to a name new in the later report. A category counts as
 * renamed only when
 * 1. it is in the earlier report alone, and the new name in the later report alone, claimed by
 *    this old category only: a name two or more old categories' actions went to is a merge, and
 *    none of them is renamed;
 * 2. most of its actions in the earlier report (more than half, and at least two) are found under
 *    the new name in the later report, none left under the old name (it is gone) nor moved to
 *    another (a category split in two is no rename);
 * 3. the new name holds no other action that was in the earlier report (actions new since are fine).
 * Otherwise no rename is said, and each report's actions are counted under the names it gives them.
 */
import type { SnapshotAction } from "./snapshot";
import { rememberedGroupingKey } from "../text";

export function renamedCategories(pairs: readonly { before: SnapshotAction; after: SnapshotAction }[], then: readonly SnapshotAction[], now: readonly SnapshotAction[]): { from: string; to: string }[] {
  const keyOf = rememberedGroupingKey();
  const thenCount = new Map<string, number>();
  for (const a of then) {
    const key = keyOf(a.category);
    thenCount.set(key, (thenCount.get(key) ?? 0) + 1);
  }
  const nowKeys = new Set(now.map((a) => keyOf(a.category)));
  /** For each category in the earlier report, how many of its actions are found in the later one. */
  const found = new Map<string, number>();
  /** For each category now, the old categories of the actions under it found in the earlier report, and how many of each. */
  const claims = new Map<string, { name: string; from: Map<string, { name: string; count: number }> }>();
  for (const { before, after } of pairs) {
    const to = keyOf(after.category);
    const from = keyOf(before.category);
    found.set(from, (found.get(from) ?? 0) + 1);
    const entry = claims.get(to) ?? { name: after.category, from: new Map<string, { name: string; count: number }>() };
    const source = entry.from.get(from) ?? { name: before.category, count: 0 };
    source.count++;
    entry.from.set(from, source);
    claims.set(to, entry);
  }
  const renamed: { from: string; to: string }[] = [];
  for (const [to, { name, from }] of claims) {
    // A new name, and every action under it that was in the earlier report came from one old category: conditions 1 and 3.
    if (to === "" || thenCount.has(to) || from.size !== 1) continue;
    const [key, source] = [...from][0]!;
    // That category gone from the later report, with most of its actions (at least two) moved here, and none elsewhere: condition 2.
    if (key === "" || nowKeys.has(key) || found.get(key) !== source.count) continue;
    const had = thenCount.get(key) ?? 0;
    if (source.count < 2 || source.count * 2 <= had) continue;
    renamed.push({ from: source.name, to: name });
  }
  return renamed;
}
