/**
 * --sheet-review SHEET=REVIEW, where a sheet's name or a review may itself hold an "=": the value is
 * read at each "=" in turn, and the one reading whose sheet the workbook has is taken. Where the
 * workbook has more than one such sheet, the sheet meant is written between apostrophes, as Excel's
 * formulas write a sheet's name ("'A=B'=C", the double quotes keeping the apostrophes from the
 * shell); no sheet's name can begin with one, so that form is never a plain name.
 */
import { UsageError } from "./cliIo";
import { findSheetName, sheetNameKey, sheetsAlike } from "../core/sheetMatch";
import { missingSheetError } from "./missingSheetError";
import { choicesInWords, listInWords } from "../core/sentences";

export interface SheetReviewReading {
  /** As typed, spaces and all: two tabs can differ only by them. */
  sheet: string;
  review: string;
}

/** One --sheet-review value as typed, and each way of reading it as a sheet and a review. */
export interface SheetReviewArgument {
  text: string;
  readings: SheetReviewReading[];
  /** The sentence saying how a sheet's name between apostrophes is badly written; no readings then. */
  fault?: string;
}

/** The readings of a value: none where no "=" has a sheet before it and a review after it. */
export function readSheetReviewArgument(text: string): SheetReviewArgument {
  if (text.startsWith("'")) return { text, ...quotedReading(text) };
  const readings: SheetReviewReading[] = [];
  for (let at = text.indexOf("="); at >= 0; at = text.indexOf("=", at + 1)) {
    const reading = { sheet: text.slice(0, at), review: text.slice(at + 1).trim() };
    if (reading.sheet.trim() !== "" && reading.review !== "") readings.push(reading);
  }
  return { text, readings };
}

/**
 * 'A=B'=C: the sheet's name between apostrophes, one inside it doubled ('Leo''s plan'=Leo). Where
 * the form is badly written, the fault says how, rather than that the value has no sheet and review.
 */
function quotedReading(text: string): Pick<SheetReviewArgument, "readings" | "fault"> {
  let sheet = "";
  let at = 1;
  for (; at < text.length; at++) {
    if (text[at] !== "'") sheet += text[at];
    else if (text[at + 1] === "'") sheet += text[++at];
    else break;
  }
  if (at >= text.length) return { readings: [], fault: `"${text}" opens the sheet's name with an apostrophe and never closes it; write the name between two apostrophes, then = and the review, as in "'Completed actions'=Frankie".` };
  if (text[at + 1] !== "=") {
    // An apostrophe with = after it further on closes the name, and one a letter follows ("Leo's") is
    // inside a word: either was meant as part of the name.
    const fault = text.includes("'=", at + 1) || /\p{L}/u.test(text[at + 1] ?? "")
      ? `"${text}" has an apostrophe inside the sheet's name that is not doubled; write each apostrophe in the name twice, as in "'Leo''s plan'=Frankie".`
      : `"${text}" has no = straight after the apostrophe that closes the sheet's name; write = and the review right after it, as in "'Completed actions'=Frankie".`;
    return { readings: [], fault };
  }
  const reading = { sheet, review: text.slice(at + 2).trim() };
  return { readings: reading.sheet.trim() !== "" && reading.review !== "" ? [reading] : [] };
}

/** A sheet's name as the quoted form writes it. */
function quotedSheet(sheet: string): string {
  return `'${sheet.replaceAll("'", "''")}'`;
}

/** The option as typed in a shell, the value in double quotes: $, `, " and \ inside them each take a backslash, or the shell would read them. */
function sheetReviewOption(value: string): string {
  return `--sheet-review "${value.replace(/[$`"\\]/g, "\\$&")}"`;
}

/**
 * The reviews of sheets the values name, keyed by the sheet as typed (a later value for the same
 * name replaces an earlier one). A value naming no sheet the engine reads, or more than one, is refused
 * in one sentence: a mistyped name would otherwise change nothing.
 */
export function resolveSheetReviews(args: readonly SheetReviewArgument[], sheets: readonly string[], file: string, generated: readonly string[] = []): Record<string, string> {
  const reviews: Record<string, string> = {};
  // By the tab each names, however written: one tab given two reviews is refused, not settled by the order given.
  const given = new Map<string, SheetReviewReading>();
  for (const arg of args) {
    const reading = sheetReviewReading(arg, sheets, file, generated);
    const tab = findSheetName(sheets, reading.sheet) ?? reading.sheet;
    const before = given.get(sheetNameKey(tab));
    if (before && before.review !== reading.review) {
      throw new UsageError(`--sheet-review names sheet "${tab}" twice, with the reviews "${before.review}" and "${reading.review}"; give it once, with the review its actions belong to.`);
    }
    given.set(sheetNameKey(tab), reading);
    reviews[reading.sheet] = reading.review;
  }
  return reviews;
}

function sheetReviewReading({ text, readings }: SheetReviewArgument, sheets: readonly string[], file: string, generated: readonly string[]): SheetReviewReading {
  // The tabs each reading's sheet could be: the one findSheetName takes (a name without the spaces a
  // tab's name ends in names that tab, where no other has it so), else those differing from it only by end spaces.
  const fits = readings.map((reading) => {
    const found = findSheetName(sheets, reading.sheet);
    return { reading, tabs: found !== undefined ? [found] : sheetsAlike(sheets, reading.sheet) };
  });
  const fitting = fits.filter((f) => f.tabs.length > 0);
  if (fitting.length === 1 && fitting[0]!.tabs.length === 1) return fitting[0]!.reading;
  if (fitting.length > 1) {
    // Each tab written as the quoted form takes it: a tab one of several alike could be, with its spaces.
    const quoted = fitting.flatMap(({ reading, tabs }) => {
      const review = text.slice(reading.sheet.length + 1);
      return (tabs.length === 1 ? [reading.sheet] : tabs).map((tab) => sheetReviewOption(`${quotedSheet(tab)}=${review}`));
    });
    const tabs = fitting.flatMap((f) => f.tabs.map((tab) => `"${tab}"`));
    const spaces = fitting.some((f) => f.tabs.length > 1) ? ", with its spaces" : "";
    throw new UsageError(
      `"${file}" has the sheets ${listInWords(tabs)}, so --sheet-review "${text}" could name ${tabs.length === 2 ? "either" : "any of them"}; write the sheet meant between apostrophes${spaces}, as Excel's formulas do, and the whole value in double quotes, without which most shells drop the apostrophes: ${choicesInWords(quoted)}.`,
    );
  }
  // No reading names a sheet, or one could be either of two tabs differing only by end spaces: missingSheetError says which.
  throw missingSheetError(file, "--sheet-review", readings.map((r) => r.sheet), sheets, generated);
}
