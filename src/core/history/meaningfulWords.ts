import { foldText } from "../text";

// Joining words carry no meaning of their own; words of one or two letters are left out as well.
const COMMON = new Set(["the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "will", "into", "all", "any", "its", "our", "their", "has", "have", "been", "not", "per"]);

/** Whether a word (as wordTokens gives it) carries meaning of its own. */
export const isMeaningful = (word: string): boolean => word.length >= 3 && !COMMON.has(word);

/** An action's wording split into words, folded as every comparison folds text (a title cut at 120 characters loses its "…"). */
export function wordTokens(title: string): string[] {
  return foldText(title.replace(/…$/, "")).split(/[^\p{L}\p{N}]+/u);
}

/** The words of an action's wording that carry its meaning, in the order it gives them. */
export function meaningfulWords(title: string): string[] {
  return wordTokens(title).filter(isMeaningful);
}
