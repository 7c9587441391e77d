/**
 * Writes values the user asked to change (Fix ratings). One sync reads every target cell and
 * checks it still holds what the engine read; only if all do does the write go ahead.
 */
import type { CellEdit } from "../core/formatPlan";
import type { XlContext, XlRange } from "./excelApi";
import { TEXT_FORMAT } from "./cellValues";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "./payload";
import type { WriteStep } from "./writeSteps";
import { callStep, runSteps } from "./writeSteps";
import { ExcelDoorError } from "./errors";
import { changedCell, changedSinceReadMessage } from "../door/editConflicts";
import type { WrittenRegion } from "./ownWrites";

/** The text a cell's value reads as, to compare with CellEdit.from. */
function asText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

export function editRegions(edits: CellEdit[]): WrittenRegion[] {
  return edits.map((e) => ({ sheet: e.sheet, range: { top: e.row, bottom: e.row, left: e.column, right: e.column } }));
}

interface Column {
  sheet: string;
  column: number;
  top: number;
  bottom: number;
  range?: XlRange;
}

export async function writeEdits(context: XlContext, edits: CellEdit[], options: { pauseEvents: boolean; budget?: number }): Promise<number> {
  if (edits.length === 0) return 0;
  // One read per sheet column, over the rows the edits span.
  const columns = new Map<string, Column>();
  for (const e of edits) {
    const key = `${e.sheet}\u0001${e.column}`;
    const c = columns.get(key) ?? { sheet: e.sheet, column: e.column, top: e.row, bottom: e.row };
    c.top = Math.min(c.top, e.row);
    c.bottom = Math.max(c.bottom, e.row);
    columns.set(key, c);
  }
  for (const c of columns.values()) {
    c.range = context.workbook.worksheets.getItem(c.sheet).getRangeByIndexes(c.top - 1, c.column - 1, c.bottom - c.top + 1, 1).load("values");
  }
  await context.sync();

  const changed: string[] = [];
  const steps: WriteStep[] = [];
  for (const e of edits) {
    const c = columns.get(`${e.sheet}\u0001${e.column}`)!;
    const now = c.range!.values[e.row - c.top]?.[0];
    if (asText(now) !== e.from) {
      changed.push(changedCell(e, asText(now)));
      continue;
    }
    steps.push(
      callStep(CALL_OVERHEAD_BYTES * 2 + jsonBytes(e.to), (ctx) => {
        const cell = ctx.workbook.worksheets.getItem(e.sheet).getRangeByIndexes(e.row - 1, e.column - 1, 1, 1);
        // The cell first becomes text, so "=…" or "007" is kept exactly as written.
        cell.numberFormat = [[TEXT_FORMAT]];
        cell.values = [[e.to]];
      }),
    );
  }
  if (changed.length > 0) throw new ExcelDoorError(changedSinceReadMessage(changed));
  await runSteps(context, steps, { budget: options.budget, pauseEvents: options.pauseEvents, pauseCalculation: true });
  return steps.length;
}
