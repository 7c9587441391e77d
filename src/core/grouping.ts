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

export function emptyCounts(index: RagIndex): RatingCounts {
  return Object.fromEntries(countNames(index).map((n) => [n, 0]));
}

export function ratingBucket(action: Action): string {
  if (action.rating.kind === "rated") return action.rating.entry.name;
  return action.rating.kind === "unrated" ? UNRATED : INVALID;
}

export function countActions(name: string, actions: Action[], index: RagIndex): GroupCount {
  const counts = emptyCounts(index);
  for (const a of actions) counts[ratingBucket(a)] = (counts[ratingBucket(a)] ?? 0) + 1;
  return { name, counts, total: actions.length };
}

/**
 * Groups in order of first appearance; names that differ only in case or spacing are one
 * group, shown with the spelling most of its actions use (the first on a tie).
 */
export function groupBy(actions: Action[], index: RagIndex, nameOf: (a: Action) => string, emptyName: string): GroupCount[] {
  const groups = new Map<string, { actions: Action[]; spellings: Map<string, number> }>();
  const keys = new Map<string, string>();
  for (const a of actions) {
    const name = nameOf(a) || emptyName;
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = groupingKey(name)));
    let group = groups.get(key);
    if (!group) {
      group = { actions: [], spellings: new Map() };
      groups.set(key, group);
    }
    group.actions.push(a);
    group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
  }
  return [...groups.values()].map((g) => {
    let shown = "";
    let most = 0;
    for (const [spelling, n] of g.spellings) if (n > most) [shown, most] = [spelling, n];
    return countActions(shown, g.actions, index);
  });
}
