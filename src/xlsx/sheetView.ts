/**
 * What a person would see of each worksheet, for the browser workbench's grid: the sheet's tab
 * (name and visibility), how far its cells reach, merges, column widths and the conditional-format
 * rules still to be worked out per cell. Its cells are read only as the grid asks for them
 * (viewCell.ts), so a view of a sheet of 100,000 rows costs little more than one of the rows
 * the grid draws. ExcelJS stays inside the file door; the grid only gets these values.
 */
import type ExcelJS from "exceljs";
import type { CellRange } from "../core/cells";
import { a1Range } from "../core/cells";
import type { Palette } from "./fillColour";
import { conditionalFormats, sheetMerges } from "./internals";
import type { CellLook, ViewCell } from "./viewCell";
import { look, placeShowsSomething, viewCell } from "./viewCell";

export type { CellLook, ViewCell } from "./viewCell";

/** A conditional-format rule of the "expression" kind, the only kind the add-in writes. */
export interface ViewRule {
  ranges: CellRange[];
  /** Relative to the top-left cell of the first range, without the leading "=". */
  formula: string;
  priority: number;
  look: CellLook;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A sheet's tab: all the grid needs of the sheets it does not show. */
export interface SheetTab {
  name: string;
  visibility: SheetVisibility;
}

export interface SheetView extends SheetTab {
  /** The last row and column holding a value or a fill. */
  lastRow: number;
  lastColumn: number;
  merges: CellRange[];
  /** Column widths in Excel's character units, by column number; absent means the default. */
  widths: Record<number, number>;
  rules: ViewRule[];
  /** The type of each rule on the sheet that the view does not work out (icon sets, data bars…), one entry per rule. */
  otherRules: string[];
  /** The cell at this place as the grid shows it, read from the workbook now; undefined where there is nothing to see. */
  cellAt(row: number, column: number): ViewCell | undefined;
}

/** "F5:F240 H5" → ranges; anything unreadable is left out. */
function refRanges(ref: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const part of ref.trim().split(/\s+/)) {
    const range = a1Range(part);
    if (range) ranges.push(range);
  }
  return ranges;
}

function visibility(sheet: ExcelJS.Worksheet): SheetVisibility {
  return sheet.state === "hidden" || sheet.state === "veryHidden" ? sheet.state : "visible";
}

export function sheetTab(sheet: ExcelJS.Worksheet): SheetTab {
  return { name: sheet.name, visibility: visibility(sheet) };
}

/**
 * The last row and column that show something. Each row is looked at from its last cell back to
 * the first that shows something, which in a tracker is its last: a few cells a row, not every cell.
 */
function reach(sheet: ExcelJS.Worksheet, palette: Palette): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  // Rows without a value show nothing (see viewCell), and eachRow skips them.
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    for (let column = row.cellCount; column >= 1; column--) {
      if (!placeShowsSomething(sheet, row, column, palette)) continue;
      lastRow = rowNumber;
      lastColumn = Math.max(lastColumn, column);
      return;
    }
  });
  return { lastRow, lastColumn };
}

export function sheetRules(sheet: ExcelJS.Worksheet): { rules: ViewRule[]; otherRules: string[] } {
  const found: ViewRule[] = [];
  // Each rule, not each type: the grid's note says how many rules it cannot show.
  const otherRules: string[] = [];
  for (const format of conditionalFormats(sheet)) {
    const ranges = refRanges(format.ref);
    for (const rule of format.rules) {
      const formula = rule.type === "expression" ? rule.formulae?.[0] : undefined;
      if (typeof formula !== "string" || ranges.length === 0) {
        otherRules.push(rule.type);
        continue;
      }
      found.push({ ranges, formula: formula.replace(/^=/, ""), priority: rule.priority ?? Number.MAX_SAFE_INTEGER, look: look(rule.style, null) });
    }
  }
  found.sort((a, b) => a.priority - b.priority);
  return { rules: found, otherRules };
}

export function columnWidths(sheet: ExcelJS.Worksheet): Record<number, number> {
  const widths: Record<number, number> = {};
  (sheet.columns ?? []).forEach((column, i) => {
    if (typeof column.width === "number") widths[i + 1] = column.width;
  });
  return widths;
}

/** One worksheet as the grid shows it; its cells are read from `sheet` when asked for, so the view goes with the sheet as it is then. */
export function sheetView(sheet: ExcelJS.Worksheet, palette: Palette): SheetView {
  return {
    ...sheetTab(sheet),
    ...reach(sheet, palette),
    merges: sheetMerges(sheet),
    widths: columnWidths(sheet),
    ...sheetRules(sheet),
    cellAt: (row, column) => viewCell(sheet, row, column, palette),
  };
}
