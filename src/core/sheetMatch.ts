/**
 * How a sheet the settings name (or the user types in the task pane) is matched with the
 * workbook's sheets: ignoring letter case, as Excel compares sheet names, and spaces at either
 * end, which a sheet's tab does not show. The engine, the settings' check on Save and Add sheet
 * all match this way, against the same list of sheets.
 */
import type { WorkbookSnapshot } from "./cells";
import { isStoreSnapshot } from "./store";

/** What two names of the same sheet have in common. */
export function sheetNameKey(name: string): string {
  return name.trim().toLowerCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/** The workbook's sheet that `name` names, spelled as its tab is, or undefined. */
export function findSheetName(sheets: readonly string[], name: string): string | undefined {
  const key = sheetNameKey(name);
  return sheets.find((s) => sheetNameKey(s) === key);
}

/**
 * The sheets a tracker sheet named in the settings must be one of: every sheet read, those RAG
 * Tracker generated included, but not its store.
 */
export function workbookSheetNames(snapshot: Pick<WorkbookSnapshot, "sheets">): string[] {
  return snapshot.sheets.filter((s) => !isStoreSnapshot(s)).map((s) => s.name);
}
