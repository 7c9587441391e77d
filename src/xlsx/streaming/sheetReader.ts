/**
 * One worksheet part to the engine's SheetSnapshot without ExcelJS: the same values, number
 * formats, merges and trimmed area as readSheet (../readSheet.ts) gives through ExcelJS.
 */
import type JSZip from "jszip";
import type { SheetSnapshot } from "../../core/cells";
import type { CellFormats } from "./cellFormats";
import { snapshotFromRows } from "../snapshotRows";
import type { PackageSheet, PackageWorkbook } from "./workbookPart";
import { readWorksheetCells } from "./worksheetPart";

/** For each sheet read, whether its conditional formats are out of priority order (see sheetRuleOrder.ts). */
export type RuleOrderNotes = Map<PackageSheet, boolean>;

export async function readSheetStreaming(
  zip: JSZip,
  workbook: PackageWorkbook,
  sheet: PackageSheet,
  strings: string[],
  formats: CellFormats,
  generatedKey?: string,
  ruleOrder?: RuleOrderNotes,
): Promise<SheetSnapshot> {
  const cells = await readWorksheetCells(zip, sheet.part, { sheetName: sheet.name, strings, formats, date1904: workbook.date1904 });
  ruleOrder?.set(sheet, cells.rulesOutOfPriorityOrder === true);
  // Sorted as sheetMerges gives ExcelJS's merges: by top row, then left column.
  const merges = cells.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })).sort((a, b) => a.top - b.top || a.left - b.left);
  const snapshot: SheetSnapshot = { name: sheet.name, firstRow: 1, firstColumn: 1, values: [], numberFormats: [], merges };
  if (sheet.state !== "visible") snapshot.hidden = true;
  if (cells.hiddenColumns.length > 0) snapshot.hiddenColumns = cells.hiddenColumns;
  if (generatedKey !== undefined) snapshot.generatedKey = generatedKey;
  if (cells.formulas) snapshot.formulas = cells.formulas;
  if (cells.emptyFormulas) snapshot.emptyFormulas = cells.emptyFormulas;
  if (cells.webLinks) snapshot.webLinks = cells.webLinks;
  return snapshotFromRows(cells.rows, snapshot);
}
