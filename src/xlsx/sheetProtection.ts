/** Whether a sheet in the file is protected against edits (Review > Protect Sheet). */
import type ExcelJS from "exceljs";

export function isProtectedSheet(sheet: ExcelJS.Worksheet): boolean {
  // ExcelJS keeps the sheet's <sheetProtection> element as read; sheet="1" turns protection on.
  const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return protection?.sheet === true;
}
