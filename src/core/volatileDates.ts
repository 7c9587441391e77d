/**
 * Last-updated dates a formula gives that changes by itself: a team may fill the column with
 * =TODAY() (or =NOW()) to stamp its rows, so every action reads as updated today, whenever it
 * was. Such a sheet cannot be judged stale: it is not judged (notJudged.ts), and says why.
 * The doors give the formulas of such cells alone (SheetSnapshot.formulas).
 */
import type { Action, Tracker } from "./model";
import type { SheetGrid } from "./sheetGrid";

/** A formula whose result changes every day (or moment) the workbook is calculated, not when the action is updated. */
const CHANGES_BY_ITSELF = /\b(TODAY|NOW)\s*\(/i;

export function isVolatileDateFormula(formula: string): boolean {
  return CHANGES_BY_ITSELF.test(formula);
}

/** Which such formula dates the sheet's actions, and in how many of them; undefined where none does. */
export function updatedByFormula(grid: SheetGrid, column: number | undefined, actions: readonly Action[]): Tracker["updatedByFormula"] {
  if (column === undefined || !grid.hasFormulas) return undefined;
  let formula: string | undefined;
  let count = 0;
  for (const action of actions) {
    const written = grid.formula(action.row, column);
    if (written === undefined || !isVolatileDateFormula(written)) continue;
    formula ??= written;
    count++;
  }
  return formula === undefined ? undefined : { formula, actions: count };
}

/** Whether the sheet's actions can be judged stale: it keeps a last-updated column, of dates typed, not stamped by =TODAY(). */
export function judgesStale(tracker: Tracker): boolean {
  return tracker.columns.updated !== undefined && tracker.updatedByFormula === undefined;
}
