/**
 * A sheet named as a list pulled out of the plan for the committee: "Exceptions", "Escalations",
 * "Overdue", "Red actions", "Amber and Red", "Exception report Q3". Pasted from a filtered plan,
 * such a list keeps every column, so its name is what tells it from a review's own sheet
 * (repeatedTrackers.ts). The name must be such a list's words and nothing else: a review's sheet
 * may well hold one of them ("Children at risk thematic", "Escalation policy review"). A rating's
 * name alone is no such name either: "Amber" or "Ruby" may be a child's pseudonym, naming a review.
 * "Completed" and "Closed" are not: actions moved there are the plan's record, not a copy.
 */
const LIST_WORDS = new Set(["exception", "exceptions", "escalations", "escalated", "overdue", "offtrack"]);
/** Words that may stand beside a list's: what it holds, for whom, and when. */
const FILLER = new Set(["and", "or", "actions", "action", "items", "only", "list", "report", "log", "for", "the", "committee", "board", "quarter", "q1", "q2", "q3", "q4"]);
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const PERIOD = /^(?:\d{2}|\d{4})$/;

/** `ratingNames`: the RAG index's names (Blue, Green, Amber, Red). */
export function isNamedAsList(sheet: string, ratingNames: readonly string[]): boolean {
  // "Off track" is one list word: "Track" or "Off" alone says nothing.
  const words = sheet
    .toLowerCase()
    .replace(/\boff[\s-]*track\b/g, "offtrack")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const ratings = new Set(ratingNames.map((r) => r.toLowerCase()));
  if (!words.every((w) => LIST_WORDS.has(w) || FILLER.has(w) || ratings.has(w) || MONTHS.test(w) || PERIOD.test(w))) return false;
  const named = words.filter((w) => ratings.has(w)).length;
  return words.some((w) => LIST_WORDS.has(w)) || named >= 2 || (named === 1 && words.some((w) => w === "actions" || w === "items" || w === "only"));
}
