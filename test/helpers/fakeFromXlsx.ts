/**
 * Opens an .xlsx workbook in the Excel stand-in, as Excel would show it to the add-in: values,
 * formulas with their last results, error values, dates as serial numbers with their formats,
 * number formats, links, merges, hidden and very hidden sheets, sheet and workbook protection. Read with ExcelJS
 * directly, not through the file door, so the two doors are checked against the same file
 * independently.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellRange } from "../../src/core/cells";
import { columnNumber } from "../../src/core/cells";
import { fillColour, type FillSpec, type Palette } from "../../src/xlsx/fillColour";
import { packagePalette } from "../../src/xlsx/streaming/styleFills";
import { FakeExcel, type FakeCell, type FakeExcelOptions, type FakeValue } from "../fakes/fakeExcel";

const DAY_MS = 86_400_000;
/** 1899-12-30, day 0 of the 1900 date system (with its leap-year quirk folded in); 1904-01-01, day 0 of the 1904 one. */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/** The serial Excel holds for a date, in the workbook's date system. */
function serial(date: Date, date1904: boolean): number {
  return (date.getTime() - (date1904 ? EPOCH_1904_MS : EPOCH_1900_MS)) / DAY_MS;
}

function parseRange(ref: string): CellRange {
  const [a, b = a] = ref.replace(/\$/g, "").split(":") as [string, string?];
  const cell = (t: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(t);
    if (!m) throw new Error(`"${t}" is not a cell address.`);
    return { row: Number(m[2]), column: columnNumber(m[1]!) };
  };
  const s = cell(a);
  const e = cell(b!);
  return { top: s.row, left: s.column, bottom: e.row, right: e.column };
}

function plain(value: unknown, date1904: boolean): FakeValue | { error: string } | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serial(value, date1904);
  if (typeof value === "object") {
    if ("error" in value) return { error: String((value as { error: unknown }).error) };
    if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in value) return plain((value as { text: unknown }).text, date1904);
  }
  return String(value);
}

function fill(cell: FakeCell, source: ExcelJS.Cell, date1904: boolean, palette: Palette): void {
  const raw = source.value;
  if (source.type === ExcelJS.ValueType.Formula) {
    cell.formula = `=${source.formula}`;
    const result = plain((raw as ExcelJS.CellFormulaValue).result, date1904);
    if (result !== undefined && typeof result === "object") cell.error = result.error;
    else if (result !== undefined) cell.value = result;
  } else {
    const value = plain(raw, date1904);
    if (value !== undefined && typeof value === "object") cell.error = value.error;
    else if (value !== undefined) cell.value = value;
  }
  // A link as Range.hyperlink gives it: to a web address or a file, or ("#…") to a place in the workbook.
  if (source.type === ExcelJS.ValueType.Hyperlink) {
    const target = (raw as ExcelJS.CellHyperlinkValue).hyperlink;
    cell.hyperlink = target.startsWith("#") ? { documentReference: target.slice(1), textToDisplay: source.text } : { address: target, textToDisplay: source.text };
  }
  // A solid fill as Excel shows it, the workbook's theme colours resolved.
  const colour = fillColour(source.fill as FillSpec | undefined, palette);
  if (colour) cell.look = { ...cell.look, fill: colour };
  const format = source.numFmt;
  if (format && format !== "General") cell.numberFormat = format;
  else if (raw instanceof Date) cell.numberFormat = "dd/mm/yyyy";
}

export async function fakeExcelFromXlsx(bytes: Uint8Array, options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const excel = new FakeExcel(options);
  // ExcelJS does not read Review > Protect Workbook; the package says.
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const palette = await packagePalette(zip);
  excel.workbook.protected = /<workbookProtection\b[^>]*\slockStructure="(1|true)"/.test(workbookXml);
  // ExcelJS gives a 1904 workbook's dates as real dates; Excel gives its serials, counted from 1904.
  excel.workbook.date1904 = workbook.properties.date1904 === true;
  for (const source of workbook.worksheets) {
    const sheet = excel.sheet(source.name);
    if (source.state === "hidden") sheet.visibility = "Hidden";
    if (source.state === "veryHidden") sheet.visibility = "VeryHidden";
    sheet.protected = (source as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet === true;
    source.eachRow({ includeEmpty: false }, (row, r) => {
      // Empty cells too: a blank cell may still show a fill.
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const target: FakeCell = {};
        fill(target, cell, excel.workbook.date1904, palette);
        if (Object.keys(target).length > 0) Object.assign(sheet.ensure(r, c), target);
      });
    });
    const merges = (source.model as unknown as { merges?: string[] }).merges ?? [];
    sheet.merges.push(...merges.map(parseRange));
  }
  return excel;
}
