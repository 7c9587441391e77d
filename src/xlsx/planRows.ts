/**
 * A generated sheet's rows as ExcelJS's worksheet model would hold them once writeSheetCells had
 * written the plan (cells, merges, row heights), built straight from the plan. Saving a generated
 * sheet that nothing has read since it was planned renders these (see ownSheetData), so its tens
 * of thousands of cells never become ExcelJS cells, the largest cost of writing a long
 * stale-action list. Every rule here mirrors what ExcelJS does for the calls writeSheetCells
 * makes; the tests compare the two renderings byte for byte.
 */
import ExcelJS from "exceljs";
import type { SheetPlan } from "../core/writePlan";
import type { CellModel, RowModel } from "./ownSheetData";
import { PlanStyles } from "./planStyles";
import { wrappedRowHeights } from "./rowHeights";
import { cellContent } from "./writeSheet";

const { Null, Merge, Number: NumberType, String: StringType, Date: DateType } = ExcelJS.ValueType;

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface PlannedRow {
  number: number;
  /** By column - 1, with holes where no cell was written, as an ExcelJS row keeps them. */
  cells: CellModel[];
  height?: number;
}

export interface PlannedSheet {
  rows: RowModel[];
  /** The <dimension> reference ExcelJS would write ("A1:N11177"). */
  dimension: string;
}

export function planRowModels(plan: SheetPlan): PlannedSheet {
  const styles = new PlanStyles();
  const letters: string[] = [];
  const letter = (column: number) => (letters[column] ??= columnLetters(column));
  const rows: (PlannedRow | undefined)[] = [];
  const rowAt = (number: number): PlannedRow => (rows[number - 1] ??= { number, cells: [] });
  // A cell ExcelJS creates on its own (a merge corner outside the plan's cells) starts with an empty style.
  const cellAt = (row: number, column: number): CellModel => {
    const cells = rowAt(row).cells;
    return (cells[column - 1] ??= { address: `${letter(column)}${row}`, type: Null, style: {} });
  };

  for (let r = 0; r < plan.rows.length; r++) {
    const planRow = plan.rows[r]!;
    if (planRow.length === 0) continue;
    const row = rowAt(r + 1);
    for (let c = 0; c < planRow.length; c++) {
      const cell = planRow[c]!;
      const { value, numFmt } = cellContent(cell, plan.dateFormat);
      const model: CellModel = { address: `${letter(c + 1)}${r + 1}`, type: Null, style: styles.styleOf(cell, numFmt) };
      if (typeof value === "string") Object.assign(model, { type: StringType, value });
      else if (typeof value === "number") Object.assign(model, { type: NumberType, value });
      else if (value instanceof Date) Object.assign(model, { type: DateType, value });
      row.cells[c] = model;
    }
  }
  for (const m of plan.merges) {
    const master = cellAt(m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const covered = cellAt(r, c);
        // A merged cell keeps no value of its own and takes the corner's style.
        rowAt(r).cells[c - 1] = { address: covered.address, type: Merge, master: master.address, style: master.style! };
      }
    }
  }
  for (const [number, height] of wrappedRowHeights(plan)) rowAt(number).height = height;

  const models: RowModel[] = [];
  let top = 0;
  let left = 0;
  let bottom = 0;
  let right = 0;
  for (const row of rows) {
    if (!row) continue;
    const cells: CellModel[] = [];
    let min = 0;
    let max = 0;
    row.cells.forEach((cell, i) => {
      if (!min || min > i + 1) min = i + 1;
      if (max < i + 1) max = i + 1;
      cells.push(cell);
    });
    if (!row.height && cells.length === 0) continue;
    const model: RowModel = { number: row.number, cells, min, max, style: {} };
    if (row.height) model.height = row.height;
    models.push(model);
    // As ExcelJS's Range.expand, which the sheet's dimension comes from.
    if (!top || row.number < top) top = row.number;
    if (!left || min < left) left = min;
    if (!bottom || row.number > bottom) bottom = row.number;
    if (!right || max > right) right = max;
  }
  const dimension = models.length === 0 ? "A1:A1" : `${letter(left)}${top}:${letter(right)}${bottom}`;
  return { rows: models, dimension };
}
