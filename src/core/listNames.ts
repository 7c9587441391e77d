/**
 * A sheet named as a list pulled out of the plan for the committee: "Exceptions", "Escalations",
 * "Overdue", "Red actions", "Amber and Red". Pasted from a filtered plan, such a list keeps every
 * column, so its name is what tells it from a review's own sheet (repeatedTrackers.ts). A rating's
 * name alone is no such name: "Amber" or "Ruby" may be a child's pseudonym, naming a review.
 * "Completed" and "Closed" are not either: actions moved there are the plan's record, not a copy.
 */
const LIST_WORDS = /\b(?:exceptions?|exception report|escalations?|escalated|overdue|off track|at risk|highlights?)\b/;

/** `ratingNames`: the RAG index's names (Blue, Green, Amber, Red). */
export function isNamedAsList(sheet: string, ratingNames: readonly string[]): boolean {
  const name = sheet.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (LIST_WORDS.test(name)) return true;
  const words = name.split(" ");
  const ratings = words.filter((w) => ratingNames.some((r) => r.toLowerCase() === w)).length;
  return ratings >= 2 || (ratings === 1 && words.some((w) => w === "actions" || w === "items" || w === "only"));
}
