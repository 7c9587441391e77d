/**
 * Values the user asked to change (Fix ratings), written into the file.
 * Every edit is checked first: the cell must still hold what the engine read, or nothing changes.
 */
import ExcelJS from "exceljs";
import type { CellEdit } from "../core/formatPlan";
import { cellValue, editText } from "./cellValues";
import { isStoreSheet } from "./storeSheet";
import { isProtectedSheet } from "./sheetProtection";
import { ProtectionError, lockedCellsMessage } from "../door/protectedSheets";
import { changedCell, changedSinceReadMessage, formulaRatingsNote } from "../door/editConflicts";

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
  // ExcelJS stores a string as a string, so "=…" or "007" stays exactly as written; nothing (an
  // undone fix of a rating given by colour alone) empties the cell, as an empty string would not.
  // A link on the rating (to the evidence, say) stays on it, as Excel keeps a link when a cell is retyped.
  const found = sheet.findCell(edit.row, edit.column);
  const link = found?.type === ExcelJS.ValueType.Hyperlink ? (found.value as ExcelJS.CellHyperlinkValue) : undefined;
  sheet.getCell(edit.row, edit.column).value = edit.to === "" ? null : link ? { ...link, text: edit.to } : edit.to;
}

/** Locked unless the cell's own style (or, for a cell without one, its column's) unlocks it, as Excel reads a file. */
function isLockedCell(sheet: ExcelJS.Worksheet, row: number, column: number): boolean {
  const own = sheet.findCell(row, column)?.protection;
  if (own?.locked !== undefined) return own.locked !== false;
  const columnStyle = sheet.findCell(row, column) ? undefined : sheet.columns?.[column - 1]?.style?.protection;
  return columnStyle?.locked !== false;
}

/** What a write of edits did: how many cells it wrote, and the edits it left as they are, with a sentence for each sheet's. */
export interface CellEditOutcome {
  written: number;
  left: CellEdit[];
  notes: string[];
}

/** Whether the cell's value is a formula's (its own or a shared one): writing the rating would destroy it. */
function holdsFormula(sheet: ExcelJS.Worksheet, row: number, column: number): boolean {
  const found = sheet.findCell(row, column);
  return found !== undefined && found.type === ExcelJS.ValueType.Formula;
}

/**
 * Writes the edits, or none. A cell whose rating a formula gives is left as it is, with a note, as in
 * Excel: the fix belongs in the cell the formula reads, and Undo could not put the formula back.
 */
export function applyCellEdits(workbook: ExcelJS.Workbook, edits: CellEdit[]): CellEditOutcome {
  const targets: Target[] = edits.map((edit) => {
    const lower = edit.sheet.toLowerCase();
    const sheet = workbook.worksheets.find((s) => s.name.toLowerCase() === lower && !isStoreSheet(s));
    if (!sheet) throw new Error(`Nothing was changed because there is no sheet named "${edit.sheet}" any more; check again and retry.`);
    return { edit, sheet };
  });
  // A protected sheet's unlocked cells take values, as in Excel: only locked targets refuse the change.
  // A rating a formula gives is left as it is (below), so its cell being locked stops nothing.
  const locked = targets
    .filter(({ sheet, edit }) => isProtectedSheet(sheet) && isLockedCell(sheet, edit.row, edit.column) && !holdsFormula(sheet, edit.row, edit.column))
    .map(({ edit }) => edit);
  if (locked.length > 0) throw new ProtectionError(lockedCellsMessage(locked));
  const changed = targets.filter(({ edit, sheet }) => textAt(sheet, edit.row, edit.column) !== edit.from);
  if (changed.length > 0) throw new Error(changedSinceReadMessage(changed.map(({ edit, sheet }) => changedCell(edit, textAt(sheet, edit.row, edit.column)))));
  const left: CellEdit[] = [];
  const formulaCells = new Map<string, number[][]>();
  for (const { edit, sheet } of targets) {
    if (holdsFormula(sheet, edit.row, edit.column)) {
      left.push(edit);
      formulaCells.set(edit.sheet, [...(formulaCells.get(edit.sheet) ?? []), edit.rows ?? [edit.row]]);
      continue;
    }
    write(sheet, edit);
  }
  return { written: targets.length - left.length, left, notes: [...formulaCells].map(([sheet, cells]) => formulaRatingsNote(sheet, cells)) };
}
