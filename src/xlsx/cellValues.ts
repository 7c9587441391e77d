/** ExcelJS cell values to the engine's values: what a person sees in the cell, typed. */
import ExcelJS from "exceljs";
import type { CellValue } from "../core/cells";
import { cellText } from "../core/cells";
import { dateToIso } from "../core/dates";

type RichText = { richText: { text: string }[] };

function isRichText(value: unknown): value is RichText {
  return typeof value === "object" && value !== null && Array.isArray((value as RichText).richText);
}

function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean" || value instanceof Date) return value;
  if (isRichText(value)) return plain(value.richText.map((r) => r.text ?? "").join(""));
  if (typeof value === "object" && "error" in value) return { error: String((value as { error: unknown }).error) };
  return String(value);
}

/**
 * The value the engine reads from one cell: a formula gives its cached result, rich text and
 * hyperlinks their text, an error value {error}; the parts of a merge other than its top-left
 * cell are empty, as Excel reports them.
 */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula: {
      // cell.result, not cell.value.result: ExcelJS's value leaves out a result of 0 or false.
      const result = cell.result;
      // No saved result (a file from a program that does not calculate): the engine reports it, rather than read it as blank.
      // An empty text result is an empty cell, as Excel shows it.
      return result === undefined ? { formula: cell.formula } : result === "" ? null : plain(result);
    }
    case ExcelJS.ValueType.Hyperlink:
      return plain((cell.value as ExcelJS.CellHyperlinkValue).text);
    default:
      return plain(cell.value);
  }
}

/** The text a cell holds, as a CellEdit's `from` gives it (String() of the value read). */
export function editText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return dateToIso(value);
  if (typeof value === "object") return cellText(value);
  return String(value);
}
