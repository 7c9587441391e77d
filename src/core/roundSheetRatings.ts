/**
 * A sheet per round (repeatedTrackers.ts): the latest rated round is counted while it is being filled
 * in, so an action copied forward and not yet rated there is counted as unrated. What the round before
 * rated such actions is said, once for the sheet, as for a rating column per round
 * (earlierRoundRatings.ts), so "8 unrated" is not taken for 8 actions nobody rated; those it rated
 * complete are not chased as stale or overdue meanwhile.
 */
import { columnLetter } from "./cells";
import type { Finding } from "./findings";
import type { Action, Tracker } from "./model";
import type { RagEntry, RagIndex } from "./ragIndex";
import { notChasedWords } from "./earlierRoundRatings";
import { countText, countsInWords } from "./sentences";
import { groupingKey } from "./text";

/** An action as each round's sheet writes it: its number and wording. */
const actionKey = (a: Action) => `${a.ref}\u0001${a.recommendation}\u0001${a.actions}`;

/**
 * The rating the round before gave each action: by review and wording where both sheets name reviews
 * (reviews on one template hold the same standard actions, each rated its own way), a review renamed
 * since (a real name given its pseudonym) taken for the review gone from the round before that shares
 * most of its actions; else by wording, where that names one rating.
 */
function earlierRatings(latest: Tracker, before: Tracker): (a: Action) => RagEntry | undefined {
  const byReview = latest.columns.review !== undefined && before.columns.review !== undefined;
  const reviewed = new Map<string, RagEntry>();
  const worded = new Map<string, RagEntry | null>();
  for (const a of before.actions) {
    if (a.rating.kind !== "rated") continue;
    const key = actionKey(a);
    if (byReview) reviewed.set(`${groupingKey(a.review)}\u0001${key}`, a.rating.entry);
    const other = worded.get(key);
    // Two ratings of one wording (two reviews' standard action): no one rating to take.
    worded.set(key, other === undefined || other === a.rating.entry ? a.rating.entry : null);
  }
  const renamed = byReview ? renamedReviews(latest, before) : new Map<string, string>();
  return (a) => {
    const review = groupingKey(a.review);
    const rated = byReview ? reviewed.get(`${renamed.get(review) ?? review}\u0001${actionKey(a)}`) : undefined;
    return rated ?? worded.get(actionKey(a)) ?? undefined;
  };
}

/** Each review of `latest` not in `before`, to the review gone from `before` that shares most of its actions (one alone). */
function renamedReviews(latest: Tracker, before: Tracker): Map<string, string> {
  const keysOf = (t: Tracker) => {
    const reviews = new Map<string, Set<string>>();
    for (const a of t.actions) {
      const review = groupingKey(a.review);
      let keys = reviews.get(review);
      if (!keys) reviews.set(review, (keys = new Set()));
      keys.add(actionKey(a));
    }
    return reviews;
  };
  const now = keysOf(latest);
  const then = keysOf(before);
  const gone = [...then].filter(([review]) => !now.has(review));
  const renamed = new Map<string, string>();
  for (const [review, keys] of now) {
    if (then.has(review)) continue;
    const shared = gone.map(([old, oldKeys]) => ({ old, n: [...keys].filter((k) => oldKeys.has(k)).length })).sort((x, y) => y.n - x.n);
    if (shared.length > 0 && shared[0]!.n > 0 && (shared.length === 1 || shared[1]!.n < shared[0]!.n)) renamed.set(review, shared[0]!.old);
  }
  return renamed;
}

/** Says what the round before rated the actions the latest round has not, and marks those it rated complete (Action.completeLastRound). */
export function roundSheetRatingsFinding(latest: Tracker, before: Tracker, index: RagIndex): Finding | undefined {
  const ratedBefore = earlierRatings(latest, before);
  const unrated = latest.actions.filter((a) => a.rating.kind === "unrated");
  const counts: Record<string, number> = {};
  let found = 0;
  let closed = 0;
  for (const a of unrated) {
    const entry = ratedBefore(a);
    if (entry === undefined) continue;
    counts[entry.name] = (counts[entry.name] ?? 0) + 1;
    found++;
    if (entry.complete) {
      a.completeLastRound = entry.name;
      closed++;
    }
  }
  if (found === 0) return undefined;
  const one = unrated.length === 1;
  const total = latest.actions.length;
  const howMany = unrated.length === total ? (one ? "the 1 action has" : `all ${countText(total)} actions have`) : `${countText(unrated.length)} of the ${countText(total)} actions ${one ? "has" : "have"}`;
  const them = found === unrated.length ? (one ? "it" : "them") : `${countText(found)} of them`;
  const column = latest.columns.rating;
  return {
    sheet: latest.sheet,
    row: latest.headerRow,
    ...(column === undefined ? {} : { column: columnLetter(column) }),
    code: "rating-earlier-round",
    severity: "warning",
    message: `Sheet "${latest.sheet}" is the latest round with ratings in it, and ${howMany} no rating in it yet, so ${one ? "is" : "are"} counted as unrated, though sheet "${before.sheet}", the round before, rated ${them} ${found === 1 ? Object.keys(counts)[0]!.toLowerCase() : countsInWords(counts, index.entries.map((e) => e.name))}${notChasedWords(closed, index)}.`,
  };
}
