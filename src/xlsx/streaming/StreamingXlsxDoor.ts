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
import { tablesBySheet } from "../sheetTables";
import type { CellAddress, CellRange, WorkbookSnapshot } from "../../core/cells";
import type { StoreRecord } from "../../core/store";
import { STORE_HEADER, STORE_SHEET_NAME, decodeStore, encodeStore, isStoreSheetName, mergeStores } from "../../core/store";
import { freeSheetName } from "../../core/sheetNames";
import type { GeneratedSheetKey, SheetPlan, WritePlan } from "../../core/writePlan";
import { WorkbookMarkers } from "../../core/markers";
import { quoteSheetName } from "../../core/cells";
import type { AppliedSheet, SheetsDoor } from "../../door/RagDoor";
import { appliedSheets } from "../../door/sheetOwnership";
import { NOTHING_SAVED, ProtectionError, protectedStructureMessage } from "../../door/protectedSheets";
import { WorkbookFileError } from "../WorkbookFileError";
import { damagedWorkbook, openWorkbookZip } from "../fileKind";
import { RunawayTextError, runawayTextRefused } from "../textRuns";
import type { PackageSheet, PackageWorkbook, SheetState } from "./workbookPart";
import type { WorkbookExtension } from "../fileKind";
import { DamagedPackageError, readPackageWorkbook } from "./workbookPart";
import { PartChecksumError } from "./zipEntries";
import type { SharedParts } from "./packageSnapshot";
import { packageMarkers, readPackageSnapshot, readSharedParts, readStoreRowsStreaming, storeSheetsOf } from "./packageSnapshot";
import { planSnapshot } from "./planSnapshot";
import { savePackage } from "./savePackage";
import type { RuleOrderNotes } from "./sheetReader";
import { sheetRulesInPriorityOrder } from "./sheetRuleOrder";
import { partText } from "../packageXml";
import type { DefinedName } from "./workbookXml";
import type { Palette } from "../fillColour";
import { fillColour, makePalette } from "../fillColour";
import type { StyleFills } from "./styleFills";
import { readPalette, readStyleFills, themePartOf } from "./styleFills";
import type { Place } from "./cellStyles";
import { mergeMasters, readShownStyles } from "./cellStyles";
import { PlanStyles } from "../planStyles";

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
    if (error instanceof RunawayTextError) throw new WorkbookFileError(runawayTextRefused(label, error.part));
    throw new WorkbookFileError(damagedWorkbook(label, error instanceof DamagedPackageError || error instanceof PartChecksumError ? error.reason : undefined));
  }
}

export class StreamingXlsxDoor extends FileDoorBase implements SheetsDoor {
  private readonly sheets: SheetEntry[];
  /** The markers of generated and kept sheets, as the workbook stands now. */
  private readonly markers: WorkbookMarkers;
  /** Kept markers to add on save: the sheets this door kept rather than replaced. */
  private readonly keptMarkers: DefinedName[] = [];
  private readonly keptMarkerNames = new Set<string>();
  /** Keys whose marker names are rewritten on save. */
  private readonly plannedKeys = new Set<GeneratedSheetKey>();
  /** The shared strings and cell formats, read once when first needed. */
  private sharedParts: Promise<SharedParts> | null = null;
  /** The opened package's store sheets (see storeSheetsOf), found once when first needed. */
  private openedStores: Promise<PackageSheet[]> | null = null;
  /** The cell styles' fills and the palette they resolve against, read once when fills are first asked for. */
  private fillParts: Promise<{ styles: StyleFills; palette: Palette; anyColour: boolean }> | null = null;
  /**
   * The merged areas of the opened worksheets, as read() (or readFills) found them: with them
   * known, reading fills stops after the last row asked about. A handful per sheet; the parts
   * never change (this door changes no user sheet's cells).
   */
  private readonly mergesOf = new Map<PackageSheet, readonly CellRange[]>();
  /** For each sheet read(), whether a save must list its conditional formats in priority order. */
  private readonly ruleOrder: RuleOrderNotes = new Map();

  private constructor(
    private readonly zip: JSZip,
    private readonly workbook: PackageWorkbook,
    readonly label: string,
  ) {
    super();
    this.sheets = workbook.sheets.map((sheet) => ({ name: sheet.name, state: sheet.state, opened: sheet, content: null }));
    this.markers = packageMarkers(workbook, workbook.sheets);
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
    const opened = await readingFile(this.label, () => readPackageSnapshot(this.zip, this.workbook, this.changed ? undefined : onProgress, shared, stores, this.ruleOrder));
    for (const sheet of opened.sheets) {
      const part = this.workbook.sheets.find((s) => s.name === sheet.name);
      if (part) this.mergesOf.set(part, sheet.merges.map((m) => ({ ...m })));
    }
    if (!this.changed) return opened;
    // Sheets planned since opening are read from their plans, in the workbook's order as it stands.
    const byName = new Map(opened.sheets.map((s) => [s.name, s]));
    const sheets = this.sheets.flatMap((entry) => {
      if (entry.content?.kind === "plan") return [planSnapshot(entry.content.plan)];
      const sheet = entry.opened && entry.content === null ? byName.get(entry.opened.name) : undefined;
      if (!sheet) return [];
      const key = this.markers.keyOf(entry.name);
      const { generatedKey: _opened, ...rest } = sheet;
      return [key === undefined ? rest : { ...rest, generatedKey: key }];
    });
    onProgress?.(sheets.length, sheets.length);
    return { sheets, ...(opened.date1904 ? { date1904: true } : {}) };
  }

  /**
   * The fill colour each cell shows (see RagDoor.readFills), read from the worksheet parts again,
   * only as far down as the last row asked about: reading values keeps no cell's style.
   */
  async readFills(cells: CellAddress[]): Promise<(string | null)[]> {
    if (cells.length === 0) return [];
    const colours: (string | null)[] = new Array<string | null>(cells.length).fill(null);
    // The cells of each sheet asked about, by name as asked; then each name's sheet, found once.
    const byName = new Map<string, number[]>();
    cells.forEach((cell, i) => {
      let indexes = byName.get(cell.sheet);
      if (!indexes) byName.set(cell.sheet, (indexes = []));
      indexes.push(i);
    });
    const bySheet = new Map<SheetEntry, number[]>();
    for (const [name, indexes] of byName) {
      const entry = await this.fillSheet(name);
      bySheet.set(entry, [...(bySheet.get(entry) ?? []), ...indexes]);
    }
    for (const [entry, indexes] of bySheet) {
      const places: Place[] = indexes.map((i) => ({ row: cells[i]!.row, column: cells[i]!.column }));
      const found = entry.content?.kind === "plan" ? planFills(entry.content.plan, places) : await this.partFills(entry.opened!, places);
      indexes.forEach((i, k) => (colours[i] = found[k]!));
    }
    return colours;
  }

  /** The sheet whose cells read() gives under this name (in any letter case); a WorkbookFileError sentence for any other. */
  private async fillSheet(name: string): Promise<SheetEntry> {
    const entry = this.find(name);
    const stores = await this.stores();
    const readable =
      entry !== undefined &&
      (entry.content?.kind === "plan" ||
        (entry.content === null && entry.opened !== null && entry.opened.kind === "worksheet" && entry.opened.state !== "veryHidden" && !stores.includes(entry)));
    if (!readable) throw this.noSheetForFills(name, this.label);
    return entry;
  }

  private async partFills(sheet: PackageSheet, places: Place[]): Promise<(string | null)[]> {
    return readingFile(this.label, async () => {
      this.fillParts ??= (async () => {
        const styles = await readStyleFills(this.zip, this.workbook.stylesPart);
        const palette = await readPalette(this.zip, await themePartOf(this.zip, this.workbook.part), styles.indexedColors);
        return { styles, palette, anyColour: styles.fills.some((fill) => fillColour(fill, palette) !== null) };
      })();
      const { styles, palette, anyColour } = await this.fillParts;
      // No cell style shows a colour (a workbook nobody coloured): no cell can, so the sheet is not read again.
      if (!anyColour) return places.map(() => null);
      const shown = await readShownStyles(this.zip, sheet.part, places, this.mergesOf.get(sheet) ?? null);
      this.mergesOf.set(sheet, shown.merges);
      return shown.styles.map((style) => fillColour(styles.fills[style], palette));
    });
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
    const tables = await tablesBySheet(this.zip);
    this.checkPlanFits(
      plan,
      this.workbook.structureLocked,
      (name) => this.find(name)?.name,
      (sheet) => this.markers.keyOf(sheet),
      (key) => this.markers.live.get(key) ?? undefined,
      // A sheet written since opening holds only its plan; one opened holds the package's tables.
      (name) => {
        const sheet = this.find(name);
        return sheet?.opened && sheet.content === null ? (tables.get(sheet.name) ?? []) : [];
      },
    );
    // Each generated sheet takes the place of the one it replaces, or goes at the end.
    for (const sheetPlan of plan.sheets) {
      const markedName = this.markers.live.get(sheetPlan.key) ?? undefined;
      if (sheetPlan.keeps !== undefined && markedName !== undefined) this.keep(markedName, sheetPlan.key);
      const old = markedName === undefined || sheetPlan.keeps !== undefined ? undefined : this.find(markedName);
      const content = { kind: "plan" as const, plan: sheetPlan };
      if (old) {
        old.name = sheetPlan.name;
        old.state = "visible";
        old.content = content;
      } else {
        this.sheets.push({ name: sheetPlan.name, state: "visible", opened: null, content });
      }
      this.markers.live.set(sheetPlan.key, sheetPlan.name);
      this.plannedKeys.add(sheetPlan.key);
    }
    return appliedSheets(plan);
  }

  /** A generated sheet the user renamed stays as it is, marked kept on save. */
  private keep(sheet: string, key: string): void {
    const name = this.markers.keptMarkerFor(sheet, key, this.keptMarkerNames);
    if (name !== null) this.keptMarkers.push({ name, hidden: true, text: `${quoteSheetName(sheet)}!$A$1` });
    this.markers.noteKept(sheet, key);
  }

  /** The workbook as .xlsx bytes: the opened parts, with the sheets written since laid over them. */
  async save(): Promise<Uint8Array> {
    const stores = this.changed ? await this.stores() : [];
    const names = { added: this.keptMarkers, dropped: new Set(this.markers.danglingKept) };
    const reordered = this.changed ? await this.sheetsWithRulesInOrder(stores) : new Map<string, string>();
    return savePackage(this.zip, this.workbook, this.sheets, this.plannedKeys, await this.shared(), new Set(stores), names, reordered);
  }

  /**
   * The kept sheets whose conditional formats are not listed in priority order, by part, with them listed so (sheetRuleOrder.ts):
   * those read() found so; a sheet it did not read (a very hidden one) is looked at here. The store holds no formats.
   */
  private async sheetsWithRulesInOrder(stores: readonly SheetEntry[]): Promise<Map<string, string>> {
    const reordered = new Map<string, string>();
    for (const entry of this.sheets) {
      const sheet = entry.opened;
      if (entry.content !== null || !sheet || sheet.kind !== "worksheet" || stores.includes(entry) || this.ruleOrder.get(sheet) === false) continue;
      const xml = await readingFile(this.label, () => partText(this.zip, sheet.part));
      const ordered = xml === null ? null : sheetRulesInPriorityOrder(xml);
      if (ordered !== null) reordered.set(sheet.part, ordered);
    }
    return reordered;
  }
}

/** A generated sheet written since opening shows the fills of its plan (its part is only written on save). */
function planFills(plan: SheetPlan, places: Place[]): (string | null)[] {
  const styles = new PlanStyles();
  // A plan's fills are ARGB colours: the default palette is never consulted.
  const palette = makePalette(null);
  return mergeMasters(places, plan.merges).map(({ row, column }) => {
    const cell = plan.rows[row - 1]?.[column - 1];
    return cell ? fillColour(styles.styleOf(cell, undefined).fill, palette) : null;
  });
}
