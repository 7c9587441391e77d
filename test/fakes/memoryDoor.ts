/**
 * A RagDoor over a workbook held in memory, for the task pane's tests. It is a test double,
 * not a mock: edits really change its cells, plans really become sheets, formats are kept
 * per sheet and tag and really removed by clearFormats, and settings go through the store
 * records and the engine's zod schema exactly as the real doors keep them.
 */
import type { CellAddress, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/cells";
import { cellText, columnLetter } from "../../src/core/cells";
import type { CellEdit, FormatPlan, FormatTag } from "../../src/core/formatPlan";
import type { Settings } from "../../src/core/settings";
import { parseSettings } from "../../src/core/settings";
import type { StoreRecord } from "../../src/core/store";
import { SETTINGS_RECORD } from "../../src/core/store";
import type { PlanCell, WritePlan } from "../../src/core/writePlan";
import type { AppliedSheet, RagDoor } from "../../src/door/RagDoor";

export interface Selection {
  sheet: string;
  row: number;
  column: number;
}

export interface MemoryDoorOptions {
  label?: string;
  store?: StoreRecord[];
}

function planValue(cell: PlanCell | undefined): CellValue {
  if (!cell || cell.kind === "blank") return null;
  if (cell.kind === "date") return new Date(`${cell.value}T00:00:00Z`);
  return cell.value;
}

function copySheet(sheet: SheetSnapshot): SheetSnapshot {
  return { ...sheet, values: sheet.values.map((row) => [...row]), merges: sheet.merges.map((m) => ({ ...m })) };
}

export class MemoryDoor implements RagDoor {
  readonly label: string;
  readonly sheets: SheetSnapshot[];
  store: StoreRecord[];
  /** Every plan applyPlan received, in order. */
  readonly appliedPlans: WritePlan[] = [];
  /** The add-in's formats now on the sheets, one plan per sheet and tag. */
  formats: FormatPlan[] = [];
  /** Every batch of edits applyEdits wrote. */
  readonly appliedEdits: CellEdit[][] = [];
  readonly selections: Selection[] = [];
  readonly settingsWritten: Settings[] = [];
  /** How many times read() was called. */
  reads = 0;
  /** Cells' fill colours, by "Sheet!H5"; a cell not here has no fill. */
  readonly fills = new Map<string, string>();
  /** Every batch of cells readFills was asked for. */
  readonly fillsAsked: CellAddress[][] = [];

  constructor(sheets: SheetSnapshot[], options: MemoryDoorOptions = {}) {
    this.label = options.label ?? "Test workbook";
    this.sheets = sheets.map(copySheet);
    this.store = options.store ? [...options.store] : [];
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The value in a cell, by Excel row and column numbers. */
  cell(sheetName: string, row: number, column: number): CellValue {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`There is no sheet named "${sheetName}".`);
    return sheet.values[row - sheet.firstRow]?.[column - sheet.firstColumn] ?? null;
  }

  async readFills(cells: CellAddress[]): Promise<(string | null)[]> {
    this.fillsAsked.push(cells);
    return cells.map((c) => this.fills.get(`${c.sheet}!${columnLetter(c.column)}${c.row}`) ?? null);
  }

  async read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    this.reads++;
    const total = this.sheets.length;
    const sheets: SheetSnapshot[] = [];
    for (const [i, sheet] of this.sheets.entries()) {
      sheets.push(copySheet(sheet));
      onProgress?.(i + 1, total);
    }
    return { sheets };
  }

  async readSettings(): Promise<Settings> {
    const record = this.store.find((r) => r.kind === SETTINGS_RECORD.kind && r.id === SETTINGS_RECORD.id);
    const parsed = parseSettings(record ? JSON.parse(record.json) : {});
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.settings;
  }

  async writeSettings(settings: Settings): Promise<void> {
    this.settingsWritten.push(settings);
    const record: StoreRecord = { ...SETTINGS_RECORD, json: JSON.stringify(settings) };
    this.store = [...this.store.filter((r) => !(r.kind === record.kind && r.id === record.id)), record];
  }

  async readStore(): Promise<StoreRecord[]> {
    return [...this.store];
  }

  async writeStore(records: StoreRecord[]): Promise<void> {
    this.store = [...records];
  }

  async userName(): Promise<string | null> {
    return null;
  }

  async applyPlan(plan: WritePlan): Promise<AppliedSheet[]> {
    for (const sheetPlan of plan.sheets) {
      const existing = this.sheet(sheetPlan.name);
      if (existing && existing.generatedKey !== sheetPlan.key)
        throw new Error(`The sheet "${sheetPlan.name}" belongs to the user, so RAG Tracker did not write over it.`);
    }
    this.appliedPlans.push(plan);
    return plan.sheets.map((sheetPlan) => {
      const written: SheetSnapshot = {
        name: sheetPlan.name,
        firstRow: 1,
        firstColumn: 1,
        values: sheetPlan.rows.map((row) => row.map(planValue)),
        merges: sheetPlan.merges.map((m) => ({ ...m })),
        generatedKey: sheetPlan.key,
      };
      const at = this.sheets.findIndex((s) => s.generatedKey === sheetPlan.key || s.name.toLowerCase() === sheetPlan.name.toLowerCase());
      if (at >= 0) this.sheets[at] = written;
      else this.sheets.push(written);
      return { key: sheetPlan.key, name: sheetPlan.name };
    });
  }

  async applyFormats(plans: FormatPlan[]): Promise<void> {
    for (const plan of plans) {
      if (!this.sheet(plan.sheet)) throw new Error(`There is no sheet named "${plan.sheet}".`);
    }
    for (const plan of plans) {
      this.formats = [...this.formats.filter((f) => !(f.tag === plan.tag && f.sheet === plan.sheet)), plan];
    }
  }

  /** Removes the tag's rules and lists; the count is what was removed, as the Excel door counts it. */
  async clearFormats(tag: FormatTag): Promise<number> {
    const removed = this.formats.filter((f) => f.tag === tag).reduce((n, f) => n + f.rules.length + (f.validation ? 1 : 0), 0);
    this.formats = this.formats.filter((f) => f.tag !== tag);
    return removed;
  }

  /** Checks every edit against its cell first; writes nothing unless all still hold `from`. */
  async applyEdits(edits: CellEdit[]): Promise<number> {
    for (const edit of edits) {
      const now = this.cell(edit.sheet, edit.row, edit.column);
      const text = now === null ? "" : typeof now === "string" ? now : cellText(now);
      if (text !== edit.from) throw new Error(`Nothing was changed because row ${edit.row} of "${edit.sheet}" now holds "${text}" where "${edit.from}" was read.`);
    }
    for (const edit of edits) {
      const sheet = this.sheet(edit.sheet)!;
      const r = edit.row - sheet.firstRow;
      const c = edit.column - sheet.firstColumn;
      while (sheet.values.length <= r) sheet.values.push([]);
      const row = sheet.values[r]!;
      while (row.length <= c) row.push(null);
      row[c] = edit.to;
    }
    this.appliedEdits.push(edits.map((e) => ({ ...e })));
    return edits.length;
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    if (!this.sheet(sheet)) throw new Error(`There is no sheet named "${sheet}" any more.`);
    this.selections.push({ sheet, row, column });
  }
}
