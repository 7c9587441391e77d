/**
 * A sheet named as a list pulled out of the plan for the committee: "Exceptions", "Escalation log",
 * "Overdue as at 30 June", "Red rated actions", "Amber and Red". Pasted from a filtered plan, such a
 * list keeps every column, so its name is what tells it from a review's own sheet
 * (repeatedTrackers.ts). A name that says it is a review's ("Escalation policy review") is not a
 * list's, nor is a rating's name alone: "Amber" or "Ruby" may be a child's pseudonym, naming a
 * review. Words a review's theme may hold ("at risk", "highlights") say nothing, and "Completed"
 * and "Closed" neither: actions moved there are the plan's record, not a copy.
 */
const LIST_WORDS = new Set(["exception", "exceptions", "escalation", "escalations", "escalated", "overdue", "offtrack"]);
/** Words that, beside a rating's name, make it a list of the actions so rated. */
const RATED_LIST = new Set(["actions", "items", "only", "rated", "ratings"]);
const REVIEW_WORDS = new Set(["review", "reviews", "cspr", "lcspr", "scr", "dhr", "sar"]);

/** `ratingNames`: the RAG index's names (Blue, Green, Amber, Red). */
export function isNamedAsList(sheet: string, ratingNames: readonly string[]): boolean {
  // "Off track" is one list word: "Track" or "Off" alone says nothing.
  const words = sheet
    .toLowerCase()
    .replace(/\boff[\s-]*track\b/g, "offtrack")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.some((w) => REVIEW_WORDS.has(w))) return false;
  if (words.some((w) => LIST_WORDS.has(w))) return true;
  const ratings = new Set(ratingNames.map((r) => r.toLowerCase()));
  const named = words.filter((w) => ratings.has(w)).length;
  return named >= 2 || (named === 1 && words.some((w) => RATED_LIST.has(w)));
}
