/** What Check ratings highlighted, said alike by the task pane and the ribbon command. */
import type { Analysis } from "./model";
import { ratingProblemCounts } from "./findings";
import { countText, listInWords, plural } from "./sentences";
import { colourOnlyLeft } from "./ratingFixes";
import { summaryOutOfDateNote } from "./summaryOutOfDate";
import { packOutOfDateNote } from "./packOutOfDate";
import { earlierVersionNote } from "./earlierVersionSheets";

/**
 * "Highlighted 1 invalid rating and 2 missing ratings.", noughts left out; or that every rating is
 * valid. `afterHighlighted` ends the sentence saying what was highlighted, where something was
 * (" in place; each highlight goes …"), before any sentence on ratings given by colour alone.
 */
export function checkedSentence(analysis: Pick<Analysis, "findings" | "actions"> & Partial<Pick<Analysis, "trackers">>, afterHighlighted = ""): string {
  const { invalid, unrated: missing, colourOnly } = ratingProblemCounts(analysis.findings);
  // Counted by their colour, so neither invalid nor missing, but no word is typed: said, with the way to type them.
  const left = colourOnly === 0 ? 0 : colourOnlyLeft({ findings: analysis.findings, trackers: analysis.trackers ?? [] }).length;
  const colourNote = colourOnly === 0 ? "" : ` ${colourOnly === 1 ? "1 rating is" : `${countText(colourOnly)} ratings are`} given by colour alone, with no word typed; ${typedByFix(colourOnly, left)}.`;
  // Ratings all valid, and yet the summary or pack the committee will read counts them as they were: said here too, as the ribbon shows nothing else.
  const behind = [
    summaryOutOfDateNote(analysis.findings),
    packOutOfDateNote(analysis.findings),
    earlierVersionNote(analysis.findings, "summary-earlier-version"),
    earlierVersionNote(analysis.findings, "pack-earlier-version"),
  ].filter(Boolean).map((note) => ` ${note}`);
  return highlighted(invalid, missing, analysis.actions.length, afterHighlighted) + colourNote + behind.join("");
}

/** "Fix ratings types them", or how many it leaves: a merged cell it gives no edit (ratingFixPlan), each said when it runs. */
function typedByFix(colourOnly: number, left: number): string {
  if (left === 0) return `Fix ratings types ${colourOnly === 1 ? "it" : "them"}`;
  const where = left === 1 ? "as it is, in a merged cell, saying why" : "as they are, in merged cells, saying why";
  if (left === colourOnly) return `Fix ratings leaves ${left === 1 ? "it" : "them"} ${where}`;
  return `Fix ratings types ${countText(colourOnly - left)} and leaves ${countText(left)} ${where}`;
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
