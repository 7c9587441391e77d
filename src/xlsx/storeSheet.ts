/** The very hidden store sheet (src/core/store.ts) in the file: RAG Tracker's settings and snapshots. */
import type ExcelJS from "exceljs";
import { STORE_SHEET_NAME } from "../core/store";
import { cellValue } from "./cellValues";
import { setSheetOrder, sheetOrder } from "./internals";

export function storeSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => s.name === STORE_SHEET_NAME);
}

/** The store sheet's rows as values; [] when the workbook has none. */
export function readStoreRows(workbook: ExcelJS.Workbook): unknown[][] {
  const sheet = storeSheet(workbook);
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      values[column - 1] = cellValue(cell);
    });
    rows[rowNumber - 1] = Array.from(values, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Replaces the store sheet's rows in one go, keeping its place; the sheet is very hidden. */
export function writeStoreRows(workbook: ExcelJS.Workbook, rows: string[][]): void {
  const old = storeSheet(workbook);
  const order = old ? sheetOrder(old) : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(STORE_SHEET_NAME, { state: "veryHidden" });
  if (order !== undefined) setSheetOrder(sheet, order);
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = text;
      cell.numFmt = "@";
    }),
  );
}

/**
 * The store sheet marked very hidden in the saved workbook.xml. Another application may have
 * re-saved it as merely hidden (LibreOffice Calc has no very hidden), where anyone can unhide
 * and edit it; every save by RAG Tracker puts it back out of reach.
 */
export function storeVeryHidden(workbookXml: string): string {
  return workbookXml.replace(/<sheet\b[^>]*>/g, (tag) => {
    if (!tag.includes(` name="${STORE_SHEET_NAME}"`) || / state="veryHidden"/.test(tag)) return tag;
    const stated = tag.replace(/ state="[^"]*"/, ' state="veryHidden"');
    return stated !== tag ? stated : tag.replace(/^<sheet/, '<sheet state="veryHidden"');
  });
}
