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
  const groups = new Map<string, Group>();
  // One lookup per action: each spelling knows its group and how often it is used.
  const spellings = new Map<string, { group: Group; uses: number }>();
  for (let i = 0; i < actions.length; i++) {
    const name = nameOf(actions[i]!) || emptyName;
    let spelling = spellings.get(name);
    if (!spelling) {
      const key = groupingKey(name);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { tally: new Uint32Array(width), total: 0, shown: name, shownUses: 0 }));
      spellings.set(name, (spelling = { group, uses: 0 }));
    }
    spelling.uses++;
    spelling.group.tally[buckets[i]!]!++;
    spelling.group.total++;
  }
  // Spellings in order of first appearance, so a tie goes to the first.
  for (const [name, { group, uses }] of spellings) {
    if (uses > group.shownUses) [group.shown, group.shownUses] = [name, uses];
  }
  return [...groups.values()].map((g) => ({ name: g.shown, counts: countsOf(g.tally, index), total: g.total }));
}

interface Group {
  tally: Uint32Array;
  total: number;
  /** The spelling most of the group's actions use. */
  shown: string;
  shownUses: number;
}
