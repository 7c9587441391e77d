/** Cell values between Office.js and the engine: what a read returns, and what a plan cell writes. */
import type { CellValue } from "../core/cells";
import type { PlanCell } from "../core/writePlan";
import { isoToSerial } from "../core/dates";
import { serialTo } from "./dateSystem";
import { textFormatFits } from "../core/excelLimits";

/** Excel's "text" number format: whatever is written stays exactly as written. */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/**
 * One cell as Office.js reports it. Dates stay serial numbers with their number format (the
 * engine converts them); an error value becomes {error} so it is never mistaken for text.
 */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

export function toNumberFormat(format: unknown): string | null {
  return typeof format === "string" && format !== "" ? format : null;
}

/**
 * The value Office.js should write for a plan cell: text as given, dates as serial numbers of the
 * workbook's date system. Text too long for the text format (planNumberFormat) that Excel would read
 * as a formula ("- Training delivered …", a response written as a list), or that begins with an
 * apostrophe of its own ("'Think Family' podcast …"), gets a leading apostrophe, which Excel takes
 * as typed: the cell holds the text without it, and so the text's own apostrophe stays.
 */
export function planValue(cell: PlanCell | undefined, date1904: boolean): string | number {
  if (!cell || cell.kind === "blank") return "";
  if (cell.kind === "date") return serialTo(isoToSerial(cell.value), date1904);
  if (cell.kind === "text" && !textFormatFits(cell.value) && NOT_KEPT_AS_WRITTEN.test(cell.value)) return `'${cell.value}`;
  return cell.value;
}

/** What Excel, given a value for a cell of the General format, reads as the start of a formula, or drops as the mark of typed text. */
const NOT_KEPT_AS_WRITTEN = /^[=+\-@']/;

/** The number format a plan cell needs; General where the new sheet's default already fits, and for text too long to show in the text format. */
export function planNumberFormat(cell: PlanCell | undefined, dateFormat: string): string {
  if (!cell) return GENERAL_FORMAT;
  if (cell.kind === "text") return textFormatFits(cell.value) ? TEXT_FORMAT : GENERAL_FORMAT;
  if (cell.kind === "date") return dateFormat;
  return GENERAL_FORMAT;
}
