/**
 * The parts ExcelJS writes for a workbook, taken before ExcelJS zips them. finishPackage edits
 * some parts and compresses the package once; letting ExcelJS zip it first meant packaging twice
 * (zip, unzip, zip again), a large share of a big workbook's save time.
 *
 * ExcelJS has no public way to get its parts, so this leans on two internals, the same in its
 * Node and browser builds. XLSX.write() first prepares the workbook's model (prepareModel: every
 * cell's style and string registered), then appends every part to a zip writer whose `zip` field
 * is a JSZip, and hands that writer to `_finalize`, which generates the zip. Standing in for
 * `_finalize` on this one workbook's XLSX object takes the JSZip as it stands, uncompressed.
 * Standing in for `prepareModel` lets the cells of every sheet that holds only text, numbers,
 * dates and blanks be rendered by ownSheetData, several times faster than ExcelJS, into the
 * same XML.
 */
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import type { OwnSheetData, RowModel, WriteRegistries } from "./ownSheetData";
import { renderSheetData, renderable } from "./ownSheetData";
import type { PlanCells } from "./planRows";
import { firstFontFor } from "./keptNormalFont";

interface ZipWriterInternals {
  zip?: unknown;
}

interface SheetModel {
  id: number;
  name: string;
  rows: (RowModel | null | undefined)[];
  mergeCells?: string[];
}

interface WorkbookModel extends Partial<WriteRegistries> {
  worksheets: SheetModel[];
  properties?: { date1904?: boolean };
}

interface XlsxInternals {
  write(stream: object, options: object): Promise<unknown>;
  prepareModel?: (model: WorkbookModel, options: object) => void;
  _finalize?: (writer: ZipWriterInternals) => Promise<unknown>;
}

const FORMULA = ExcelJS.ValueType.Formula;

const UNEXPECTED = "The spreadsheet library did not hand over the workbook's parts in the form RAG Tracker expects, so the workbook was not saved.";

function isJSZip(value: unknown): value is JSZip {
  const zip = value as Partial<JSZip> | null;
  return typeof zip?.file === "function" && typeof zip.forEach === "function" && typeof zip.generateAsync === "function";
}

function hasRegistries(model: WorkbookModel): model is WorkbookModel & WriteRegistries {
  return typeof model.styles?.addStyleModel === "function" && typeof model.sharedStrings?.add === "function";
}

function joinBytes(pieces: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

function isEmpty(style: object): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

/**
 * ExcelJS gives every cell and row read from a file without a style its own empty style object,
 * and its style sheet numbers a style object it has not met by rendering it as XML: a hundred
 * thousand renderings for a big tracker, all alike. In this write's model (built afresh for each
 * write; the cells keep their own objects), the empty styles are shared, one per kind of value,
 * since the kind decides the number format ExcelJS gives an unstyled cell; each is rendered once.
 * A formula's format depends on its result, so its style is left as it is.
 */
function shareEmptyStyles(sheets: SheetModel[]): void {
  const forKind = new Map<ExcelJS.ValueType, object>();
  const forRows = {};
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      if (!row.style || isEmpty(row.style)) row.style = forRows;
      for (const cell of row.cells) {
        if (cell.type === FORMULA || (cell.style && !isEmpty(cell.style))) continue;
        let shared = forKind.get(cell.type);
        if (!shared) forKind.set(cell.type, (shared = {}));
        cell.style = shared;
      }
    }
  }
}

/** An empty sheetData as ExcelJS writes it, where the own rendering goes. */
const EMPTY_SHEET_DATA = "<sheetData/>";

const DIMENSION = /<dimension ref="[^"]*"\/>/;

interface Rendered extends OwnSheetData {
  /** For cells rendered from a plan: the sheet's extent, which ExcelJS took from its (empty) rows. */
  dimension?: string;
}

/**
 * ExcelJS's parts, unzipped. Each sheet's cells are rendered here: from its plan for the sheets
 * named in `ownSheets` (generated sheets whose cells were never written into ExcelJS, see
 * planRows), and from ExcelJS's model of the sheet by ownSheetData for any other sheet holding
 * only the kinds of cell it renders; a sheet holding any other kind is left to ExcelJS.
 */
export async function excelJsParts(workbook: ExcelJS.Workbook, ownSheets: ReadonlyMap<string, PlanCells> = new Map(), normalFont: string | null = null): Promise<JSZip> {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const prepareModel = xlsx.prepareModel;
  if (typeof xlsx._finalize !== "function" || typeof prepareModel !== "function") throw new Error(UNEXPECTED);
  let parts: unknown = null;
  /** Part name → its cells, for the sheets rendered here. */
  const rendered = new Map<string, Rendered>();
  // Own properties shadow the prototype's methods for this call only; they are removed after.
  xlsx.prepareModel = (model, options) => {
    shareEmptyStyles(model.worksheets);
    // The rows are taken out of this write's model (built afresh for each write), not out of the
    // sheet. Their styles and strings are registered after ExcelJS's own sheets', so where some
    // sheet is left to ExcelJS the numbering can differ from ExcelJS's alone; the content cannot.
    const taken: { sheet: SheetModel; render: (registries: WriteRegistries, date1904: boolean) => Rendered }[] = [];
    for (const sheet of model.worksheets) {
      const own = ownSheets.get(sheet.name);
      const rows = sheet.rows;
      if (own) taken.push({ sheet, render: own });
      else if (renderable(rows)) taken.push({ sheet, render: (registries, date1904) => renderSheetData(rows as RowModel[], registries, date1904) });
    }
    for (const { sheet } of taken) sheet.rows = [];
    if (normalFont !== null) firstFontFor(model, normalFont);
    prepareModel.call(xlsx, model, options);
    if (taken.length > 0 && !hasRegistries(model)) throw new Error(UNEXPECTED);
    for (const { sheet, render } of taken) {
      const data = render(model as WriteRegistries, model.properties?.date1904 === true);
      sheet.mergeCells = data.mergeCells;
      rendered.set(`xl/worksheets/sheet${sheet.id}.xml`, data);
    }
  };
  xlsx._finalize = (writer) => {
    parts = writer.zip;
    return Promise.resolve(xlsx);
  };
  try {
    // The stream is only attached to ExcelJS's zip writer, which never writes to it now.
    await xlsx.write({}, {});
  } finally {
    delete xlsx._finalize;
    delete xlsx.prepareModel;
  }
  if (!isJSZip(parts)) throw new Error(UNEXPECTED);
  const encoder = new TextEncoder();
  for (const [path, data] of rendered) {
    const xml = await parts.file(path)?.async("string");
    const at = xml?.indexOf(EMPTY_SHEET_DATA) ?? -1;
    if (xml === undefined || at < 0) throw new Error(UNEXPECTED);
    let before = xml.slice(0, at);
    if (data.dimension !== undefined) {
      if (!DIMENSION.test(before)) throw new Error(UNEXPECTED);
      before = before.replace(DIMENSION, `<dimension ref="${data.dimension}"/>`);
    }
    parts.file(path, joinBytes([encoder.encode(before), ...data.xml, encoder.encode(xml.slice(at + EMPTY_SHEET_DATA.length))]));
  }
  return parts;
}
