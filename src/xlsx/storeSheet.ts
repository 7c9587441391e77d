/**
 * The store sheets (src/core/store.ts) in the file: RAG Tracker's settings and snapshots. A store
 * is known by its name in any letter case, or by its header row whatever its name: after a save
 * by LibreOffice it is merely hidden, so a user can unhide it and rename or copy it.
 */
import type ExcelJS from "exceljs";
import type { StoreRecord } from "../core/store";
import { STORE_HEADER, STORE_SHEET_NAME, decodeStore, isStoreHeader, isStoreSheetName, mergeStores, storeOrder } from "../core/store";
import { freeSheetName } from "../core/sheetNames";
import { cellValue } from "./cellValues";
import { setSheetOrder, sheetOrder } from "./internals";
import { xmlEscape, xmlUnescape } from "./packageXml";

/** Row 1's values from column A, as far as the store's header reaches (findCell adds no cell, so looking changes nothing). */
function firstRow(sheet: ExcelJS.Worksheet): unknown[] {
  return STORE_HEADER.map((_, i) => {
    const cell = sheet.findCell(1, i + 1);
    return cell ? cellValue(cell) : null;
  });
}

export function isStoreSheet(sheet: ExcelJS.Worksheet): boolean {
  return isStoreSheetName(sheet.name) || isStoreHeader(firstRow(sheet));
}

/** The workbook's store sheets, the one written to first (see storeOrder). */
export function storeSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return storeOrder(workbook.worksheets.filter(isStoreSheet));
}

/** The rows of the store written to (see storeSheets) as values; [] when the workbook has none. */
export function readStoreRows(workbook: ExcelJS.Workbook): unknown[][] {
  const [sheet] = storeSheets(workbook);
  return sheet ? sheetRows(sheet) : [];
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
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

/** The records of every store sheet as one store; [] when the workbook has none. */
export function readStoreRecords(workbook: ExcelJS.Workbook): StoreRecord[] {
  return mergeStores(storeSheets(workbook).map((sheet) => decodeStore(sheetRows(sheet))));
}

/** A sheet in place of `old` (or at the end), very hidden, holding these rows as text. */
function replaceSheet(workbook: ExcelJS.Workbook, old: ExcelJS.Worksheet | undefined, name: string, rows: readonly string[][]): void {
  const order = old ? sheetOrder(old) : undefined;
  const sheet = workbook.addWorksheet(name, { state: "veryHidden" });
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
 * Writes the store's rows into one sheet of the store's name, very hidden, in the place of the
 * first store sheet. Any other store sheet (a renamed or copied one, whose records the rows hold,
 * see readStoreRecords) is emptied to its header row, so it is still known as a store and never
 * read as a tracker; one whose name is the store's in other letter case takes a free name, as
 * Excel refuses two sheet names that differ only in case.
 */
export function writeStoreRows(workbook: ExcelJS.Workbook, rows: string[][]): void {
  const [target, ...others] = storeSheets(workbook);
  // Every store goes first: ExcelJS, like Excel, refuses a name another sheet has in any case.
  for (const sheet of [target, ...others]) if (sheet) workbook.removeWorksheet(sheet.id);
  const taken = (lower: string) => lower === STORE_SHEET_NAME.toLowerCase() || workbook.worksheets.some((s) => s.name.toLowerCase() === lower);
  for (const other of others) {
    const name = isStoreSheetName(other.name) ? freeSheetName(STORE_SHEET_NAME, taken) : other.name;
    replaceSheet(workbook, other, name, [[...STORE_HEADER]]);
  }
  replaceSheet(workbook, target, STORE_SHEET_NAME, rows);
}

/**
 * The workbook part with every sheet named as the store in other letter case, beside one of the
 * store's exact name (or an earlier such one), given a free name; null when there is none. An
 * older RAG Tracker could leave such a pair (a renamed store, and a new one it added); ExcelJS,
 * like Excel, refuses to open two names that differ only in case. The renamed one is still known
 * as a store by its header, so its records are read and merged.
 */
export function storeNameClashesRenamed(workbookXml: string): string | null {
  const tags = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([tag]) => ({ tag, name: xmlUnescape(/ name="([^"]*)"/.exec(tag)?.[1] ?? "") }));
  const stores = storeOrder(tags.filter((t) => isStoreSheetName(t.name)));
  if (stores.length < 2) return null;
  const taken = new Set(tags.map((t) => t.name.toLowerCase()));
  const renames = new Map<string, string>();
  for (const store of stores.slice(1)) {
    const name = freeSheetName(STORE_SHEET_NAME, (lower) => taken.has(lower));
    taken.add(name.toLowerCase());
    renames.set(store.tag, store.tag.replace(/ name="[^"]*"/, ` name="${xmlEscape(name)}"`));
  }
  return workbookXml.replace(/<(?:\w+:)?sheet\b[^>]*>/g, (tag) => renames.get(tag) ?? tag);
}

/**
 * The store sheet marked very hidden in the saved workbook.xml. Another application may have
 * re-saved it as merely hidden (LibreOffice Calc has no very hidden), where anyone can unhide
 * and edit it; every save by RAG Tracker puts it back out of reach. `names`: every store sheet's
 * name (a renamed or copied store too), compared ignoring case.
 */
export function storeVeryHidden(workbookXml: string, names: readonly string[] = [STORE_SHEET_NAME]): string {
  const stores = new Set(names.map((n) => n.toLowerCase()));
  return workbookXml.replace(/<sheet\b[^>]*>/g, (tag) => {
    const name = / name="([^"]*)"/.exec(tag)?.[1];
    if (name === undefined || !stores.has(xmlUnescape(name).toLowerCase()) || / state="veryHidden"/.test(tag)) return tag;
    const stated = tag.replace(/ state="[^"]*"/, ' state="veryHidden"');
    return stated !== tag ? stated : tag.replace(/^<sheet/, '<sheet state="veryHidden"');
  });
}
