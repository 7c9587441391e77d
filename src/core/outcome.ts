/** The one line a user sees after a one-click command: "83 actions in 6 reviews; 3 invalid ratings, 7 stale". */
import type { Analysis } from "./model";
import { plural } from "./sentences";

export function outcomeMessage(analysis: Analysis): string {
  const invalid = analysis.findings.filter((f) => f.code === "rating-invalid").length;
  const unrated = analysis.findings.filter((f) => f.code === "rating-unrated").length;
  const problems = [
    plural(invalid, "invalid rating"),
    ...(unrated > 0 ? [plural(unrated, "missing rating")] : []),
    `${analysis.stale.length} stale`,
    `${analysis.overdue.length} overdue`,
  ];
  return `${plural(analysis.actions.length, "action")} in ${plural(analysis.byReview.length, "review")}; ${problems.join(", ")}.`;
}
