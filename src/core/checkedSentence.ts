/** What Check ratings highlighted, said alike by the task pane and the ribbon command. */
import type { Analysis } from "./model";
import { ratingProblemCounts } from "./findings";
import { countText, listInWords, plural } from "./sentences";

/**
 * "Highlighted 1 invalid rating and 2 missing ratings.", noughts left out; or that every rating is
 * valid. `afterHighlighted` ends the sentence saying what was highlighted, where something was
 * (" in place; each highlight goes …"), before any sentence on ratings given by colour alone.
 */
export function checkedSentence(analysis: Pick<Analysis, "findings" | "actions">, afterHighlighted = ""): string {
  const { invalid, unrated: missing, colourOnly } = ratingProblemCounts(analysis.findings);
  return highlighted(invalid, missing, analysis.actions.length, afterHighlighted) + colourNote(colourOnly, analysis.findings);
}

/**
 * Ratings given by colour alone, with the way to type them: those of the round read, counted by their
 * colour, so neither invalid nor missing; and those of earlier rounds' columns, said but not counted,
 * which Fix ratings types too. "" where there are none.
 */
function colourNote(colourOnly: number, findings: Analysis["findings"]): string {
  const earlier = findings.filter((f) => f.code === "rating-earlier-colour-only");
  if (colourOnly + earlier.length === 0) return "";
  const them = colourOnly + earlier.length === 1 ? "it" : "them";
  const columns = new Set(earlier.map((f) => `${f.column}\u0000${f.sheet}`)).size;
  const where = columns === 1 ? "an earlier round's column" : "earlier rounds' columns";
  if (earlier.length === 0) return ` ${colourOnly === 1 ? "1 rating is" : `${countText(colourOnly)} ratings are`} given by colour alone, with no word typed; Fix ratings types ${them}.`;
  if (colourOnly === 0) return ` ${earlier.length === 1 ? "1 rating" : `${countText(earlier.length)} ratings`} in ${where} ${earlier.length === 1 ? "is" : "are"} given by colour alone, with no word typed (not counted); Fix ratings types ${them}.`;
  return ` ${colourOnly === 1 ? "1 rating is" : `${countText(colourOnly)} ratings are`} given by colour alone, with no word typed, as ${earlier.length === 1 ? "is" : "are"} ${countText(earlier.length)} in ${where} (not counted); Fix ratings types ${them}.`;
}

function highlighted(invalid: number, missing: number, ratings: number, after: string): string {
  if (invalid + missing === 0) {
    if (ratings === 0) return "There is no rating to check, so nothing needed highlighting.";
    if (ratings === 1) return "The rating is valid, so nothing needed highlighting.";
    return `All ${countText(ratings)} ratings are valid, so nothing needed highlighting.`;
  }
  const parts = [...(invalid > 0 ? [plural(invalid, "invalid rating")] : []), ...(missing > 0 ? [plural(missing, "missing rating")] : [])];
  return `Highlighted ${listInWords(parts)}${after}.`;
}
