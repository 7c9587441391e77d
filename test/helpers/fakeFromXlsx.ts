/**
 * Opens an .xlsx workbook in the Excel stand-in, as Excel would show it to the add-in: values,
 * formulas with their last results, error values, dates as serial numbers with their formats,
 * number formats, merges, hidden and very hidden sheets, sheet and workbook protection. Read with ExcelJS
 * directly, not through the file door, so the two doors are checked against the same file
 * independently.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellRange } from "../../src/core/cells";
import { columnNumber } from "../../src/core/cells";
import { FakeExcel, type FakeCell, type FakeExcelOptions, type FakeValue } from "../fakes/fakeExcel";

const DAY_MS = 86_400_000;
/** 1899-12-30, Excel's day 0 (with its 1900 leap-year quirk folded in). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

function serial(date: Date): number {
  return (date.getTime() - EPOCH_MS) / DAY_MS;
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

function plain(value: unknown): FakeValue | { error: string } | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serial(value);
  if (typeof value === "object") {
    if ("error" in value) return { error: String((value as { error: unknown }).error) };
    if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in value) return plain((value as { text: unknown }).text);
  }
  return String(value);
}

function fill(cell: FakeCell, source: ExcelJS.Cell): void {
  const raw = source.value;
  if (source.type === ExcelJS.ValueType.Formula) {
    cell.formula = `=${source.formula}`;
    const result = plain((raw as ExcelJS.CellFormulaValue).result);
    if (result !== undefined && typeof result === "object") cell.error = result.error;
    else if (result !== undefined) cell.value = result;
  } else {
    const value = plain(raw);
    if (value !== undefined && typeof value === "object") cell.error = value.error;
    else if (value !== undefined) cell.value = value;
  }
  const format = source.numFmt;
  if (format && format !== "General") cell.numberFormat = format;
  else if (raw instanceof Date) cell.numberFormat = "dd/mm/yyyy";
}

export async function fakeExcelFromXlsx(bytes: Uint8Array, options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const excel = new FakeExcel(options);
  // ExcelJS does not read Review > Protect Workbook; the package says.
  const workbookXml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
  excel.workbook.protected = /<workbookProtection\b[^>]*\slockStructure="(1|true)"/.test(workbookXml);
  for (const source of workbook.worksheets) {
    const sheet = excel.sheet(source.name);
    if (source.state === "hidden") sheet.visibility = "Hidden";
    if (source.state === "veryHidden") sheet.visibility = "VeryHidden";
    sheet.protected = (source as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet === true;
    source.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const target: FakeCell = {};
        fill(target, cell);
        if (Object.keys(target).length > 0) Object.assign(sheet.ensure(r, c), target);
      });
    });
    const merges = (source.model as unknown as { merges?: string[] }).merges ?? [];
    sheet.merges.push(...merges.map(parseRange));
  }
  return excel;
}
