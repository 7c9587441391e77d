/**
 * The whole workbook as XlsxDoor.read() and readStore give it, read from the package's parts
 * as streams: the user sheets in tab order with their generated-sheet keys, and the store
 * sheet's rows.
 */
import type JSZip from "jszip";
import type { WorkbookSnapshot } from "../../core/cells";
import { STORE_SHEET_NAME } from "../../core/store";
import { MARKER_PATTERN, parseReference } from "../definedNames";
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
 * without regard to case; of two names spelled alike the later counts.
 */
export function generatedKeys(workbook: PackageWorkbook, sheets: PackageSheet[]): Map<string, string> {
  const names = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const texts = new Map<string, string>();
  for (const name of workbook.definedNames) if (MARKER_PATTERN.test(name.name)) texts.set(name.name, name.text);
  const keyOf = new Map<string, string>();
  for (const [name, text] of texts) {
    const place = parseReference(text);
    const sheet = place && names.get(place.sheet.toLowerCase());
    if (sheet) keyOf.set(sheet.toLowerCase(), MARKER_PATTERN.exec(name)![1]!);
  }
  return keyOf;
}

/** What XlsxDoor.read() gives: the user sheets in tab order (not the store, nor any very hidden sheet). */
export async function readPackageSnapshot(
  zip: JSZip,
  workbook: PackageWorkbook,
  onProgress?: (done: number, total: number) => void,
  shared?: SharedParts,
): Promise<WorkbookSnapshot> {
  const all = worksheets(workbook);
  const keyOf = generatedKeys(workbook, all);
  const sheets = all.filter((s) => s.name !== STORE_SHEET_NAME && s.state !== "veryHidden");
  const { strings, formats } = shared ?? (await readSharedParts(zip, workbook));
  onProgress?.(0, sheets.length);
  const snapshot: WorkbookSnapshot = { sheets: [] };
  for (const sheet of sheets) {
    snapshot.sheets.push(await readSheetStreaming(zip, workbook, sheet, strings, formats, keyOf.get(sheet.name.toLowerCase())));
    onProgress?.(snapshot.sheets.length, sheets.length);
  }
  return snapshot;
}

/** What readStoreRows (../storeSheet.ts) gives: the store sheet's rows, each as long as its last cell; [] without a store. */
export async function readStoreRowsStreaming(zip: JSZip, workbook: PackageWorkbook, shared?: SharedParts): Promise<unknown[][]> {
  const store = worksheets(workbook).find((s) => s.name === STORE_SHEET_NAME);
  if (!store) return [];
  const { strings, formats } = shared ?? (await readSharedParts(zip, workbook));
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
