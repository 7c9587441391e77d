/**
 * Which dates a formula gives, asked of a door whose read gives values alone (Excel's: a formula for
 * every cell would double the read). After a first reading, the door is asked for the formulas of the
 * last-updated and time-scale cells that gave a date; those of =TODAY() and =NOW() become the sheet's
 * SheetSnapshot.formulas (volatileDates.ts): a last update so stamped is unknown, and a time scale so
 * given (=TODAY()+30) is never passed. A tracker with neither column, or no date in them, asks nothing.
 */
import type { CellAddress } from "./cells";
import { columnLetter } from "./cells";
import type { Finding } from "./findings";
import type { Analysis } from "./model";
import { isVolatileDateFormula } from "./volatileDates";

/** The date cells to ask for formulas: only a cell that gave a date can hold the date =TODAY() gives. */
export function formulaQuestions(analysis: Analysis): CellAddress[] {
  const cells: CellAddress[] = [];
  for (const tracker of analysis.trackers) {
    const { updated, due } = tracker.columns;
    for (const action of tracker.actions) {
      if (updated !== undefined && action.updated !== null) cells.push({ sheet: tracker.sheet, row: action.row, column: updated });
      // Only a date cell is asked: a text's formula could only be =TEXT(TODAY()…), which the file doors read as its text too.
      if (due !== undefined && action.due !== null && (action.dueText === "" || action.dueMonth)) cells.push({ sheet: tracker.sheet, row: action.row, column: due });
    }
  }
  return cells;
}

/**
 * The formulas (without "=") of the asked cells that change by themselves, per sheet by A1 address,
 * from the door's answers: a formula as Excel writes it ("=TODAY()"), null where the cell holds none.
 */
export function volatileFormulas(cells: readonly CellAddress[], answers: readonly (string | null)[]): Map<string, Record<string, string>> {
  const kept = new Map<string, Record<string, string>>();
  cells.forEach((cell, i) => {
    const answer = answers[i];
    if (!answer?.startsWith("=")) return;
    const formula = answer.slice(1);
    if (!isVolatileDateFormula(formula)) return;
    const sheetFormulas = kept.get(cell.sheet) ?? {};
    sheetFormulas[`${columnLetter(cell.column)}${cell.row}`] = formula;
    kept.set(cell.sheet, sheetFormulas);
  });
  return kept;
}

/** Said when the door could not give the formulas (`reason`: its one sentence): the dates are judged as typed, and the rest of the work goes on. */
export function formulasUnreadFinding(cells: readonly CellAddress[], reason: string): Finding {
  return {
    sheet: cells[0]!.sheet,
    code: "formulas-unread",
    severity: "info",
    message: `The formulas of the date cells could not be read (${reason.replace(/\.$/, "")}), so a date given by =TODAY() or =NOW() is taken as typed: as the day the action was updated, or as its due date.`,
  };
}
