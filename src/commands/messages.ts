/** The sentence a one-click command shows when it has finished. */
import type { Analysis } from "../core/model";
import { checkedSentence } from "../core/checkedSentence";

/** The pane's sentence, and, with no pane beside it to say so, that each highlight goes by itself. */
export function checkRatingsMessage(analysis: Analysis): string {
  // The highlight's formula reads the cell, so it goes by itself once the rating is corrected.
  return checkedSentence(analysis, " in place; each highlight goes as soon as its rating is corrected");
}
