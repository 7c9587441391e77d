/**
 * Chart sheets (sheets that are only a chart) in a package. ExcelJS does not read them, so the
 * workbench's door would save the workbook without them, and a generated sheet could take one's
 * name; it refuses such a workbook, as it refuses one with macros. The command line's door keeps
 * every part it does not write, chart sheets included, and the Excel add-in leaves them to Excel.
 *
 * A sheet is taken for a chart sheet by its relationship's type, or, where a program typed that
 * relationship as a worksheet's, by its part's content type or, where the package gives the part
 * none, by its root element: ExcelJS would drop it as well.
 */
import type JSZip from "jszip";
import { listInWords } from "../core/sentences";
import type { PackageSheet, SheetState } from "./streaming/workbookPart";
import { readPackageWorkbook } from "./streaming/workbookPart";
import { CONTENT_TYPES_PART, contentTypeTable } from "./packageXml";

const CHARTSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml";

export interface ChartSheet {
  name: string;
  state: SheetState;
}

/** A part name with its %-escapes decoded; one with a malformed escape as written, since it can name no part read here. */
function decodedPartName(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The content type the package gives each part by name (an Override), by part path without its leading "/", lower case. */
async function partContentTypes(zip: JSZip): Promise<Map<string, string>> {
  const { overrides } = contentTypeTable((await zip.file(CONTENT_TYPES_PART)?.async("string")) ?? "");
  const types = new Map<string, string>();
  for (const [part, type] of overrides) if (part && type) types.set(decodedPartName(part).toLowerCase(), type);
  return types;
}

async function isChartSheet(zip: JSZip, sheet: PackageSheet, types: ReadonlyMap<string, string>): Promise<boolean> {
  if (sheet.kind === "chartsheet") return true;
  if (sheet.kind !== "worksheet") return false;
  const type = types.get(sheet.part.toLowerCase());
  if (type !== undefined) return type === CHARTSHEET_TYPE;
  // No content type of its own: its root element says what it is.
  const xml = (await zip.file(sheet.part)?.async("string")) ?? "";
  return /^(?:<\?[^>]*\?>|<!--[^]*?-->|\s)*<(?:\w+:)?chartsheet\b/.test(xml);
}

/**
 * The chart sheets in tab order; null where the sheet list cannot be read (a sheet with no part),
 * so whether any sheet is a chart sheet cannot be told: the workbench then refuses the workbook
 * (uncheckedSheetsRefused) unless ExcelJS refuses it first as damaged.
 */
export async function chartSheets(zip: JSZip): Promise<ChartSheet[] | null> {
  try {
    const { sheets } = await readPackageWorkbook(zip);
    const types = await partContentTypes(zip);
    const charts: ChartSheet[] = [];
    for (const sheet of sheets) if (await isChartSheet(zip, sheet, types)) charts.push({ name: sheet.name, state: sheet.state });
    return charts;
  } catch {
    return null;
  }
}

/** The one sentence refusing a workbook whose sheets could not be checked for chart sheets. */
export function uncheckedSheetsRefused(label: string): string {
  return `The workbench could not check the sheets of "${label}" for chart sheets, which it would save without, as its list of sheets is damaged; open it in Excel, let Excel repair it, and save it again.`;
}

/** A chart sheet as the refusal names it: the user may not see a hidden one, and cannot unhide a very hidden one. */
function named(chart: ChartSheet): string {
  if (chart.state === "veryHidden") return `"${chart.name}" (very hidden: Excel's Unhide does not list it)`;
  return chart.state === "hidden" ? `"${chart.name}" (hidden)` : `"${chart.name}"`;
}

/** The one sentence refusing a workbook with chart sheets. */
export function chartSheetsRefused(label: string, charts: readonly ChartSheet[]): string {
  const one = charts.length === 1;
  return `"${label}" has ${one ? "a chart sheet" : "chart sheets"}, ${listInWords(charts.map(named))}, which the workbench would save without ${one ? "it" : "them"}; use RAG Tracker inside Excel, or its command line, which keep ${one ? "it" : "them"}.`;
}
