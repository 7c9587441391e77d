/**
 * Settings are tried on the workbook before they are stored: settings that name a sheet it does
 * not have, or leave it no tracker, would be kept in the workbook for everyone who opens it. The
 * engine reads the workbook with them as it would once they were stored; nothing is written.
 */
import type { Analysed, Progress } from "../door/operations";
import { analyse } from "../door/operations";
import type { RagDoor, ReadingDoor } from "../door/RagDoor";
import type { Analysis } from "../core/model";
import type { Settings } from "../core/settings";
import { WorkbookUnusableError } from "../core/errors";
import { choicesInWords, listInWords } from "../core/sentences";
import { alikeSheetsWords, findSheetName, sheetsAlike, workbookSheetNames } from "../core/sheetMatch";

/** Refuses tracker sheet names the workbook does not have, matched as the engine matches them. */
function refuseMissingSheets(trackerSheets: readonly string[], sheets: readonly string[]): void {
  const missing = trackerSheets.filter((name) => findSheetName(sheets, name) === undefined);
  if (missing.length === 0) return;
  // A name two tabs have once the spaces at their ends are dropped names neither: the sentence says which they are.
  const alike = missing.map((name) => [name, sheetsAlike(sheets, name)] as const).find(([, tabs]) => tabs.length > 0);
  if (alike) throw new Error(`"${alike[0]}" ${alikeSheetsWords(alike[1])}, so the settings were not saved; untick "${alike[0]}" and tick the sheet you meant.`);
  const names = missing.map((n) => `"${n}"`);
  const either = choicesInWords(names);
  throw new Error(
    missing.length === 1
      ? `There is no sheet named ${either} in this workbook, so the settings were not saved; untick ${either} and tick the sheet you meant.`
      : `There are no sheets named ${either} in this workbook, so the settings were not saved; untick them and tick the sheets you meant.`,
  );
}

/** Refuses a column override or review of a sheet naming a sheet two tabs could be, as the engine uses neither. */
function refuseAlikeSheets(settings: Settings, sheets: readonly string[]): void {
  const named = [
    ...Object.keys(settings.columnOverrides).map((name) => ({ name, remedy: `remove the columns chosen for "${name}" under Column overrides and choose them for the sheet you meant` })),
    ...Object.keys(settings.sheetReviews).map((name) => ({ name, remedy: `remove the review of "${name}" under Reviews of sheets and name it for the sheet you meant` })),
  ];
  for (const { name, remedy } of named) {
    const alike = sheetsAlike(sheets, name);
    if (alike.length > 0) throw new Error(`"${name}" ${alikeSheetsWords(alike)}, so the settings were not saved; ${remedy}.`);
  }
}

/** The workbook read and analysed with `settings` in place of the stored ones; throws one sentence when they cannot be kept. */
export async function trySettings(door: RagDoor, settings: Settings, progress: Progress): Promise<Analysed> {
  const read: { sheets: readonly string[] } = { sheets: [] };
  const trial: ReadingDoor = {
    read: async (onProgress) => {
      const snapshot = await door.read(onProgress);
      read.sheets = workbookSheetNames(snapshot);
      return snapshot;
    },
    readFills: (cells) => door.readFills(cells),
    // Where the door reads values alone (Excel), tried settings see =TODAY() dates as the stored ones do.
    ...(door.readFormulas && { readFormulas: (cells, fills, links) => door.readFormulas!(cells, fills, links) }),
    readSettings: async () => settings,
    // The recorded reports do not depend on the settings tried: read with the cells, they date the reading.
    readStore: () => door.readStore(),
  };
  let result: Analysed;
  try {
    result = await analyse(trial, progress);
  } catch (error) {
    // A read that failed (Excel busy) says why itself; a workbook read but left with no tracker is said here.
    if (!(error instanceof WorkbookUnusableError)) throw error;
    refuseMissingSheets(settings.trackerSheets, read.sheets);
    throw new Error(`${error.message.replace(/\.$/, "")}; the settings were not saved.`, { cause: error });
  }
  refuseMissingSheets(settings.trackerSheets, read.sheets);
  refuseAlikeSheets(settings, read.sheets);
  return result;
}

/**
 * "Settings saved." and, where a rating column chosen by hand holds no rating on its sheet (most
 * likely the wrong column), a warning that says which.
 */
export function savedOutcome(settings: Settings, analysis: Analysis): { text: string; intent: "success" | "warning" } {
  const empty = Object.entries(settings.columnOverrides).flatMap(([sheet, roles]) => {
    const tracker = analysis.trackers.find((t) => t.sheet.toLowerCase() === sheet.toLowerCase());
    // Blank or all unreadable (a Lead or Progress column chosen by mistake): no rating of the index.
    if (!roles.rating || !tracker || tracker.actions.some((a) => a.rating.kind === "rated")) return [];
    return [`column ${roles.rating} on "${tracker.sheet}"`];
  });
  if (empty.length === 0) return { text: "Settings saved.", intent: "success" };
  const check = empty.length === 1 ? "it is the rating column" : "they are the rating columns";
  return { text: `Settings saved, but there is no rating in ${listInWords(empty)}; check that ${check}.`, intent: "warning" };
}
