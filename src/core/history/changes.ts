/** What changed between two snapshots (or the last one and now), counted and listed. */
import type { Snapshot, SnapshotAction } from "./snapshot";
import { matchActions } from "./matching";
import { groupingKey } from "../text";

export type Direction = "improved" | "worsened" | "changed";

export interface RatingMove {
  before: SnapshotAction;
  after: SnapshotAction;
  direction: Direction;
}

export interface ChangeCount {
  name: string;
  improved: number;
  worsened: number;
  added: number;
  removed: number;
  noProgress: number;
  newlyStale: number;
  newlyOverdue: number;
}

export interface Changes {
  from: string;
  to: string;
  moves: RatingMove[];
  added: SnapshotAction[];
  removed: SnapshotAction[];
  /** Every matched action that differs in any stored field, as it is now. */
  modified: { beforeId: string; after: SnapshotAction }[];
  /** Not complete, and the response text is the same as at the earlier report. */
  noProgress: SnapshotAction[];
  newlyStale: SnapshotAction[];
  newlyOverdue: SnapshotAction[];
  byReview: ChangeCount[];
  byCategory: ChangeCount[];
}

/** Index order runs from best to worst (Blue, Green, Amber, Red); unrated and invalid have no place. */
function direction(index: Snapshot["index"], from: string, to: string): Direction {
  const rank = (name: string) => index.findIndex((e) => e.name === name);
  const a = rank(from);
  const b = rank(to);
  if (a < 0 || b < 0) return "changed";
  return b < a ? "improved" : "worsened";
}

const FIELDS: (keyof SnapshotAction)[] = ["id", "sheet", "row", "review", "ref", "category", "rating", "complete", "due", "updated", "stale", "overdue", "response", "text", "title"];

function differs(a: SnapshotAction, b: SnapshotAction): boolean {
  return FIELDS.some((f) => a[f] !== b[f]);
}

export function compareSnapshots(older: Snapshot, newer: Snapshot, toLabel = newer.date): Changes {
  const { pairs, added, removed } = matchActions(older.actions, newer.actions);
  const moves: RatingMove[] = [];
  const modified: Changes["modified"] = [];
  const noProgress: SnapshotAction[] = [];
  const newlyStale: SnapshotAction[] = [...added.filter((a) => a.stale)];
  const newlyOverdue: SnapshotAction[] = [...added.filter((a) => a.overdue)];
  for (const { before, after } of pairs) {
    if (before.rating !== after.rating) moves.push({ before, after, direction: direction(newer.index, before.rating, after.rating) });
    if (differs(before, after)) modified.push({ beforeId: before.id, after });
    if (!after.complete && before.response === after.response) noProgress.push(after);
    if (after.stale && !before.stale) newlyStale.push(after);
    if (after.overdue && !before.overdue) newlyOverdue.push(after);
  }
  const changes = { from: older.date, to: toLabel, moves, added, removed, modified, noProgress, newlyStale, newlyOverdue };
  return {
    ...changes,
    byReview: countChanges(changes, (a) => a.review),
    byCategory: countChanges(changes, (a) => a.category),
  };
}

function countChanges(c: Omit<Changes, "byReview" | "byCategory">, nameOf: (a: SnapshotAction) => string): ChangeCount[] {
  const groups = new Map<string, ChangeCount>();
  const bump = (a: SnapshotAction, field: Exclude<keyof ChangeCount, "name">) => {
    const name = nameOf(a) || "(none)";
    const key = groupingKey(name);
    const g = groups.get(key) ?? { name, improved: 0, worsened: 0, added: 0, removed: 0, noProgress: 0, newlyStale: 0, newlyOverdue: 0 };
    g[field]++;
    groups.set(key, g);
  };
  for (const m of c.moves) if (m.direction !== "changed") bump(m.after, m.direction);
  for (const a of c.added) bump(a, "added");
  for (const a of c.removed) bump(a, "removed");
  for (const a of c.noProgress) bump(a, "noProgress");
  for (const a of c.newlyStale) bump(a, "newlyStale");
  for (const a of c.newlyOverdue) bump(a, "newlyOverdue");
  return [...groups.values()];
}

