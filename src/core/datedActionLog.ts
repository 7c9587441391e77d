/**
 * An action log numbered by the meeting that agreed each action: under "Action No | Action | Lead | Due | RAG",
 *   09/11/2021      | Develop multi-agency audit programme | QA Sub Group | March 2022 | A
 *   09/11/2021      | Monitor use and impact of GCP2       | Neglect Sub Group | …
 * and, over each meeting's actions, a short heading naming the meeting:
 *   Strategic Group | Actions agreed
 * A date in the number column is the meeting's, shared by every action it agreed, so it is no number used twice; and the
 * heading over them says no action.
 */
import { cellText } from "./cells";
import type { ColumnMap } from "./model";
import { readsAsActionWords } from "./ratingMeaning";
import { ACTION_TEXT_ROLES, type Settings } from "./settings";
import type { SheetGrid } from "./sheetGrid";
import { isDateAlone } from "./tableInsidePlan";
import { readsAsHeadings } from "./trackerLayout";

/** A day, a month and a year ("09/11/2021", "9 November 2021"): a year alone ("2021") or a day with no year is no meeting's date. */
const DAY_MONTH_YEAR_PARTS = 3;

/**
 * Whether an action's number cell holds a meeting's date: a day's date with its year, typed as text or held as a date shown
 * with its year. A date Excel made of a number typed "1-10", shown "01-Oct", is no meeting's.
 */
export function isMeetingDate(grid: SheetGrid, row: number, column: number, locale: Settings["locale"]): boolean {
  if (!isDateAlone(grid, row, column, locale)) return false;
  const value = grid.original(row, column);
  if (typeof value === "string") return value.trim().split(/[\s,./-]+/).length >= DAY_MONTH_YEAR_PARTS;
  const format = grid.numberFormat(row, column);
  return format === null || /y/i.test(format);
}

/**
 * Whether `row` heads a meeting's actions in such a log: short texts in the number column and the action's words' columns
 * alone ("Strategic Group | Actions agreed"), none saying an action nor a date, over a row numbered by a meeting's date
 * that says an action. A new action added unrated has its lead, dates or words of an action, so it is never taken for one.
 */
export function headsMeetingActions(grid: SheetGrid, row: number, lastRow: number, columns: ColumnMap, locale: Settings["locale"]): boolean {
  const ref = columns.ref;
  if (ref === undefined || row >= lastRow || !readsAsHeadings(grid, row)) return false;
  const wordsColumns = ACTION_TEXT_ROLES.map((role) => columns[role]).filter((c) => c !== undefined);
  const filled = grid.filledColumns(row);
  if (!filled.includes(ref) || filled.some((c) => c !== ref && !wordsColumns.includes(c))) return false;
  if (filled.some((c) => readsAsActionWords(cellText(grid.original(row, c))) || isDateAlone(grid, row, c, locale))) return false;
  return isMeetingDate(grid, row + 1, ref, locale) && wordsColumns.some((c) => cellText(grid.original(row + 1, c)) !== "");
}
