/**
 * A sheet protected against edits is never written to by either door, nor a sheet added to a
 * workbook whose structure is protected, as Excel itself would refuse: the whole change is
 * refused before anything is written, in one sentence saying what and how to go on.
 */

/** A change refused because the workbook or a sheet is protected: the user's to lift, so the command line exits 2. */
export class ProtectionError extends Error {
  override readonly name = "ProtectionError";
}

export const NO_HIGHLIGHTS_ADDED = "no highlights were added";
export const NO_HIGHLIGHTS_REMOVED = "no highlights were removed";
export const NOTHING_CHANGED = "nothing was changed";

export const NO_SHEETS_ADDED = "no sheets were added";
export const NOTHING_SAVED = "nothing was saved";

/** Review > Protect Workbook locks the structure: no sheet can be added, as Excel itself refuses. */
export function protectedStructureMessage(outcome: string): string {
  return `${outcome.charAt(0).toUpperCase()}${outcome.slice(1)} because the workbook's structure is protected; unprotect it in Excel (Review > Protect Workbook) and try again.`;
}

/** `outcome` says what did not happen, e.g. "no highlights were added". */
export function protectedSheetsMessage(sheets: string[], outcome: string): string {
  const quoted = [...new Set(sheets)].map((s) => `"${s}"`);
  const which = quoted.length === 1 ? `sheet ${quoted[0]} is` : `sheets ${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)} are`;
  const capitalised = `${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}`;
  return `${capitalised} because ${which} protected against edits; unprotect ${quoted.length === 1 ? "it" : "them"} in Excel (Review > Unprotect Sheet) and try again.`;
}
