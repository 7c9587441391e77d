/**
 * Fingerprints every cell a user owns in an .xlsx file (value, formula, number format, borders,
 * alignment and font), and each sheet's merges, hidden rows and columns, column widths, row heights,
 * visibility and protection, read with ExcelJS independently of the file door,
 * so a test can prove an action changed nothing it did not declare.
 */
import ExcelJS from "exceljs";

export interface CellPrint {
  value: string;
  formula: string | null;
  numFmt: string;
  /** Its borders, alignment (wrapping) and font: what no operation changes on a user's cell (highlights change fills alone). */
  look: string;
}

/** sheet name → "A1" → print; each sheet also has the entries "#merges" and "#sheet". */
export type WorkbookPrint = Map<string, Map<string, CellPrint>>;

/** The pseudo-cells a sheet's print holds beside its cells. */
export const MERGES_KEY = "#merges";
export const SHEET_KEY = "#sheet";
export const HIDDEN_KEY = "#hidden";
export const SIZES_KEY = "#sizes";

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return `date:${value.toISOString()}`;
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return `result:${JSON.stringify((value as ExcelJS.CellFormulaValue).result ?? null)}`;
    if ("richText" in value) return `text:${value.richText.map((r) => r.text).join("")}`;
    if ("error" in value) return `error:${value.error}`;
    if ("text" in value) return `link:${String(value.text)}`;
    return JSON.stringify(value);
  }
  return `${typeof value}:${String(value)}`;
}

/** A sheet-level fact, kept as a pseudo-cell so differences() compares it like any cell. */
function sheetFact(value: string): CellPrint {
  return { value, formula: null, numFmt: "", look: "" };
}

function lookOf(cell: ExcelJS.Cell): string {
  const { border, alignment, font } = cell.style;
  return JSON.stringify({ border: border ?? null, alignment: alignment ?? null, font: font ?? null });
}

export async function fingerprintWorkbook(bytes: Uint8Array, ignoreSheets: (name: string) => boolean = () => false): Promise<WorkbookPrint> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const print: WorkbookPrint = new Map();
  workbook.eachSheet((sheet) => {
    if (ignoreSheets(sheet.name)) return;
    const cells = new Map<string, CellPrint>();
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const formula = cell.formula ?? null;
        cells.set(cell.address, { value: valueText(cell.value), formula, numFmt: cell.numFmt ?? "General", look: lookOf(cell) });
      });
    });
    const merges = [...((sheet.model as unknown as { merges?: string[] }).merges ?? [])].sort();
    cells.set(MERGES_KEY, sheetFact(merges.join(" ")));
    const locked = (sheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet === true;
    cells.set(SHEET_KEY, sheetFact(`${sheet.state}${locked ? " protected" : ""}`));
    const hiddenRows: number[] = [];
    // ExcelJS's sparse row list: eachRow skips rows without values, and includeEmpty would create a million rows.
    (sheet as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows.forEach((row) => {
      if (row?.hidden) hiddenRows.push(row.number);
    });
    const hiddenColumns: number[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) if (sheet.getColumn(c).hidden) hiddenColumns.push(c);
    cells.set(HIDDEN_KEY, sheetFact(`rows ${hiddenRows.join(",")}; columns ${hiddenColumns.join(",")}`));
    const widths: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) widths.push(String(sheet.getColumn(c).width ?? ""));
    const heights: string[] = [];
    (sheet as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows.forEach((row) => {
      if (row?.height !== undefined) heights.push(`${row.number}:${row.height}`);
    });
    cells.set(SIZES_KEY, sheetFact(`column widths ${widths.join(",")}; row heights ${heights.join(",")}`));
    print.set(sheet.name, cells);
  });
  return print;
}

/** Every difference between two prints, outside the cells an action declared it changes ("Sheet!A1"). */
export function differences(before: WorkbookPrint, after: WorkbookPrint, declared: Set<string> = new Set()): string[] {
  const out: string[] = [];
  for (const [sheet, cells] of before) {
    const later = after.get(sheet);
    if (!later) {
      out.push(`sheet "${sheet}" disappeared`);
      continue;
    }
    for (const [address, print] of cells) {
      if (declared.has(`${sheet}!${address}`)) continue;
      const now = later.get(address);
      if (!now) out.push(`${sheet}!${address} was emptied (was ${print.value})`);
      else if (now.value !== print.value || now.formula !== print.formula || now.numFmt !== print.numFmt || now.look !== print.look)
        out.push(`${sheet}!${address} changed from ${JSON.stringify(print)} to ${JSON.stringify(now)}`);
    }
    for (const address of later.keys()) if (!cells.has(address) && !declared.has(`${sheet}!${address}`)) out.push(`${sheet}!${address} was added to a user sheet`);
  }
  return out;
}

/** Sheets in `after` that `before` did not have and that are not among the expected new ones. */
export function unexpectedSheets(before: WorkbookPrint, after: WorkbookPrint, expected: Set<string>): string[] {
  return [...after.keys()].filter((name) => !before.has(name) && !expected.has(name)).map((name) => `sheet "${name}" was added`);
}
