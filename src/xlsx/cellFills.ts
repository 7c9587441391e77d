/**
 * The fill a cell of an ExcelJS worksheet shows, as Excel decides it: a cell inside a merged area
 * shows the area's top-left cell; a cell the sheet holds shows its own style; one it does not hold
 * shows its row's style where the row has one, else its column's. The streaming door decides the
 * same from the worksheet part (see streaming/cellStyles.ts).
 */
import type ExcelJS from "exceljs";
import type { FillSpec } from "./fillColour";

export function shownFill(sheet: ExcelJS.Worksheet, row: number, column: number): FillSpec | undefined {
  const cell = sheet.findCell(row, column);
  // ExcelJS gives every cell of a merged area a place, whose master is the top-left cell (itself where it is not merged).
  if (cell) return (cell.master ?? cell).style?.fill;
  const styledRow = sheet.findRow(row);
  if (styledRow && hasStyle(styledRow)) return styledRow.fill;
  return sheet.columns?.[column - 1]?.style?.fill;
}

/** Whether a row has a style of its own: ExcelJS reads a row without one as having none of a style's parts. */
function hasStyle(row: ExcelJS.Row): boolean {
  const parts: Partial<ExcelJS.Style> = row;
  return [parts.numFmt, parts.font, parts.alignment, parts.protection, parts.border, parts.fill].some((part) => part !== undefined);
}
