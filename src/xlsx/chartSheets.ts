/**
 * Chart sheets (sheets that are only a chart) in a package. ExcelJS does not read them, so the
 * workbench's door would save the workbook without them, and a generated sheet could take one's
 * name; it refuses such a workbook, as it refuses one with macros. The command line's door keeps
 * every part it does not write, chart sheets included, and the Excel add-in leaves them to Excel.
 */
import type JSZip from "jszip";
import { listInWords } from "../core/sentences";
import { readPackageWorkbook } from "./streaming/workbookPart";

/** The chart sheets' names in tab order; none where the sheet list cannot be read (ExcelJS then says whether the file is damaged). */
export async function chartSheetNames(zip: JSZip): Promise<string[]> {
  try {
    return (await readPackageWorkbook(zip)).sheets.filter((s) => s.kind === "chartsheet").map((s) => s.name);
  } catch {
    return [];
  }
}

/** The one sentence refusing a workbook with chart sheets. */
export function chartSheetsRefused(label: string, names: readonly string[]): string {
  const one = names.length === 1;
  return `"${label}" has ${one ? "a chart sheet" : "chart sheets"}, ${listInWords(names.map((n) => `"${n}"`))}, which the workbench would save without ${one ? "it" : "them"}; use RAG Tracker inside Excel, or its command line, which keep ${one ? "it" : "them"}.`;
}
