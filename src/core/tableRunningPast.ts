/**
 * A small table a team keeps under a narrow plan, wider than the plan itself: under "RAG | Action", a blank row, then
 *   Lead               | Meeting          | Date
 *   Strategic Partners | Strategic Group  | 12 October 2021
 * Its headings name too few of a plan's columns to read as another tracker's header, but its rows run past the plan's
 * last column, as no action of the plan does: it is another table, and the plan ends above it.
 * An action added below a blank row with a comment typed beside it ("Review and refresh the Neglect Strategy | Awaiting
 * Board date") has that shape too, so rows that read as the plan's own are never such a table, unless the table's dates
 * tell it (datedTableBelow).
 */
import { cellText } from "./cells";
import { readsAsActionWords } from "./ratingMeaning";
import type { SheetGrid } from "./sheetGrid";
import { readsAsHeadings } from "./trackerLayout";

/** What the plan above tells of its own rows. */
export interface PlanAbove {
  /** The plan's last column, as its header names it. */
  lastColumn: number;
  /** The columns that say what an action is (recommendation, actions, measure). */
  wordsColumns: readonly number[];
  /** The plan's rating column. */
  ratingColumn: number | undefined;
  /** Whether a row's rating cell holds a rating the index reads. */
  isRated: (row: number) => boolean;
  /** Whether a cell holds a day's date and nothing else (tableInsidePlan.ts). */
  isDateAlone: (row: number, column: number) => boolean;
}

/**
 * Whether `row` heads such a table: it reads as headings (short texts, two or more) and both it and the row under it fill a
 * column past the plan's last. Not where the row under it is rated (an action), nor where the row's own words say an
 * action, nor where the plan's last action fills the same columns past its last (the plan's comment column, unheaded),
 * unless the table's dates tell it (datedTableBelow).
 */
export function headsTableRunningPast(grid: SheetGrid, row: number, plan: PlanAbove, lastActionRow: number | undefined): boolean {
  const past = (r: number) => grid.filledColumns(r).filter((c) => c > plan.lastColumn);
  const headingPast = past(row);
  const pastBelow = row >= grid.lastRow ? [] : past(row + 1);
  if (headingPast.length === 0 || pastBelow.length === 0 || !readsAsHeadings(grid, row)) return false;
  if (plan.isRated(row + 1)) return false;
  if (datedTableBelow(grid, row, plan, pastBelow, lastActionRow)) return true;
  if (plan.wordsColumns.some((c) => readsAsActionWords(cellText(grid.original(row, c))))) return false;
  if (lastActionRow === undefined) return true;
  const commentColumns = new Set(past(lastActionRow));
  return !headingPast.every((c) => commentColumns.has(c));
}

/**
 * Whether the heading `row` and the row under it say a table by its dates, whatever its headings' words ("Lead | Annual
 * report | Date") or the plan's comment column: the heading row fills the plan's rating column with a heading, as an action
 * added with a comment beside it leaves it blank; the row under it says no action; and it holds a date alone past the plan's
 * last column, under a heading, where the plan's last action holds no date, as a comment column ("Awaiting Board date") is
 * no column of dates.
 */
function datedTableBelow(grid: SheetGrid, row: number, plan: PlanAbove, pastBelow: readonly number[], lastActionRow: number | undefined): boolean {
  if (plan.ratingColumn === undefined || cellText(grid.original(row, plan.ratingColumn)) === "") return false;
  if (plan.wordsColumns.some((c) => readsAsActionWords(cellText(grid.original(row + 1, c))))) return false;
  return pastBelow.some(
    (c) => plan.isDateAlone(row + 1, c) && cellText(grid.original(row, c)) !== "" && !plan.isDateAlone(row, c) && (lastActionRow === undefined || !plan.isDateAlone(lastActionRow, c)),
  );
}

/** `row` and the rows under it down to the first blank one: the table's rows, kept as not counted (rowsNotCounted.ts). */
export function rowsDownToBlank(grid: SheetGrid, row: number, lastRow: number): number[] {
  const rows: number[] = [];
  for (let r = row; r <= lastRow && grid.filledColumns(r).length > 0; r++) rows.push(r);
  return rows;
}
