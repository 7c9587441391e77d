/** The count per rating at each snapshot, in total and per review. */
import type { Snapshot } from "./snapshot";
import { groupingKey } from "../text";

export interface TrendPoint {
  date: string;
  counts: Record<string, number>;
  total: number;
}

export interface Trend {
  /** Rating names in index order (of the newest snapshot), then Unrated and Invalid. */
  ratings: string[];
  totals: TrendPoint[];
  byReview: { name: string; points: TrendPoint[] }[];
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
  const reviews = new Map<string, string>();
  for (const s of snapshots) for (const a of s.actions) if (!reviews.has(groupingKey(a.review))) reviews.set(groupingKey(a.review), a.review);
  return {
    ratings,
    totals: snapshots.map((s) => point(s.date, s.actions, ratings)),
    byReview: [...reviews].map(([key, name]) => ({
      name,
      points: snapshots.map((s) => point(s.date, s.actions.filter((a) => groupingKey(a.review) === key), ratings)),
    })),
  };
}
