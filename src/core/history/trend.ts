/** The count per rating at each snapshot, in total and per review. */
import type { SheetLeftOutReason, Snapshot } from "./snapshot";
import { reviewLineages } from "./reviewLineage";
import { rememberedGroupingKey } from "../text";
import { sheetNameKey } from "../sheetMatch";

export interface TrendPoint {
  date: string;
  counts: Record<string, number>;
  /** 0 in a review's points where the review was not in the plan at that report. */
  total: number;
  /**
   * In a review's points with no action: the review's sheets the report recorded as left out (Snapshot.leftOut),
   * as it named them, and why. The review was not counted there, which is not out of the plan. Its sheets are
   * those it was on when last counted, every report since having left them out; or, before that, when next
   * counted, every report until then having left them out.
   */
  leftOut?: { reason: SheetLeftOutReason; sheets: string[] };
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
    byReview: lines.map((line) => {
      const actionsAt = (i: number) => {
        const key = line.keys[i];
        return key === undefined ? [] : (byKey[i]!.get(key) ?? []);
      };
      const points = snapshots.map((s, i) => point(s.date, actionsAt(i), ratings));
      const sheetsAt = (i: number) => new Set(actionsAt(i).map((a) => sheetNameKey(a.sheet)));
      // Back from each report without the review to the one before that counted it, then forward to the next that did.
      leftOutRuns(points, snapshots, sheetsAt, [...points.keys()]);
      leftOutRuns(points, snapshots, sheetsAt, [...points.keys()].reverse());
      return { name: line.name, points, formerNames: line.formerNames };
    }),
  };
}

/**
 * Puts each dash in `order` (indexes of `points`) down to the review's sheets left out, where it is not
 * yet: the sheets of the point before it in that order that counted the review, carried over the dashes
 * since only while each report left them out. A report that read them without it breaks the run: the review
 * was then not in the plan, and no dash past it is put down to a sheet left out.
 */
function leftOutRuns(points: TrendPoint[], snapshots: Snapshot[], sheetsAt: (i: number) => ReadonlySet<string>, order: number[]): void {
  let sheets: ReadonlySet<string> | undefined;
  for (const i of order) {
    if (points[i]!.total > 0) {
      sheets = sheetsAt(i);
      continue;
    }
    const leftOut = sheets && leftOutOf(snapshots[i]!, sheets);
    if (!leftOut) sheets = undefined;
    else if (!points[i]!.leftOut) points[i] = { ...points[i]!, leftOut };
  }
}

/**
 * Which of a review's sheets (by sheetNameKey: those its actions were on at the nearest report counting it,
 * before or after, every report between having left them out) a report left out, and why; the first reason
 * where they differ. Undefined where it left none of them out: the review is then not in the plan, not left out.
 */
function leftOutOf(s: Snapshot, sheets: ReadonlySet<string>): TrendPoint["leftOut"] {
  const hit = (s.leftOut ?? []).filter((x) => sheets.has(sheetNameKey(x.sheet)));
  const reason = hit[0]?.reason;
  return reason && { reason, sheets: hit.filter((x) => x.reason === reason).map((x) => x.sheet) };
}
