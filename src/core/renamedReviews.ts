/**
 * A review renamed between two rounds of one plan, each kept on a sheet of its own: a real name
 * given its pseudonym as the plan is copied forward to the new quarter's tab (docs/reading-workbooks.md, rounds).
 * Each review of `later` that `earlier` does not name is taken for the review gone from `earlier`
 * that shares most of its actions' wording, where one alone does. Where the gone reviews have actions
 * of their own (worded as no other review's), only those count: reviews on one template share its
 * standard actions, so a new review on it, added as a closed one is taken off, is no renamed one.
 */
import type { Action, Tracker } from "./model";
import { groupingKey } from "./text";

/** What an action says, whatever its number: a round may renumber its actions. */
export const wordingOf = (a: Action) => `${a.recommendation}\u0001${a.actions}`;

/** Each review's actions by wording, keyed by the review's grouping key. */
function wordingsByReview(t: Tracker): Map<string, Set<string>> {
  const reviews = new Map<string, Set<string>>();
  for (const a of t.actions) {
    const review = groupingKey(a.review);
    let wordings = reviews.get(review);
    if (!wordings) reviews.set(review, (wordings = new Set()));
    wordings.add(wordingOf(a));
  }
  return reviews;
}

/** The wordings of `t` that one review alone holds: reviews' own actions, not a template's standard ones. */
export function ownWordings(t: Tracker): Set<string> {
  const reviewsOf = new Map<string, number>();
  for (const wordings of wordingsByReview(t).values()) for (const w of wordings) reviewsOf.set(w, (reviewsOf.get(w) ?? 0) + 1);
  return new Set([...reviewsOf].filter(([, n]) => n === 1).map(([w]) => w));
}

/** `later`'s renamed reviews to the names `earlier` gave them, both as grouping keys. */
export function renamedReviews(later: Tracker, earlier: Tracker): Map<string, string> {
  const renamed = new Map<string, string>();
  const now = wordingsByReview(later);
  const then = wordingsByReview(earlier);
  const gone = [...then].filter(([review]) => !now.has(review));
  if (gone.length === 0) return renamed;
  const own = ownWordings(earlier);
  const ownActions = gone.some(([, oldWordings]) => [...oldWordings].some((w) => own.has(w)));
  const counts = (w: string) => !ownActions || own.has(w);
  for (const [review, wordings] of now) {
    if (then.has(review)) continue;
    const shared = gone.map(([old, oldWordings]) => ({ old, n: [...wordings].filter((w) => counts(w) && oldWordings.has(w)).length })).sort((x, y) => y.n - x.n);
    if (shared[0]!.n > 0 && (shared.length === 1 || shared[1]!.n < shared[0]!.n)) renamed.set(review, shared[0]!.old);
  }
  return renamed;
}
