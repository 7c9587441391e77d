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

/**
 * An action as each round's sheet writes it: its number and wording, and its review where both
 * sheets name reviews (reviews on one template hold the same standard actions, each rated its own way).
 */
const actionKey = (a: Action, byReview: boolean) => `${byReview ? groupingKey(a.review) : ""}\u0001${a.ref}\u0001${a.recommendation}\u0001${a.actions}`;

/** Says what the round before rated the actions the latest round has not, and marks those it rated complete (Action.completeLastRound). */
export function roundSheetRatingsFinding(latest: Tracker, before: Tracker, index: RagIndex): Finding | undefined {
  const byReview = latest.columns.review !== undefined && before.columns.review !== undefined;
  const rated = new Map<string, RagEntry>();
  for (const a of before.actions) if (a.rating.kind === "rated") rated.set(actionKey(a, byReview), a.rating.entry);
  const unrated = latest.actions.filter((a) => a.rating.kind === "unrated");
  const counts: Record<string, number> = {};
  let found = 0;
  let closed = 0;
  for (const a of unrated) {
    const entry = rated.get(actionKey(a, byReview));
    if (entry === undefined) continue;
    counts[entry.name] = (counts[entry.name] ?? 0) + 1;
    found++;
    if (entry.complete) {
      a.completeLastRound = true;
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
