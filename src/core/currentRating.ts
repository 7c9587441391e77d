/**
 * Which of several rating columns holds the rating now. Delivery plans keep a "Target RAG" or
 * "Forecast RAG" beside the current one, and trackers last quarter's rating: such a header says
 * its column is not the current rating, so it gives way to a plain or "Current" one, wherever it stands.
 */
import { columnLetter } from "./cells";
import type { Finding } from "./findings";
import { namesEarlierRound, type RoundColumn } from "./roundColumns";
import { headerKey } from "./text";

/**
 * How a rating header stands: "aimed", a rating aimed at or foreseen ("Target RAG", "Forecast RAG");
 * "earlier", an earlier round's ("Previous RAG", "Baseline RAG", "Last quarter's RAG"); "current",
 * a plain or current one ("RAG", "Current RAG", "Latest RAG", "RAG now").
 */
export type RatingStanding = "aimed" | "earlier" | "current";

const RANK: Record<RatingStanding, number> = { aimed: 0, earlier: 1, current: 2 };

// A rating aimed at or foreseen, not the one given now.
const AIMED = /\b(target|targets|targeted|forecast|forecasted|expected|planned|projected|predicted|anticipated|aim|aimed|goal|desired|intended|ambition)\b/;
// "RAG against target", "RAG vs plan", "RAG against planned timescale": the current rating, measured against the aim.
const MEASURED_AGAINST = /\b(against|vs|versus|to|towards?) (the )?((planned|agreed|original|target) )?(target|targets|plan|forecast|goal|aim|time ?scales?|dates?|milestones?|trajectory)\b/;

export function ratingStanding(header: string): RatingStanding {
  const key = headerKey(header);
  if (AIMED.test(key) && !MEASURED_AGAINST.test(key)) return "aimed";
  if (namesEarlierRound(key)) return "earlier";
  return "current";
}

/** Whether a rating header is likelier than another to hold the rating now. */
export function outranksRating(header: string, other: string): boolean {
  return RANK[ratingStanding(header)] > RANK[ratingStanding(other)];
}

/**
 * Said of a rating column passed over for the current one, where the header row is: which column
 * is read, and why. A warning: a team that keeps its current ratings under such a header must say so.
 */
export function passedOverRatingFinding(sheet: string, headerRow: number, passed: RoundColumn, read: RoundColumn): Finding {
  const letter = columnLetter(passed.column);
  const kind = ratingStanding(passed.header) === "aimed" ? "a target or forecast rating" : "an earlier round's rating";
  return {
    sheet,
    row: headerRow,
    column: letter,
    code: "duplicate-column",
    severity: "warning",
    value: passed.header,
    message: `Column ${letter} ("${passed.header}") reads as ${kind}, not the current one, so column ${columnLetter(read.column)} ("${read.header}") is read as the RAG rating column; if column ${letter} holds the current ratings, choose it under Column overrides in the task pane's settings.`,
  };
}
