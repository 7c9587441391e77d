/**
 * How a sheet the settings name (or the user types in the task pane) is matched with the
 * workbook's sheets: ignoring letter case, as Excel compares sheet names. Spaces at either end
 * count, as Excel lets "Leo" and "Leo " be two tabs; only a name typed in the pane is matched
 * without them, where no tab has it exactly, and then only to one tab. The engine, the settings'
 * check on Save and Add sheet all match against the same list of sheets.
 */
import type { WorkbookSnapshot } from "./cells";
import { isStoreSnapshot } from "./store";

/** What two names of the same sheet have in common. */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/**
 * The workbook's sheet that `name` names, spelled as its tab is, or undefined: the tab of that name,
 * else the one tab that has it with spaces at either end (a tab does not show them).
 */
export function findSheetName(sheets: readonly string[], name: string): string | undefined {
  const key = sheetNameKey(name);
  const exact = sheets.find((s) => sheetNameKey(s) === key);
  if (exact !== undefined) return exact;
  const spaced = sheets.filter((s) => sheetNameKey(s).trim() === key.trim());
  return spaced.length === 1 ? spaced[0] : undefined;
}

/**
 * The sheets a tracker sheet named in the settings must be one of: the sheets the engine reads,
 * so neither those RAG Tracker generated nor its store.
 */
export function workbookSheetNames(snapshot: Pick<WorkbookSnapshot, "sheets">): string[] {
  return snapshot.sheets.filter((s) => !s.generatedKey && !isStoreSnapshot(s)).map((s) => s.name);
}
