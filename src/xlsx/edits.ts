/**
 * Values the user asked to change (Fix ratings, last-updated stamping), written into the file.
 * Every edit is checked first: the cell must still hold what the engine read, or nothing changes.
 */
import type ExcelJS from "exceljs";
import type { CellEdit } from "../core/formatPlan";
import { isDateFormat, isIsoDate } from "../core/dates";
import { STORE_SHEET_NAME } from "../core/store";
import { cellValue, editText } from "./cellValues";
import { isProtectedSheet } from "./sheetProtection";
import { NOTHING_CHANGED, ProtectionError, protectedSheetsMessage } from "../door/protectedSheets";

/** The date format given to an edited cell that is not formatted as a date yet. */
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

interface Target {
  edit: CellEdit;
  sheet: ExcelJS.Worksheet;
}

function textAt(sheet: ExcelJS.Worksheet, row: number, column: number): string {
  // findCell creates nothing, so a failed check leaves the sheet exactly as it was.
  const found = sheet.findCell(row, column);
  return found ? editText(cellValue(found)) : "";
}

function write(sheet: ExcelJS.Worksheet, edit: CellEdit): void {
  const current = sheet.findCell(edit.row, edit.column);
  const format = current?.numFmt;
  const style = current?.style ?? {};
  const target = sheet.getCell(edit.row, edit.column);
  if (typeof edit.to === "string") {
    // ExcelJS stores a string as a string, so "=…" or "007" stays exactly as written.
    target.value = edit.to;
    return;
  }
  target.value = new Date(`${edit.to.date}T00:00:00Z`);
  // ExcelJS shares one style object among cells that look alike: give this cell its own copy.
  if (!isDateFormat(format)) target.style = { ...style, numFmt: DEFAULT_DATE_FORMAT };
}

export function applyCellEdits(workbook: ExcelJS.Workbook, edits: CellEdit[]): number {
  const targets: Target[] = edits.map((edit) => {
    const lower = edit.sheet.toLowerCase();
    const sheet = workbook.worksheets.find((s) => s.name.toLowerCase() === lower && s.name !== STORE_SHEET_NAME);
    if (!sheet) throw new Error(`Nothing was changed because there is no sheet named "${edit.sheet}" any more; check again and retry.`);
    if (typeof edit.to !== "string" && !isIsoDate(edit.to.date)) throw new Error(`Nothing was changed because "${edit.to.date}" is not a date written YYYY-MM-DD.`);
    return { edit, sheet };
  });
  const locked = targets.filter(({ sheet }) => isProtectedSheet(sheet)).map(({ sheet }) => sheet.name);
  if (locked.length > 0) throw new ProtectionError(protectedSheetsMessage(locked, NOTHING_CHANGED));
  const changed = targets.filter(({ edit, sheet }) => textAt(sheet, edit.row, edit.column) !== edit.from);
  if (changed.length > 0) {
    const { edit, sheet } = changed[0]!;
    const first = `row ${edit.row} of "${edit.sheet}" now holds "${textAt(sheet, edit.row, edit.column)}" where "${edit.from}" was read`;
    throw new Error(
      changed.length === 1
        ? `Nothing was changed because ${first}; check again and retry.`
        : `Nothing was changed because ${changed.length} cells changed since the workbook was read (first, ${first}); check again and retry.`,
    );
  }
  for (const { edit, sheet } of targets) write(sheet, edit);
  return targets.length;
}
