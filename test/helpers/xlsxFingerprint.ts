/**
 * Fingerprints every cell a user owns in an .xlsx file (value, formula, number format), read
 * with ExcelJS independently of the file door, so a test can prove an action changed nothing
 * it did not declare.
 */
import ExcelJS from "exceljs";

export interface CellPrint {
  value: string;
  formula: string | null;
  numFmt: string;
}

/** sheet name → "A1" → print. */
export type WorkbookPrint = Map<string, Map<string, CellPrint>>;

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

export async function fingerprintWorkbook(bytes: Uint8Array, ignoreSheets: (name: string) => boolean = () => false): Promise<WorkbookPrint> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const print: WorkbookPrint = new Map();
  workbook.eachSheet((sheet) => {
    if (ignoreSheets(sheet.name)) return;
    const cells = new Map<string, CellPrint>();
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula ?? null;
        cells.set(cell.address, { value: valueText(cell.value), formula, numFmt: cell.numFmt ?? "General" });
      });
    });
    print.set(sheet.name, cells);
  });
  return print;
}

/** Every difference between two prints, outside the cells an action declared it changes. */
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
      else if (now.value !== print.value || now.formula !== print.formula || now.numFmt !== print.numFmt)
        out.push(`${sheet}!${address} changed from ${JSON.stringify(print)} to ${JSON.stringify(now)}`);
    }
    for (const address of later.keys()) if (!cells.has(address) && !declared.has(`${sheet}!${address}`)) out.push(`${sheet}!${address} was added to a user sheet`);
  }
  return out;
}
