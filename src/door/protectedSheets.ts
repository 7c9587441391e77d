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

export const NO_SHEETS_ADDED = "no sheets were added";
export const NOTHING_SAVED = "nothing was saved";

import type { CellEdit } from "../core/formatPlan";
import { columnLetter } from "../core/cells";
import { capitalised } from "../core/text";
import { countText, listInWords } from "../core/sentences";

/** Cells named in a refusal before the rest are only counted. */
const NAMED_CELLS = 10;

/** "cell F5 of "Plan"", "cells F5, F9 and F12 of "Plan" and cell B3 of "Leo"", the rest counted. */
function cellsPhrase(edits: CellEdit[]): string {
  const bySheet = new Map<string, string[]>();
  for (const e of edits) {
    const cells = bySheet.get(e.sheet) ?? [];
    cells.push(`${columnLetter(e.column)}${e.row}`);
    bySheet.set(e.sheet, cells);
  }
  let named = 0;
  const parts: string[] = [];
  for (const [sheet, cells] of bySheet) {
    if (named >= NAMED_CELLS) break;
    const shown = cells.slice(0, NAMED_CELLS - named);
    named += shown.length;
    parts.push(`${shown.length === 1 ? "cell" : "cells"} ${listInWords(shown)} of "${sheet}"`);
  }
  const rest = edits.length - named;
  return rest > 0 ? `${parts.join(", ")} and ${countText(rest)} more` : listInWords(parts);
}

/**
 * Fix ratings refused on a protected sheet: `locked` cells take no value; `needFormat` cells are
 * unlocked but would have to become Text cells, a change of format protection refuses.
 */
export function lockedCellsMessage(locked: CellEdit[], needFormat: CellEdit[] = []): string {
  const reasons: string[] = [];
  if (locked.length > 0) reasons.push(`${cellsPhrase(locked)} ${locked.length === 1 ? "is" : "are"} locked on a protected sheet`);
  if (needFormat.length > 0) reasons.push(`${cellsPhrase(needFormat)} would have to be formatted as Text, which a protected sheet does not allow`);
  const fix = locked.length > 0 ? `unlock ${locked.length === 1 ? "it" : "them"} (Format Cells > Protection) or unprotect the sheet (Review > Unprotect Sheet)` : "unprotect the sheet (Review > Unprotect Sheet)";
  return `Nothing was changed because ${reasons.join(", and ")}; ${fix} and try again.`;
}

/** Review > Protect Workbook locks the structure: no sheet can be added, as Excel itself refuses. */
export function protectedStructureMessage(outcome: string): string {
  return `${capitalised(outcome)} because the workbook's structure is protected; unprotect it in Excel (Review > Protect Workbook) and try again.`;
}

/** `outcome` says what did not happen, e.g. "no highlights were added". */
export function protectedSheetsMessage(sheets: string[], outcome: string): string {
  const quoted = [...new Set(sheets)].map((s) => `"${s}"`);
  const which = quoted.length === 1 ? `sheet ${quoted[0]} is` : `sheets ${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)} are`;
  return `${capitalised(outcome)} because ${which} protected against edits; unprotect ${quoted.length === 1 ? "it" : "them"} in Excel (Review > Unprotect Sheet) and try again.`;
}
