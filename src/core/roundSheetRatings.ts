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
import { renamedReviews } from "./renamedReviews";

/** An action as each round's sheet writes it: its number and wording. */
const actionKey = (a: Action) => `${a.ref}\u0001${a.recommendation}\u0001${a.actions}`;

/**
 * The rating the round before gave each action: by review and wording where both sheets name reviews
 * (reviews on one template hold the same standard actions, each rated its own way), a review renamed
 * since (a real name given its pseudonym) taken for the one it was (renamedReviews.ts), and a review
 * new since taking no other's rating; else by wording, where that names one rating.
 */
function earlierRatings(latest: Tracker, before: Tracker): (a: Action) => RagEntry | undefined {
  const byReview = latest.columns.review !== undefined && before.columns.review !== undefined;
  const reviewed = new Map<string, RagEntry>();
  const worded = new Map<string, RagEntry | null>();
  for (const a of before.actions) {
    if (a.rating.kind !== "rated") continue;
    const key = actionKey(a);
    if (byReview) {
      reviewed.set(`${groupingKey(a.review)}\u0001${key}`, a.rating.entry);
      continue;
    }
    const other = worded.get(key);
    // One wording rated two ways (an action written twice): no one rating to take.
    worded.set(key, other === undefined || other === a.rating.entry ? a.rating.entry : null);
  }
  if (!byReview) return (a) => worded.get(actionKey(a)) ?? undefined;
  const renamed = renamedReviews(latest, before);
  return (a) => {
    const review = groupingKey(a.review);
    return reviewed.get(`${renamed.get(review) ?? review}\u0001${actionKey(a)}`);
  };
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
