/**
 * The grid's view of a generated sheet whose cells are still only in its plan (see XlsxDoor's
 * pendingCells), read from the plan: showing the first rows of a long stale-action list then
 * makes none of its tens of thousands of cells in ExcelJS. Each place shows what it will once
 * writeSheetCells has made the cells, as viewCell reads them: every rule here mirrors what ExcelJS
 * makes of writeSheetCells' calls, and the tests compare the two views place by place.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/cells";
import type { PlanCell, SheetPlan } from "../core/writePlan";
import type { Palette } from "./fillColour";
import { PlanStyles } from "./planStyles";
import type { SheetView } from "./sheetView";
import { columnWidths, sheetRules, sheetTab } from "./sheetView";
import type { ShownStyle } from "./viewCell";
import { shownCell, showsSomething } from "./viewCell";
import { cellContent } from "./writeSheet";

/** Places are keyed by number, row × this + column. */
const ROW_KEY = 16_385;

interface Place {
  value: CellValue;
  style: ShownStyle;
}

/** A plan cell's value as cellValue reads the cell made of it: empty text is no value. */
function planValue(cell: PlanCell, dateFormat: string): CellValue {
  const { value } = cellContent(cell, dateFormat);
  return value === "" ? null : value;
}

export function planSheetView(sheet: ExcelJS.Worksheet, plan: SheetPlan, palette: Palette): SheetView {
  const styles = new PlanStyles();
  const styleOf = (cell: PlanCell) => styles.styleOf(cell, cellContent(cell, plan.dateFormat).numFmt);
  // A new sheet's rows and columns have no style: a cell ExcelJS makes itself (a merge's corner the plan has no cell for) has none either.
  const none: ShownStyle = {};

  // A merged area's places but its corner hold no value and take the corner's style; a merge makes cells beyond a row's plan cells.
  const covered = new Map<number, ShownStyle>();
  const corners = new Set<number>();
  const mergeReach = new Map<number, number>();
  for (const m of plan.merges) {
    const corner = plan.rows[m.top - 1]?.[m.left - 1];
    const style = corner ? styleOf(corner) : none;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) corners.add(r * ROW_KEY + c);
        else covered.set(r * ROW_KEY + c, style);
      }
      mergeReach.set(r, Math.max(mergeReach.get(r) ?? 0, m.right));
    }
  }
  const mergedRows = new Set([...covered.keys()].map((key) => Math.floor(key / ROW_KEY)));

  /** The row's last cell (ExcelJS's cellCount), and whether the row holds a value, as ExcelJS's hasValues tells (a merged place counts). */
  const rowShape = (row: number): { cells: number; hasValues: boolean } => {
    const planRow = plan.rows[row - 1] ?? [];
    let last = 0;
    let hasValues = mergedRows.has(row);
    planRow.forEach((cell, i) => {
      last = i + 1;
      // Any kind but a blank is given a value, even empty text (which reads as no value).
      if (cell.kind !== "blank") hasValues = true;
    });
    return { cells: Math.max(last, mergeReach.get(row) ?? 0), hasValues };
  };

  /** What the cell at this place holds; undefined where ExcelJS would make no cell. */
  const place = (row: number, column: number): Place | undefined => {
    const key = row * ROW_KEY + column;
    const mergedStyle = covered.get(key);
    if (mergedStyle) return { value: null, style: mergedStyle };
    const cell = plan.rows[row - 1]?.[column - 1];
    if (cell) return { value: planValue(cell, plan.dateFormat), style: styleOf(cell) };
    return corners.has(key) ? { value: null, style: none } : undefined;
  };

  let lastRow = 0;
  let lastColumn = 0;
  const rows = Math.max(plan.rows.length, ...mergeReach.keys());
  for (let row = 1; row <= rows; row++) {
    const shape = rowShape(row);
    if (!shape.hasValues) continue;
    for (let column = shape.cells; column >= 1; column--) {
      const p = place(row, column);
      if (!p || !showsSomething(p.value, p.style.fill, palette)) continue;
      lastRow = row;
      lastColumn = Math.max(lastColumn, column);
      break;
    }
  }

  return {
    ...sheetTab(sheet),
    lastRow,
    lastColumn,
    merges: plan.merges.map(({ top, left, bottom, right }) => ({ top, left, bottom, right })).sort((a, b) => a.top - b.top || a.left - b.left),
    widths: columnWidths(sheet),
    ...sheetRules(sheet),
    cellAt: (row, column) => {
      const shape = rowShape(row);
      if (column > shape.cells || !shape.hasValues) return undefined;
      const p = place(row, column);
      return p && shownCell(row, column, p.value, p.style, palette);
    },
  };
}
