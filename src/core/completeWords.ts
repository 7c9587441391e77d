/**
 * A rating cell that says in words that the action is done ("Complete", "Closed", "Done."): not a
 * rating, so it is counted as invalid until the team fixes it, but the plan plainly says the action
 * is finished, so it is not chased as stale or overdue.
 */
import type { CellValue } from "./cells";
import type { RatingStatus } from "./model";
import { foldText } from "./text";

/** Words that say an action is done; the same words make the index's complete rating the suggested fix. */
export const DONE_WORDS: ReadonlySet<string> = new Set(["complete", "completed", "done", "closed", "achieved", "finished", "implemented", "fully implemented"]);

/** The text folded with its punctuation dropped, as words are compared: "Complete." and " COMPLETED " read as the words. */
export function bareWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Each invalid rating text's answer: asked of every open action by the flags, the notes and the snapshots, of the same few texts. */
const remembered = new Map<string, boolean>();
const REMEMBER_AT_MOST = 5000;

/** True when the cell holds a word that says the action is done, and nothing else. */
export function saysComplete(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  let says = remembered.get(value);
  if (says === undefined) {
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
    remembered.set(value, (says = DONE_WORDS.has(bareWords(value))));
  }
  return says;
}

/** A complete rating, or a cell that is no rating but says the action is done: either way the action is not open. */
export function isCompleteRating(rating: RatingStatus, value: CellValue): boolean {
  if (rating.kind === "rated") return rating.entry.complete;
  return rating.kind === "invalid" && saysComplete(value);
}
