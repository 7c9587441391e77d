/**
 * The one line a user sees after a one-click command: "173 actions in 5 reviews; 1 invalid
 * rating, 1 missing rating, 18 stale, 38 overdue." (missing ratings only where there are some).
 */
import type { Analysis } from "./model";
import { plural } from "./sentences";
import { ratingProblemCounts } from "./findings";
import { notJudged, notJudgedSentence } from "./notJudged";

export function outcomeMessage(analysis: Analysis): string {
  const { invalid, unrated } = ratingProblemCounts(analysis.findings);
  const problems = [
    plural(invalid, "invalid rating"),
    ...(unrated > 0 ? [plural(unrated, "missing rating")] : []),
    `${analysis.stale.length} stale`,
    `${analysis.overdue.length} overdue`,
  ];
  // "0 stale" on a sheet with no last-updated column means not judged, and is said so.
  const unjudged = notJudged(analysis.trackers).map(notJudgedSentence);
  return [`${plural(analysis.actions.length, "action")} in ${plural(analysis.byReview.length, "review")}; ${problems.join(", ")}.`, ...unjudged].join(" ");
}
