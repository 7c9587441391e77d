/**
 * A generated sheet planned but not yet saved, as the engine would read it once saved: its
 * values, number formats and merges. The streaming door reads such a sheet from its plan, since
 * its part is only written on save.
 */
import type { CellValue, SheetSnapshot } from "../../core/cells";
import type { PlanCell, SheetPlan } from "../../core/writePlan";
import { cellContent } from "../writeSheet";

function planValue(cell: PlanCell | undefined, dateFormat: string): [CellValue, string | null] {
  if (cell === undefined) return [null, null];
  const { value, numFmt } = cellContent(cell, dateFormat);
  return [value === "" ? null : value, value === null ? null : (numFmt ?? "General")];
}

export function planSnapshot(plan: SheetPlan): SheetSnapshot {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const row of plan.rows) {
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    for (let c = 0; c < row.length; c++) {
      const [value, format] = planValue(row[c], plan.dateFormat);
      rowValues.push(value);
      rowFormats.push(format);
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  // Cells a merge covers, other than its top-left one, read as empty.
  for (const m of plan.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if ((r === m.top && c === m.left) || values[r - 1]?.[c - 1] === undefined) continue;
        values[r - 1]![c - 1] = null;
        numberFormats[r - 1]![c - 1] = null;
      }
    }
  }
  return { name: plan.name, firstRow: 1, firstColumn: 1, values, numberFormats, merges: plan.merges.map((m) => ({ ...m })), generatedKey: plan.key };
}
