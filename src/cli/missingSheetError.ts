/** The sentence for a sheet named on the command line (--sheet, --sheet-review) that the workbook does not have. */
import { UsageError } from "./cliIo";
import { alikeSheetsWords, findSheetName, sheetsAlike } from "../core/sheetMatch";
import { choicesInWords } from "../core/sentences";

/**
 * `names` are the ways the option could be read (one, or each reading of a --sheet-review value with
 * several "="), none of which names a sheet of `sheets`: where one could be either of two tabs
 * differing only by end spaces, that is said, else which sheets there are. `generated`: the sheets
 * RAG Tracker made in the workbook, which it never reads.
 */
export function missingSheetError(file: string, option: "--sheet" | "--sheet-review", names: readonly string[], sheets: readonly string[], generated: readonly string[] = []): UsageError {
  const readable = (where: string) => `the sheets RAG Tracker can read in ${where} are ${sheets.map((s) => `"${s}"`).join(", ")}`;
  for (const name of names) {
    // A sheet RAG Tracker made is there, in the user's sight: said for what it is, never "no such sheet".
    const made = findSheetName(generated, name);
    if (made !== undefined) return new UsageError(`${option} names "${made}", a sheet RAG Tracker generates, which it never reads as a tracker; ${readable(`"${file}"`)}.`);
  }
  for (const name of names) {
    const alike = sheetsAlike(sheets, name);
    if (alike.length > 0) return new UsageError(`${option} names "${name}", but "${file}" has no sheet of that name exactly, and the name ${alikeSheetsWords(alike)}; name the sheet with its spaces, in quotation marks.`);
  }
  // `sheets` are those RAG Tracker could read, not those it counts: an earlier round is among them, left out when read.
  return new UsageError(`${option} names ${choicesInWords(names.map((n) => `"${n}"`))}, but "${file}" has no such sheet; ${readable("it")}.`);
}
