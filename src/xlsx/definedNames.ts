/**
 * The workbook-level defined names RAG Tracker keeps: markers of its generated sheets
 * and of those the user renamed and so keeps (see core/markers.ts), and the places it put a
 * drop-down list of ratings (RAGTracker_list_N, the prefix the Office.js door uses too, so each
 * door can remove what the other added).
 */
import type ExcelJS from "exceljs";
import type { CellRange } from "../core/cells";
import { absoluteRange, columnNumber, quoteSheetName } from "../core/cells";
import { WorkbookMarkers } from "../core/markers";
import { COLUMN_TITLE_PREFIX } from "../core/columnTitles";
import { deleteDefinedName } from "./internals";

export const LIST_NAME_PREFIX = "RAGTracker_list_";
/** Every name RAG Tracker writes starts so; the saved file marks them hidden. */
export const OWN_NAME_PREFIX = "RAGTracker_";

/** RAG Tracker's names: its own, and the headings of its generated sheets' tables named for screen readers (columnTitles.ts). */
export const isOwnName = (name: string): boolean => name.startsWith(OWN_NAME_PREFIX) || name.startsWith(COLUMN_TITLE_PREFIX);


/** "'My Sheet'!$A$1:$B$2" → sheet and range; null for anything else (a constant, #REF!, a formula). */
export function parseReference(ref: string): { sheet: string; range: CellRange } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const top = Number(m[4]);
  const left = columnNumber(m[3]!);
  const bottom = m[6] ? Number(m[6]) : top;
  const right = m[5] ? columnNumber(m[5]) : left;
  return { sheet, range: { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) } };
}

export interface NamedPlace {
  name: string;
  sheet: string;
  range: CellRange;
}

/** Every defined name with this prefix that refers to one range on one sheet. */
export function namedPlaces(workbook: ExcelJS.Workbook, test: (name: string) => boolean): NamedPlace[] {
  const places: NamedPlace[] = [];
  for (const { name, ranges } of workbook.definedNames.model) {
    if (!test(name) || ranges.length === 0) continue;
    const parsed = parseReference(ranges[0]!);
    if (parsed) places.push({ name, ...parsed });
  }
  return places;
}

/** The markers of generated and kept sheets among the workbook's defined names (see core/markers.ts). */
export function readWorkbookMarkers(workbook: ExcelJS.Workbook): WorkbookMarkers {
  const sheets = new Map(workbook.worksheets.map((s) => [s.name.toLowerCase(), s.name]));
  return new WorkbookMarkers(
    workbook.definedNames.model.map(({ name, ranges }) => {
      const place = ranges.length === 0 ? null : parseReference(ranges[0]!);
      return { name, sheet: (place && sheets.get(place.sheet.toLowerCase())) ?? null };
    }),
  );
}

export function addName(workbook: ExcelJS.Workbook, name: string, sheet: string, range: CellRange): void {
  deleteDefinedName(workbook, name);
  workbook.definedNames.add(`${quoteSheetName(sheet)}!${absoluteRange(range)}`, name);
}

export function removeName(workbook: ExcelJS.Workbook, name: string): void {
  deleteDefinedName(workbook, name);
}

/** The first RAGTracker_list_N not in use. */
export function freeListName(workbook: ExcelJS.Workbook, taken: Set<string>): string {
  const used = new Set([...workbook.definedNames.model.map((d) => d.name.toLowerCase()), ...[...taken].map((t) => t.toLowerCase())]);
  let n = 1;
  while (used.has(`${LIST_NAME_PREFIX}${n}`.toLowerCase())) n++;
  return `${LIST_NAME_PREFIX}${n}`;
}
