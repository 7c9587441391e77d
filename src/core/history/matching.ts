/**
 * Which action now is which action then. In order of trust:
 *  1. the identity carried from the earlier snapshot (same id);
 *  2. the same review and the same wording (a renumbered or moved row);
 *  3. the same review and the same number (reworded, same place in the plan).
 * Anything left is new (now only) or removed (then only).
 */
import type { SnapshotAction } from "./snapshot";

export interface Matched<T> {
  pairs: { before: SnapshotAction; after: T }[];
  added: T[];
  removed: SnapshotAction[];
}

type Candidate = Omit<SnapshotAction, "id"> & { id?: string };

export function matchActions<T extends Candidate>(before: SnapshotAction[], after: T[]): Matched<T> {
  const unmatchedBefore = new Set(before);
  const pairs: Matched<T>["pairs"] = [];
  const rest: T[] = [];

  const byId = new Map(before.map((b) => [b.id, b]));
  for (const a of after) {
    const b = a.id ? byId.get(a.id) : undefined;
    if (b && unmatchedBefore.has(b)) {
      unmatchedBefore.delete(b);
      pairs.push({ before: b, after: a });
    } else rest.push(a);
  }

  const passes: ((x: Candidate) => string | null)[] = [
    (x) => `${x.review.toLowerCase()}\u0001${x.text}`,
    (x) => (x.ref ? `${x.review.toLowerCase()}\u0001${x.ref.toLowerCase()}` : null),
  ];
  let pending = rest;
  for (const keyOf of passes) {
    const pool = new Map<string, SnapshotAction[]>();
    for (const b of unmatchedBefore) {
      const k = keyOf(b);
      if (k !== null) pool.set(k, [...(pool.get(k) ?? []), b]);
    }
    const next: T[] = [];
    for (const a of pending) {
      const k = keyOf(a);
      const b = k === null ? undefined : pool.get(k)?.shift();
      if (b) {
        unmatchedBefore.delete(b);
        pairs.push({ before: b, after: a });
      } else next.push(a);
    }
    pending = next;
  }
  return { pairs, added: pending, removed: [...unmatchedBefore] };
}

/** Gives every action an id: the matched earlier one's, else its number or wording, made unique. */
export function assignIds(previous: SnapshotAction[], current: Omit<SnapshotAction, "id">[]): SnapshotAction[] {
  const { pairs } = matchActions(previous, current);
  const carried = new Map(pairs.map((p) => [p.after, p.before.id]));
  const used = new Set<string>(carried.values());
  return current.map((c) => {
    let id = carried.get(c);
    if (!id) {
      const base = c.ref ? `${c.review}#${c.ref}` : `${c.review}~${c.text.slice(0, 8)}`;
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}(${n})`;
      used.add(id);
    }
    return { id, ...c };
  });
}
