/** The sentence a one-click command shows when it has finished. */
import type { Analysis } from "../core/model";
import { plural } from "../core/sentences";
import { ratingProblemCounts } from "../core/findings";

export function checkRatingsMessage(analysis: Analysis): string {
  const { invalid, unrated } = ratingProblemCounts(analysis.findings);
  if (invalid + unrated === 0) return `Every one of the ${plural(analysis.actions.length, "action")} has a rating from the RAG index; nothing needed highlighting.`;
  const parts = [...(invalid > 0 ? [plural(invalid, "invalid rating")] : []), ...(unrated > 0 ? [plural(unrated, "missing rating")] : [])];
  // The highlight's formula reads the cell, so it goes by itself once the rating is corrected.
  return `Highlighted ${parts.join(" and ")} in place; each highlight goes as soon as its rating is corrected.`;
}
