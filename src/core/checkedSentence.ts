/** What Check ratings highlighted, said alike by the task pane and the ribbon command. */
import type { Analysis } from "./model";
import { ratingProblemCounts } from "./findings";
import { listInWords, plural } from "./sentences";

/** "Highlighted 1 invalid rating and 2 missing ratings.", noughts left out; or that every rating is valid. */
export function checkedSentence(analysis: Pick<Analysis, "findings" | "actions">): string {
  const { invalid, unrated: missing } = ratingProblemCounts(analysis.findings);
  const ratings = analysis.actions.length;
  if (invalid + missing === 0) {
    if (ratings === 0) return "There is no rating to check, so nothing needed highlighting.";
    if (ratings === 1) return "The rating is valid, so nothing needed highlighting.";
    return `All ${ratings} ratings are valid, so nothing needed highlighting.`;
  }
  const parts = [...(invalid > 0 ? [plural(invalid, "invalid rating")] : []), ...(missing > 0 ? [plural(missing, "missing rating")] : [])];
  return `Highlighted ${listInWords(parts)}.`;
}
