/**
 * How the ratings of a recorded report look in the pane. A snapshot keeps its own index, so
 * colours come from the snapshot (an index can change between reports); Unrated and Invalid
 * get the same patterns as in the overview. Every swatch sits next to the rating's name.
 */
import type { CSSProperties } from "react";
import type { Snapshot } from "../core/history/snapshot";
import type { TrendPoint } from "../core/history/trend";
import { ratingColour } from "../core/history/ratingColour";
import { INVALID, UNRATED } from "../core/grouping";
import { INVALID_STYLE, UNRATED_STYLE } from "./ratingLooks";

export function snapshotLook(snapshot: Snapshot | undefined, rating: string): CSSProperties {
  if (rating === UNRATED) return UNRATED_STYLE;
  if (rating === INVALID) return INVALID_STYLE;
  return { backgroundColor: ratingColour(snapshot, rating).fill };
}

/** The ratings a point counts, in trend order, leaving out the ones at zero. */
export function pointCounts(point: TrendPoint, ratings: string[]): { rating: string; count: number }[] {
  return ratings.map((rating) => ({ rating, count: point.counts[rating] ?? 0 })).filter((c) => c.count > 0);
}
