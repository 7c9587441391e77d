/**
 * The one line a user sees after a one-click command: "173 actions in 5 reviews; 1 invalid
 * rating, 1 missing rating, 18 stale (127 not judged), 38 overdue (26 not judged)." (missing
 * ratings, and ratings given by colour alone, only where there are some; actions not judged, on sheets without the date column to
 * judge by, only where there are some: "0 stale" alone would read as none).
 */
import type { Analysis } from "./model";
import { plural } from "./sentences";
import { ratingProblemCounts } from "./findings";
import { notJudged, type NotJudged } from "./notJudged";

export function outcomeMessage(analysis: Analysis): string {
  const { invalid, unrated, colourOnly } = ratingProblemCounts(analysis.findings);
  const sheets = notJudged(analysis.trackers);
  const unjudged = (lacks: (n: NotJudged) => boolean): string => {
    const count = sheets.reduce((sum, n) => sum + (lacks(n) ? n.actions : 0), 0);
    return count > 0 ? ` (${count} not judged)` : "";
  };
  const problems = [
    plural(invalid, "invalid rating"),
    ...(unrated > 0 ? [plural(unrated, "missing rating")] : []),
    ...(colourOnly > 0 ? [`${colourOnly} given by colour alone`] : []),
    `${analysis.stale.length} stale${unjudged((n) => n.stale)}`,
    `${analysis.overdue.length} overdue${unjudged((n) => n.overdue)}`,
  ];
  return `${plural(analysis.actions.length, "action")} in ${plural(analysis.byReview.length, "review")}; ${problems.join(", ")}.`;
}
