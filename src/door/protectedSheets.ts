/**
 * A sheet protected against edits is never written to by either door, as Excel itself would
 * refuse: the whole change is refused before anything is written, in one sentence naming the
 * sheets and saying how to go on.
 */

export const NO_HIGHLIGHTS_ADDED = "no highlights were added";
export const NO_HIGHLIGHTS_REMOVED = "no highlights were removed";
export const NOTHING_CHANGED = "nothing was changed";

/** `outcome` says what did not happen, e.g. "no highlights were added". */
export function protectedSheetsMessage(sheets: string[], outcome: string): string {
  const quoted = [...new Set(sheets)].map((s) => `"${s}"`);
  const which = quoted.length === 1 ? `sheet ${quoted[0]} is` : `sheets ${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)} are`;
  const capitalised = `${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}`;
  return `${capitalised} because ${which} protected against edits; unprotect ${quoted.length === 1 ? "it" : "them"} in Excel (Review > Unprotect Sheet) and try again.`;
}
