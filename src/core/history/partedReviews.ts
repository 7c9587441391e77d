/**
 * Actions now under another review that no rename explains. A review whose actions are mostly under
 * one new name was renamed (matching.ts, pass 6); but a review parted among several new ones ("Sam
 * and Kyle" into "Sam" and "Kyle") was split, and one whose actions all went to a sheet that names no
 * review for them (closed actions moved to "Completed actions") was moved, not renamed: each is said
 * for what it is, and followed in RAG History as the reviews the reports name. An action whose review
 * cell alone changed (pass 7) is moved too. "Changes by review" counts every such action as removed
 * from the review it was under and new to the one it is under now, so each review's count at the
 * earlier report, plus its new, less its removed, is its count at the later one.
 */
import type { SnapshotAction } from "./snapshot";
import type { ReviewNamedOnSheet } from "./matching";
import { backOnOwnTab } from "./roundTabsNamed";

export interface ReviewSplit {
  /** The review as the earlier report names it. */
  from: string;
  /** The new reviews its actions are under now, in the order first met. */
  to: string[];
}

export interface ReviewMovedToSheet {
  /** The review as the earlier report names it. */
  from: string;
  /** The sheet its actions are on now, which names no review for them: they are counted under its name. */
  sheet: string;
}

interface Review {
  review: string;
  sheet: string;
}

type Pair = { before: SnapshotAction; after: Review };
type Rename = { from: string; to: string };

/**
 * Of the reviews found renamed (most of their actions under one new name), those that were split or
 * moved to a sheet without a review are taken out and said as such; the rest stay renamed.
 */
export function partedReviews(
  pairs: readonly Pair[],
  renamedOrParted: readonly Rename[],
  namedOnSheet: readonly ReviewNamedOnSheet[],
  sizeThen: Map<string, number>,
  sizeNow: Map<string, number>,
  keyOf: (name: string) => string,
): { renamed: Rename[]; split: ReviewSplit[]; movedToSheet: ReviewMovedToSheet[] } {
  // Parted among the reviews a sheet's band rows name: said by namedOnSheet already.
  const banded = new Set(namedOnSheet.map((n) => keyOf(n.from)));
  const targets = new Map<string, { from: string; to: Map<string, { name: string; actions: number }> }>();
  for (const { before: b, after: a } of pairs) {
    const from = keyOf(b.review);
    if (sizeNow.has(from) || banded.has(from) || from === keyOf(a.review)) continue;
    const entry = targets.get(from) ?? { from: b.review, to: new Map<string, { name: string; actions: number }>() };
    const part = entry.to.get(keyOf(a.review)) ?? { name: a.review, actions: 0 };
    part.actions++;
    entry.to.set(keyOf(a.review), part);
    targets.set(from, entry);
  }
  // Every part new: a review that sent one action to a review already there and the rest to a new name was renamed.
  // One part holding most of its actions beside single rows is a rename with rows mistyped ("Chld Leo" beside
  // "Child Leo"): those rows are said moved, one by one, and the review keeps its history under its new name.
  const split = [...targets.values()]
    .filter((t) => t.to.size >= 2 && [...t.to.keys()].every((k) => !sizeThen.has(k)) && !renamedWithStrayRows([...t.to.values()].map((p) => p.actions)))
    .map((t) => ({ from: t.from, to: [...t.to.values()].map((p) => p.name) }));
  const splitKeys = new Set(split.map((s) => keyOf(s.from)));
  const movedToSheet: ReviewMovedToSheet[] = [];
  const renamed: Rename[] = [];
  for (const r of renamedOrParted) {
    if (splitKeys.has(keyOf(r.from))) continue;
    const moved = pairs.filter((p) => keyOf(p.before.review) === keyOf(r.from) && keyOf(p.after.review) === keyOf(r.to));
    // A review named in a Review column then, under its sheet's name now on another sheet: its actions moved there.
    // A review named after its sheet then (a tab renamed) is a rename; so is a plan counted under the name its round tabs
    // shared, back on its own tab as the later round's is deleted.
    const toSheet = moved.every(
      (p) => p.before.sheet !== p.after.sheet && keyOf(p.after.review) === keyOf(p.after.sheet) && keyOf(p.before.review) !== keyOf(p.before.sheet) && !backOnOwnTab(p.before, p.after),
    );
    if (moved.length > 0 && toSheet) movedToSheet.push({ from: r.from, sheet: moved[0]!.after.sheet });
    else renamed.push(r);
  }
  return { renamed, split, movedToSheet };
}

/** One part holds more than half the actions and every other part a single one: mistyped rows, not a split. */
function renamedWithStrayRows(partSizes: number[]): boolean {
  const largest = Math.max(...partSizes);
  const total = partSizes.reduce((sum, n) => sum + n, 0);
  return largest * 2 > total && partSizes.filter((n) => n !== largest).every((n) => n === 1) && partSizes.filter((n) => n === largest).length === 1;
}

/** An action moved between reviews; `toNewReview`: the review it is under now is not in the earlier report (a typo's mark). */
export interface MovedBetweenReviews {
  before: SnapshotAction;
  after: SnapshotAction;
  toNewReview: boolean;
}

/**
 * The pairs whose review differs, where no rename explains it and no band row on the sheet does:
 * moved from one review to another (a review split, moved to a sheet, or one cell changed).
 * `actionsThen`: the earlier report's actions, to tell a review new since.
 */
export function movedBetweenReviews(
  pairs: readonly { before: SnapshotAction; after: SnapshotAction }[],
  renamed: readonly Rename[],
  namedOnSheet: readonly ReviewNamedOnSheet[],
  keyOf: (name: string) => string,
  actionsThen: readonly SnapshotAction[],
): MovedBetweenReviews[] {
  // Worked out only where some action moved: most quarters none does.
  let reviewsThen: Set<string> | undefined;
  const wasThere = (review: string) => (reviewsThen ??= new Set(actionsThen.map((x) => keyOf(x.review)))).has(review);
  const renamedTo = new Map(renamed.map((r) => [keyOf(r.from), keyOf(r.to)]));
  const banded = new Set(namedOnSheet.map((n) => keyOf(n.from)));
  const moved: MovedBetweenReviews[] = [];
  for (const { before: b, after: a } of pairs) {
    const [from, to] = [keyOf(b.review), keyOf(a.review)];
    if (from === to || renamedTo.get(from) === to || (banded.has(from) && b.sheet === a.sheet)) continue;
    moved.push({ before: b, after: a, toNewReview: !wasThere(to) });
  }
  return moved;
}

/** A review renamed on all its rows but one or two, as a fill over a filtered list leaves it: the rows still under its old name. */
export interface RenamedButForRows {
  from: string;
  to: string;
  rows: SnapshotAction[];
}

/**
 * Where at least three of a review's actions went to one review new since, and one or two (a third or
 * fewer of as many) stay under its old name on the same sheets and no other action does: most likely a
 * rename that missed those rows, which the notes name for the team to put right.
 */
export function renamedButForRows(moved: readonly MovedBetweenReviews[], actionsNow: readonly SnapshotAction[], keyOf: (name: string) => string): RenamedButForRows[] {
  const groups = new Map<string, { from: string; to: string; sheets: Set<string>; count: number }>();
  for (const { before, after, toNewReview } of moved) {
    if (!toNewReview) continue;
    const key = `${keyOf(before.review)}\u0001${keyOf(after.review)}`;
    const group = groups.get(key) ?? { from: before.review, to: after.review, sheets: new Set<string>(), count: 0 };
    group.sheets.add(after.sheet);
    group.count++;
    groups.set(key, group);
  }
  const found: RenamedButForRows[] = [];
  for (const { from, to, sheets, count } of groups.values()) {
    if (count < 3) continue;
    const rows = actionsNow.filter((a) => keyOf(a.review) === keyOf(from));
    if (rows.length >= 1 && rows.length <= 2 && count >= 3 * rows.length && rows.every((a) => sheets.has(a.sheet))) found.push({ from, to, rows });
  }
  return found;
}
