/**
 * How a sheet the settings name (or the user types in the task pane) is matched with the
 * workbook's sheets: ignoring letter case, as Excel compares sheet names, and spaces at either
 * end, which a sheet's tab does not show. The engine, the settings' check on Save and Add sheet
 * all match this way.
 */

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
