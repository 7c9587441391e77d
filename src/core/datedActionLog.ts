/**
 * An action log numbered by the meeting that agreed each action: under "Action No | Action | Lead | Due | RAG",
 *   09/11/2021      | Develop multi-agency audit programme | QA Sub Group | March 2022 | A
 *   09/11/2021      | Monitor use and impact of GCP2       | Neglect Sub Group | …
 * A date in the number column is the meeting's, shared by every action it agreed, so it is no number used twice.
 */
import type { Settings } from "./settings";
import type { SheetGrid } from "./sheetGrid";
import { isDateAlone } from "./tableInsidePlan";

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
