/**
 * What both file doors do alike: settings kept among the store's records, no user name (a file
 * says who last saved it, not who is using it now), and the checks a plan passes before it
 * changes anything.
 */
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import type { StoreRecord } from "../core/store";
import type { WritePlan } from "../core/writePlan";
import { storeSettings, storedSettings } from "../door/storedSettings";
import { refuseUserSheets, tablesInTheWay, renamedSheetsNote } from "../door/sheetOwnership";
import { NO_SHEETS_ADDED, ProtectionError, protectedStructureMessage } from "../door/protectedSheets";
import { StoredSettingsError, WorkbookFileError } from "./WorkbookFileError";
import { checkPlan } from "./writeSheet";

export abstract class FileDoorBase {
  abstract readStore(): Promise<StoreRecord[]>;
  abstract writeStore(records: StoreRecord[]): Promise<void>;

  private savedSettingsIgnored = false;

  /** From now on the settings are the defaults, whatever the workbook stores (the command line's --ignore-saved-settings, for stored settings that are damaged). */
  ignoreSavedSettings(): void {
    this.savedSettingsIgnored = true;
  }

  async readSettings(): Promise<Settings> {
    if (this.savedSettingsIgnored) return DEFAULT_SETTINGS;
    return storedSettings(this, (message) => new StoredSettingsError(message));
  }

  async writeSettings(settings: Settings): Promise<void> {
    await storeSettings(this, settings);
  }

  async userName(): Promise<string | null> {
    return null;
  }

  /** The sentence for fills asked of a sheet the read does not give (none of that name, or the store). */
  protected noSheetForFills(sheet: string, label: string): WorkbookFileError {
    return new WorkbookFileError(`There is no sheet named "${sheet}" in "${label}", so the fills of its cells could not be read.`);
  }

  /**
   * Throws one sentence, before anything changes, when the plan cannot be written: a cell Excel
   * could not hold, a workbook whose structure is protected, a user's sheet in the way, or a user's
   * table on a generated sheet it would replace.
   * `existing` finds a sheet by name (ignoring case); `ownerOf` gives the generated key marking a
   * sheet; `marked` the sheet a key marks; `tablesOn` the tables a sheet of this name holds.
   */
  protected checkPlanFits(
    plan: WritePlan,
    structureLocked: boolean,
    existing: (name: string) => string | undefined,
    ownerOf: (sheet: string) => string | undefined,
    marked: (key: string) => string | undefined,
    tablesOn: (sheet: string) => readonly string[],
  ): void {
    checkPlan(plan);
    if (structureLocked && plan.sheets.length > 0) throw new ProtectionError(`${protectedStructureMessage(NO_SHEETS_ADDED)}${renamedSheetsNote(plan)}`);
    refuseUserSheets(plan, existing, ownerOf);
    const tables = tablesInTheWay(plan, marked, tablesOn);
    if (tables !== null) throw new WorkbookFileError(tables);
  }
}
