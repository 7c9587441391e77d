/**
 * Error values (#VALUE!, #REF!, #N/A…) in the cells an action is read from: a formula that failed, not
 * something the team typed, so the finding says so and asks for the formula to be corrected, rather
 * than reading the error as a date that is not there or a rating that is not in the index.
 */
import type { CellValue } from "./cells";
import { columnLetter, isCellError } from "./cells";
import type { Finding } from "./findings";

/** "updatedNotJudged": a last-updated cell on a sheet whose actions are not checked for being stale (volatileDates.ts). */
export type DateRole = "due" | "updated" | "updatedNotJudged";

const WHAT_CANNOT_BE_READ: Record<DateRole, string> = {
  due: "the action's due date cannot be read and it is not checked for being overdue",
  updated: "the action's last update cannot be read and it is listed as stale, with the error shown in place of a date",
  updatedNotJudged: "the action's last update cannot be read",
};

/** The warning for an error value in a date cell of an open action; undefined for any other value. */
export function dateErrorFinding(sheet: string, row: number, column: number, value: CellValue, role: DateRole): Finding | undefined {
  if (!isCellError(value)) return undefined;
  const cell = `${columnLetter(column)}${row}`;
  return {
    sheet,
    row,
    column: columnLetter(column),
    code: "error-value",
    severity: "warning",
    value: value.error,
    message: `Cell ${cell} holds the error ${value.error}, so ${WHAT_CANNOT_BE_READ[role]}; correct the formula, or type the date.`,
  };
}

/** The sentence for a rating cell holding an error value, in place of "not a rating in the index". */
export function ratingErrorMessage(row: number, cell: string, error: string, expected: string): string {
  return `Row ${row}: cell ${cell} holds the error ${error}, which a formula gives when it fails, not a rating; correct the formula (or the cell it looks up) so it gives ${expected}, or type the rating.`;
}
