/**
 * Excel refuses new values only in the locked cells of a protected sheet: a sheet protected
 * except for its rating column (a common set-up) still takes fixed ratings there. So the door
 * asks each target cell's format.protection.locked (ExcelApi 1.2) and refuses the whole change,
 * before anything is written, only when some target is locked, naming those cells. A target whose
 * rating a formula gives is never written, so it is not asked about.
 */
import type { CellEdit } from "../core/formatPlan";
import type { XlContext } from "./excelApi";
import type { EditTarget } from "./edits";
import { keptAsTyped } from "./edits";
import type { WorkbookLayout } from "./layout";
import { findSheet } from "./layout";
import { TEXT_FORMAT } from "./cellValues";
import { CALL_OVERHEAD_BYTES, DEFAULT_WRITE_BUDGET } from "./payload";
import { ExcelDoorError } from "./errors";
import { lockedCellsMessage } from "../door/protectedSheets";

function isFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=");
}

export async function refuseLockedTargets(context: XlContext, layout: WorkbookLayout, targets: EditTarget[], budget = DEFAULT_WRITE_BUDGET): Promise<void> {
  const onProtected = targets.filter((t) => findSheet(layout, t.edit.sheet)?.protected);
  if (onProtected.length === 0) return;
  const locked: CellEdit[] = [];
  const needFormat: CellEdit[] = [];
  // Four calls a cell (sheet, cell, its format and the loads): as many cells a sync as the request budget takes.
  const size = Math.max(1, Math.floor(budget / (CALL_OVERHEAD_BYTES * 4)));
  for (let i = 0; i < onProtected.length; i += size) {
    const loads = onProtected.slice(i, i + size).map(({ edit }) => {
      const cell = context.workbook.worksheets.getItem(edit.sheet).getRangeByIndexes(edit.row - 1, edit.column - 1, 1, 1);
      return { edit, cell: cell.load("numberFormat,formulas"), protection: cell.format.protection.load("locked") };
    });
    // Rarely more than one: a sync per budget's worth of cells.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { edit, cell, protection } of loads) {
      // A rating a formula gives is left as it is (writeEdits), so its cell being locked stops nothing.
      if (isFormula(cell.formulas[0]?.[0])) continue;
      if (protection.locked !== false) locked.push(edit);
      // Such a rating is written into a Text cell, and a protected sheet refuses a change of format.
      else if (!keptAsTyped(edit.to) && cell.numberFormat[0]?.[0] !== TEXT_FORMAT) needFormat.push(edit);
    }
  }
  if (locked.length > 0 || needFormat.length > 0) throw new ExcelDoorError(lockedCellsMessage(locked, needFormat));
}
