/**
 * Formula cells whose saved result is empty text (=IF(D9="Done","Blue","")): Excel shows nothing,
 * and the command line reads nothing. ExcelJS reads such a cell as a formula with no result, as a
 * program that does not calculate writes one, which the engine reports as unreadable: so the
 * workbench finds them in the package before ExcelJS reads it, and reads them as Excel does.
 */
import type JSZip from "jszip";
import { partText } from "./packageXml";
import type { PackageSheet } from "./streaming/workbookPart";

/** A cell holding a formula, then an empty value: its attributes, for its type and reference. */
const EMPTY_RESULT = /<c\b((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*>\s*<f\b(?:[^>]*\/>|[^>]*>[^<]*<\/f>)\s*<v\s*(?:\/>|><\/v>)\s*<\/c>/g;

/** The addresses ("H5") of a sheet part's formula cells whose saved text result is empty. */
export function emptyTextResultsOf(sheetXml: string): Set<string> {
  const found = new Set<string>();
  if (!sheetXml.includes("<v></v>") && !/<v\s*\/>/.test(sheetXml)) return found;
  for (const [, attributes] of sheetXml.matchAll(EMPTY_RESULT)) {
    if (!/\st\s*=\s*["']str["']/.test(attributes!)) continue;
    const ref = /\sr\s*=\s*["']([A-Za-z]{1,3}\d+)["']/.exec(attributes!)?.[1];
    if (ref !== undefined) found.add(ref.toUpperCase());
  }
  return found;
}

/** By sheet name, the formula cells whose saved text result is empty, for each worksheet that has any. */
export async function emptyTextResults(zip: JSZip, sheets: readonly PackageSheet[]): Promise<Map<string, Set<string>>> {
  const bySheet = new Map<string, Set<string>>();
  for (const sheet of sheets) {
    if (sheet.kind !== "worksheet") continue;
    const found = emptyTextResultsOf((await partText(zip, sheet.part)) ?? "");
    if (found.size > 0) bySheet.set(sheet.name, found);
  }
  return bySheet;
}
