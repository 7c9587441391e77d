/**
 * The browser workbench's file door: RagDoor over an .xlsx workbook held in memory with ExcelJS. It
 * takes bytes and gives bytes (no file system); the command line reads and writes through the
 * streaming door (streaming/) instead. It
 * decides nothing the engine decides: it reads sheets into snapshots and applies the engine's plans.
 */
import { FileDoorBase } from "./FileDoorBase";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellAddress, CellValue, WorkbookSnapshot } from "../core/cells";
import type { CellEdit, FormatPlan, FormatTag } from "../core/formatPlan";
import type { StoreRecord } from "../core/store";
import { encodeStore } from "../core/store";
import type { ChartSpec, GeneratedSheetKey, SheetPlan, WritePlan } from "../core/writePlan";
import { hasData } from "../core/writePlan";
import { markerName } from "../core/markers";
import { columnTitles, isColumnTitleOf } from "../core/columnTitles";
import type { AppliedSheet, RagDoor } from "../door/RagDoor";
import { appliedSheets } from "../door/sheetOwnership";
import { WorkbookFileError } from "./WorkbookFileError";
import { WORKBOOK_KINDS, damagedWorkbook, libraryCannotReadRefused, openWorkbookZip, packageExtension, sheetsNotFoundRefused } from "./fileKind";
import { readSheet } from "./readSheet";
import { cellValue, editText } from "./cellValues";
import { addName, readWorkbookMarkers, removeName } from "./definedNames";
import { ownNamesAtWorkbookLevel } from "./keptNames";
import { writeSheetCells, writeSheetLayout } from "./writeSheet";
import type { PlanCells } from "./planRows";
import { planCells } from "./planRows";
import { conditionalFormats, setSheetOrder, sheetOrder } from "./internals";
import type { FormatOutcome } from "./formats";
import { applyFormatPlans, clearFormatTag } from "./formats";
import { isStoreSheet, readStoreRecords, storeNameClashesRenamed, storeSheets, writeStoreRows } from "./storeSheet";
import { partsWithBooleansAsExcelJsReads, workbookBooleansAsExcelJsReads } from "./booleanSpelling";
import { applyCellEdits, type CellEditOutcome } from "./edits";
import type { ChartData } from "./chartParts";
import type { SheetCharts } from "./packageParts";
import { finishPackage } from "./packageParts";
import { leftOutOnSave } from "./leftOutOnSave";
import { makeRuleTypesWritable } from "./writableRuleTypes";
import { putRulesInPriorityOrder } from "./rulesInPriorityOrder";
import { normalFontXml } from "./keptNormalFont";
import { OversizedPartError, RunawayTextError, checkPartsBeforeReading, oversizedPartRefused, runawayTextRefused } from "./textRuns";
import { excelJsParts } from "./excelJsParts";
import { withoutTables } from "./keptTables";
import { tablesBySheet } from "./sheetTables";
import { structureLocked } from "./workbookProtection";
import { chartSheets, chartSheetsRefused, uncheckedSheetsRefused } from "./chartSheets";
import { DamagedPackageError, readPackageWorkbook } from "./streaming/workbookPart";
import { PartChecksumError } from "./streaming/zipEntries";
import { inUtf8 } from "./streaming/partEncoding";
import { doubleFormatEscapes } from "./escapedFormats";
import { isoDateCellsAsSerials } from "./isoDateCells";
import { emptyTextResults } from "./emptyTextResults";
import { NOTHING_SAVED, ProtectionError, protectedStructureMessage } from "../door/protectedSheets";
import type { SheetTab, SheetView } from "./sheetView";
import { sheetTab, sheetView } from "./sheetView";
import { planSheetView } from "./planSheetView";
import { SheetViewCache } from "./sheetViewCache";
import type { Palette } from "./fillColour";
import { fillColour, makePalette } from "./fillColour";
import { packagePalette } from "./streaming/styleFills";
import { shownFill } from "./cellFills";

export interface Selection {
  sheet: string;
  row: number;
  column: number;
}

export class XlsxDoor extends FileDoorBase implements RagDoor {
  /** What the last applyFormats added and left out (RagDoor.applyFormats returns nothing). */
  lastFormatOutcome: FormatOutcome = { rules: 0, lists: 0, notes: [] };
  /** What the last applyEdits left as it is (a rating a formula gives), with a sentence for each sheet's. */
  lastEditOutcome: Pick<CellEditOutcome, "left" | "notes"> = { left: [], notes: [] };
  private selection: Selection | null = null;
  /** Charts of the generated sheets written in this session, by generated-sheet key; added to the package on save. */
  private readonly charts = new Map<string, ChartSpec[]>();

  /** The sheets as opened: those still here at save keep their charts (see keptDrawings). */
  private readonly openedSheets: Set<ExcelJS.Worksheet>;

  /**
   * Generated sheets whose cells are still only in their plan. They are written into ExcelJS
   * when anything reads the workbook's cells (writePendingCells); a save with nothing read in
   * between renders them from the plan (planRows), and the workbench grid shows them from it
   * (planSheetView), so a long stale-action list never becomes tens of thousands of ExcelJS cells
   * just to be written out once or to have its first rows drawn.
   */
  private readonly pendingCells = new Map<ExcelJS.Worksheet, SheetPlan>();

  /** The workbench grid's views of the sheets, kept until a call here changes the sheet. */
  private readonly views = new SheetViewCache();

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    readonly label: string,
    private readonly original: JSZip,
    /** Review > Protect Workbook: no sheet may be added (ExcelJS does not know; the package says). */
    private readonly structureLocked: boolean,
    /** The theme's colours and the indexed palette, from the opened package (ExcelJS keeps neither in its model). */
    private readonly palette: Palette,
    /** What a save would leave out of the opened package, in one sentence (leftOutOnSave.ts), or null. */
    readonly leftOutOnSave: string | null,
  ) {
    super();
    this.openedSheets = new Set(workbook.worksheets);
  }

  /** Opens an .xlsx workbook from its bytes; anything that is not one gives a WorkbookFileError sentence. */
  static async open(data: Uint8Array | ArrayBuffer, label: string): Promise<XlsxDoor> {
    const { bytes, zip } = await openWorkbookZip(data, label);
    // Before the library reads every part into memory at once.
    const otherEncodings = await checkPartsBeforeReading(zip).catch((error: unknown) => {
      if (error instanceof RunawayTextError) throw new WorkbookFileError(runawayTextRefused(label, error.part));
      if (error instanceof OversizedPartError) throw new WorkbookFileError(oversizedPartRefused(label, error.part));
      throw new WorkbookFileError(damagedWorkbook(label, error instanceof PartChecksumError ? error.reason : undefined));
    });
    // Parts written in UTF-16 or a declared ISO-8859-1, which ExcelJS would read as UTF-8 ("Caf�"), given to it in UTF-8.
    for (const path of otherEncodings) zip.file(path, inUtf8(await zip.file(path)!.async("uint8array"))!);
    // ExcelJS drops a workbook's macros: refused, rather than handed back without them.
    const extension = await packageExtension(zip, "xl/workbook.xml");
    if (extension === ".xlsm" || extension === ".xltm") {
      throw new WorkbookFileError(`"${label}" is a ${WORKBOOK_KINDS[extension]} (${extension}), which the workbench would save without its macros; use RAG Tracker inside Excel, or its command line, which keep them.`);
    }
    const charts = await chartSheets(zip);
    if (charts !== null && charts.length > 0) throw new WorkbookFileError(chartSheetsRefused(label, charts));
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    // Two store sheets whose names differ only in case (an older version's doing): ExcelJS would refuse the file.
    const repaired = storeNameClashesRenamed(workbookXml);
    // Settings spelled "true" or "false" (a 1904 workbook, a protected sheet), which ExcelJS would mostly read as no: spelled as it reads them.
    const forExcelJs = workbookBooleansAsExcelJsReads(repaired ?? workbookXml) ?? repaired;
    // Number formats with backslash escapes, which ExcelJS would read and save without them (escapedFormats.ts).
    const escapes = await doubleFormatEscapes(zip);
    // The package as the command line reads it; where it cannot be, ExcelJS fails below and the damage is said there.
    const packageRead = await readPackageWorkbook(zip).catch(() => null);
    // ISO date cells, of which ExcelJS would read the year alone and save it in the user's cell (isoDateCells.ts).
    const isoDates = packageRead !== null && (await isoDateCellsAsSerials(zip, packageRead));
    // After the fixes above, which may have rewritten the style sheet and worksheets.
    const respelled = await partsWithBooleansAsExcelJsReads(zip);
    const loaded = forExcelJs === null && respelled.size === 0 && otherEncodings.length === 0 && !escapes && !isoDates ? { bytes, zip } : await withParts(zip, respelled.set("xl/workbook.xml", forExcelJs ?? workbookXml));
    // Tables are put back as the file has them on save (keptTables.ts): ExcelJS does not see them.
    const forLibrary = (await withoutTables(loaded.bytes, loaded.zip)) ?? loaded.bytes;
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(forLibrary as unknown as ArrayBuffer);
    } catch {
      // Parts the command line reads and ExcelJS cannot follow: not a damaged file. Else what the package lacks, where it says.
      throw new WorkbookFileError((await libraryCannotFollow(loaded.zip)) ? libraryCannotReadRefused(label) : damagedWorkbook(label, await packageDamage(loaded.zip)));
    }
    // ExcelJS opened what the chart-sheet check could not read: a chart sheet in it would be lost unsaid.
    // Where the package says what is wrong (a sheet's part missing), that is said, as the command line says it.
    if (charts === null) {
      const reason = await packageDamage(loaded.zip);
      throw new WorkbookFileError(reason === undefined ? uncheckedSheetsRefused(label) : damagedWorkbook(label, reason));
    }
    const packageSheets = (packageRead ?? (await readPackageWorkbook(loaded.zip))).sheets;
    if (workbook.worksheets.length < packageSheets.length) throw new WorkbookFileError(sheetsNotFoundRefused(label, packageSheets.length - workbook.worksheets.length));
    ownNamesAtWorkbookLevel(workbook, repaired ?? workbookXml);
    // A theme or palette that cannot be read leaves theme colours as Office's own, as a damaged style would show.
    const palette = await packagePalette(loaded.zip).catch(() => makePalette(null));
    // Formula cells whose saved text result is empty, which ExcelJS reads as having none: given the result, read and saved as the file has them.
    for (const [name, cells] of await emptyTextResults(loaded.zip, packageSheets)) {
      const sheet = workbook.getWorksheet(name);
      for (const { row, column } of sheet ? cells : []) {
        const cell = sheet!.findCell(row, column);
        if (cell?.type === ExcelJS.ValueType.Formula && cell.result === undefined) cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: "" };
      }
    }
    // Conditional formats of types ExcelJS reads but would leave out of the saved file, handed to it in a form it writes.
    for (const sheet of workbook.worksheets) makeRuleTypesWritable(sheet);
    return new XlsxDoor(workbook, label, loaded.zip, structureLocked(workbookXml), palette, await leftOutOnSave(loaded.zip));
  }

  /** The workbook as .xlsx bytes, with the generated sheets' charts. */
  async save(): Promise<Uint8Array> {
    // ExcelJS's parts, not zipped: finishPackage compresses once, with the platform's deflate where it can.
    const charts = this.chartsToWrite();
    // Readers that go by the file's order, not priority (LibreOffice), then apply the rules as Excel does.
    for (const sheet of this.workbook.worksheets) putRulesInPriorityOrder(sheet);
    const own = new Map<string, PlanCells>();
    for (const [sheet, plan] of this.pendingCells) own.set(sheet.name, planCells(plan));
    const parts = await excelJsParts(this.workbook, own, await normalFontXml(this.original));
    const kept = this.workbook.worksheets.filter((s) => this.openedSheets.has(s)).map((s) => s.name);
    return finishPackage(parts, charts, { original: this.original, names: kept }, storeSheets(this.workbook).map((s) => s.name));
  }

  /** Writes the cells of the generated sheets still pending (or of `only`) into ExcelJS, before anything reads them. */
  private writePendingCells(only?: ExcelJS.Worksheet): void {
    for (const [sheet, plan] of this.pendingCells) {
      if (only && sheet !== only) continue;
      writeSheetCells(sheet, plan);
      this.pendingCells.delete(sheet);
    }
  }

  /** The cell the last select() showed; the workbench scrolls to it (a file has no selection of its own). */
  get lastSelection(): Selection | null {
    return this.selection;
  }

  /** Every sheet's tab, in tab order and hidden ones included, for the workbench grid's tabs: no cell is read. */
  sheetTabs(): SheetTab[] {
    return this.workbook.worksheets.map(sheetTab);
  }

  /**
   * The sheet of this name as a person would see it, for the workbench grid: the same view until
   * a call here changes that sheet, so the grid draws again only a sheet that changed.
   */
  sheetView(name: string): SheetView | undefined {
    const sheet = this.workbook.worksheets.find((s) => s.name === name);
    return sheet && this.viewOf(sheet);
  }

  /** Every sheet's view, in tab order. */
  sheetViews(): SheetView[] {
    return this.workbook.worksheets.map((sheet) => this.viewOf(sheet));
  }

  private viewOf(sheet: ExcelJS.Worksheet): SheetView {
    // A generated sheet still only in its plan is shown from the plan: its cells stay unmade until something reads them.
    const plan = this.pendingCells.get(sheet);
    return this.views.of(sheet, () => (plan ? planSheetView(sheet, plan, this.palette) : sheetView(sheet, this.palette)));
  }

  /** The sheets these names find, as the calls that change sheets find them (ignoring case). */
  private sheetsNamed(names: string[]): ExcelJS.Worksheet[] {
    return [...new Set(names)].map((name) => this.findSheet(name)).filter((sheet): sheet is ExcelJS.Worksheet => sheet !== undefined);
  }

  /** The sheets the engine reads: as the Excel door, not a store (however named) nor any other very hidden sheet (an add-in's or a macro's own). */
  private userSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((s) => s.state !== "veryHidden" && !isStoreSheet(s));
  }

  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    const lower = name.toLowerCase();
    return this.workbook.worksheets.find((s) => s.name.toLowerCase() === lower);
  }

  async read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    this.writePendingCells();
    const markers = readWorkbookMarkers(this.workbook);
    const sheets = this.userSheets();
    onProgress?.(0, sheets.length);
    // The workbook's own sheets left out still hold their names: a generated sheet must not take one (ours, made very hidden, is replaced in place).
    const otherSheets = this.workbook.worksheets
      .filter((s) => !sheets.includes(s) && !isStoreSheet(s) && markers.keyOf(s.name) === undefined)
      .map((s) => ({ name: s.name, ...(s.state === "veryHidden" ? { veryHidden: true as const } : {}) }));
    return {
      sheets: sheets.map((sheet, i) => {
        const snapshot = readSheet(sheet, markers.keyOf(sheet.name));
        onProgress?.(i + 1, sheets.length);
        return snapshot;
      }),
      ...(otherSheets.length > 0 ? { otherSheets } : {}),
      // ExcelJS gives the cells formatted as dates as dates; a serial in a General cell is as the workbook counts it.
      ...(this.workbook.properties.date1904 ? { date1904: true } : {}),
    };
  }

  /** The fill colour each cell shows (see RagDoor.readFills), from ExcelJS's styles of the cells, rows and columns. */
  async readFills(cells: CellAddress[]): Promise<(string | null)[]> {
    if (cells.length === 0) return [];
    this.writePendingCells();
    const sheets = new Map(this.userSheets().map((s) => [s.name.toLowerCase(), s]));
    const targets = cells.map((cell) => {
      const sheet = sheets.get(cell.sheet.toLowerCase());
      if (!sheet) throw this.noSheetForFills(cell.sheet, this.label);
      return { sheet, cell };
    });
    return targets.map(({ sheet, cell }) => fillColour(shownFill(sheet, cell.row, cell.column), this.palette));
  }

  async readStore(): Promise<StoreRecord[]> {
    return readStoreRecords(this.workbook);
  }

  async writeStore(records: StoreRecord[]): Promise<void> {
    if (this.structureLocked && storeSheets(this.workbook).length === 0) throw new ProtectionError(protectedStructureMessage(NOTHING_SAVED));
    writeStoreRows(this.workbook, encodeStore(records));
  }

  async applyPlan(plan: WritePlan): Promise<AppliedSheet[]> {
    const markers = readWorkbookMarkers(this.workbook);
    const tables = await tablesBySheet(this.original);
    this.checkPlanFits(
      plan,
      this.structureLocked,
      (name) => this.findSheet(name)?.name,
      (sheet) => markers.keyOf(sheet),
      (key) => markers.live.get(key) ?? undefined,
      // Only a sheet as opened holds tables (keptTables.ts puts them back); one written since holds its plan.
      (name) => {
        const sheet = this.findSheet(name);
        return sheet && this.openedSheets.has(sheet) ? (tables.get(sheet.name) ?? []) : [];
      },
    );

    // A generated sheet the user renamed stays as it is, marked kept; kept markers of deleted sheets go.
    const chosen = new Set<string>();
    for (const sheet of plan.sheets) {
      const marked = markers.live.get(sheet.key);
      if (sheet.keeps === undefined || !marked) continue;
      const kept = markers.keptMarkerFor(marked, sheet.key, chosen);
      if (kept !== null) addName(this.workbook, kept, marked, { top: 1, left: 1, bottom: 1, right: 1 });
      markers.live.delete(sheet.key);
    }
    for (const name of markers.danglingKept) removeName(this.workbook, name);
    // The old generated sheets go; each new one takes the place of the one it replaces.
    const places = new Map<string, number>();
    for (const sheet of plan.sheets) {
      const marked = markers.live.get(sheet.key);
      const old = marked ? this.findSheet(marked) : undefined;
      if (old) {
        places.set(sheet.key, sheetOrder(old));
        this.pendingCells.delete(old);
        this.workbook.removeWorksheet(old.id);
      }
      removeName(this.workbook, markerName(sheet.key));
      for (const { name } of this.workbook.definedNames.model) if (isColumnTitleOf(name, sheet.key as GeneratedSheetKey)) removeName(this.workbook, name);
    }

    for (const sheetPlan of plan.sheets) {
      const sheet = this.workbook.addWorksheet(sheetPlan.name);
      const place = places.get(sheetPlan.key);
      if (place !== undefined) setSheetOrder(sheet, place);
      writeSheetLayout(sheet, sheetPlan);
      this.pendingCells.set(sheet, sheetPlan);
      addName(this.workbook, markerName(sheetPlan.key as GeneratedSheetKey), sheetPlan.name, { top: 1, left: 1, bottom: 1, right: 1 });
      for (const title of columnTitles(sheetPlan)) addName(this.workbook, title.name, sheetPlan.name, title.header);
      this.charts.set(sheetPlan.key, sheetPlan.charts.filter(hasData));
    }
    return appliedSheets(plan);
  }

  /** The charts to add on save, with the values their ranges hold now, for generated sheets that still exist. */
  private chartsToWrite(): SheetCharts[] {
    const markers = readWorkbookMarkers(this.workbook);
    const out: SheetCharts[] = [];
    for (const [key, specs] of this.charts) {
      const name = markers.live.get(key);
      const sheet = name ? this.findSheet(name) : undefined;
      if (!sheet || specs.length === 0) continue;
      this.writePendingCells(sheet);
      out.push({ sheet: sheet.name, charts: specs.map((spec) => chartData(sheet, spec)) });
    }
    return out;
  }

  async applyFormats(plans: FormatPlan[]): Promise<void> {
    this.writePendingCells();
    try {
      this.lastFormatOutcome = applyFormatPlans(this.workbook, plans);
    } finally {
      this.views.changed(this.sheetsNamed(plans.map((p) => p.sheet)));
    }
  }

  async clearFormats(tag: FormatTag): Promise<number> {
    this.writePendingCells();
    // The sheets that lose a rule are those whose views change (the lists it also removes are not drawn).
    const rulesBefore = new Map(this.workbook.worksheets.map((sheet) => [sheet, ruleCount(sheet)]));
    try {
      return clearFormatTag(this.workbook, tag);
    } finally {
      this.views.changed([...rulesBefore].filter(([sheet, count]) => ruleCount(sheet) !== count).map(([sheet]) => sheet));
    }
  }

  async applyEdits(edits: CellEdit[]): Promise<number> {
    this.writePendingCells();
    this.lastEditOutcome = { left: [], notes: [] };
    try {
      const { written, left, notes } = applyCellEdits(this.workbook, edits);
      this.lastEditOutcome = { left, notes };
      return written;
    } finally {
      this.views.changed(this.sheetsNamed(edits.map((e) => e.sheet)));
    }
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    const target = this.findSheet(sheet);
    if (!target || isStoreSheet(target)) throw new Error(`There is no sheet named "${sheet}" in this workbook.`);
    this.selection = { sheet: target.name, row, column };
  }
}

/** The package with these parts replaced, as bytes ExcelJS loads (stored, not compressed: they are read at once). */
async function withParts(zip: JSZip, parts: Map<string, string>): Promise<{ bytes: Uint8Array; zip: JSZip }> {
  for (const [path, text] of parts) zip.file(path, text);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  return { bytes, zip: await JSZip.loadAsync(bytes) };
}

function ruleCount(sheet: ExcelJS.Worksheet): number {
  return conditionalFormats(sheet).reduce((n, format) => n + format.rules.length, 0);
}

/** A chart spec with the values its ranges hold on the sheet. */
function chartData(sheet: ExcelJS.Worksheet, spec: ChartSpec): ChartData {
  const column = (range: { top: number; bottom: number; left: number }) => {
    const values: CellValue[] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const cell = sheet.findCell(r, range.left);
      values.push(cell ? cellValue(cell) : null);
    }
    return values;
  };
  return {
    spec,
    sheet: sheet.name,
    categories: column(spec.categories).map((v) => editText(v)),
    series: spec.series.map((s) => ({ name: s.name, colour: s.colour, values: column(s.values).map((v) => (typeof v === "number" ? v : null)) })),
  };
}

/** What the package's workbook part and relationships lack, as the command line says it; undefined where they read. */
async function packageDamage(zip: JSZip): Promise<string | undefined> {
  return readPackageWorkbook(zip).then(
    () => undefined,
    (error: unknown) => (error instanceof DamagedPackageError ? error.reason : undefined),
  );
}

/**
 * Whether ExcelJS failed on a package the command line reads: parts whose root element carries a
 * namespace prefix ("<x:workbook", "<pr:Relationships"); rows or cells written without their
 * reference (r), which the format allows and Excel places after the one before; or a styles part the
 * workbook names but the package lacks (a tool that strips it), which leaves ExcelJS no style for a
 * styled column or row.
 */
async function libraryCannotFollow(zip: JSZip): Promise<boolean> {
  for (const path of Object.keys(zip.files)) {
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(path);
    if (!sheet && !path.endsWith(".rels") && path !== "xl/workbook.xml") continue;
    const text = (await zip.file(path)?.async("string")) ?? "";
    if (sheet ? /<(?:row|c)(?=[\s/>])(?![^>]*\sr\s*=)/.test(text) : /^(?:<\?[^>]*\?>|<!--[^]*?-->|\s)*<[\w.-]+:(?:workbook|Relationships)\b/.test(text)) return true;
  }
  const { stylesPart } = await readPackageWorkbook(zip).catch(() => ({ stylesPart: null }));
  return stylesPart !== null && zip.file(stylesPart) === null;
}
