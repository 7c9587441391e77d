/**
 * Heights of the rows Excel will not fit itself: a wrapped text merged across columns keeps one
 * line under autofitRows, so it prints clipped and the engine's page estimate (which counts the
 * file doors' heights) is off. These rows get the heights the file doors write.
 */
import type { CellRange } from "../core/cells";
import type { SheetPlan } from "../core/writePlan";
import { mergedWrappedRows, wrappedRowHeights } from "../core/rowHeights";
import { byIndexes } from "./addresses";
import { areaGroups, areasAddress } from "./areaGroups";
import { CALL_OVERHEAD_BYTES } from "./payload";
import type { WriteStep } from "./writeSteps";
import { callStep } from "./writeSteps";

/** Runs of consecutive rows of one height, as column-A areas, keyed by height. */
function runsByHeight(heights: Map<number, number>): Map<number, CellRange[]> {
  const runs = new Map<number, CellRange[]>();
  for (const [row, height] of [...heights].sort((a, b) => a[0] - b[0])) {
    const list = runs.get(height) ?? [];
    const last = list.at(-1);
    if (last && last.bottom === row - 1) last.bottom = row;
    else list.push({ top: row, bottom: row, left: 1, right: 1 });
    runs.set(height, list);
  }
  return runs;
}

/** One call per group of same-height runs; to follow autofitRows, which would undo them. */
export function rowHeightSteps(sheetName: string, plan: SheetPlan, multiArea: boolean): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const [height, runs] of runsByHeight(wrappedRowHeights(plan, mergedWrappedRows(plan)))) {
    for (const group of areaGroups(runs, multiArea)) {
      const address = group.length > 1 ? areasAddress(group) : null;
      steps.push(
        callStep(CALL_OVERHEAD_BYTES * 2 + (address ? address.length + 16 : 0), (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          (address ? sheet.getRanges(address) : byIndexes(sheet, group[0]!)).format.rowHeight = height;
        }),
      );
    }
  }
  return steps;
}
