/**
 * The file door as the workbench hands it to the pane: every call goes to the XlsxDoor (each long
 * one, reading the sheets or writing them, after the page has drawn the pane's progress: nextPaint.ts),
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
import { nextPaint } from "./nextPaint";

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

  async read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    await nextPaint();
    return this.file.read(onProgress);
  }

  async readFills(cells: CellAddress[]): Promise<(string | null)[]> {
    await nextPaint();
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

  async writeStore(records: StoreRecord[]): Promise<void> {
    await nextPaint();
    return this.file.writeStore(records);
  }

  userName(): Promise<string | null> {
    return this.file.userName();
  }

  async applyPlan(plan: WritePlan): Promise<AppliedSheet[]> {
    await nextPaint();
    const applied = await this.file.applyPlan(plan);
    const first = applied[0];
    if (first) this.sightings.show(first.name);
    return applied;
  }

  async applyFormats(plans: FormatPlan[]): Promise<void> {
    await nextPaint();
    return this.file.applyFormats(plans);
  }

  async clearFormats(tag: FormatTag): Promise<number> {
    await nextPaint();
    return this.file.clearFormats(tag);
  }

  async applyEdits(edits: CellEdit[]): Promise<number> {
    await nextPaint();
    return this.file.applyEdits(edits);
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    await this.file.select(sheet, row, column);
    const selected = this.file.lastSelection;
    if (selected) this.sightings.show(selected.sheet, { row: selected.row, column: selected.column });
  }
}
