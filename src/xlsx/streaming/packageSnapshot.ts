/**
 * The whole workbook as XlsxDoor.read() and readStore give it, read from the package's parts
 * as streams: the user sheets in tab order with their generated-sheet keys, the store sheets
 * (known by name or by header) and their rows.
 */
import type JSZip from "jszip";
import type { WorkbookSnapshot } from "../../core/cells";
import { isStoreHeader, isStoreSheetName, storeOrder } from "../../core/store";
import { parseReference } from "../definedNames";
import { WorkbookMarkers } from "../../core/markers";
import type { CellFormats } from "./cellFormats";
import { readCellFormats } from "./cellFormats";
import { readSharedStringItems } from "./sharedStrings";
import type { RuleOrderNotes } from "./sheetReader";
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

/** The markers of generated and kept sheets among the package's defined names (see core/markers.ts), matched to sheets without regard to case. */
export function packageMarkers(workbook: PackageWorkbook, sheets: PackageSheet[]): WorkbookMarkers {
  const names = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  return new WorkbookMarkers(
    // Only workbook-level names: Excel gives a copied sheet clones of the markers, scoped to the copy (see keptNames.ts).
    workbook.definedNames.filter((n) => n.localSheetId === undefined).map(({ name, text }) => {
      const place = parseReference(text);
      return { name, sheet: (place && names.get(place.sheet.toLowerCase())) ?? null };
    }),
  );
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
  ruleOrder?: RuleOrderNotes,
): Promise<WorkbookSnapshot> {
  const all = worksheets(workbook);
  const markers = packageMarkers(workbook, all);
  const parts = shared ?? (await readSharedParts(zip, workbook));
  const storeSet = new Set(stores ?? (await storeSheetsOf(zip, workbook, parts)));
  const sheets = all.filter((s) => s.state !== "veryHidden" && !storeSet.has(s));
  const { strings, formats } = parts;
  onProgress?.(0, sheets.length);
  // The workbook's own sheets left out (chart sheets too) still hold their names: a generated sheet must not take one (ours, made very hidden, is replaced in place).
  const otherSheets = workbook.sheets
    .filter((s) => !sheets.includes(s) && !storeSet.has(s) && markers.keyOf(s.name) === undefined)
    .map((s) => ({ name: s.name, ...(s.state === "veryHidden" ? { veryHidden: true as const } : {}) }));
  const snapshot: WorkbookSnapshot = { sheets: [], ...(otherSheets.length > 0 ? { otherSheets } : {}), ...(workbook.date1904 ? { date1904: true } : {}) };
  for (const sheet of sheets) {
    snapshot.sheets.push(await readSheetStreaming(zip, workbook, sheet, strings, formats, markers.keyOf(sheet.name), ruleOrder));
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
