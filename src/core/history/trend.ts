/** The count per rating at each snapshot, in total and per review. */
import type { Snapshot } from "./snapshot";
import { reviewLineages } from "./reviewLineage";
import { rememberedGroupingKey } from "../text";

export interface TrendPoint {
  date: string;
  counts: Record<string, number>;
  /** 0 in a review's points where the review was not in the plan at that report. */
  total: number;
}

export interface ReviewTrend {
  /** As the latest report holding the review spells it. */
  name: string;
  points: TrendPoint[];
  /** Names the review had before it was renamed, each with the date of the last report that used it. */
  formerNames: { name: string; until: string }[];
}

export interface Trend {
  /** Rating names in index order (of the newest snapshot), then Unrated and Invalid. */
  ratings: string[];
  totals: TrendPoint[];
  byReview: ReviewTrend[];
}

function point(date: string, actions: Snapshot["actions"], ratings: string[]): TrendPoint {
  const counts = Object.fromEntries(ratings.map((r) => [r, 0]));
  for (const a of actions) counts[a.rating] = (counts[a.rating] ?? 0) + 1;
  return { date, counts, total: actions.length };
}

export function trend(snapshots: Snapshot[]): Trend {
  const newest = snapshots.at(-1);
  const ratings = [...(newest?.index.map((e) => e.name) ?? []), "Unrated", "Invalid"];
  for (const s of snapshots) for (const a of s.actions) if (!ratings.includes(a.rating)) ratings.splice(ratings.length - 2, 0, a.rating);
  const lines = reviewLineages(snapshots);
  // Each report's actions by review key, in one pass: a review renamed between reports is found under its key of the time.
  const byKey = snapshots.map((s) => {
    const groups = new Map<string, Snapshot["actions"]>();
    const keyOf = rememberedGroupingKey();
    for (const a of s.actions) {
      const key = keyOf(a.review);
      const group = groups.get(key);
      if (group) group.push(a);
      else groups.set(key, [a]);
    }
    return groups;
  });
  return {
    ratings,
    totals: snapshots.map((s) => point(s.date, s.actions, ratings)),
    byReview: lines.map((line) => ({
      name: line.name,
      points: snapshots.map((s, i) => {
        const key = line.keys[i];
        return point(s.date, key === undefined ? [] : (byKey[i]!.get(key) ?? []), ratings);
      }),
      formerNames: line.formerNames,
    })),
  };
}
