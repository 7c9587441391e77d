/**
 * Formula cells whose saved result is empty text (=IF(D9="Done","Blue","")): Excel shows nothing,
 * and the command line reads nothing. ExcelJS reads such a cell as a formula with no result, as a
 * program that does not calculate writes one, which the engine reports as unreadable, and saves it
 * so: the workbench finds them in the package, to give each its empty result once ExcelJS has read it.
 */
import type JSZip from "jszip";
import { partText } from "./packageXml";
import type { PackageSheet } from "./streaming/workbookPart";
import { columnNumber } from "../core/cells";

export interface CellPlace {
  row: number;
  column: number;
}

/** A cell holding a formula, then an empty value: its attributes, for its type and reference. */
const EMPTY_RESULT = /<c\b((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*>\s*<f\b(?:[^>]*\/>|[^>]*>[^<]*<\/f>)\s*<v\s*(?:\/>|><\/v>)\s*<\/c>/g;

/** Where a sheet part's formula cells whose saved text result is empty are. */
export function emptyTextResultsOf(sheetXml: string): CellPlace[] {
  const found: CellPlace[] = [];
  if (!sheetXml.includes("<v></v>") && !/<v\s*\/>/.test(sheetXml)) return found;
  for (const [, attributes] of sheetXml.matchAll(EMPTY_RESULT)) {
    if (!/\st\s*=\s*["']str["']/.test(attributes!)) continue;
    const ref = /\sr\s*=\s*["']([A-Za-z]{1,3})(\d+)["']/.exec(attributes!);
    if (ref) found.push({ row: Number(ref[2]), column: columnNumber(ref[1]!.toUpperCase()) });
  }
  return found;
}

/** By sheet name, the formula cells whose saved text result is empty, for each worksheet that has any. */
export async function emptyTextResults(zip: JSZip, sheets: readonly PackageSheet[]): Promise<Map<string, CellPlace[]>> {
  const bySheet = new Map<string, CellPlace[]>();
  for (const sheet of sheets) {
    if (sheet.kind !== "worksheet") continue;
    const found = emptyTextResultsOf((await partText(zip, sheet.part)) ?? "");
    if (found.length > 0) bySheet.set(sheet.name, found);
  }
  return bySheet;
}
