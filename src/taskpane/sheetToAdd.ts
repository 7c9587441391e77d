/**
 * A tracker sheet typed by name in the settings, checked when it is added: a name the workbook
 * does not have would otherwise be listed and ticked as if it were a sheet, and refused only on
 * save. The check is against the workbook as the pane last read it, so the sentence says how to
 * read it again, for a sheet added since.
 */
import { listInWords } from "../core/sentences";
import { findSheetName, sameSheetName } from "../core/sheetMatch";

/** Beyond this many, the sheets not listed are not named one by one. */
const NAMED_AT_MOST = 5;

export type SheetToAdd = { ok: true; name: string } | { ok: false; message: string };

/**
 * The sheet `typed` names, as the workbook spells it, spaces at either end included (matched as the
 * engine matches sheets, ignoring case and those spaces), or one sentence saying there is none and what
 * there is. `workbookSheets` is null before the workbook has been read (Save then checks the name);
 * `listed`, the sheets the form already offers.
 */
export function sheetToAdd(typed: string, workbookSheets: readonly string[] | null, listed: readonly string[]): SheetToAdd {
  if (workbookSheets === null) return { ok: true, name: typed };
  const found = findSheetName(workbookSheets, typed);
  if (found !== undefined) return { ok: true, name: found };
  const none = `There is no sheet named "${typed}" in the workbook as last read`;
  const readAgain = "or press Refresh overview if you have added the sheet since";
  const unlisted = workbookSheets.filter((s) => !listed.some((l) => sameSheetName(l, s))).map((s) => `"${s}"`);
  if (unlisted.length === 0) return { ok: false, message: `${none}; tick the sheet you meant in the list above, ${readAgain}.` };
  if (unlisted.length > NAMED_AT_MOST) return { ok: false, message: `${none}; type the name as the sheet's tab shows it, ${readAgain}.` };
  const those = unlisted.length === 1 ? `is ${unlisted[0]}; add it` : `are ${listInWords(unlisted)}; add one of those`;
  return { ok: false, message: `${none}, whose ${unlisted.length === 1 ? "sheet" : "sheets"} not listed above ${those} or tick one above, ${readAgain}.` };
}
