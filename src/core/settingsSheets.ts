/**
 * The sheets the settings name (tracker sheets, column overrides, sheet reviews) spelled as the
 * workbook's tabs are: a name that differs from one tab only by letter case or by spaces at either
 * end, which a tab does not show, is that tab's (findSheetName). A name two tabs have once their end
 * spaces are dropped, neither exactly, names neither, and the engine says so (sheetsAlike).
 */
import type { Settings } from "./settings";
import { findSheetName, sameSheetName } from "./sheetMatch";

/** Every sheet name in `settings` spelled as the tab it names among `sheets`; a name naming none is kept as it is. */
export function settingsOnSheets(settings: Settings, sheets: readonly string[]): Settings {
  return {
    ...settings,
    trackerSheets: settings.trackerSheets.map((name) => findSheetName(sheets, name) ?? name),
    columnOverrides: keyedOnSheets(settings.columnOverrides, sheets),
    sheetReviews: keyedOnSheets(settings.sheetReviews, sheets),
  };
}

/**
 * A record by sheet name, keyed by the tabs its names name. Where two names come to one tab (a name
 * as the tab has it, and one with spaces at an end), the one spelled as the tab is wins.
 */
function keyedOnSheets<T>(record: Record<string, T>, sheets: readonly string[]): Record<string, T> {
  const keyed = new Map<string, T>();
  const exact = new Set<string>();
  for (const [name, value] of Object.entries(record)) {
    const tab = findSheetName(sheets, name);
    if (tab === undefined) {
      // "*" (every sheet) and names of no tab are kept as they are.
      if (!keyed.has(name)) keyed.set(name, value);
      continue;
    }
    const asTab = sameSheetName(name, tab);
    if (keyed.has(tab) && (exact.has(tab) || !asTab)) continue;
    keyed.set(tab, value);
    if (asTab) exact.add(tab);
  }
  return Object.fromEntries(keyed);
}
