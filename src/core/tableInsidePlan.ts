/**
 * A small table a team keeps under a wider plan, typed inside the plan's own columns: under
 * "No | Recommendation | Action | Lead | Response | RAG", a blank row, then
 *   Lead                  | Meeting         | Date
 *   Strategic Partners    | Strategic Group | 12 October 2021
 *   LSCP Business Manager | Executive       | 3 November 2021
 * Short texts below a gap may be a new action not yet rated, so its headings alone say nothing. Its dates do: a date
 * alone in a column where the plan keeps no date (an action's words, its lead or its rating), under a heading, on each
 * row of it. No action is worded, led or rated by a bare date.
 */
import { type CellValue, cellText } from "./cells";
import { isDateFormat } from "./dates";
import type { ColumnMap } from "./model";
import { ACTION_TEXT_ROLES, type ColumnRole, type Settings } from "./settings";
import type { SheetGrid } from "./sheetGrid";
import { MONTH_NAMES, parseTimeScaleText } from "./timeScale";
import { readsAsHeadings } from "./trackerLayout";
import { readsAsActionWords } from "./ratingMeaning";

/**
 * The plan's columns that never hold a bare date. A progress update may be one ("12 October 2021"), and so may an action log's
 * number ("Minute ref" by the meeting's date) or a column headed "Date of recommendation", read as the recommendation's: none of
 * those is among them.
 */
const NO_DATE_ROLES = ["review", "category", "actions", "measure", "lead", "rating"] as const satisfies readonly ColumnRole[];

/**
 * Where `row`, below a blank row, heads such a table: the last of the rows under it, each holding a date in a column of
 * NO_DATE_ROLES that `row` heads, and none a rating, down to the first row that does not (a blank row, an action).
 * Undefined where `row` reads as no headings, names a rating, or the row under it holds no such date.
 */
export function smallTableInsidePlan(grid: SheetGrid, row: number, lastRow: number, columns: ColumnMap, isRating: (value: CellValue) => boolean, locale: Settings["locale"]): number | undefined {
  if (row >= lastRow || !readsAsHeadings(grid, row)) return undefined;
  const headed = grid.filledColumns(row);
  if (headed.some((c) => isRating(grid.original(row, c)))) return undefined;
  const wordsColumns = ACTION_TEXT_ROLES.map((role) => columns[role]).filter((c) => c !== undefined);
  const noDateColumns = new Set(NO_DATE_ROLES.map((role) => columns[role]).filter((c): c is number => c !== undefined));
  const dated = (r: number, among: readonly number[]) => among.filter((c) => isDateAlone(grid, r, c, locale));
  const dateColumns = dated(
    row + 1,
    headed.filter((c) => noDateColumns.has(c)),
  );
  if (dateColumns.length === 0) return undefined;
  let end = row;
  for (let r = row + 1; r <= lastRow; r++) {
    const filled = grid.filledColumns(r);
    // A row whose words say an action ("Revise the Learning and Improvement Framework") is a new action with its meeting's date, not a meeting.
    if (filled.length === 0 || filled.some((c) => isRating(grid.original(r, c))) || dated(r, dateColumns).length === 0 || wordsColumns.some((c) => readsAsActionWords(cellText(grid.original(r, c))))) break;
    end = r;
  }
  return end > row ? end : undefined;
}

/** Digits, ordinals, month and weekday names and the marks between them: what a date written out holds, and nothing else. */
const DATE_WORDS_ONLY = new RegExp(`^(?:\\d+(?:st|nd|rd|th)?|${MONTH_NAMES}|mon|tue|wed|thu|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[\\s,./-])+$`, "i");

/** Whether a cell holds a day's date and nothing else: a date cell, or a text such as "12 October 2021" or "12/10/2021" (not a month, nor a sentence). */
export function isDateAlone(grid: SheetGrid, row: number, column: number, locale: Settings["locale"]): boolean {
  const value = grid.original(row, column);
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  // A number only where formatted as a date: a plain one is a count or an action's number, whatever date its serial would be.
  if (typeof value === "number") return isDateFormat(grid.numberFormat(row, column));
  if (typeof value !== "string" || value.length > 30 || !DATE_WORDS_ONLY.test(value.trim())) return false;
  const read = parseTimeScaleText(value, locale);
  return read.due !== null && read.start === undefined;
}
