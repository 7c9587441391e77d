/** The sentence for a sheet named on the command line (--sheet, --sheet-review) that the workbook does not have. */
import { UsageError } from "./cliIo";
import { alikeSheetsWords, sheetsAlike } from "../core/sheetMatch";
import { choicesInWords } from "../core/sentences";

/**
 * `names` are the ways the option could be read (one, or each reading of a --sheet-review value with
 * several "="), none of which names a sheet of `sheets`: where one could be either of two tabs
 * differing only by end spaces, that is said, else which sheets there are.
 */
export function missingSheetError(file: string, names: readonly string[], sheets: readonly string[]): UsageError {
  for (const name of names) {
    const alike = sheetsAlike(sheets, name);
    if (alike.length > 0) return new UsageError(`"${file}" has no sheet named "${name}" exactly, and the name ${alikeSheetsWords(alike)}; name the sheet with its spaces, in quotation marks.`);
  }
  return new UsageError(`"${file}" has no sheet named ${choicesInWords(names.map((n) => `"${n}"`))} that RAG Tracker reads; the sheets it reads are ${sheets.map((s) => `"${s}"`).join(", ")}.`);
}
