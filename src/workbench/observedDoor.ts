/**
 * The file door as the workbench hands it to the pane: every call goes straight to the XlsxDoor,
 * and the workbench hears where Excel would move the user's eye — the first generated sheet
 * after a summary is written (Excel activates it) and the cell a finding link selects.
 */
import type { CellAddress, WorkbookSnapshot } from "../core/cells";
import type { CellEdit, FormatPlan, FormatTag } from "../core/formatPlan";
import type { Settings } from "../core/settings";
import type { StoreRecord } from "../core/store";
import type { WritePlan } from "../core/writePlan";
import type { AppliedSheet, RagDoor } from "../door/RagDoor";
import type { XlsxDoor } from "../xlsx/XlsxDoor";

export interface DoorSightings {
  /** A sheet to bring to the front, with the cell to select when there is one. */
  show(sheet: string, cell?: { row: number; column: number }): void;
}

export class ObservedDoor implements RagDoor {
  constructor(
    readonly file: XlsxDoor,
    private readonly sightings: DoorSightings,
  ) {}

  get label(): string {
    return this.file.label;
  }

  read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    return this.file.read(onProgress);
  }

  readFills(cells: CellAddress[]): Promise<(string | null)[]> {
    return this.file.readFills(cells);
  }

  readSettings(): Promise<Settings> {
    return this.file.readSettings();
  }

  writeSettings(settings: Settings): Promise<void> {
    return this.file.writeSettings(settings);
  }

  readStore(): Promise<StoreRecord[]> {
    return this.file.readStore();
  }

  writeStore(records: StoreRecord[]): Promise<void> {
    return this.file.writeStore(records);
  }

  userName(): Promise<string | null> {
    return this.file.userName();
  }

  async applyPlan(plan: WritePlan): Promise<AppliedSheet[]> {
    const applied = await this.file.applyPlan(plan);
    const first = applied[0];
    if (first) this.sightings.show(first.name);
    return applied;
  }

  applyFormats(plans: FormatPlan[]): Promise<void> {
    return this.file.applyFormats(plans);
  }

  clearFormats(tag: FormatTag): Promise<number> {
    return this.file.clearFormats(tag);
  }

  applyEdits(edits: CellEdit[]): Promise<number> {
    return this.file.applyEdits(edits);
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    await this.file.select(sheet, row, column);
    const selected = this.file.lastSelection;
    if (selected) this.sightings.show(selected.sheet, { row: selected.row, column: selected.column });
  }
}
