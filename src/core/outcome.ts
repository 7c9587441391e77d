/**
 * The one line a user sees after a one-click command: "173 actions in 5 reviews; 1 invalid
 * rating, 1 missing rating, 18 stale (127 not checked: no last-updated column), 38 overdue (26 not
 * checked: no time-scale column)." ("no due dates" where a time-scale column gives none.) Missing ratings, and ratings given by colour alone, only where
 * there are some; actions on sheets without the date column to check by, only where there are
 * some: "0 stale" alone would read as none.
 */
import type { Analysis } from "./model";
import { countText, plural } from "./sentences";
import { ratingProblemCounts } from "./findings";
import { notJudged, type NotJudged } from "./notJudged";
import { countingNotes } from "./countingNotes";

/** `withStatusColumns`: false where the findings printed above already lead with the sentence on a column of statuses. */
export function outcomeMessage(analysis: Analysis, withStatusColumns = true): string {
  const { invalid, unrated, colourOnly } = ratingProblemCounts(analysis.findings);
  const sheets = notJudged(analysis.trackers);
  const unjudged = (lacks: (n: NotJudged) => boolean, why: string): string => {
    const count = sheets.reduce((sum, n) => sum + (lacks(n) ? n.actions : 0), 0);
    return count > 0 ? ` (${countText(count)} not checked: ${why})` : "";
  };
  // A time-scale column of "As per meeting cycle" throughout gives no date: "no time-scale column" would not be true of it.
  const noDueWhy = sheets.some((n) => n.overdue && n.timeScale) ? "no due dates" : "no time-scale column";
  // A last-updated column of =TODAY() gives a date, but not the day of the update.
  const noUpdatedWhy = sheets.some((n) => n.stale && n.updatedByFormula !== undefined) ? "last updated by a formula" : "no last-updated column";
  const problems = [
    plural(invalid, "invalid rating"),
    ...(unrated > 0 ? [plural(unrated, "missing rating")] : []),
    ...(colourOnly > 0 ? [`${countText(colourOnly)} given by colour alone`] : []),
    `${countText(analysis.stale.length)} stale${unjudged((n) => n.stale, noUpdatedWhy)}`,
    `${countText(analysis.overdue.length)} overdue${unjudged((n) => n.overdue, noDueWhy)}`,
  ];
  const counts = `${plural(analysis.actions.length, "action")} in ${plural(analysis.byReview.length, "review")}; ${problems.join(", ")}.`;
  // A column of statuses explains the invalid ratings that follow, so it leads.
  const statusColumns = withStatusColumns ? analysis.findings.filter((f) => f.code === "rating-column-statuses").map((f) => f.message) : [];
  return [...statusColumns, counts, ...countingNotes(analysis.findings)].join(" ");
}
