/**
 * A sheet named as a list pulled out of the plan ("Red actions", "Exceptions", "Amber and Red",
 * "Escalations", "Completed this year"): its name says it holds the plan's actions, not a review's
 * own, so a list of one or two actions is taken for an extract too (repeatedTrackers.ts), where a
 * sheet named otherwise needs more to be told from a review's sheet of another's standard actions.
 */
const EXTRACT_WORDS = ["exception", "exceptions", "escalation", "escalations", "escalated", "overdue", "closed", "completed", "off track", "for the board", "highlight", "highlights"];

/** `ratingNames`: the RAG index's names (Blue, Green, Amber, Red), each a word a sheet of such actions is named by. */
export function isNamedAsExtract(sheet: string, ratingNames: readonly string[]): boolean {
  const words = ` ${sheet.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  return [...EXTRACT_WORDS, ...ratingNames.map((n) => n.toLowerCase())].some((w) => words.includes(` ${w} `));
}
