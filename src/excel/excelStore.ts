/**
 * RAG Tracker's own data on the very hidden store sheet (layout in core/store.ts). Every cell
 * is written as text, so JSON beginning with "[" or "-" or a number never changes type.
 */
import { STORE_SHEET_NAME } from "../core/store";
import type { XlContext } from "./excelApi";
import type { WorkbookLayout } from "./layout";
import { TEXT_FORMAT } from "./cellValues";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "./payload";
import type { WriteStep } from "./writeSteps";
import { callStep, runSteps } from "./writeSteps";

export function hasStore(layout: WorkbookLayout): boolean {
  return layout.sheets.some((s) => s.name === STORE_SHEET_NAME);
}

export async function readStoreRows(context: XlContext, layout: WorkbookLayout): Promise<unknown[][]> {
  if (!hasStore(layout)) return [];
  const used = context.workbook.worksheets.getItem(STORE_SHEET_NAME).getUsedRange(true).load("values");
  await context.sync();
  return used.values;
}

function storeRowsStep(top: number, rows: string[][], width: number): WriteStep {
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
  const formats = values.map((r) => r.map(() => TEXT_FORMAT));
  return {
    bytes: jsonBytes(values) + jsonBytes(formats) + CALL_OVERHEAD_BYTES * 2,
    queue: (context) => {
      const range = context.workbook.worksheets.getItem(STORE_SHEET_NAME).getRangeByIndexes(top, 0, values.length, width);
      range.numberFormat = formats;
      range.values = values;
    },
    split: rows.length > 1 ? () => [storeRowsStep(top, rows.slice(0, rows.length >> 1), width), storeRowsStep(top + (rows.length >> 1), rows.slice(rows.length >> 1), width)] : undefined,
  } as WriteStep;
}

/** Replaces the store sheet's contents, creating it when the workbook has none; either way it ends very hidden. */
export async function writeStoreRows(context: XlContext, layout: WorkbookLayout, rows: string[][], options: { pauseEvents: boolean; budget?: number }): Promise<void> {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const steps: WriteStep[] = [
    callStep(CALL_OVERHEAD_BYTES * 3, (ctx) => {
      if (hasStore(layout)) {
        const store = ctx.workbook.worksheets.getItem(STORE_SHEET_NAME);
        store.getRange().clear("All");
        // Another application may have saved it merely hidden (LibreOffice Calc has no very hidden).
        store.visibility = "VeryHidden";
      } else ctx.workbook.worksheets.add(STORE_SHEET_NAME).visibility = "VeryHidden";
    }),
  ];
  if (rows.length > 0) steps.push(storeRowsStep(0, rows, width));
  await runSteps(context, steps, { budget: options.budget, pauseEvents: options.pauseEvents, pauseCalculation: true });
}
