/**
 * A rating cell that says in words that the action is done ("Complete", "Closed", "Done."): not a
 * rating, so it is counted as invalid until the team fixes it, but the plan plainly says the action
 * is finished, so it is not chased as stale or overdue.
 */
import type { CellValue } from "./cells";
import type { RatingStatus } from "./model";
import { foldText } from "./text";

/** Words that say an action is done; the same words make the index's complete rating the suggested fix. */
export const DONE_WORDS: ReadonlySet<string> = new Set(["complete", "completed", "done", "closed", "achieved", "finished"]);

/** The text folded with its punctuation dropped, as words are compared: "Complete." and " COMPLETED " read as the words. */
export function bareWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the cell holds a word that says the action is done, and nothing else. */
export function saysComplete(value: CellValue): boolean {
  return typeof value === "string" && DONE_WORDS.has(bareWords(value));
}

/** A complete rating, or a cell that is no rating but says the action is done: either way the action is not open. */
export function isCompleteRating(rating: RatingStatus, value: CellValue): boolean {
  if (rating.kind === "rated") return rating.entry.complete;
  return rating.kind === "invalid" && saysComplete(value);
}
