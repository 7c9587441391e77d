/** Why a change of cells was refused as a whole: cells that changed since the workbook was read. */
import type { CellEdit } from "../core/formatPlan";

/** "row 5 of "Plan" now holds "b" where "blue" was read": one cell that no longer holds what was read. */
export function changedCell(edit: CellEdit, now: string): string {
  return `row ${edit.row} of "${edit.sheet}" now holds "${now}" where "${edit.from}" was read`;
}

/** One sentence naming the first changed cell (each as changedCell says it) and how many there are. */
export function changedSinceReadMessage(changed: string[]): string {
  const first = changed[0]!;
  return changed.length === 1
    ? `Nothing was changed because ${first}; check again and retry.`
    : `Nothing was changed because ${changed.length} cells changed since the workbook was read (first, ${first}); check again and retry.`;
}
