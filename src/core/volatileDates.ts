/**
 * Last-updated dates a formula gives that changes by itself: a team may fill the column with
 * =TODAY() (or =NOW()) to stamp its rows, so every action reads as updated today, whenever it
 * was. A sheet whose column is mostly so stamped cannot be judged stale: it is not judged
 * (notJudged.ts), and says why. Where only a few cells are, those actions' last updates are
 * unknown, as an unreadable date's are, and each cell is named; the rest are judged as typed.
 * The doors give the formulas of such cells alone (SheetSnapshot.formulas), and of time-scale
 * cells, where =TODAY()+30 gives a due date never passed (trackerReader.ts).
 */
import type { Action, Tracker } from "./model";
import type { Finding } from "./findings";
import type { SheetGrid } from "./sheetGrid";
import { columnLetter } from "./cells";

/** A formula whose result changes every day (or moment) the workbook is calculated, not when the action is updated. */
const CHANGES_BY_ITSELF = /\b(TODAY|NOW)\s*\(/i;

export function isVolatileDateFormula(formula: string): boolean {
  return CHANGES_BY_ITSELF.test(formula);
}

/**
 * Where most of the sheet's actions are dated by such a formula, which one and in how many (the
 * sheet is then not judged stale). Where only some are, each such open action's last update is
 * made unknown (`updatedWritten` shows the formula in place of "never"), with a warning for its cell.
 */
export function stampedUpdates(grid: SheetGrid, column: number | undefined, actions: readonly Action[], isOpen: (a: Action) => boolean): { column?: Tracker["updatedByFormula"]; findings: Finding[] } {
  if (column === undefined || !grid.hasFormulas) return { findings: [] };
  const stamped: { action: Action; formula: string }[] = [];
  for (const action of actions) {
    const written = grid.formula(action.row, column);
    if (written !== undefined && isVolatileDateFormula(written)) stamped.push({ action, formula: written });
  }
  if (stamped.length === 0) return { findings: [] };
  if (stamped.length * 2 > actions.length) return { column: { formula: stamped[0]!.formula, actions: stamped.length }, findings: [] };
  const findings: Finding[] = [];
  for (const { action, formula } of stamped) {
    if (!isOpen(action)) continue;
    action.updated = null;
    action.updatedWritten = `=${formula}`;
    const cell = `${columnLetter(column)}${action.row}`;
    findings.push({
      sheet: grid.name,
      row: action.row,
      column: columnLetter(column),
      code: "date-invalid",
      severity: "warning",
      value: `=${formula}`,
      message: `Cell ${cell} holds =${formula}, a date that changes every day rather than when the action is updated, so the action's last update cannot be read and it is listed as stale; type the date it was last updated.`,
    });
  }
  return { findings };
}

/** Whether the sheet's actions can be judged stale: it keeps a last-updated column, of dates typed, not stamped by =TODAY(). */
export function judgesStale(tracker: Tracker): boolean {
  return tracker.columns.updated !== undefined && tracker.updatedByFormula === undefined;
}
