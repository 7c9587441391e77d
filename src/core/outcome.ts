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
  /** " (6 not checked: 4 last updated by a formula, 2 with no last-updated column)": each reason with its own count, as sheets differ. */
  const unjudged = (reasons: [why: string, lacks: (n: NotJudged) => boolean][]): string => {
    const counted = reasons.flatMap(([why, lacks]) => {
      const count = sheets.reduce((sum, n) => sum + (lacks(n) ? n.actions : 0), 0);
      return count > 0 ? [{ why, count }] : [];
    });
    if (counted.length === 0) return "";
    if (counted.length === 1) return ` (${countText(counted[0]!.count)} not checked: ${counted[0]!.why})`;
    const total = counted.reduce((sum, c) => sum + c.count, 0);
    return ` (${countText(total)} not checked: ${counted.map((c) => `${countText(c.count)} ${c.why.startsWith("no ") ? `with ${c.why}` : c.why}`).join(", ")})`;
  };
  const problems = [
    // Both always said, so a reader is told of each; one clause where neither has any.
    ...(invalid + unrated === 0 ? ["0 invalid or missing ratings"] : [plural(invalid, "invalid rating"), plural(unrated, "missing rating")]),
    ...(colourOnly > 0 ? [`${countText(colourOnly)} given by colour alone`] : []),
    // A last-updated column of =TODAY() gives a date, but not the day of the update.
    `${countText(analysis.stale.length)} stale${unjudged([
      ["last updated by a formula", (n) => n.stale && n.updatedByFormula !== undefined],
      ["no last-updated column", (n) => n.stale && n.updatedByFormula === undefined],
    ])}`,
    // A time-scale column of "As per meeting cycle" throughout gives no date: "no time-scale column" would not be true of it.
    `${countText(analysis.overdue.length)} overdue${unjudged([
      ["no due dates", (n) => n.overdue && n.timeScale && !n.unread],
      ["no time-scale column", (n) => n.overdue && !n.timeScale],
      ["time scale not read", (n) => n.overdue && n.unread === true],
    ])}`,
  ];
  const counts = `${plural(analysis.actions.length, "action")} in ${plural(analysis.byReview.length, "review")}; ${problems.join(", ")}.`;
  // A column of statuses explains the invalid ratings that follow, so it leads.
  const statusColumns = withStatusColumns ? analysis.findings.filter((f) => f.code === "rating-column-statuses").map((f) => f.message) : [];
  return [...statusColumns, counts, ...countingNotes(analysis.findings)].join(" ");
}
