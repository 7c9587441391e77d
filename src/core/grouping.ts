/** Counting actions per rating, in total and by review, category and lead. */
import type { Action, GroupCount, RatingCounts } from "./model";
import type { RagIndex } from "./ragIndex";
import { groupingKey } from "./text";

export const UNRATED = "Unrated";
export const INVALID = "Invalid";

/** Count column names in order: the index's ratings, then Unrated and Invalid. */
export function countNames(index: RagIndex): string[] {
  return [...index.entries.map((e) => e.name), UNRATED, INVALID];
}

export function ratingBucket(action: Action): string {
  if (action.rating.kind === "rated") return action.rating.entry.name;
  return action.rating.kind === "unrated" ? UNRATED : INVALID;
}

/**
 * Each action's count column as a number (its place in countNames), worked out once for the
 * totals and all three groupings instead of once per grouping.
 */
export function bucketNumbers(actions: Action[], index: RagIndex): Uint16Array {
  const place = new Map<string, number>();
  index.entries.forEach((e, i) => {
    if (!place.has(e.name)) place.set(e.name, i);
  });
  const unrated = index.entries.length;
  const buckets = new Uint16Array(actions.length);
  actions.forEach((a, i) => {
    const rating = a.rating;
    buckets[i] = rating.kind === "rated" ? (place.get(rating.entry.name) ?? unrated + 1) : rating.kind === "unrated" ? unrated : unrated + 1;
  });
  return buckets;
}

function countsOf(tally: Uint32Array | number[], index: RagIndex): RatingCounts {
  const counts: RatingCounts = {};
  countNames(index).forEach((name, i) => (counts[name] = (counts[name] ?? 0) + (tally[i] ?? 0)));
  return counts;
}

/** Counts of every action; `buckets` from bucketNumbers. */
export function countActions(name: string, actions: Action[], index: RagIndex, buckets: Uint16Array): GroupCount {
  const tally = new Uint32Array(index.entries.length + 2);
  for (let i = 0; i < actions.length; i++) tally[buckets[i]!]!++;
  return { name, counts: countsOf(tally, index), total: actions.length };
}

/**
 * Groups in order of first appearance; names that differ only in case or spacing are one
 * group, shown with the spelling most of its actions use (the first on a tie).
 */
export function groupBy(actions: Action[], index: RagIndex, buckets: Uint16Array, nameOf: (a: Action) => string, emptyName: string): GroupCount[] {
  const width = index.entries.length + 2;
  const groups = new Map<string, { tally: Uint32Array; total: number; spellings: Map<string, number> }>();
  // Each spelling's group, so the grouping key is worked out once per spelling, not per action.
  const groupOf = new Map<string, { tally: Uint32Array; total: number; spellings: Map<string, number> }>();
  for (let i = 0; i < actions.length; i++) {
    const name = nameOf(actions[i]!) || emptyName;
    let group = groupOf.get(name);
    if (!group) {
      const key = groupingKey(name);
      group = groups.get(key);
      if (!group) groups.set(key, (group = { tally: new Uint32Array(width), total: 0, spellings: new Map() }));
      groupOf.set(name, group);
    }
    group.tally[buckets[i]!]!++;
    group.total++;
    group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
  }
  return [...groups.values()].map((g) => {
    let shown = "";
    let most = 0;
    for (const [spelling, n] of g.spellings) if (n > most) [shown, most] = [spelling, n];
    return { name: shown, counts: countsOf(g.tally, index), total: g.total };
  });
}
