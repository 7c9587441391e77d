/**
 * The few ExcelJS fields its type definitions leave out, read and written in one place so an
 * ExcelJS upgrade has one file to check: the merge index, the sheet order and the per-cell
 * data-validation map, the conditional-format list.
 */
import type ExcelJS from "exceljs";
import type { CellRange } from "../core/cells";

interface MergeIndex {
  _merges: Record<string, { top: number; left: number; bottom: number; right: number } | undefined>;
}

interface Ordered {
  orderNo: number;
}

/** A data validation as ExcelJS keeps it, keyed by "F5" or, when added as a block, "F5:F300". */
export interface XlsxValidation {
  type: string;
  formulae?: unknown[];
  allowBlank?: boolean;
  showErrorMessage?: boolean;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
  promptTitle?: string;
  prompt?: string;
  showInputMessage?: boolean;
}

interface NameMatrices {
  matrixMap: Record<string, unknown>;
}

interface ConditionalFormats {
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

interface ValidationMap {
  dataValidations: { model: Record<string, XlsxValidation | undefined> };
}

export function sheetMerges(sheet: ExcelJS.Worksheet): CellRange[] {
  const merges: CellRange[] = [];
  for (const m of Object.values((sheet as unknown as MergeIndex)._merges)) {
    if (m) merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function sheetOrder(sheet: ExcelJS.Worksheet): number {
  return (sheet as unknown as Ordered).orderNo;
}

export function setSheetOrder(sheet: ExcelJS.Worksheet, orderNo: number): void {
  (sheet as unknown as Ordered).orderNo = orderNo;
}

export function validationMap(sheet: ExcelJS.Worksheet): Record<string, XlsxValidation | undefined> {
  return (sheet as unknown as ValidationMap).dataValidations.model;
}

/** Removes a workbook-level defined name entirely (ExcelJS only removes one cell of it at a time). */
export function deleteDefinedName(workbook: ExcelJS.Workbook, name: string): void {
  delete (workbook.definedNames as unknown as NameMatrices).matrixMap[name];
}

/** The sheet's conditional formats, each a range with its rules (ExcelJS writes them from this list). */
export function conditionalFormats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as ConditionalFormats).conditionalFormattings;
}

export function setConditionalFormats(sheet: ExcelJS.Worksheet, formats: ExcelJS.ConditionalFormattingOptions[]): void {
  (sheet as unknown as ConditionalFormats).conditionalFormattings = formats;
}
