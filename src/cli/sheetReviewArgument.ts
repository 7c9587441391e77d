/**
 * --sheet-review SHEET=REVIEW, where a sheet's name or a review may itself hold an "=": the value is
 * read at each "=" in turn, and the one reading whose sheet the workbook has is taken. Where the
 * workbook has more than one such sheet, the sheet meant is written between apostrophes, as Excel's
 * formulas write a sheet's name ('A=B'=C); no sheet's name can begin with one, so that form is never
 * a plain name.
 */
import { UsageError } from "./cliIo";
import { findSheetName } from "../core/sheetMatch";
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
}

/** The readings of a value: none where no "=" has a sheet before it and a review after it. */
export function readSheetReviewArgument(text: string): SheetReviewArgument {
  if (text.startsWith("'")) return { text, readings: quotedReading(text) };
  const readings: SheetReviewReading[] = [];
  for (let at = text.indexOf("="); at >= 0; at = text.indexOf("=", at + 1)) {
    const reading = { sheet: text.slice(0, at), review: text.slice(at + 1).trim() };
    if (reading.sheet.trim() !== "" && reading.review !== "") readings.push(reading);
  }
  return { text, readings };
}

/** 'A=B'=C: the sheet's name between apostrophes, one inside it doubled ('Leo''s plan'=Leo). */
function quotedReading(text: string): SheetReviewReading[] {
  const match = /^'((?:[^']|'')+)'=(.*)$/s.exec(text);
  if (!match) return [];
  const reading = { sheet: match[1]!.replaceAll("''", "'"), review: match[2]!.trim() };
  return reading.sheet.trim() !== "" && reading.review !== "" ? [reading] : [];
}

/** A sheet's name as the quoted form writes it. */
function quotedSheet(sheet: string): string {
  return `'${sheet.replaceAll("'", "''")}'`;
}

/**
 * The reviews of sheets the values name, keyed by the sheet as typed (a later value for the same
 * name replaces an earlier one). A value naming no sheet the engine reads, or more than one, is refused
 * in one sentence: a mistyped name would otherwise change nothing.
 */
export function resolveSheetReviews(args: readonly SheetReviewArgument[], sheets: readonly string[], file: string): Record<string, string> {
  const reviews: Record<string, string> = {};
  for (const arg of args) {
    const reading = sheetReviewReading(arg, sheets, file);
    reviews[reading.sheet] = reading.review;
  }
  return reviews;
}

function sheetReviewReading({ text, readings }: SheetReviewArgument, sheets: readonly string[], file: string): SheetReviewReading {
  // A name without the spaces a tab's name ends in (which its tab does not show) names that tab, where no other has it so.
  const found = readings.filter((r) => findSheetName(sheets, r.sheet) !== undefined);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    const tabs = found.map((r) => `"${findSheetName(sheets, r.sheet)!}"`);
    const quoted = found.map((r) => `"${quotedSheet(r.sheet)}=${text.slice(r.sheet.length + 1)}"`);
    throw new UsageError(
      `"${file}" has the sheets ${listInWords(tabs)}, so --sheet-review "${text}" could name ${found.length === 2 ? "either" : "any of them"}; write the sheet meant between apostrophes, as Excel's formulas do: ${choicesInWords(quoted)}.`,
    );
  }
  throw missingSheetError(file, readings.map((r) => r.sheet), sheets);
}
