/**
 * The sheets the settings name (tracker sheets, column overrides, sheet reviews) spelled as the
 * workbook's tabs are: a name that differs from one tab only by letter case or by spaces at either
 * end, which a tab does not show, is that tab's (findSheetName). A name two tabs have once their end
 * spaces are dropped, neither exactly, names neither, and the engine says so (sheetsAlike). Names
 * of one tab spelled differently are joined: Excel reads them all as that sheet's.
 */
import type { Finding } from "./findings";
import type { Settings } from "./settings";
import { alikeSheetsWords, findSheetName, sameSheetName, sheetsAlike } from "./sheetMatch";

/** Every sheet name in `settings` spelled as the tab it names among `sheets`; a name naming none is kept as it is. */
export function settingsOnSheets(settings: Settings, sheets: readonly string[]): Settings {
  return {
    ...settings,
    trackerSheets: settings.trackerSheets.map((name) => findSheetName(sheets, name) ?? name),
    // Two names of one tab each choosing columns choose them all; where both choose a role, the better spelled one's column is taken.
    columnOverrides: keyedOnSheets(settings.columnOverrides, sheets, (better, worse) => ({ ...worse, ...better })),
    sheetReviews: keyedOnSheets(settings.sheetReviews, sheets, (better) => better),
  };
}

/** How closely a name spells its tab: as the tab is, case and all; but for letter case; or but for spaces at an end. */
function spelling(name: string, tab: string): number {
  if (name === tab) return 0;
  return sameSheetName(name, tab) ? 1 : 2;
}

/**
 * A record by sheet name, keyed by the tabs its names name. Where several names come to one tab
 * ("LEO" and "Leo" for the tab "LEO", or "Leo" and "Leo " for "Leo"), their values are joined by
 * `join`, the name spelled closer to the tab's as `better` (the first given, of two spelled alike).
 */
function keyedOnSheets<T>(record: Record<string, T>, sheets: readonly string[], join: (better: T, worse: T) => T): Record<string, T> {
  const keyed = new Map<string, { value: T; spelling: number }>();
  for (const [name, value] of Object.entries(record)) {
    const tab = findSheetName(sheets, name);
    if (tab === undefined) {
      // "*" (every sheet) and names of no tab are kept as they are.
      if (!keyed.has(name)) keyed.set(name, { value, spelling: 0 });
      continue;
    }
    const named = { value, spelling: spelling(name, tab) };
    const before = keyed.get(tab);
    if (before === undefined) keyed.set(tab, named);
    else if (named.spelling < before.spelling) keyed.set(tab, { value: join(value, before.value), spelling: named.spelling });
    else keyed.set(tab, { value: join(before.value, value), spelling: before.spelling });
  }
  return Object.fromEntries([...keyed].map(([name, { value }]) => [name, value]));
}

/**
 * A warning for each column override and review of a sheet whose name two tabs could be, their names
 * differing only by end spaces: neither tab takes it, so it is not used (tracker sheets have their own).
 */
export function alikeSettingsFindings(settings: Settings, sheets: readonly string[]): Finding[] {
  const named = [
    ...Object.keys(settings.columnOverrides).map((name) => ({ name, unused: `The columns the settings choose for a sheet "${name}" were not used`, again: "choose them again for the sheet meant under Column overrides" })),
    ...Object.keys(settings.sheetReviews).map((name) => ({ name, unused: `The review the settings name for a sheet "${name}" was not used`, again: "name it again for the sheet meant under Reviews of sheets" })),
  ];
  return named.flatMap(({ name, unused, again }): Finding[] => {
    const alike = sheetsAlike(sheets, name);
    if (alike.length === 0) return [];
    const message = `${unused}: the name ${alikeSheetsWords(alike)}; ${again} in the task pane's settings.`;
    return [{ sheet: name, code: "settings-sheet-alike", severity: "warning", message }];
  });
}
