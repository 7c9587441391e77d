/**
 * How a sheet the settings name (or the user types in the task pane) is matched with the
 * workbook's sheets: ignoring letter case, as Excel compares sheet names. Spaces at either end
 * count, as Excel lets "Leo" and "Leo " be two tabs; a name (in the settings, or typed in the pane)
 * is matched without them only where no tab has it exactly, and then only to one tab. The engine,
 * the settings' check on Save and Add sheet all match against the same list of sheets.
 */
import type { WorkbookSnapshot } from "./cells";
import { isStoreSnapshot } from "./store";
import { listInWords } from "./sentences";

/** What two names of the same sheet have in common. */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/**
 * The workbook's sheet that `name` names, spelled as its tab is, or undefined: the tab of that name,
 * else the one tab that has it with spaces at either end added or dropped (a tab does not show them).
 */
export function findSheetName(sheets: readonly string[], name: string): string | undefined {
  const key = sheetNameKey(name);
  const exact = sheets.find((s) => sheetNameKey(s) === key);
  if (exact !== undefined) return exact;
  const spaced = sheetsLike(sheets, name);
  return spaced.length === 1 ? spaced[0] : undefined;
}

/**
 * The tabs `name` could mean where none has it exactly, two or more: tabs whose names differ from it
 * and from each other only by spaces at their ends, none of which findSheetName takes. Empty otherwise.
 */
export function sheetsAlike(sheets: readonly string[], name: string): string[] {
  const key = sheetNameKey(name);
  if (sheets.some((s) => sheetNameKey(s) === key)) return [];
  const spaced = sheetsLike(sheets, name);
  return spaced.length > 1 ? spaced : [];
}

function sheetsLike(sheets: readonly string[], name: string): string[] {
  const trimmed = sheetNameKey(name).trim();
  return sheets.filter((s) => sheetNameKey(s).trim() === trimmed);
}

/**
 * The sheets a tracker sheet named in the settings must be one of: the sheets the engine reads,
 * so neither those RAG Tracker generated nor its store.
 */
export function workbookSheetNames(snapshot: Pick<WorkbookSnapshot, "sheets">): string[] {
  return snapshot.sheets.filter((s) => !s.generatedKey && !isStoreSnapshot(s)).map((s) => s.name);
}

/** The sheets RAG Tracker generated in the workbook (its markers say which), which it never reads as trackers. */
export function generatedSheetNames(snapshot: Pick<WorkbookSnapshot, "sheets">): string[] {
  return snapshot.sheets.filter((s) => s.generatedKey).map((s) => s.name);
}

/** ‘could be either of the tabs "Leo " and " Leo", whose names differ only by spaces at their ends’: the tabs sheetsAlike finds for a name. */
export function alikeSheetsWords(alike: readonly string[]): string {
  return `could be ${alike.length === 2 ? "either" : "any"} of the tabs ${listInWords(alike.map((s) => `"${s}"`))}, whose names differ only by spaces at their ends`;
}

/** The finding for a tracker sheet the settings name that several tabs could be: none is read as it. */
export function alikeSheetsSentence(name: string, alike: readonly string[]): string {
  return `The settings name a tracker sheet "${name}" that was not read: it ${alikeSheetsWords(alike)}; tick the one meant under Tracker sheets in the task pane's settings.`;
}
