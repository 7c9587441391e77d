/**
 * The whole workbook as XlsxDoor.read() and readStore give it, read from the package's parts
 * as streams: the user sheets in tab order with their generated-sheet keys, the store sheets
 * (known by name or by header) and their rows.
 */
import type JSZip from "jszip";
import type { WorkbookSnapshot } from "../../core/cells";
import { isStoreHeader, isStoreSheetName, storeOrder } from "../../core/store";
import { parseReference } from "../definedNames";
import { KEPT_MARKER_PATTERN, KEPT_SHEET_KEY, MARKER_PATTERN } from "../../core/writePlan";
import type { CellFormats } from "./cellFormats";
import { readCellFormats } from "./cellFormats";
import { readSharedStringItems } from "./sharedStrings";
import { readSheetStreaming } from "./sheetReader";
import type { PackageSheet, PackageWorkbook } from "./workbookPart";
import { readWorksheetCells } from "./worksheetPart";

/** The strings and formats every sheet of a package refers to, read once. */
export interface SharedParts {
  strings: string[];
  /** Strings with rich-text runs or phonetic guides, which a generated cell of the same text must not take. */
  formattedStrings: ReadonlySet<number>;
  formats: CellFormats;
}

export async function readSharedParts(zip: JSZip, workbook: PackageWorkbook): Promise<SharedParts> {
  const { texts, formatted } = await readSharedStringItems(zip, workbook.sharedStringsPart);
  return { strings: texts, formattedStrings: formatted, formats: await readCellFormats(zip, workbook.stylesPart) };
}

/** The sheets that hold cells (a chartsheet has none), as ExcelJS lists its worksheets. */
function worksheets(workbook: PackageWorkbook): PackageSheet[] {
  return workbook.sheets.filter((s) => s.kind === "worksheet");
}

/**
 * Sheet name (lower case) → the generated-sheet key whose marker name points at it, as
 * readMarkers reads them: RAGTracker_<key> referring to a cell of an existing sheet, matched
 * without regard to case; of two names spelled alike the later counts. A sheet a kept marker
 * points at (and no marker) has KEPT_SHEET_KEY, as XlsxDoor.read gives it.
 */
export function generatedKeys(workbook: PackageWorkbook, sheets: PackageSheet[]): Map<string, string> {
  const names = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const sheetOf = (text: string): string | undefined => {
    const place = parseReference(text);
    return place ? names.get(place.sheet.toLowerCase())?.toLowerCase() : undefined;
  };
  const keyOf = new Map<string, string>();
  for (const name of workbook.definedNames) {
    const sheet = KEPT_MARKER_PATTERN.test(name.name) ? sheetOf(name.text) : undefined;
    if (sheet !== undefined) keyOf.set(sheet, KEPT_SHEET_KEY);
  }
  const texts = new Map<string, string>();
  for (const name of workbook.definedNames) if (MARKER_PATTERN.test(name.name)) texts.set(name.name, name.text);
  for (const [name, text] of texts) {
    const sheet = sheetOf(text);
    if (sheet !== undefined) keyOf.set(sheet, MARKER_PATTERN.exec(name)![1]!);
  }
  return keyOf;
}

/** Row 1 of a worksheet, read no further: whether it is the store's header. */
async function hasStoreHeader(zip: JSZip, workbook: PackageWorkbook, sheet: PackageSheet, { strings, formats }: SharedParts): Promise<boolean> {
  const cells = await readWorksheetCells(zip, sheet.part, { sheetName: sheet.name, strings, formats, date1904: workbook.date1904, rowsUpTo: 1 });
  const first = cells.rows[0];
  if (!first || first.row !== 1 || first.first !== 1) return false;
  return isStoreHeader(first.values);
}

/** The store sheets as XlsxDoor's storeSheets finds them: by name in any case, or by the store's header in row 1; the one written to first. */
export async function storeSheetsOf(zip: JSZip, workbook: PackageWorkbook, shared?: SharedParts): Promise<PackageSheet[]> {
  const parts = shared ?? (await readSharedParts(zip, workbook));
  const stores: PackageSheet[] = [];
  for (const sheet of worksheets(workbook)) if (isStoreSheetName(sheet.name) || (await hasStoreHeader(zip, workbook, sheet, parts))) stores.push(sheet);
  return storeOrder(stores);
}

/** What XlsxDoor.read() gives: the user sheets in tab order (not a store, however named, nor any very hidden sheet). */
export async function readPackageSnapshot(
  zip: JSZip,
  workbook: PackageWorkbook,
  onProgress?: (done: number, total: number) => void,
  shared?: SharedParts,
  stores?: readonly PackageSheet[],
): Promise<WorkbookSnapshot> {
  const all = worksheets(workbook);
  const keyOf = generatedKeys(workbook, all);
  const parts = shared ?? (await readSharedParts(zip, workbook));
  const storeSet = new Set(stores ?? (await storeSheetsOf(zip, workbook, parts)));
  const sheets = all.filter((s) => s.state !== "veryHidden" && !storeSet.has(s));
  const { strings, formats } = parts;
  onProgress?.(0, sheets.length);
  const snapshot: WorkbookSnapshot = { sheets: [] };
  for (const sheet of sheets) {
    snapshot.sheets.push(await readSheetStreaming(zip, workbook, sheet, strings, formats, keyOf.get(sheet.name.toLowerCase())));
    onProgress?.(snapshot.sheets.length, sheets.length);
  }
  return snapshot;
}

/**
 * What readStoreRows (../storeSheet.ts) gives: a store sheet's rows, each as long as its last
 * cell; `sheet` defaults to the store written to, and there are none ([]) without a store.
 */
export async function readStoreRowsStreaming(zip: JSZip, workbook: PackageWorkbook, shared?: SharedParts, sheet?: PackageSheet): Promise<unknown[][]> {
  const parts = shared ?? (await readSharedParts(zip, workbook));
  const store = sheet ?? (await storeSheetsOf(zip, workbook, parts))[0];
  if (!store) return [];
  const { strings, formats } = parts;
  const cells = await readWorksheetCells(zip, store.part, { sheetName: store.name, strings, formats, date1904: workbook.date1904, keepEmptyCells: true });
  const rows: unknown[][] = [];
  for (const row of cells.rows) {
    const values: unknown[] = (rows[row.row - 1] = []);
    row.values.forEach((value, i) => {
      if (value !== null) values[row.first + i - 1] = value;
    });
    for (const column of row.emptyCells ?? []) values[column - 1] ??= null;
  }
  // ExcelJS gives every cell a merge covers (other than its top-left one) a place, empty.
  for (const merge of cells.merges) {
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        if (r === merge.top && c === merge.left) continue;
        (rows[r - 1] ??= [])[c - 1] = null;
      }
    }
  }
  return Array.from(rows, (r) => (r ? Array.from(r, (v) => v ?? null) : []));
}
