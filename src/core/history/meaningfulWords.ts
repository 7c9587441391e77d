import { foldText } from "../text";

// Joining words carry no meaning of their own; words of one or two letters are left out as well.
const COMMON = new Set(["the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "will", "into", "all", "any", "its", "our", "their", "has", "have", "been", "not", "per"]);

/** The words of an action's wording that carry its meaning, in the order it gives them (a title cut at 120 characters loses its "…"). */
export function meaningfulWords(title: string): string[] {
  return foldText(title.replace(/…$/, ""))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !COMMON.has(w));
}
