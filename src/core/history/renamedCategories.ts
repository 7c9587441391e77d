/**
 * Categories renamed between two reports ("Information sharing" written "Sharing information"),
 * by the rule reviewLineage.ts follows for reviews: the same actions moved wholesale from one name
 * to another. A category counts as renamed only when it is in the earlier report alone, the other
 * in the later report alone, and every action of the earlier one found in the later report is under
 * the other; a category split in two, or merged into one that was already there, is no rename.
 */
import type { SnapshotAction } from "./snapshot";
import { rememberedGroupingKey } from "../text";

export function renamedCategories(pairs: readonly { before: SnapshotAction; after: SnapshotAction }[], then: readonly SnapshotAction[], now: readonly SnapshotAction[]): { from: string; to: string }[] {
  const keyOf = rememberedGroupingKey();
  const thenKeys = new Set(then.map((a) => keyOf(a.category)));
  const nowKeys = new Set(now.map((a) => keyOf(a.category)));
  /** For each category gone since, the categories now of its actions found again, and how it and they are spelt. */
  const went = new Map<string, { from: string; to: Map<string, string> }>();
  for (const { before, after } of pairs) {
    const from = keyOf(before.category);
    if (nowKeys.has(from) || from === "") continue;
    const entry = went.get(from) ?? { from: before.category, to: new Map<string, string>() };
    entry.to.set(keyOf(after.category), after.category);
    went.set(from, entry);
  }
  const renamed: { from: string; to: string }[] = [];
  const taken = new Set<string>();
  for (const { from, to } of went.values()) {
    if (to.size !== 1) continue;
    const [key, name] = [...to][0]!;
    if (key === "" || thenKeys.has(key) || taken.has(key)) continue;
    taken.add(key);
    renamed.push({ from, to: name });
  }
  return renamed;
}
