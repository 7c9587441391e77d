/**
 * A typed in-memory stand-in for the Excel JavaScript API, strict where Office.js is strict:
 * - every call is queued and only happens at context.sync(), in order;
 * - reading a property that was not loaded and synced throws, as Office.js does;
 * - each sync is recorded with the JSON size of its request and response, and a request or
 *   response over the payload limit (5 MB, as on Excel on the web) fails the whole sync;
 * - features newer than the fake's ExcelApi version fail at sync with ApiNotFound;
 * - a sheet protected against edits refuses every write to its cells, formats and rules, and a
 *   workbook whose structure is protected refuses adding, removing, renaming, moving, hiding or
 *   showing a sheet (AccessDenied), as Excel does;
 * - text written into a cell that is not formatted as text and begins with "=", "+", "-" or "@"
 *   becomes a formula, and a numeric string, TRUE/FALSE, a percentage or a date becomes a number
 *   or a boolean, as in Excel;
 * - values written while calculation is suspended leave calculationPending set until a recalculation;
 * - the calls Excel's undo support lists as clearing the user's undo history are recorded in undoCleared;
 * - a null inside a grid written to values, formulas or numberFormat leaves that cell as it is
 *   (Office.js documents this as "null input in 2-D Array");
 * - getRanges (ExcelApi 1.9) takes comma-separated areas, and its format sets every area;
 * - a cell with no fill reports its fill as colour "#FFFFFF" and pattern "None", as Excel does,
 *   both through format.fill and getCellProperties (ExcelApi 1.9).
 * Addresses are formatted and parsed here independently of the door's own helpers.
 */
import type {
  ExcelHost,
  XlCellProperties,
  XlCellPropertiesLoadOptions,
  XlChangedEventArgs,
  XlChart,
  XlChartSeries,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlCustomConditionalFormat,
  XlDataValidation,
  XlNamedItem,
  XlNamedItemCollection,
  XlPageLayout,
  XlPageBreakCollection,
  XlRange,
  XlRangeAreas,
  XlRangeFill,
  XlRangeFormat,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../src/excel/excelApi";
import type { CellRange } from "../../src/core/cells";
import { columnLetter, columnNumber } from "../../src/core/cells";

// ---------------------------------------------------------------------------------------------
// The workbook model
// ---------------------------------------------------------------------------------------------

export type FakeValue = string | number | boolean;

export interface FakeLook {
  fill?: string;
  /**
   * The fill's pattern as Excel reports it (RangeFill.pattern): left out, "Solid" for a cell with a
   * fill and "None" for one without. null stands for a host that reports none for a single cell, as
   * office-js issue 4900 describes.
   */
  fillPattern?: string | null;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
}

/** One side of a cell's border, as format.borders set it. */
export interface FakeBorder {
  style?: string;
  color?: string;
}

export type FakeSide = "top" | "bottom" | "left" | "right";

export interface FakeCell {
  /** For a formula cell: the result Excel last calculated. */
  value?: FakeValue;
  formula?: string;
  error?: string;
  numberFormat?: string;
  look?: FakeLook;
  borders?: Partial<Record<FakeSide, FakeBorder>>;
  /** Insert > Link: `address` for a web page or a file, `documentReference` for a place in the workbook. */
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
}

export interface FakeConditionalFormat {
  id: number;
  type: "Custom" | "CellValue";
  ranges: CellRange[];
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface FakeValidation {
  range: CellRange;
  type: "List" | "WholeNumber";
  source: string;
  inCellDropDown: boolean;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface FakeSeries {
  name: string;
  values: CellRange | null;
  xValues: CellRange | null;
  colour?: string;
  /** The counts written on the bars, as set: shown, where, in what colour and format. */
  labels?: { shown?: boolean; showValue?: boolean; position?: string; colour?: string; bold?: boolean; numberFormat?: string };
}

export interface FakeChart {
  type: string;
  title: string;
  legendPosition?: string;
  reversePlotOrder?: boolean;
  /** The value axis's least value, as set; left to scale itself where absent. */
  valueAxisMinimum?: number;
  series: FakeSeries[];
  position?: { from: string; to: string };
}

/** A table a user put on a sheet (Insert > Table): the fake knows only its name. */
export interface FakeTable {
  name: string;
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number | null; verticalFitToPages?: number | null; scale?: number | null };
  printTitleRows?: string;
  printArea?: string;
  centerHeader?: string;
  centerFooter?: string;
  firstPageNumber?: number | "";
}

export class FakeSheet {
  visibility = "Visible";
  /**
   * Review > Protect Sheet: every write to the sheet's formats and rules fails with AccessDenied,
   * and so does every write of values to a range with a locked cell.
   */
  protected = false;
  /** Cells the user unlocked (Format Cells > Protection); every other cell is locked, as in Excel. */
  unlocked: CellRange[] = [];
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  readonly charts: FakeChart[] = [];
  readonly tables: FakeTable[] = [];
  freezeRows = 0;
  readonly columnWidths = new Map<number, number>();
  /** Columns hidden (Home > Format > Hide columns), by number. */
  readonly hiddenColumns = new Set<number>();
  /** Heights set by format.rowHeight, in points; autofitRows and useStandardHeight drop them, as Excel refits or resets those rows. */
  readonly rowHeights = new Map<number, number>();
  readonly page: FakePageLayout = {};
  /** Rows above which a manual page break stands (horizontalPageBreaks), in order. */
  pageBreaks: number[] = [];
  autofitCalls = 0;
  deleted = false;
  readonly handlers = new Set<(args: XlChangedEventArgs) => Promise<unknown>>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  ensure(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let c = this.cells.get(key);
    if (!c) {
      c = {};
      this.cells.set(key, c);
    }
    return c;
  }

  /** What the cell shows: its value, error text, or "=formula"; "" when empty. */
  text(row: number, column: number): string {
    const c = this.cell(row, column);
    if (!c) return "";
    if (c.formula !== undefined) return c.formula;
    if (c.error !== undefined) return c.error;
    return c.value === undefined ? "" : String(c.value);
  }

  /**
   * The extent of cells holding a value, formula or error (within `within`, if given); null when
   * there is none. With `withFormats`, cells with only a number format or a look count too, as
   * Excel's getUsedRange(valuesOnly: false) counts them.
   */
  valueExtent(within?: CellRange, withFormats = false): CellRange | null {
    let extent: CellRange | null = null;
    const include = (r: number, col: number, c: FakeCell) => {
      const formatted = withFormats && (c.numberFormat !== undefined || c.look !== undefined);
      if (c.value === undefined && c.formula === undefined && c.error === undefined && !formatted) return;
      if (!extent) extent = { top: r, bottom: r, left: col, right: col };
      else {
        extent.top = Math.min(extent.top, r);
        extent.bottom = Math.max(extent.bottom, r);
        extent.left = Math.min(extent.left, col);
        extent.right = Math.max(extent.right, col);
      }
    };
    // A range smaller than the sheet's cell count is walked cell by cell, so that the door's
    // many small probes cost the stand-in their own size, not the whole sheet each (Excel's cost too).
    if (within && (within.bottom - within.top + 1) * (within.right - within.left + 1) < this.cells.size) {
      for (let r = within.top; r <= within.bottom; r++) {
        for (let col = within.left; col <= within.right; col++) {
          const c = this.cells.get(`${r},${col}`);
          if (c) include(r, col, c);
        }
      }
      return extent;
    }
    for (const [key, c] of this.cells) {
      const comma = key.indexOf(",");
      const r = Number(key.slice(0, comma));
      const col = Number(key.slice(comma + 1));
      if (within && (r < within.top || r > within.bottom || col < within.left || col > within.right)) continue;
      include(r, col, c);
    }
    return extent;
  }
}

export interface FakeName {
  name: string;
  sheet: FakeSheet | null;
  range: CellRange | null;
  visible: boolean;
  comment?: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  calls: number;
  ok: boolean;
  error?: string;
}

export interface FakeExcelOptions {
  /** The host's ExcelApi version, e.g. "1.7" for Office 2019 or "1.17" for Microsoft 365. */
  apiVersion?: string;
  /** Largest request and response, in bytes. */
  payloadLimit?: number;
}

// ---------------------------------------------------------------------------------------------
// Errors as Office.js reports them
// ---------------------------------------------------------------------------------------------

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const fail = (code: string, message: string): never => {
  throw new FakeOfficeError(code, message);
};

// ---------------------------------------------------------------------------------------------
// Addresses (the fake's own, independent of the door's)
// ---------------------------------------------------------------------------------------------

function a1(range: CellRange, absolute = false): string {
  const d = absolute ? "$" : "";
  const start = `${d}${columnLetter(range.left)}${d}${range.top}`;
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${d}${columnLetter(range.right)}${d}${range.bottom}`;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function parseA1(text: string): CellRange {
  const clean = text.replace(/\$/g, "").trim();
  const [a, b = a] = clean.split(":") as [string, string?];
  const cell = /^([A-Z]{1,3})(\d+)$/i;
  const ma = cell.exec(a);
  const mb = cell.exec(b!);
  if (ma && mb) {
    return {
      top: Math.min(Number(ma[2]), Number(mb[2])),
      bottom: Math.max(Number(ma[2]), Number(mb[2])),
      left: Math.min(columnNumber(ma[1]!), columnNumber(mb[1]!)),
      right: Math.max(columnNumber(ma[1]!), columnNumber(mb[1]!)),
    };
  }
  const rows = /^(\d+)$/;
  const ra = rows.exec(a);
  const rb = rows.exec(b!);
  if (ra && rb) return { top: Number(ra[1]), bottom: Number(rb[1]), left: 1, right: 16_384 };
  return fail("InvalidArgument", `The address "${text}" is not valid.`);
}

/**
 * Excel documents no limit on a getRanges address, but refuses some of about 8,200 characters
 * (office-js issue 5198): the stand-in refuses anything longer than that.
 */
const MAX_AREAS_ADDRESS = 8_192;

function refuseIfProtected(sheet: FakeSheet): void {
  if (sheet.protected) fail("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
}

/** A cell's format.protection.locked: true unless the user unlocked it. */
function isLocked(sheet: FakeSheet, row: number, column: number): boolean {
  return !sheet.unlocked.some((u) => row >= u.top && row <= u.bottom && column >= u.left && column <= u.right);
}

/** A protected sheet still takes values in its unlocked cells, as Excel does. */
function refuseIfLocked(sheet: FakeSheet, range: CellRange): void {
  if (!sheet.protected) return;
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) if (isLocked(sheet, r, c)) refuseIfProtected(sheet);
}


export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;
}

/** The parts of `range` outside `hole`. */
function subtract(range: CellRange, hole: CellRange): CellRange[] {
  if (!intersects(range, hole)) return [range];
  const parts: CellRange[] = [];
  if (range.top < hole.top) parts.push({ ...range, bottom: hole.top - 1 });
  if (range.bottom > hole.bottom) parts.push({ ...range, top: hole.bottom + 1 });
  const top = Math.max(range.top, hole.top);
  const bottom = Math.min(range.bottom, hole.bottom);
  if (range.left < hole.left) parts.push({ top, bottom, left: range.left, right: hole.left - 1 });
  if (range.right > hole.right) parts.push({ top, bottom, left: hole.right + 1, right: range.right });
  return parts;
}

/** JSON size; a proxy delivered inside a response counts as a short reference. */
function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null, (_key, v: unknown) => (v instanceof FakeObject ? `#${v.path}` : v)), "utf8");
}

function versionAtLeast(have: string, need: string): boolean {
  const [h1 = 0, h2 = 0] = have.split(".").map(Number);
  const [n1 = 0, n2 = 0] = need.split(".").map(Number);
  return h1 > n1 || (h1 === n1 && h2 >= n2);
}

// ---------------------------------------------------------------------------------------------
// The request context and the proxy objects
// ---------------------------------------------------------------------------------------------

interface QueuedCall {
  json: unknown;
  apply: () => void;
}

/** A write of values, reported to change handlers after the sync. */
interface ValueWrite {
  sheet: FakeSheet;
  range: CellRange;
  eventsOn: boolean;
}

class FakeContext implements XlContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void; calculate(type: string): void };
  /** Calculation is suspended for the rest of this sync (suspendApiCalculationUntilNextSync). */
  calculationSuspended = false;
  readonly runtime: { enableEvents: boolean };
  open = true;
  private queue: QueuedCall[] = [];
  private deliveries: { target: FakeObject; prop: string; value: unknown }[] = [];
  writes: ValueWrite[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
    const enqueue = (json: unknown, apply: () => void) => this.enqueue(json, apply);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        enqueue({ p: "application", c: "suspendApiCalculationUntilNextSync" }, () => {
          excel.requireApi("1.6", "suspendApiCalculationUntilNextSync");
          this.calculationSuspended = true;
        });
      },
      calculate(type: string) {
        enqueue({ p: "application", c: "calculate", a: [type] }, () => (excel.calculationPending = false));
      },
    };
    this.runtime = {
      get enableEvents(): boolean {
        return fail("PropertyNotLoaded", "The property 'enableEvents' is not available; load it and sync first.");
      },
      set enableEvents(value: boolean) {
        enqueue({ p: "runtime", s: "enableEvents", v: value }, () => {
          excel.requireApi("1.8", "Runtime.enableEvents");
          excel.eventsEnabled = value;
        });
      },
    };
  }

  enqueue(json: unknown, apply: () => void): void {
    if (!this.open) fail("InvalidObjectPath", "The object was used outside the Excel.run that created it.");
    this.queue.push({ json, apply });
  }

  deliver(target: FakeObject, prop: string, value: unknown): void {
    this.deliveries.push({ target, prop, value });
  }

  async sync(): Promise<void> {
    if (!this.open) fail("InvalidObjectPath", "The request context is no longer valid.");
    const calls = this.queue;
    this.queue = [];
    this.deliveries = [];
    this.writes = [];
    this.calculationSuspended = false;
    const record: SyncRecord = { requestBytes: bytes(calls.map((c) => c.json)), responseBytes: 0, calls: calls.length, ok: false };
    this.excel.syncs.push(record);
    await Promise.resolve();
    try {
      if (record.requestBytes > this.excel.payloadLimit) fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      for (const call of calls) call.apply();
      record.responseBytes = this.deliveries.reduce((sum, d) => sum + bytes(d.prop) + bytes(d.value), 0);
      if (record.responseBytes > this.excel.payloadLimit) fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    } catch (error) {
      record.error = error instanceof FakeOfficeError ? error.code : String(error);
      this.excel.raiseChanges(this.writes);
      throw error;
    }
    for (const d of this.deliveries) d.target.receive(d.prop, d.value);
    record.ok = true;
    this.excel.raiseChanges(this.writes);
  }
}

/** Office.js's name of each proxy's type, as debugInfo.errorLocation gives it. */
const OFFICE_TYPE_OF: Record<string, string> = {
  FakeFunctionResult: "FunctionResult",
  FakeWorkbookProtection: "WorkbookProtection",
  FakeWorksheetCollection: "WorksheetCollection",
  FakeWorksheet: "Worksheet",
  FakeChartCollection: "ChartCollection",
  FakeChartItem: "Chart",
  FakeTableCollection: "TableCollection",
  FakeTableItem: "Table",
  FakeProtection: "WorksheetProtection",
  FakeFormatProtection: "FormatProtection",
  FakeRangeFill: "RangeFill",
  FakeRange: "Range",
  FakeRangeAreas: "RangeAreas",
  FakeConditionalFormatCollection: "ConditionalFormatCollection",
  FakeConditionalFormatProxy: "ConditionalFormat",
  FakeCustomFormat: "CustomConditionalFormat",
  FakeRule: "ConditionalFormatRule",
  FakeDataValidation: "DataValidation",
  FakeNamedItemCollection: "NamedItemCollection",
  FakeNamedItemProxy: "NamedItem",
};

/** Base of every proxy: a path for the request log, and the properties delivered by syncs. */
abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string,
  ) {}

  receive(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      fail("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as T;
  }

  protected set(prop: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue({ p: this.path, s: prop, v: value }, this.located(prop, apply));
  }

  protected call(method: string, args: unknown[], apply: () => void): void {
    this.ctx.enqueue({ p: this.path, c: method, a: args.map((a) => (a instanceof FakeObject ? { ref: a.path } : a)) }, this.located(method, apply));
  }

  /**
   * As Office.js does, a refused call or property set of this object names itself in
   * debugInfo.errorLocation ("Worksheet.delete", "NamedItem.formula"), by Office.js's name of the
   * object's type. Calls the stand-in queues outside these objects (chart titles and series, page
   * layout, the runtime) and a thrown error that already says where carry none of their own.
   */
  private located(member: string, apply: () => void): () => void {
    const type = OFFICE_TYPE_OF[this.constructor.name];
    if (type === undefined) return apply;
    return () => {
      try {
        apply();
      } catch (error) {
        if (typeof error === "object" && error !== null && !("debugInfo" in error)) Object.assign(error, { debugInfo: { errorLocation: `${type}.${member}` } });
        throw error;
      }
    };
  }

  protected queueLoad(spec: string): void {
    this.ctx.enqueue({ p: this.path, l: spec }, () => {
      this.loadPaths(
        spec
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
          .map((path) => path.split("/")),
      );
    });
  }

  /** Runs at sync time: computes the values from the model as it stands at that point of the batch. */
  loadPaths(paths: string[][]): void {
    if (this.nullable()) {
      const isNull = this.isNull();
      this.ctx.deliver(this, "isNullObject", isNull);
      if (isNull) return;
    }
    for (const [head, rests] of groupByHead(paths)) {
      if (rests.some((r) => r.length === 0)) this.ctx.deliver(this, head, this.read(head));
      const deeper = rests.filter((r) => r.length > 0);
      if (deeper.length > 0) this.child(head).loadPaths(deeper);
    }
  }

  protected nullable(): boolean {
    return false;
  }

  protected isNull(): boolean {
    return false;
  }

  protected read(prop: string): unknown {
    return fail("InvalidArgument", `The fake cannot load '${prop}' on ${this.path}.`);
  }

  protected child(prop: string): FakeObject {
    return fail("InvalidArgument", `The fake cannot load through '${prop}' on ${this.path}.`);
  }

  get isNullObject(): boolean {
    return this.got<boolean>("isNullObject");
  }
}

function groupByHead(paths: string[][]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const [head, ...rest] of paths) {
    if (head === undefined) continue;
    const list = groups.get(head) ?? [];
    list.push(rest);
    groups.set(head, list);
  }
  return groups;
}

/** A small object whose listed properties can be set (queued) but never read. */
/**
 * Only what Excel.PageLayoutZoomOptions documents: pages to fit is a count or null ("not used"),
 * scale is 10 to 400 or null, and scale and fit-to-pages do not go together. A 0 is refused, as
 * the reference gives it no meaning (office-js #1860: fit-to-pages may not take at all).
 */
function checkedZoom(zoom: FakePageLayout["zoom"]): FakePageLayout["zoom"] {
  const { horizontalFitToPages: wide, verticalFitToPages: tall, scale } = zoom ?? {};
  const pages = (n: number | null | undefined) => n === undefined || n === null || (Number.isInteger(n) && n >= 1);
  if (!pages(wide) || !pages(tall)) fail("InvalidArgument", "The number of pages to fit must be a whole number of at least 1, or null.");
  if (scale !== undefined && scale !== null && !(scale >= 10 && scale <= 400)) fail("InvalidArgument", "The print scale must be between 10 and 400.");
  const fits = (wide ?? null) !== null || (tall ?? null) !== null;
  if (fits && scale !== undefined && scale !== null) fail("InvalidArgument", "A print scale and pages to fit cannot both be set.");
  return zoom;
}

function settable<T extends object>(ctx: FakeContext, path: string, props: Record<string, (value: never) => void>, methods: Record<string, (...args: never[]) => void> = {}): T {
  const target: Record<string, unknown> = {};
  for (const [prop, apply] of Object.entries(props)) {
    Object.defineProperty(target, prop, {
      get: () => fail("PropertyNotLoaded", `The property '${prop}' is not available on ${path}.`),
      set: (value: unknown) => ctx.enqueue({ p: path, s: prop, v: value }, () => apply(value as never)),
    });
  }
  for (const [name, apply] of Object.entries(methods)) {
    target[name] = (...args: unknown[]) => ctx.enqueue({ p: path, c: name, a: args.map((a) => (a instanceof FakeObject ? { ref: a.path } : a)) }, () => apply(...(args as never[])));
  }
  return target as T;
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;
  readonly functions: FakeFunctions;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, "worksheets");
    this.names = new FakeNamedItemCollection(ctx, "names");
    this.protection = new FakeWorkbookProtection(ctx, "protection");
    this.functions = new FakeFunctions(ctx);
  }
}

/** 1 January 1904 in the 1900 date system, which is day 0 of the 1904 one. */
const DAYS_1900_TO_1904 = 1462;

/** Workbook.functions: only DATE, evaluated in the workbook's date system, as Excel does. */
class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    // Day 1 of the 1900 system is 1 January 1900, with Excel's 29 February 1900 before March: day 0 falls on 30 December 1899.
    const days1900 = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return new FakeFunctionResult(this.ctx, `functions.date(${year},${month},${day})`, () => days1900 - (this.ctx.excel.workbook.date1904 ? DAYS_1900_TO_1904 : 0));
  }
}

class FakeFunctionResult extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly compute: () => number,
  ) {
    super(ctx, path);
  }

  protected override read(prop: string): unknown {
    this.ctx.excel.requireApi("1.2", "Workbook.functions");
    return prop === "value" ? this.compute() : super.read(prop);
  }

  get value(): number {
    return this.got("value");
  }

  load(propertyNames: string): FakeFunctionResult {
    this.queueLoad(propertyNames);
    return this;
  }
}

class FakeWorkbookProtection extends FakeObject {
  protected override read(prop: string): unknown {
    this.ctx.excel.requireApi("1.7", "WorkbookProtection");
    return prop === "protected" ? this.ctx.excel.workbook.protected : super.read(prop);
  }

  get protected(): boolean {
    return this.got("protected");
  }

  load(propertyNames: string): FakeWorkbookProtection {
    this.queueLoad(propertyNames);
    return this;
  }
}

class FakeWorksheetCollection extends FakeObject implements XlWorksheetCollection {
  get items(): FakeWorksheet[] {
    return this.got("items");
  }

  load(propertyNames: string): FakeWorksheetCollection {
    this.queueLoad(propertyNames);
    return this;
  }

  override loadPaths(paths: string[][]): void {
    const rest = paths.filter((p) => p[0] === "items").map((p) => p.slice(1));
    if (rest.length !== paths.length) fail("InvalidArgument", "The fake loads collections through items/ only.");
    const items = this.ctx.excel.workbook.sheets.map((s) => new FakeWorksheet(this.ctx, `worksheets[${s.id}]`, () => s));
    this.ctx.deliver(this, "items", items);
    for (const item of items) item.loadPaths(rest.filter((r) => r.length > 0));
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets.getItem(${JSON.stringify(key)})`, () => this.ctx.excel.sheetByKey(key) ?? fail("ItemNotFound", `The requested resource "${key}" doesn't exist.`));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets.getItemOrNullObject(${JSON.stringify(key)})`, () => this.ctx.excel.sheetByKey(key) ?? null, true);
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const proxy = new FakeWorksheet(this.ctx, `worksheets.add(${JSON.stringify(name ?? "")})`, () => created ?? fail("InvalidObjectPath", "The sheet was used before it was added."));
    this.call("add", [name], () => {
      this.ctx.excel.refuseIfStructureLocked();
      created = this.ctx.excel.addSheet(name ?? `Sheet${this.ctx.excel.workbook.sheets.length + 1}`);
    });
    return proxy;
  }
}

class FakeWorksheet extends FakeObject implements XlWorksheet {
  private resolved: FakeSheet | null | undefined;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly resolver: () => FakeSheet | null,
    private readonly orNull = false,
  ) {
    super(ctx, path);
  }

  /** The model sheet; resolved once, at the first call that needs it, as Office.js resolves paths. */
  sheet(): FakeSheet {
    if (this.resolved === undefined) this.resolved = this.resolver();
    const s = this.resolved;
    if (!s) return fail("ItemNotFound", `${this.path} is a null object.`);
    if (s.deleted) return fail("ItemNotFound", `The sheet "${s.name}" was deleted.`);
    return s;
  }

  protected override nullable(): boolean {
    return this.orNull;
  }

  protected override isNull(): boolean {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved === null;
  }

  protected override read(prop: string): unknown {
    const s = this.sheet();
    const wb = this.ctx.excel.workbook;
    switch (prop) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return wb.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        return super.read(prop);
    }
  }

  get id(): string {
    return this.got("id");
  }
  get name(): string {
    return this.got("name");
  }
  set name(value: string) {
    this.set("name", value, () => this.ctx.excel.renameSheet(this.sheet(), value));
  }
  get position(): number {
    return this.got("position");
  }
  set position(value: number) {
    this.set("position", value, () => {
      this.ctx.excel.refuseIfStructureLocked();
      const sheets = this.ctx.excel.workbook.sheets;
      const s = this.sheet();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(value, sheets.length), 0, s);
      this.ctx.excel.undoCleared.push(`Worksheet.position ${s.name}`);
    });
  }
  get visibility(): string {
    return this.got("visibility");
  }
  set visibility(value: string) {
    this.set("visibility", value, () => {
      this.ctx.excel.refuseIfStructureLocked();
      const s = this.sheet();
      if (value !== "Visible" && this.ctx.excel.workbook.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) fail("InvalidOperation", "The last visible sheet cannot be hidden.");
      s.visibility = value;
      this.ctx.excel.undoCleared.push(`Worksheet.visibility ${s.name}`);
    });
  }

  load(propertyNames: string): FakeWorksheet {
    this.queueLoad(propertyNames);
    return this;
  }

  protected override child(prop: string): FakeObject {
    if (prop === "protection") return this.protectionProxy();
    return super.child(prop);
  }

  private protectionObject: FakeProtection | undefined;

  private protectionProxy(): FakeProtection {
    this.protectionObject ??= new FakeProtection(this.ctx, `${this.path}.protection`, () => this.sheet());
    return this.protectionObject;
  }

  get protection(): FakeProtection {
    return this.protectionProxy();
  }

  private chartsObject: FakeChartCollection | undefined;

  get charts(): FakeChartCollection {
    this.chartsObject ??= new FakeChartCollection(this.ctx, `${this.path}.charts`, this);
    return this.chartsObject;
  }

  private tablesObject: FakeTableCollection | undefined;

  get tables(): FakeTableCollection {
    this.tablesObject ??= new FakeTableCollection(this.ctx, `${this.path}.tables`, this);
    return this.tablesObject;
  }

  get freezePanes(): { freezeRows(count?: number): void; unfreeze(): void } {
    return settable(
      this.ctx,
      `${this.path}.freezePanes`,
      {},
      {
        freezeRows: (count?: number) => (this.sheet().freezeRows = count ?? 1),
        unfreeze: () => {
          this.ctx.excel.requireApi("1.7", "freezePanes.unfreeze");
          this.sheet().freezeRows = 0;
        },
      },
    );
  }

  get pageLayout(): XlPageLayout {
    const page = () => {
      this.ctx.excel.requireApi("1.9", "pageLayout");
      return this.sheet().page;
    };
    const footers = settable<{ centerHeader: string; centerFooter: string }>(this.ctx, `${this.path}.pageLayout.headersFooters.defaultForAllPages`, {
      centerHeader: (v: string) => (page().centerHeader = v),
      centerFooter: (v: string) => (page().centerFooter = v),
    });
    const layout = settable<XlPageLayout>(
      this.ctx,
      `${this.path}.pageLayout`,
      {
        orientation: (v: string) => (page().orientation = v),
        paperSize: (v: string) => (page().paperSize = v),
        zoom: (v: FakePageLayout["zoom"]) => (page().zoom = checkedZoom(v)),
        firstPageNumber: (v: number | "") => (page().firstPageNumber = v),
      },
      { setPrintTitleRows: (rows: string) => (page().printTitleRows = rows), setPrintArea: (area: string) => (page().printArea = area) },
    );
    Object.defineProperty(layout, "headersFooters", { get: () => ({ defaultForAllPages: footers }) });
    return layout;
  }

  get horizontalPageBreaks(): XlPageBreakCollection {
    const sheet = () => {
      this.ctx.excel.requireApi("1.9", "horizontalPageBreaks");
      return this.sheet();
    };
    return settable<XlPageBreakCollection>(
      this.ctx,
      `${this.path}.horizontalPageBreaks`,
      {},
      {
        add: (address: string) => {
          const s = sheet();
          if (typeof address !== "string") fail("InvalidArgument", "The fake takes a page break's range as an address.");
          const row = parseA1(address).top;
          // Row 1 has no row above it to break from.
          if (row < 2) fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
          if (!s.pageBreaks.includes(row)) s.pageBreaks = [...s.pageBreaks, row].sort((a, b) => a - b);
        },
        removePageBreaks: () => (sheet().pageBreaks = []),
      },
    );
  }

  get onChanged(): { add(handler: (args: XlChangedEventArgs) => Promise<unknown>): { remove(): void } } {
    return {
      add: (handler) => {
        this.call("onChanged.add", [], () => {
          this.ctx.excel.requireApi("1.7", "onChanged");
          this.sheet().handlers.add(handler);
        });
        return { remove: () => this.call("onChanged.remove", [], () => this.sheet().handlers.delete(handler)) };
      },
    };
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange(${JSON.stringify(address ?? "")})`, () => ({ sheet: this.sheet(), range: address ? parseA1(address) : { top: 1, bottom: 1_048_576, left: 1, right: 16_384 } }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (rowCount < 1 || columnCount < 1) fail("InvalidArgument", "A range needs at least one row and one column.");
      // As Excel: a range cannot reach past row 1,048,576 or column XFD.
      if (startRow < 0 || startColumn < 0 || startRow + rowCount > 1_048_576 || startColumn + columnCount > 16_384) fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return { sheet: this.sheet(), range: { top: startRow + 1, bottom: startRow + rowCount, left: startColumn + 1, right: startColumn + columnCount } };
    });
  }

  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, `${this.path}.getRanges(${JSON.stringify(address ?? "")})`, () => {
      this.ctx.excel.requireApi("1.9", "getRanges");
      if ((address ?? "").length > MAX_AREAS_ADDRESS) fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return { sheet: this.sheet(), ranges: (address ?? "").split(",").map(parseA1) };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getUsedRange(${valuesOnly === true})`, () => {
      const s = this.sheet();
      return { sheet: s, range: s.valueExtent(undefined, valuesOnly !== true) ?? { top: 1, bottom: 1, left: 1, right: 1 } };
    });
  }

  delete(): void {
    this.call("delete", [], () => this.ctx.excel.deleteSheet(this.sheet()));
  }

  activate(): void {
    this.call("activate", [], () => (this.ctx.excel.workbook.active = this.sheet()));
  }
}

class FakeChartCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly owner: FakeWorksheet,
  ) {
    super(ctx, path);
  }

  get items(): FakeChartItem[] {
    return this.got("items");
  }

  load(propertyNames: string): FakeChartCollection {
    this.queueLoad(propertyNames);
    return this;
  }

  override loadPaths(paths: string[][]): void {
    const rest = paths.filter((p) => p[0] === "items").map((p) => p.slice(1));
    if (rest.length !== paths.length) fail("InvalidArgument", "The fake loads collections through items/ only.");
    const sheet = this.owner.sheet();
    const items = sheet.charts.map((chart, i) => new FakeChartItem(this.ctx, `${this.path}[${i}]`, sheet, chart, `Chart ${i + 1}`));
    this.ctx.deliver(this, "items", items);
    for (const item of items) item.loadPaths(rest.filter((r) => r.length > 0));
  }

  add(type: string, sourceData: XlRange, seriesBy?: string): XlChart {
    const source = sourceData as FakeRange;
    let chart: FakeChart | null = null;
    const path = `${this.path}.add(${JSON.stringify(type)})`;
    this.call("add", [type, source, seriesBy], () => {
      const { sheet, range } = source.target();
      if (sheet !== this.owner.sheet()) fail("InvalidArgument", "The chart's data must be on its own sheet in this fake.");
      const series: FakeSeries[] = [];
      for (let c = range.left; c <= range.right; c++) series.push({ name: `Series${series.length + 1}`, values: { ...range, left: c, right: c }, xValues: null });
      chart = { type, title: "", series };
      sheet.charts.push(chart);
    });
    return makeChart(this.ctx, path, () => chart ?? fail("InvalidObjectPath", "The chart was used before it was added."), this.owner);
  }
}

class FakeChartItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: FakeSheet,
    private readonly chart: FakeChart,
    private readonly chartName: string,
  ) {
    super(ctx, path);
  }

  protected override read(prop: string): unknown {
    return prop === "name" ? this.chartName : super.read(prop);
  }

  get name(): string {
    return this.got("name");
  }

  delete(): void {
    this.call("delete", [], () => {
      refuseIfProtected(this.sheet);
      const i = this.sheet.charts.indexOf(this.chart);
      if (i < 0) fail("ItemNotFound", "The chart was already deleted.");
      this.sheet.charts.splice(i, 1);
    });
  }
}

/** A sheet's tables, loaded by name: enough to see that one is there (ExcelApi 1.1). */
class FakeTableCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly owner: FakeWorksheet,
  ) {
    super(ctx, path);
  }

  get items(): FakeTableItem[] {
    return this.got("items");
  }

  load(propertyNames: string): FakeTableCollection {
    this.queueLoad(propertyNames);
    return this;
  }

  override loadPaths(paths: string[][]): void {
    const rest = paths.filter((p) => p[0] === "items").map((p) => p.slice(1));
    if (rest.length !== paths.length) fail("InvalidArgument", "The fake loads collections through items/ only.");
    const items = this.owner.sheet().tables.map((table, i) => new FakeTableItem(this.ctx, `${this.path}[${i}]`, table));
    this.ctx.deliver(this, "items", items);
    for (const item of items) item.loadPaths(rest.filter((r) => r.length > 0));
  }
}

class FakeTableItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly table: FakeTable,
  ) {
    super(ctx, path);
  }

  protected override read(prop: string): unknown {
    return prop === "name" ? this.table.name : super.read(prop);
  }

  get name(): string {
    return this.got("name");
  }
}

class FakeProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, path);
  }

  protected override read(prop: string): unknown {
    return prop === "protected" ? this.sheet().protected : super.read(prop);
  }

  get protected(): boolean {
    return this.got("protected");
  }
}

function makeChart(ctx: FakeContext, path: string, chart: () => FakeChart, owner: FakeWorksheet): XlChart {
  const seriesProxy = (spath: string, series: () => FakeSeries): XlChartSeries => {
    const rangeOf = (r: XlRange) => {
      const t = (r as FakeRange).target();
      if (t.sheet !== owner.sheet()) fail("InvalidArgument", "Series data must be on the chart's sheet in this fake.");
      return t.range;
    };
    const s = settable<XlChartSeries>(
      ctx,
      spath,
      { name: (v: string) => (series().name = v) },
      {
        setValues: (r: XlRange) => {
          ctx.excel.requireApi("1.7", "ChartSeries.setValues");
          series().values = rangeOf(r);
        },
        setXAxisValues: (r: XlRange) => {
          ctx.excel.requireApi("1.7", "ChartSeries.setXAxisValues");
          series().xValues = rangeOf(r);
        },
      },
    );
    const fill = settable<{ setSolidColor(color: string): void }>(ctx, `${spath}.format.fill`, {}, { setSolidColor: (c: string) => (series().colour = c) });
    Object.defineProperty(s, "format", { get: () => ({ fill }) });
    const labels = (set: (l: NonNullable<FakeSeries["labels"]>) => void) => {
      const s = series();
      set((s.labels ??= {}));
    };
    Object.defineProperty(s, "hasDataLabels", {
      get: () => fail("PropertyNotLoaded", `The property 'hasDataLabels' is not available on ${spath}.`),
      set: (v: boolean) =>
        ctx.enqueue({ p: spath, s: "hasDataLabels", v }, () => {
          ctx.excel.requireApi("1.7", "ChartSeries.hasDataLabels");
          labels((l) => (l.shown = v));
        }),
    });
    const dataLabels = settable<object>(ctx, `${spath}.dataLabels`, {
      showValue: (v: boolean) => labels((l) => (l.showValue = v)),
      position: (v: string) => labels((l) => (l.position = v)),
      numberFormat: (v: string) => {
        ctx.excel.requireApi("1.8", "ChartDataLabels.numberFormat");
        labels((l) => (l.numberFormat = v));
      },
    });
    const font = settable<object>(ctx, `${spath}.dataLabels.format.font`, { color: (v: string) => labels((l) => (l.colour = v)), bold: (v: boolean) => labels((l) => (l.bold = v)) });
    Object.defineProperty(dataLabels, "format", { get: () => ({ font }) });
    Object.defineProperty(s, "dataLabels", { get: () => dataLabels });
    return s;
  };
  return {
    title: settable<{ text: string }>(ctx, `${path}.title`, { text: (v: string) => (chart().title = v) }),
    legend: settable<{ position: string }>(ctx, `${path}.legend`, { position: (v: string) => (chart().legendPosition = v) }),
    axes: {
      categoryAxis: settable<{ reversePlotOrder: boolean }>(ctx, `${path}.axes.categoryAxis`, { reversePlotOrder: (v: boolean) => (chart().reversePlotOrder = v) }),
      valueAxis: settable<{ minimum: number }>(ctx, `${path}.axes.valueAxis`, { minimum: (v: number) => (chart().valueAxisMinimum = v) }),
    },
    series: {
      getItemAt: (index: number) => seriesProxy(`${path}.series[${index}]`, () => chart().series[index] ?? fail("ItemNotFound", `The chart has no series ${index}.`)),
      add: (name?: string) => {
        let created: FakeSeries | null = null;
        const spath = `${path}.series.add(${JSON.stringify(name ?? "")})`;
        ctx.enqueue({ p: `${path}.series`, c: "add", a: [name] }, () => {
          ctx.excel.requireApi("1.7", "ChartSeriesCollection.add");
          created = { name: name ?? "", values: null, xValues: null };
          chart().series.push(created);
        });
        return seriesProxy(spath, () => created ?? fail("InvalidObjectPath", "The series was used before it was added."));
      },
    },
    setPosition: (start: XlRange | string, end?: XlRange | string) => {
      ctx.enqueue({ p: path, c: "setPosition", a: [start, end] }, () => {
        chart().position = { from: String(start), to: String(end ?? start) };
      });
    },
  };
}

interface RangeTarget {
  sheet: FakeSheet;
  range: CellRange;
}

/**
 * Range.format, for one range or for every area of a RangeAreas (which Excel formats the same
 * way, area by area). Each property set is one queued call.
 */
/** Range.format.protection (ExcelApi 1.2): locked is null where the range mixes locked and unlocked cells. */
class FakeFormatProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => { sheet: FakeSheet; ranges: CellRange[] },
  ) {
    super(ctx, path);
  }

  protected override read(prop: string): unknown {
    if (prop !== "locked") return super.read(prop);
    const { sheet, ranges } = this.target();
    const seen = new Set<boolean>();
    for (const range of ranges) for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) seen.add(isLocked(sheet, r, c));
    return seen.size === 1 ? [...seen][0] : null;
  }

  load(propertyNames: string): FakeFormatProtection {
    this.queueLoad(propertyNames);
    return this;
  }

  get locked(): boolean | null {
    return this.got("locked");
  }
}

/** Rows of these ranges lose the heights set on them (what the stand-in's Excel fits is not modelled). */
function dropRowHeights({ sheet, ranges }: { sheet: FakeSheet; ranges: CellRange[] }): void {
  for (const r of [...sheet.rowHeights.keys()]) if (ranges.some((range) => r >= range.top && r <= range.bottom)) sheet.rowHeights.delete(r);
}

/**
 * The cell sides a border item stands for, area by area: an edge is the area's outer side, an
 * inside border both sides of every line between its cells.
 */
function borderSides(index: string, range: CellRange, row: number, column: number): FakeSide[] {
  switch (index) {
    case "EdgeTop":
      return row === range.top ? ["top"] : [];
    case "EdgeBottom":
      return row === range.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return column === range.left ? ["left"] : [];
    case "EdgeRight":
      return column === range.right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(row > range.top ? (["top"] as const) : []), ...(row < range.bottom ? (["bottom"] as const) : [])];
    case "InsideVertical":
      return [...(column > range.left ? (["left"] as const) : []), ...(column < range.right ? (["right"] as const) : [])];
    default:
      return fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
}

/** Range.format.borders.getItem(index) (ExcelApi 1.1): style and colour are recorded on each cell side it covers. */
function borderProxy(ctx: FakeContext, path: string, index: string, target: () => { sheet: FakeSheet; ranges: CellRange[] }) {
  const set = (apply: (border: FakeBorder) => void) => {
    const { sheet, ranges } = target();
    refuseIfProtected(sheet);
    for (const range of ranges)
      for (let r = range.top; r <= range.bottom; r++)
        for (let c = range.left; c <= range.right; c++) {
          const sides = borderSides(index, range, r, c);
          if (sides.length === 0) continue;
          const cell = sheet.ensure(r, c);
          cell.borders = cell.borders ?? {};
          for (const side of sides) apply((cell.borders[side] = cell.borders[side] ?? {}));
        }
  };
  return settable<{ style: string; color: string }>(ctx, path, {
    style: (v: string) => set((b) => (b.style = v)),
    color: (v: string) => set((b) => (b.color = v)),
  });
}

/** A cell's fill as Excel reports it: no fill is white with pattern "None". */
function fillOf(cell: FakeCell | undefined): { color: string; pattern: string | null } {
  const color = cell?.look?.fill;
  const pattern = cell?.look?.fillPattern;
  return { color: color ?? "#FFFFFF", pattern: pattern !== undefined ? pattern : color !== undefined ? "Solid" : "None" };
}

/**
 * Range.format.fill (ExcelApi 1.1): color is set (queued) or loaded; pattern (ExcelApi 1.9) is
 * loaded. Over several cells a loaded property is null where they differ, as Excel reports it.
 */
class FakeRangeFill extends FakeObject implements XlRangeFill {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => { sheet: FakeSheet; ranges: CellRange[] },
    private readonly setColor: (value: string) => void,
  ) {
    super(ctx, path);
  }

  protected override read(prop: string): unknown {
    if (prop !== "color" && prop !== "pattern") return super.read(prop);
    if (prop === "pattern") this.ctx.excel.requireApi("1.9", "RangeFill.pattern");
    const { sheet, ranges } = this.target();
    const seen = new Set<string | null>();
    for (const range of ranges) for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) seen.add(fillOf(sheet.cell(r, c))[prop]);
    return seen.size === 1 ? [...seen][0] : null;
  }

  get color(): string {
    return this.got("color");
  }
  set color(value: string) {
    this.set("color", value, () => this.setColor(value));
  }
  get pattern(): string | null {
    return this.got("pattern");
  }

  load(propertyNames: string): FakeRangeFill {
    this.queueLoad(propertyNames);
    return this;
  }
}

function formatProxy(ctx: FakeContext, path: string, target: () => { sheet: FakeSheet; ranges: CellRange[] }): XlRangeFormat {
  const each = (apply: (look: FakeLook) => void) => () => {
    const { sheet, ranges } = target();
    refuseIfProtected(sheet);
    for (const range of ranges)
      for (let r = range.top; r <= range.bottom; r++)
        for (let c = range.left; c <= range.right; c++) {
          const cell = sheet.ensure(r, c);
          cell.look = cell.look ?? {};
          apply(cell.look);
        }
  };
  const fill = new FakeRangeFill(ctx, `${path}.fill`, target, (v: string) => each((l) => (l.fill = v))());
  const font = settable<{ color: string; bold: boolean; italic: boolean; size: number }>(ctx, `${path}.font`, {
    color: (v: string) => each((l) => (l.fontColor = v))(),
    bold: (v: boolean) => each((l) => (l.bold = v))(),
    italic: (v: boolean) => each((l) => (l.italic = v))(),
    size: (v: number) => each((l) => (l.size = v))(),
  });
  const format = settable<XlRangeFormat>(
    ctx,
    path,
    {
      wrapText: (v: boolean) => each((l) => (l.wrap = v))(),
      verticalAlignment: (v: string) => each((l) => (l.verticalAlignment = v))(),
      horizontalAlignment: (v: string) => each((l) => (l.horizontalAlignment = v))(),
      columnWidth: (v: number) => {
        const { sheet, ranges } = target();
        for (const range of ranges) for (let c = range.left; c <= range.right; c++) sheet.columnWidths.set(c, v);
      },
      useStandardWidth: (v: boolean) => {
        ctx.excel.requireApi("1.7", "RangeFormat.useStandardWidth");
        const { sheet, ranges } = target();
        if (v) for (const c of [...sheet.columnWidths.keys()]) if (ranges.some((r) => c >= r.left && c <= r.right)) sheet.columnWidths.delete(c);
      },
      rowHeight: (v: number) => {
        const { sheet, ranges } = target();
        refuseIfProtected(sheet);
        // As Excel: a row is at most 409 points tall.
        if (!(v >= 0 && v <= 409)) fail("InvalidArgument", "The row height must be from 0 to 409 points.");
        for (const range of ranges) for (let r = range.top; r <= range.bottom; r++) sheet.rowHeights.set(r, v);
      },
      useStandardHeight: (v: boolean) => {
        ctx.excel.requireApi("1.7", "RangeFormat.useStandardHeight");
        if (v) dropRowHeights(target());
      },
    },
    {
      autofitRows: () => {
        target().sheet.autofitCalls++;
        dropRowHeights(target());
      },
    },
  );
  const borders = { getItem: (index: string) => borderProxy(ctx, `${path}.borders.getItem(${index})`, index, target) };
  Object.defineProperty(format, "borders", { get: () => borders });
  const protection = new FakeFormatProtection(ctx, `${path}.protection`, target);
  Object.defineProperty(format, "protection", { get: () => protection });
  Object.defineProperty(format, "fill", { get: () => fill });
  Object.defineProperty(format, "font", { get: () => font });
  return format;
}

class FakeRange extends FakeObject implements XlRange {
  private resolved: RangeTarget | null | undefined;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly resolver: () => RangeTarget | null,
    private readonly orNull = false,
  ) {
    super(ctx, path);
  }

  target(): RangeTarget {
    if (this.resolved === undefined) this.resolved = this.resolver();
    if (!this.resolved) return fail("ItemNotFound", `${this.path} is a null object.`);
    if (this.resolved.sheet.deleted) fail("ItemNotFound", "The range's sheet was deleted.");
    return this.resolved;
  }

  protected override nullable(): boolean {
    return this.orNull;
  }

  protected override isNull(): boolean {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved === null;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`,
      () => {
        this.ctx.excel.requireApi("1.4", "getUsedRangeOrNullObject");
        const { sheet, range } = this.target();
        const extent = sheet.valueExtent(range, valuesOnly !== true);
        return extent ? { sheet, range: extent } : null;
      },
      true,
    );
  }

  /**
   * ExcelApi 1.9. Answers only the fill's color and pattern and the hyperlink, the part of the options
   * the stand-in models; each cell's answer holds what was asked and nothing else (a cell with no link
   * answers its hyperlink as null).
   */
  getCellProperties(options: XlCellPropertiesLoadOptions): FakeClientResult<XlCellProperties[][]> {
    const result = new FakeClientResult<XlCellProperties[][]>(this.ctx, `${this.path}.getCellProperties()`);
    this.call("getCellProperties", [options], () => {
      this.ctx.excel.requireApi("1.9", "getCellProperties");
      const { format, hyperlink, ...others } = options;
      const { fill, ...otherFormats } = format ?? {};
      if (Object.keys(others).length > 0 || Object.keys(otherFormats).length > 0) fail("InvalidArgument", "The fake's getCellProperties answers only format.fill.color, format.fill.pattern and hyperlink.");
      const { color: askColor, pattern: askPattern, ...otherFills } = fill ?? {};
      if (Object.keys(otherFills).length > 0) fail("InvalidArgument", "The fake's getCellProperties answers only format.fill.color and format.fill.pattern.");
      const value = this.grid((cell): XlCellProperties => {
        const link = hyperlink ? { hyperlink: cell?.hyperlink ? { ...cell.hyperlink } : null } : {};
        if (!fill) return link;
        const { color, pattern } = fillOf(cell);
        return { ...link, format: { fill: { ...(askColor ? { color } : {}), ...(askPattern && pattern !== null ? { pattern } : {}) } } };
      });
      this.ctx.deliver(result, "value", value);
    });
    return result;
  }

  private grid<T>(each: (cell: FakeCell | undefined, row: number, column: number) => T): T[][] {
    const { sheet, range } = this.target();
    const rows: T[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: T[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(each(sheet.cell(r, c), r, c));
      rows.push(row);
    }
    return rows;
  }

  protected override read(prop: string): unknown {
    const { sheet, range } = this.target();
    const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (["values", "numberFormat", "valueTypes", "formulas"].includes(prop) && cells > this.ctx.excel.cellReadLimit) return null;
    switch (prop) {
      case "values":
        // A formula cell reports the result Excel last calculated (kept in value), 0 when none was set.
        return this.grid((c) => (c?.error !== undefined ? c.error : c?.formula !== undefined ? (c.value ?? 0) : (c?.value ?? "")));
      case "formulas":
        return this.grid((c) => c?.formula ?? c?.error ?? c?.value ?? "");
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return this.grid((c) => {
          if (c?.error !== undefined) return "Error";
          if (c?.formula !== undefined) return typeof c.value === "string" ? "String" : typeof c.value === "boolean" ? "Boolean" : "Double";
          if (c?.value === undefined) return "Empty";
          return typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String";
        });
      case "address":
        return `${sheetPrefix(sheet.name)}!${a1(range)}`;
      case "rowIndex":
        return range.top - 1;
      case "columnIndex":
        return range.left - 1;
      case "rowCount":
        return range.bottom - range.top + 1;
      case "columnCount":
        return range.right - range.left + 1;
      case "columnHidden": {
        // As Excel answers: true where every column is hidden, false where none is, null for a mix.
        let hidden = 0;
        for (const c of sheet.hiddenColumns) if (c >= range.left && c <= range.right) hidden++;
        return hidden === 0 ? false : hidden === range.right - range.left + 1 ? true : null;
      }
      default:
        return super.read(prop);
    }
  }

  private writeGrid(prop: string, value: unknown[][], apply: (sheet: FakeSheet, row: number, column: number, v: unknown) => void, isValues = false): void {
    this.set(prop, value, () => {
      const { sheet, range } = this.target();
      // Values and formulas go into unlocked cells of a protected sheet; a number format is formatting, refused.
      if (prop === "values" || prop === "formulas") refuseIfLocked(sheet, range);
      else refuseIfProtected(sheet);
      if (!Array.isArray(value) || value.length !== range.bottom - range.top + 1 || value.some((r) => !Array.isArray(r) || r.length !== range.right - range.left + 1)) {
        fail("InvalidArgument", `The number of rows or columns in the input array doesn't match the size of the range (${prop}).`);
      }
      for (let r = range.top; r <= range.bottom; r++)
        for (let c = range.left; c <= range.right; c++) {
          const v = value[r - range.top]![c - range.left];
          // Office.js leaves a cell as it is where the grid holds null.
          if (v !== null) apply(sheet, r, c, v);
        }
      if (isValues) this.ctx.writes.push({ sheet, range, eventsOn: this.ctx.excel.eventsEnabled });
      // Excel leaves the formulas over these cells uncalculated until someone recalculates.
      if (isValues && this.ctx.calculationSuspended) this.ctx.excel.calculationPending = true;
    });
  }

  get values(): unknown[][] {
    return this.got("values");
  }
  set values(value: unknown[][]) {
    this.writeGrid("values", value, (sheet, r, c, v) => writeValue(sheet.ensure(r, c), v), true);
  }
  get formulas(): unknown[][] {
    return this.got("formulas");
  }
  set formulas(value: unknown[][]) {
    this.writeGrid("formulas", value, (sheet, r, c, v) => writeValue(sheet.ensure(r, c), v), true);
  }
  get numberFormat(): unknown[][] {
    return this.got("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.writeGrid("numberFormat", value, (sheet, r, c, v) => (sheet.ensure(r, c).numberFormat = String(v)));
  }
  get valueTypes(): string[][] {
    return this.got("valueTypes");
  }
  get address(): string {
    return this.got("address");
  }
  get rowIndex(): number {
    return this.got("rowIndex");
  }
  get columnIndex(): number {
    return this.got("columnIndex");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }
  get columnHidden(): boolean | null {
    return this.got("columnHidden");
  }

  load(propertyNames: string): FakeRange {
    this.queueLoad(propertyNames);
    return this;
  }

  get format(): XlRangeFormat {
    return formatProxy(this.ctx, `${this.path}.format`, () => {
      const { sheet, range } = this.target();
      return { sheet, ranges: [range] };
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, `${this.path}.conditionalFormats`, () => {
      const t = this.target();
      return { sheet: t.sheet, ranges: [t.range] };
    });
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.ctx, `${this.path}.dataValidation`, () => this.target());
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => {
        this.ctx.excel.requireApi("1.13", "getMergedAreasOrNullObject");
        const { sheet, range } = this.target();
        // Office.js reports the merged areas whose top-left cell lies in the range.
        const found = sheet.merges.filter((m) => m.top >= range.top && m.top <= range.bottom && m.left >= range.left && m.left <= range.right);
        if (found.length > 512) fail("GeneralException", "There are more than 512 merged areas in the range.");
        return found.length === 0 ? null : { sheet, ranges: found };
      },
      true,
    );
  }

  unmerge(): void {
    this.call("unmerge", [], () => {
      const { sheet, range } = this.target();
      refuseIfProtected(sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, range));
    });
  }

  merge(across?: boolean): void {
    this.call("merge", [across ?? false], () => {
      const { sheet, range } = this.target();
      refuseIfProtected(sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, range));
      sheet.merges.push({ ...range });
    });
  }

  select(): void {
    this.call("select", [], () => {
      const { sheet, range } = this.target();
      if (this.ctx.excel.workbook.active !== sheet) fail("InvalidSelection", "Only a range on the active sheet can be selected.");
      this.ctx.excel.workbook.selection = { sheet: sheet.name, range: { ...range } };
    });
  }

  clear(applyTo?: string): void {
    this.call("clear", [applyTo ?? "All"], () => {
      const { sheet, range } = this.target();
      refuseIfProtected(sheet);
      for (const [key] of [...sheet.cells]) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (r >= range.top && r <= range.bottom && c >= range.left && c <= range.right) sheet.cells.delete(key);
      }
    });
  }
}

/** Excel's reading of a value written through Range.values. */
function writeValue(cell: FakeCell, v: unknown): void {
  delete cell.formula;
  delete cell.error;
  delete cell.value;
  if (v === "" || v === null || v === undefined) return;
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  const text = String(v);
  if (cell.numberFormat === "@") {
    cell.value = text;
    return;
  }
  // A leading apostrophe, as typed: the rest is kept as text, the apostrophe not part of the value.
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (/^[=+@]/.test(text) || (/^-/.test(text) && !/^-\d+(\.\d+)?$/.test(text))) {
    cell.formula = text.startsWith("=") ? text : `=${text}`;
    return;
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) {
    cell.value = Number(text);
    return;
  }
  // As Excel reads typed text: TRUE/FALSE, percentages and dates are not kept as text.
  if (/^(true|false)$/i.test(text.trim())) {
    cell.value = text.trim().toLowerCase() === "true";
    return;
  }
  if (/^-?\d+(\.\d+)?%$/.test(text.trim())) {
    cell.value = Number(text.trim().slice(0, -1)) / 100;
    cell.numberFormat ??= "0%";
    return;
  }
  if (looksLikeDate(text)) {
    // The stand-in does not work out the serial: any number says the text became a date.
    cell.value = 44_197;
    cell.numberFormat ??= "d-mmm";
    return;
  }
  cell.value = text;
}

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";

/** "1/2", "12-3-2021", "12 Jan", "Jan 12", "January 2021", "2021-01-05": text Excel turns into a date. */
function looksLikeDate(text: string): boolean {
  const t = text.trim().toLowerCase();
  return (
    /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t) ||
    new RegExp(`^\\d{1,2}[ -]${MONTH}([ -]\\d{2,4})?$`).test(t) ||
    new RegExp(`^${MONTH}[ -]\\d{1,4}$`).test(t)
  );
}

interface AreasTarget {
  sheet: FakeSheet;
  ranges: CellRange[];
}

class FakeRangeAreas extends FakeObject implements XlRangeAreas {
  private resolved: AreasTarget | null | undefined;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly resolver: () => AreasTarget | null,
    private readonly orNull = false,
  ) {
    super(ctx, path);
  }

  target(): AreasTarget {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved ?? fail("ItemNotFound", `${this.path} is a null object.`);
  }

  protected override nullable(): boolean {
    return this.orNull;
  }

  protected override isNull(): boolean {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved === null;
  }

  protected override read(prop: string): unknown {
    if (prop !== "address") return super.read(prop);
    const { sheet, ranges } = this.target();
    return ranges.map((r) => `${sheetPrefix(sheet.name)}!${a1(r)}`).join(", ");
  }

  get address(): string {
    return this.got("address");
  }

  load(propertyNames: string): FakeRangeAreas {
    this.queueLoad(propertyNames);
    return this;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, `${this.path}.conditionalFormats`, () => this.target());
  }

  get format(): XlRangeFormat {
    return formatProxy(this.ctx, `${this.path}.format`, () => {
      this.ctx.excel.requireApi("1.9", "RangeAreas.format");
      return this.target();
    });
  }
}

/** What a method such as getCount returns: its value arrives with the sync. */
class FakeClientResult<T> extends FakeObject {
  get value(): T {
    return this.got("value");
  }
}

class FakeConditionalFormatCollection extends FakeObject implements XlConditionalFormatCollection {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly resolver: () => AreasTarget,
  ) {
    super(ctx, path);
  }

  get items(): FakeConditionalFormatProxy[] {
    return this.got("items");
  }

  load(propertyNames: string): FakeConditionalFormatCollection {
    this.queueLoad(propertyNames);
    return this;
  }

  /** The formats touching the range, in priority order, as the collection holds them at this point of the batch. */
  private list(): FakeConditionalFormat[] {
    this.ctx.excel.requireApi("1.6", "conditionalFormats");
    const { sheet, ranges } = this.resolver();
    return this.ctx.excel.conditionalFormatsOf(sheet).filter((cf) => cf.ranges.some((r) => ranges.some((t) => intersects(r, t))));
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>(this.ctx, `${this.path}.getCount()`);
    this.call("getCount", [], () => this.ctx.deliver(result, "value", this.list().length));
    return result;
  }

  getItemAt(index: number): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(this.ctx, `${this.path}.getItemAt(${index})`, null, () => this.list()[index] ?? fail("ItemNotFound", "The requested resource doesn't exist."));
  }

  getItem(id: string): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(id)})`, null, () => this.list().find((cf) => String(cf.id) === id) ?? fail("ItemNotFound", "The requested resource doesn't exist."));
  }

  override loadPaths(paths: string[][]): void {
    const rest = paths.filter((p) => p[0] === "items").map((p) => p.slice(1));
    if (rest.length !== paths.length) fail("InvalidArgument", "The fake loads collections through items/ only.");
    const list = this.list();
    const { sheet } = this.resolver();
    const items = list.map((cf) => new FakeConditionalFormatProxy(this.ctx, `conditionalFormat[${cf.id}]`, sheet, () => cf));
    this.ctx.deliver(this, "items", items);
    for (const item of items) item.loadPaths(rest.filter((r) => r.length > 0));
  }

  add(type: "Custom"): FakeConditionalFormatProxy {
    let created: FakeConditionalFormat | null = null;
    const target = () => this.resolver();
    this.call("add", [type], () => {
      this.ctx.excel.requireApi("1.6", "conditionalFormats.add");
      const { sheet, ranges } = target();
      refuseIfProtected(sheet);
      created = { id: this.ctx.excel.nextId(), type, ranges: ranges.map((r) => ({ ...r })), formula: "" };
      // A new conditional format goes to the top of the priority list.
      this.ctx.excel.conditionalFormatsOf(sheet).unshift(created);
    });
    return new FakeConditionalFormatProxy(this.ctx, `${this.path}.add(${type})`, null, () => created ?? fail("InvalidObjectPath", "The format was used before it was added."));
  }
}

class FakeConditionalFormatProxy extends FakeObject implements XlConditionalFormat {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheet: FakeSheet | null,
    private readonly model: () => FakeConditionalFormat,
  ) {
    super(ctx, path);
  }

  protected override read(prop: string): unknown {
    if (prop === "id") return String(this.model().id);
    return prop === "type" ? this.model().type : super.read(prop);
  }

  load(propertyNames: string): FakeConditionalFormatProxy {
    this.queueLoad(propertyNames);
    return this;
  }

  get id(): string {
    return this.got("id");
  }

  protected override child(prop: string): FakeObject {
    if (prop === "customOrNullObject") return this.customProxy(true);
    if (prop === "custom") return this.customProxy(false);
    return super.child(prop);
  }

  private customs = new Map<boolean, FakeCustomFormat>();

  private customProxy(orNull: boolean): FakeCustomFormat {
    let proxy = this.customs.get(orNull);
    if (!proxy) {
      proxy = new FakeCustomFormat(this.ctx, `${this.path}.${orNull ? "customOrNullObject" : "custom"}`, () => {
        const cf = this.model();
        if (cf.type !== "Custom") return orNull ? null : fail("InvalidOperation", "The conditional format is not a custom one.");
        return cf;
      }, orNull);
      this.customs.set(orNull, proxy);
    }
    return proxy;
  }

  get type(): string {
    return this.got("type");
  }
  get custom(): FakeCustomFormat {
    return this.customProxy(false);
  }
  get customOrNullObject(): FakeCustomFormat {
    return this.customProxy(true);
  }

  delete(): void {
    this.call("delete", [], () => {
      const cf = this.model();
      for (const [sheet, list] of this.ctx.excel.conditionalFormatEntries()) if (list.includes(cf)) refuseIfProtected(sheet);
      for (const list of this.ctx.excel.allConditionalFormats()) {
        const i = list.indexOf(cf);
        if (i >= 0) list.splice(i, 1);
      }
    });
  }
}

class FakeCustomFormat extends FakeObject implements XlCustomConditionalFormat {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly model: () => FakeConditionalFormat | null,
    private readonly orNull: boolean,
  ) {
    super(ctx, path);
  }

  protected override nullable(): boolean {
    return this.orNull;
  }

  protected override isNull(): boolean {
    return this.model() === null;
  }

  private ruleProxy?: FakeRule;

  protected override child(prop: string): FakeObject {
    if (prop === "rule") return this.rule;
    return super.child(prop);
  }

  get rule(): FakeRule {
    this.ruleProxy ??= new FakeRule(this.ctx, `${this.path}.rule`, () => this.model() ?? fail("ItemNotFound", "A null object has no rule."));
    return this.ruleProxy;
  }

  get format(): { readonly fill: { color: string }; readonly font: { color: string; bold: boolean } } {
    const cf = () => this.model() ?? fail("ItemNotFound", "A null object has no format.");
    return {
      fill: settable<{ color: string }>(this.ctx, `${this.path}.format.fill`, { color: (v: string) => (cf().fill = v) }),
      font: settable<{ color: string; bold: boolean }>(this.ctx, `${this.path}.format.font`, { color: (v: string) => (cf().fontColor = v), bold: (v: boolean) => (cf().bold = v) }),
    };
  }
}

class FakeRule extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly model: () => FakeConditionalFormat,
  ) {
    super(ctx, path);
  }

  protected override read(prop: string): unknown {
    return prop === "formula" ? this.model().formula : super.read(prop);
  }

  get formula(): string {
    return this.got("formula");
  }
  set formula(value: string) {
    this.set("formula", value, () => (this.model().formula = value));
  }
}

class FakeDataValidation extends FakeObject implements XlDataValidation {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => RangeTarget,
  ) {
    super(ctx, path);
  }

  private validations(): FakeValidation[] {
    this.ctx.excel.requireApi("1.8", "dataValidation");
    return this.ctx.excel.validationsOf(this.target().sheet);
  }

  private writable(): void {
    refuseIfProtected(this.target().sheet);
  }

  private covering(): FakeValidation | undefined {
    const { range } = this.target();
    const touching = this.validations().filter((v) => intersects(v.range, range));
    return touching.length === 1 && contains(touching[0]!.range, range) ? touching[0] : undefined;
  }

  protected override read(prop: string): unknown {
    const { range } = this.target();
    const touching = this.validations().filter((v) => intersects(v.range, range));
    const covering = this.covering();
    switch (prop) {
      case "type":
        return touching.length === 0 ? "None" : covering ? covering.type : "Inconsistent";
      case "errorAlert":
        return covering ? { ...covering.errorAlert } : { showAlert: true, style: "Stop", title: "", message: "" };
      default:
        return super.read(prop);
    }
  }

  get type(): string {
    return this.got("type");
  }
  get rule(): { list?: { inCellDropDown: boolean; source: unknown } } {
    return this.got("rule");
  }
  set rule(value: { list?: { inCellDropDown: boolean; source: unknown } }) {
    this.set("rule", value, () => {
      this.writable();
      const { range } = this.target();
      const list = this.validations();
      if (list.some((v) => intersects(v.range, range))) fail("InvalidOperation", "The range already has data validation; clear it first.");
      if (!value.list) fail("InvalidArgument", "The fake only supports list validation.");
      list.push({ range: { ...range }, type: "List", source: String(value.list!.source), inCellDropDown: value.list!.inCellDropDown, errorAlert: { showAlert: true, style: "Stop", title: "", message: "" }, ignoreBlanks: true });
    });
  }
  get errorAlert(): { showAlert: boolean; style: string; title: string; message: string } {
    return this.got("errorAlert");
  }
  set errorAlert(value: { showAlert: boolean; style: string; title: string; message: string }) {
    this.set("errorAlert", value, () => {
      this.writable();
      const v = this.covering() ?? fail("InvalidOperation", "There is no validation rule on the range.");
      v.errorAlert = { ...value };
    });
  }
  get ignoreBlanks(): boolean {
    return this.got("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.set("ignoreBlanks", value, () => {
      this.writable();
      const v = this.covering() ?? fail("InvalidOperation", "There is no validation rule on the range.");
      v.ignoreBlanks = value;
    });
  }

  load(propertyNames: string): FakeDataValidation {
    this.queueLoad(propertyNames);
    return this;
  }

  clear(): void {
    this.call("clear", [], () => {
      this.writable();
      const { sheet, range } = this.target();
      const list = this.validations();
      const kept = list.flatMap((v) => subtract(v.range, range).map((r) => ({ ...v, range: r })));
      this.ctx.excel.setValidations(sheet, kept);
    });
  }
}

class FakeNamedItemCollection extends FakeObject implements XlNamedItemCollection {
  get items(): FakeNamedItemProxy[] {
    return this.got("items");
  }

  load(propertyNames: string): FakeNamedItemCollection {
    this.queueLoad(propertyNames);
    return this;
  }

  override loadPaths(paths: string[][]): void {
    const rest = paths.filter((p) => p[0] === "items").map((p) => p.slice(1));
    if (rest.length !== paths.length) fail("InvalidArgument", "The fake loads collections through items/ only.");
    const items = this.ctx.excel.workbook.names.map((n) => new FakeNamedItemProxy(this.ctx, `names[${n.name}]`, () => n));
    this.ctx.deliver(this, "items", items);
    for (const item of items) item.loadPaths(rest.filter((r) => r.length > 0));
  }

  add(name: string, reference: XlRange | string, comment?: string): FakeNamedItemProxy {
    let created: FakeName | null = null;
    this.call("add", [name, reference, comment], () => {
      this.ctx.excel.requireApi("1.4", "names.add");
      const spurious = this.ctx.excel.workbook.spuriouslyRefusedNames;
      const refusedOnce = spurious.findIndex((n) => n.toLowerCase() === name.toLowerCase());
      if (refusedOnce >= 0) spurious.splice(refusedOnce, 1);
      if (refusedOnce >= 0 || this.ctx.excel.workbook.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) fail("ItemAlreadyExists", `The name "${name}" already exists.`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) fail("InvalidArgument", `"${name}" is not a valid name.`);
      if (typeof reference === "string") fail("InvalidArgument", "The fake only supports names that refer to a range object.");
      const { sheet, range } = (reference as FakeRange).target();
      created = { name, sheet, range: { ...range }, visible: true, ...(comment ? { comment } : {}) };
      if (comment) this.ctx.excel.undoCleared.push(`NamedItem.comment ${name}`);
      this.ctx.excel.workbook.names.push(created);
    });
    return new FakeNamedItemProxy(this.ctx, `names.add(${JSON.stringify(name)})`, () => created ?? fail("InvalidObjectPath", "The name was used before it was added."));
  }

  getItem(name: string): FakeNamedItemProxy {
    return new FakeNamedItemProxy(this.ctx, `names.getItem(${JSON.stringify(name)})`, () => this.ctx.excel.workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? fail("ItemNotFound", `The name "${name}" doesn't exist.`));
  }
}

class FakeNamedItemProxy extends FakeObject implements XlNamedItem {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly model: () => FakeName,
  ) {
    super(ctx, path);
  }

  protected override read(prop: string): unknown {
    const n = this.model();
    const broken = !n.sheet || n.sheet.deleted || !n.range;
    switch (prop) {
      case "name":
        return n.name;
      case "type":
        return broken ? "Error" : "Range";
      case "value":
        return broken ? "#REF!" : `${sheetPrefix(n.sheet!.name)}!${a1(n.range!, true)}`;
      case "visible":
        return n.visible;
      case "formula":
        return broken ? "=#REF!" : `=${sheetPrefix(n.sheet!.name)}!${a1(n.range!, true)}`;
      default:
        return super.read(prop);
    }
  }

  get name(): string {
    return this.got("name");
  }
  get type(): string {
    return this.got("type");
  }
  get value(): unknown {
    return this.got("value");
  }
  get visible(): boolean {
    return this.got("visible");
  }
  set visible(value: boolean) {
    this.set("visible", value, () => (this.model().visible = value));
  }
  get formula(): string {
    return this.got("formula");
  }
  /** ExcelApi 1.7: the name is pointed elsewhere; the fake takes a reference to one sheet's range ("='Sheet'!$A$1"). */
  set formula(value: string) {
    this.set("formula", value, () => {
      this.ctx.excel.requireApi("1.7", "NamedItem.formula");
      const text = value.startsWith("=") ? value.slice(1) : value;
      const bang = text.lastIndexOf("!");
      const quoted = text.slice(0, bang);
      const sheetName = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
      const sheet = bang > 0 ? this.ctx.excel.sheetByKey(sheetName) : null;
      if (!sheet) fail("InvalidArgument", `The fake cannot point a name at "${value}".`);
      const model = this.model();
      model.sheet = sheet;
      model.range = parseA1(text.slice(bang + 1));
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const names = this.ctx.excel.workbook.names;
      names.splice(names.indexOf(this.model()), 1);
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange()`, () => {
      const n = this.model();
      if (!n.sheet || n.sheet.deleted || !n.range) fail("InvalidReference", `The name "${n.name}" does not refer to a range.`);
      return { sheet: n.sheet!, range: n.range! };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The host
// ---------------------------------------------------------------------------------------------

export class FakeExcel implements ExcelHost {
  readonly workbook: {
    sheets: FakeSheet[];
    names: FakeName[];
    active: FakeSheet | null;
    selection: { sheet: string; range: CellRange } | null;
    /** Review > Protect Workbook: sheets cannot be added, deleted, renamed, moved, hidden or shown (AccessDenied). */
    protected: boolean;
    /** The workbook counts its dates from 1904: its cells hold serials 1462 smaller than the 1900 system's. */
    date1904: boolean;
    /**
     * The names of the workbook's chart sheets (a sheet that is only a chart). Office.js has no
     * object for them: worksheets does not list them and getItem does not find them, yet their
     * names are taken, so adding or renaming a worksheet to one fails with ItemAlreadyExists.
     */
    chartSheets: string[];
    /**
     * Defined names Excel refuses to add once each with ItemAlreadyExists though no such name
     * exists, as it sometimes does (office-js issue #2875): each is taken off the list when refused.
     */
    spuriouslyRefusedNames: string[];
  } = {
    sheets: [],
    names: [],
    active: null,
    selection: null,
    protected: false,
    date1904: false,
    chartSheets: [],
    spuriouslyRefusedNames: [],
  };
  readonly syncs: SyncRecord[] = [];
  readonly apiVersion: string;
  payloadLimit: number;
  /** Desktop Excel returns null values past this many cells. */
  cellReadLimit = 5_000_000;
  /** This add-in's Runtime.enableEvents. */
  eventsEnabled = true;
  private readonly cfs = new Map<FakeSheet, FakeConditionalFormat[]>();
  private readonly validations = new Map<FakeSheet, FakeValidation[]>();
  private ids = 0;
  private readonly pendingEvents: Promise<unknown>[] = [];
  /** Every change event raised, with what the handlers were told. */
  readonly raisedEvents: XlChangedEventArgs[] = [];
  /**
   * Values were written while calculation was suspended, and nothing recalculated since: formulas
   * over them show stale results ("it is the developer's responsibility to re-calc the workbook").
   */
  calculationPending = false;
  /**
   * The calls that cleared the user's undo history, in order: those "Undo support with the Excel
   * JavaScript API" lists as unsupported on Windows and Mac (Worksheet.delete, name, position,
   * visibility) or on the web (Worksheet.delete, NamedItem.comment).
   */
  readonly undoCleared: string[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.payloadLimit = options.payloadLimit ?? 5_000_000;
  }

  // --- ExcelHost ---

  run = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    try {
      return await batch(context);
    } finally {
      context.open = false;
    }
  };

  async runIn<T>(context: XlContext, batch: (context: XlContext) => Promise<T>): Promise<T> {
    const fake = context as FakeContext;
    fake.open = true;
    try {
      return await batch(fake);
    } finally {
      fake.open = false;
    }
  }

  supports(set: string, version: string): boolean {
    return set === "ExcelApi" && versionAtLeast(this.apiVersion, version);
  }

  // --- model operations used by the proxies ---

  nextId(): number {
    return ++this.ids;
  }

  requireApi(version: string, what: string): void {
    if (!versionAtLeast(this.apiVersion, version)) fail("ApiNotFound", `${what} needs ExcelApi ${version}; this host has ${this.apiVersion}.`);
  }


  sheetByKey(key: string): FakeSheet | null {
    const lower = key.toLowerCase();
    return this.workbook.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower) ?? null;
  }

  private isChartSheetName(name: string): boolean {
    return this.workbook.chartSheets.some((c) => c.toLowerCase() === name.toLowerCase());
  }

  /** Excel's refusal of a change to a protected workbook's structure. */
  refuseIfStructureLocked(): void {
    if (this.workbook.protected) fail("AccessDenied", "The workbook's structure is protected.");
  }

  addSheet(name: string): FakeSheet {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) fail("InvalidArgument", `"${name}" is not a valid sheet name.`);
    if (this.sheetByKey(name) || this.isChartSheetName(name)) fail("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    const sheet = new FakeSheet(`{sheet-${this.nextId()}}`, name);
    this.workbook.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    this.refuseIfStructureLocked();
    const other = this.sheetByKey(name);
    if ((other && other !== sheet) || this.isChartSheetName(name)) fail("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) fail("InvalidArgument", `"${name}" is not a valid sheet name.`);
    this.undoCleared.push(`Worksheet.name ${sheet.name} -> ${name}`);
    // Formulas that refer to the sheet follow it to its new name.
    this.rewriteReferences(sheet.name, () => `${sheetPrefix(name)}!$1`);
    sheet.name = name;
  }

  /** Rewrites, in every formula of the workbook, the references to cells of the named sheet. */
  private rewriteReferences(sheetName: string, replacement: () => string): void {
    const prefix = sheetPrefix(sheetName).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const reference = new RegExp(`${prefix}!(\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?)`, "g");
    for (const other of this.workbook.sheets)
      for (const cell of other.cells.values()) if (cell.formula !== undefined) cell.formula = cell.formula.replace(reference, replacement());
  }

  deleteSheet(sheet: FakeSheet): void {
    this.refuseIfStructureLocked();
    if (this.workbook.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) fail("InvalidOperation", "A workbook must keep at least one visible sheet.");
    this.workbook.sheets.splice(this.workbook.sheets.indexOf(sheet), 1);
    // As in Excel: formulas elsewhere that referred to the sheet now say #REF!, and stay so whatever sheet takes its name later.
    this.rewriteReferences(sheet.name, () => "#REF!");
    sheet.deleted = true;
    this.undoCleared.push(`Worksheet.delete ${sheet.name}`);
    if (this.workbook.active === sheet) this.workbook.active = this.workbook.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  conditionalFormatsOf(sheet: FakeSheet): FakeConditionalFormat[] {
    let list = this.cfs.get(sheet);
    if (!list) {
      list = [];
      this.cfs.set(sheet, list);
    }
    return list;
  }

  allConditionalFormats(): FakeConditionalFormat[][] {
    return [...this.cfs.values()];
  }

  conditionalFormatEntries(): [FakeSheet, FakeConditionalFormat[]][] {
    return [...this.cfs.entries()];
  }

  validationsOf(sheet: FakeSheet): FakeValidation[] {
    let list = this.validations.get(sheet);
    if (!list) {
      list = [];
      this.validations.set(sheet, list);
    }
    return list;
  }

  setValidations(sheet: FakeSheet, list: FakeValidation[]): void {
    this.validations.set(sheet, list);
  }

  /** After a sync: tell change handlers about value writes, as Excel does, unless events were off. */
  raiseChanges(writes: ValueWrite[]): void {
    for (const w of writes) {
      if (!w.eventsOn) continue;
      this.raise(w.sheet, w.range, "Local", "ThisLocalAddin");
    }
  }

  private raise(sheet: FakeSheet, range: CellRange, source: string, trigger: string, extra: { changeType?: string; details?: { valueBefore: unknown; valueAfter: unknown } } = {}): void {
    if (sheet.handlers.size === 0) return;
    const args: XlChangedEventArgs = {
      address: a1(range),
      worksheetId: sheet.id,
      changeType: extra.changeType ?? "RangeEdited",
      source,
      ...(versionAtLeast(this.apiVersion, "1.14") ? { triggerSource: trigger } : {}),
      // ExcelApi 1.9 tells the values before and after, for a change of one cell only.
      ...(extra.details && versionAtLeast(this.apiVersion, "1.9") ? { details: extra.details } : {}),
    };
    this.raisedEvents.push(args);
    for (const handler of [...sheet.handlers]) {
      this.pendingEvents.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => handler(args)));
    }
  }

  // --- helpers for tests ---

  /** A sheet with values from A1 (or from `at`), set up directly in the model. */
  sheet(name: string, rows: (FakeValue | { error: string } | null)[][] = [], at: { row: number; column: number } = { row: 1, column: 1 }): FakeSheet {
    const sheet = this.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell = sheet.ensure(at.row + r, at.column + c);
        if (typeof v === "object") cell.error = v.error;
        else cell.value = v;
      }),
    );
    if (!this.workbook.active) this.workbook.active = sheet;
    return sheet;
  }

  get(name: string): FakeSheet {
    return this.sheetByKey(name) ?? fail("ItemNotFound", `No sheet "${name}" in the fake.`);
  }

  /** A conditional format the user made, set up directly. */
  userConditionalFormat(sheet: FakeSheet, range: CellRange, formula: string, fill: string): FakeConditionalFormat {
    const cf: FakeConditionalFormat = { id: this.nextId(), type: "Custom", ranges: [range], formula, fill };
    this.conditionalFormatsOf(sheet).push(cf);
    return cf;
  }

  /** The user types values into cells: the model changes and change handlers hear about it. */
  userEdit(sheetName: string, address: string, rows: (FakeValue | null)[][], source: "Local" | "Remote" = "Local"): void {
    const sheet = this.get(sheetName);
    const range = parseA1(address);
    const single = range.top === range.bottom && range.left === range.right;
    const before = single ? (sheet.cell(range.top, range.left)?.value ?? "") : undefined;
    rows.forEach((row, r) => row.forEach((v, c) => writeValue(sheet.ensure(range.top + r, range.left + c), v)));
    const after = single ? (sheet.cell(range.top, range.left)?.value ?? "") : undefined;
    this.raise(sheet, range, source, "Unknown", single ? { details: { valueBefore: before, valueAfter: after } } : {});
  }

  /** The user inserts (or deletes) whole rows: the cells below move, and change handlers hear "RowInserted" ("RowDeleted"). */
  userInsertRows(sheetName: string, top: number, count: number, deleted = false): void {
    const sheet = this.get(sheetName);
    const moved = [...sheet.cells.entries()].flatMap(([key, cell]) => {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (r < top) return [[key, cell] as const];
      if (deleted && r < top + count) return [];
      return [[`${deleted ? r - count : r + count},${c}`, cell] as const];
    });
    sheet.cells.clear();
    for (const [key, cell] of moved) sheet.cells.set(key, cell);
    this.raise(sheet, { top, bottom: top + count - 1, left: 1, right: 16_384 }, "Local", "Unknown", { changeType: deleted ? "RowDeleted" : "RowInserted" });
  }

  /**
   * Excel raises a change for cells whose values it did not change too: a change of format (a rating
   * cell coloured, a response made bold), or a sort, once the test has moved the cells itself.
   */
  userChanged(sheetName: string, address: string): void {
    const sheet = this.get(sheetName);
    const range = parseA1(address);
    const single = range.top === range.bottom && range.left === range.right;
    const value = single ? (sheet.cell(range.top, range.left)?.value ?? "") : undefined;
    this.raise(sheet, range, "Local", "Unknown", single ? { details: { valueBefore: value, valueAfter: value } } : {});
  }

  /** The user inserts (or deletes) whole columns: the cells right of them move, and change handlers hear "ColumnInserted" ("ColumnDeleted"). */
  userInsertColumns(sheetName: string, left: number, count: number, deleted = false): void {
    const sheet = this.get(sheetName);
    const moved = [...sheet.cells.entries()].flatMap(([key, cell]) => {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (c < left) return [[key, cell] as const];
      if (deleted && c < left + count) return [];
      return [[`${r},${deleted ? c - count : c + count}`, cell] as const];
    });
    sheet.cells.clear();
    for (const [key, cell] of moved) sheet.cells.set(key, cell);
    this.raise(sheet, { top: 1, bottom: 1_048_576, left, right: left + count - 1 }, "Local", "Unknown", { changeType: deleted ? "ColumnDeleted" : "ColumnInserted" });
  }

  /** The user deletes cells, shifting those right of them left: change handlers hear "CellDeleted". */
  userDeleteCells(sheetName: string, address: string): void {
    const sheet = this.get(sheetName);
    const range = parseA1(address);
    const width = range.right - range.left + 1;
    const moved = [...sheet.cells.entries()].flatMap(([key, cell]) => {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (r < range.top || r > range.bottom || c < range.left) return [[key, cell] as const];
      if (c <= range.right) return [];
      return [[`${r},${c - width}`, cell] as const];
    });
    sheet.cells.clear();
    for (const [key, cell] of moved) sheet.cells.set(key, cell);
    this.raise(sheet, range, "Local", "Unknown", { changeType: "CellDeleted" });
  }

  /** Waits until every change handler raised so far has finished. */
  async settle(): Promise<void> {
    while (this.pendingEvents.length > 0) await Promise.all(this.pendingEvents.splice(0));
  }

  conditionalFormats(sheet: string): FakeConditionalFormat[] {
    return this.conditionalFormatsOf(this.get(sheet));
  }

  dataValidations(sheet: string): FakeValidation[] {
    return this.validationsOf(this.get(sheet));
  }

  name(name: string): FakeName | undefined {
    return this.workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  resetSyncs(): void {
    this.syncs.length = 0;
  }
}
