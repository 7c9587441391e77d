/**
 * The streaming file door: what the command line needs of a workbook (read it, read and write
 * the store, add generated sheets, save a copy) without ever building a spreadsheet library's
 * model of it. Sheets are read part by part through a SAX parser into the engine's snapshots;
 * saving lays the new and replaced parts over the opened package and copies every other part
 * still compressed, byte for byte, so a user's sheets cannot change and a large workbook costs
 * little more memory than its cell values.
 *
 * It takes bytes and gives bytes, like XlsxDoor; the browser workbench keeps XlsxDoor, which
 * also edits and formats user cells.
 */
import { FileDoorBase } from "../FileDoorBase";
import JSZip from "jszip";
import type { WorkbookSnapshot } from "../../core/cells";
import type { StoreRecord } from "../../core/store";
import { STORE_HEADER, STORE_SHEET_NAME, decodeStore, encodeStore, isStoreSheetName, mergeStores } from "../../core/store";
import { freeSheetName } from "../../core/sheetNames";
import type { GeneratedSheetKey, SheetPlan, WritePlan } from "../../core/writePlan";
import type { AppliedSheet, SheetsDoor } from "../../door/RagDoor";
import { NOTHING_SAVED, ProtectionError, protectedStructureMessage } from "../../door/protectedSheets";
import { WorkbookFileError } from "../WorkbookFileError";
import { damagedWorkbook, openWorkbookZip } from "../fileKind";
import type { PackageSheet, PackageWorkbook, SheetState } from "./workbookPart";
import type { WorkbookExtension } from "../fileKind";
import { DamagedPackageError, readPackageWorkbook } from "./workbookPart";
import type { SharedParts } from "./packageSnapshot";
import { generatedKeys, readPackageSnapshot, readSharedParts, readStoreRowsStreaming, storeSheetsOf } from "./packageSnapshot";
import { planSnapshot } from "./planSnapshot";
import { savePackage } from "./savePackage";

/** A sheet of the workbook as it will be saved. */
export interface SheetEntry {
  name: string;
  state: SheetState;
  /** Its part in the opened package; null for a sheet added since. */
  opened: PackageSheet | null;
  /** New content written over the sheet on save; null keeps the opened part as it is. */
  content: { kind: "plan"; plan: SheetPlan } | { kind: "store"; rows: string[][] } | null;
}

/** Any failure to read the package's XML is the file's damage, told in one sentence. */
async function readingFile<T>(label: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    throw new WorkbookFileError(damagedWorkbook(label, error instanceof DamagedPackageError ? error.reason : undefined));
  }
}

export class StreamingXlsxDoor extends FileDoorBase implements SheetsDoor {
  private readonly sheets: SheetEntry[];
  /** Generated-sheet key → the sheet it marks (RAGTracker_<key> names), as the workbook stands now. */
  private readonly markers = new Map<string, string>();
  /** Keys whose marker names are rewritten on save. */
  private readonly plannedKeys = new Set<GeneratedSheetKey>();
  /** The shared strings and cell formats, read once when first needed. */
  private sharedParts: Promise<SharedParts> | null = null;
  /** The opened package's store sheets (see storeSheetsOf), found once when first needed. */
  private openedStores: Promise<PackageSheet[]> | null = null;

  private constructor(
    private readonly zip: JSZip,
    private readonly workbook: PackageWorkbook,
    readonly label: string,
  ) {
    super();
    this.sheets = workbook.sheets.map((sheet) => ({ name: sheet.name, state: sheet.state, opened: sheet, content: null }));
    const byName = new Map(this.sheets.map((s) => [s.name.toLowerCase(), s.name]));
    for (const [sheet, key] of generatedKeys(workbook, workbook.sheets)) this.markers.set(key, byName.get(sheet)!);
  }

  /** Opens an .xlsx workbook from its bytes; anything that is not one gives a WorkbookFileError sentence. */
  static async open(data: Uint8Array | ArrayBuffer, label: string): Promise<StreamingXlsxDoor> {
    const { zip } = await openWorkbookZip(data, label);
    const workbook = await readingFile(label, () => readPackageWorkbook(zip));
    return new StreamingXlsxDoor(zip, workbook, label);
  }

  /** The extension a saved copy must have: the workbook's own kind (.xlsm keeps its macros). */
  get extension(): WorkbookExtension {
    return this.workbook.extension;
  }

  private shared(): Promise<SharedParts> {
    this.sharedParts ??= readingFile(this.label, () => readSharedParts(this.zip, this.workbook));
    return this.sharedParts;
  }

  /** The store sheets as the workbook stands, the one written to first: those opened, or the one written since. */
  private async stores(): Promise<SheetEntry[]> {
    this.openedStores ??= this.shared().then((shared) => readingFile(this.label, () => storeSheetsOf(this.zip, this.workbook, shared)));
    const opened = await this.openedStores;
    const added = this.sheets.find((s) => s.opened === null && s.content?.kind === "store");
    if (added) return [added];
    return opened.flatMap((sheet) => this.sheets.filter((s) => s.opened === sheet && s.content?.kind !== "plan"));
  }

  private find(name: string): SheetEntry | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  private get changed(): boolean {
    return this.sheets.some((s) => s.content !== null);
  }

  async read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    const shared = await this.shared();
    const stores = (await this.stores()).flatMap((s) => (s.opened ? [s.opened] : []));
    const opened = await readingFile(this.label, () => readPackageSnapshot(this.zip, this.workbook, this.changed ? undefined : onProgress, shared, stores));
    if (!this.changed) return opened;
    // Sheets planned since opening are read from their plans, in the workbook's order as it stands.
    const byName = new Map(opened.sheets.map((s) => [s.name, s]));
    const keyOf = new Map([...this.markers].map(([key, sheet]) => [sheet, key]));
    const sheets = this.sheets.flatMap((entry) => {
      if (entry.content?.kind === "plan") return [planSnapshot(entry.content.plan)];
      const sheet = entry.opened && entry.content === null ? byName.get(entry.opened.name) : undefined;
      if (!sheet) return [];
      const key = keyOf.get(entry.name);
      const { generatedKey: _opened, ...rest } = sheet;
      return [key === undefined ? rest : { ...rest, generatedKey: key }];
    });
    onProgress?.(sheets.length, sheets.length);
    return { sheets };
  }

  /** The records of every store sheet as one store (see mergeStores); [] without a store. */
  async readStore(): Promise<StoreRecord[]> {
    const stores = await this.stores();
    const shared = await this.shared();
    const records: StoreRecord[][] = [];
    for (const store of stores) {
      if (store.content?.kind === "store") records.push(decodeStore(store.content.rows));
      else if (store.opened && store.content === null) records.push(decodeStore(await readingFile(this.label, () => readStoreRowsStreaming(this.zip, this.workbook, shared, store.opened!))));
    }
    return mergeStores(records);
  }

  /**
   * Writes the records into the first store sheet, named as RAG Tracker names it, and empties
   * every other (a renamed or copied store, whose records readStore merged) to its header row, so
   * it is still known as a store; one whose name is the store's in other letter case takes a free
   * name, as Excel refuses two sheet names that differ only in case. Emptying, not removing,
   * keeps every other sheet's place, so the names that point at sheets by position stay right.
   */
  async writeStore(records: StoreRecord[]): Promise<void> {
    const [target, ...others] = await this.stores();
    if (this.workbook.structureLocked && !target) throw new ProtectionError(protectedStructureMessage(NOTHING_SAVED));
    for (const other of others) {
      other.content = { kind: "store", rows: [[...STORE_HEADER]] };
      other.state = "veryHidden";
      // The target and any other store of that name in other case still hold it: the store's own name counts as taken.
      const taken = (lower: string) => lower === STORE_SHEET_NAME.toLowerCase() || this.sheets.some((s) => s !== other && s.name.toLowerCase() === lower);
      if (isStoreSheetName(other.name)) other.name = freeSheetName(STORE_SHEET_NAME, taken);
    }
    const content = { kind: "store" as const, rows: encodeStore(records) };
    if (target) {
      target.content = content;
      target.state = "veryHidden";
      target.name = STORE_SHEET_NAME;
    } else {
      this.sheets.push({ name: STORE_SHEET_NAME, state: "veryHidden", opened: null, content });
    }
  }

  async applyPlan(plan: WritePlan): Promise<AppliedSheet[]> {
    this.checkPlanFits(
      plan,
      this.workbook.structureLocked,
      (name) => this.find(name)?.name,
      (sheet) => [...this.markers].find(([, name]) => name === sheet)?.[0],
    );
    // Each generated sheet takes the place of the one it replaces, or goes at the end.
    for (const sheetPlan of plan.sheets) {
      const markedName = this.markers.get(sheetPlan.key);
      const old = markedName === undefined ? undefined : this.find(markedName);
      const content = { kind: "plan" as const, plan: sheetPlan };
      if (old) {
        old.name = sheetPlan.name;
        old.state = "visible";
        old.content = content;
      } else {
        this.sheets.push({ name: sheetPlan.name, state: "visible", opened: null, content });
      }
      this.markers.set(sheetPlan.key, sheetPlan.name);
      this.plannedKeys.add(sheetPlan.key);
    }
    return plan.sheets.map((s) => ({ key: s.key, name: s.name }));
  }

  /** The workbook as .xlsx bytes: the opened parts, with the sheets written since laid over them. */
  async save(): Promise<Uint8Array> {
    const stores = this.changed ? await this.stores() : [];
    return savePackage(this.zip, this.workbook, this.sheets, this.plannedKeys, await this.shared(), new Set(stores));
  }
}
