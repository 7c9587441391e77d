/**
 * Reads every sheet's used range (values, number formats, value types, merged areas) in as few
 * syncs as the 5 MB limits allow, sizing each request before it is sent instead of waiting for
 * Excel to refuse it.
 *
 * The workbook's shape (one sync before this) names the sheets but cannot say how big they are:
 * a collection load cannot ask a sheet for its used range. So the first read asks every sheet
 * for the extent of its used range and, in the same sync, for the cells of a window at its
 * top-left: columns A to Z, and as many rows as the read budget gives each sheet at the estimated
 * bytes per cell. Excel trims the window to the cells in use and can never return more cells than
 * the window holds, so this sync fits the budget whatever the sheets hold, and a workbook whose
 * trackers lie inside their windows (an ordinary action plan) is read whole in it.
 *
 * What lies outside the windows is read in row blocks, planned from the extents and from the
 * bytes per cell the rows already read actually took. A large remainder is probed for the rows
 * that hold values in the first block's sync, so a sheet used far below its data (a stray entry
 * in row 1,048,576) costs only its rows with values. Merged areas ride along with the cells.
 * Should Excel still refuse a response (texts far longer than estimated), the window shrinks to
 * a sample that measures them, or the block budget halves, and the read goes on.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/cells";
import { STORE_SHEET_NAME } from "../core/store";
import type { XlContext, XlRange, XlRangeAreas } from "./excelApi";
import type { SheetInfo, WorkbookLayout } from "./layout";
import { generatedKeyOf } from "./layout";
import { MAX_ROWS, parseAreas } from "./addresses";
import { toCellValue, toNumberFormat } from "./cellValues";
import { DEFAULT_READ_BUDGET, MAX_CELLS_PER_READ, READ_BYTES_PER_CELL, errorCode, gridResponseBytes, isPayloadLimitError } from "./payload";
import { ExcelDoorError } from "./errors";

export interface ReadOptions {
  /** getMergedAreasOrNullObject needs ExcelApi 1.13; without it merges are not reported. */
  withMerges: boolean;
  readBudget?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** The store sheet's cells, read in the same sync as the data; null when there is no store sheet. */
  store: unknown[][] | null;
}

/** Sheets the engine should see: not the add-in's own store, nor anything else kept very hidden. */
export function dataSheets(layout: WorkbookLayout): SheetInfo[] {
  return layout.sheets.filter((s) => s.name !== STORE_SHEET_NAME && s.visibility !== "VeryHidden");
}

/** Columns A to Z: wider than any action plan, narrow enough that each window runs thousands of rows down. */
const WINDOW_COLUMNS = 26;
/** Rows per sheet of the window after a refusal: enough cells to measure the texts, few enough to fit. */
const SAMPLE_ROWS = 64;
/** A read of fewer cells says too little about a sheet's texts to size its next blocks by. */
const MIN_MEASURED_CELLS = 50;
/** A remainder needing more blocks than this is probed for the rows that hold values. */
const PROBE_ABOVE_BLOCKS = 4;
/** Most probes per sheet (one sync for them all); each covers at least MIN_PROBE_ROWS rows. */
const MAX_PROBES = 256;
const MIN_PROBE_ROWS = 1_024;
/** A window whose values stop this many rows or more before its end, over a used range that runs on, has empty rows below. */
const EMPTY_TAIL_ROWS = 100;
/** Rows per request for merged areas when they could not ride along with the cells. */
const MERGE_PIECE_ROWS = 500;

const EXTENT_PROPERTIES = "rowIndex,columnIndex,rowCount,columnCount";
const CELL_PROPERTIES = "values,numberFormat,valueTypes";

/** Shared by every row known to be empty, so a sheet used down to row 1,048,576 costs no memory per empty row. */
const EMPTY_ROW: never[] = Object.freeze([]) as unknown as never[];

/** Rows of an extent, as offsets from its first row. */
interface RowSpan {
  offset: number;
  rows: number;
}

/** One sheet's used range while it is read: where it lies, what is known of it, and its cells so far. */
interface Extent {
  info: SheetInfo;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** The rows that hold values, in order; the rest of the extent is known to be empty. */
  spans: RowSpan[];
  /** Rows are read top to bottom: every row before this offset is read. */
  readTo: number;
  /** The row ranges read, for asking for their merged areas afterwards when these could not ride along. */
  read: RowSpan[];
  /** Estimated response bytes per cell: the default, or more where the rows read so far took more. */
  bytesPerCell: number;
  /** The window ended in empty rows though the used range runs on: probe before reading more of it. */
  emptyBelowWindow: boolean;
  values: CellValue[][];
  formats: (string | null)[][];
  merges: CellRange[];
}

/** What Office.js does when a response would pass its limit; also raised when Excel sends no values at all. */
function refusedForSize(): Error {
  return Object.assign(new Error("Excel returned no values for a read."), { code: "ResponsePayloadSizeLimitExceeded" });
}

function mergesOf(areas: XlRangeAreas | null): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  return parseAreas(areas.address);
}

/** Queues the store sheet's values when it exists; read the result after the sync. */
function queueStore(context: XlContext, layout: WorkbookLayout): (() => unknown[][]) | null {
  if (!layout.sheets.some((s) => s.name === STORE_SHEET_NAME)) return null;
  const used = context.workbook.worksheets.getItem(STORE_SHEET_NAME).getUsedRange(true).load("values");
  return () => used.values;
}

/** Window rows per sheet: the windows together hold no more cells than the budget buys at the default estimate. */
function windowRowsFor(budget: number, sheets: number): number {
  const cells = Math.min(MAX_CELLS_PER_READ, budget / READ_BYTES_PER_CELL);
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(cells / WINDOW_COLUMNS / Math.max(1, sheets))));
}

function cellsPerBlock(extent: Extent, budget: number): number {
  return Math.max(1, Math.min(MAX_CELLS_PER_READ, Math.floor(budget / extent.bytesPerCell)));
}

function newExtent(info: SheetInfo, used: XlRange): Extent {
  return {
    info,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
    spans: [{ offset: 0, rows: used.rowCount }],
    readTo: 0,
    read: [],
    bytesPerCell: READ_BYTES_PER_CELL,
    emptyBelowWindow: false,
    // Rows are placed where they belong; rows nothing covers stay the shared empty row.
    values: new Array<CellValue[]>(used.rowCount).fill(EMPTY_ROW),
    formats: new Array<(string | null)[]>(used.rowCount).fill(EMPTY_ROW),
    merges: [],
  };
}

/** A row of `width` cells with `row` starting at column offset `left`; the rest empty. */
function padded<T>(row: T[], left: number, width: number): (T | null)[] {
  if (left === 0 && row.length === width) return row;
  const out = new Array<T | null>(width).fill(null);
  row.forEach((v, i) => (out[left + i] = v));
  return out;
}

/**
 * Puts a range's cells into the extent at the given row and column offsets; while rows of the
 * extent remain to be read, learns the bytes per cell these took, to size the next blocks.
 */
function place(extent: Extent, top: number, left: number, range: XlRange): void {
  const values = range.values;
  const formats = range.numberFormat;
  const types = range.valueTypes;
  let cells = 0;
  values.forEach((row, r) => {
    cells += row.length;
    extent.values[top + r] = padded(
      row.map((v, c) => toCellValue(v, types[r]?.[c])),
      left,
      extent.columnCount,
    );
  });
  formats.forEach((row, r) => (extent.formats[top + r] = padded(row.map(toNumberFormat), left, extent.columnCount)));
  if (top + values.length < extent.rowCount && cells >= MIN_MEASURED_CELLS) {
    const bytes = gridResponseBytes(values) + gridResponseBytes(formats) + gridResponseBytes(types);
    extent.bytesPerCell = Math.max(extent.bytesPerCell, bytes / cells);
  }
}

/**
 * Keeps the window's rows of the extent when the window spans all the extent's columns (a wider
 * sheet is read in blocks from its first row). Rows of the window with no value in use are empty.
 */
function takeWindow(extent: Extent, windowRows: number, window: XlRange, merged: XlRangeAreas | null): void {
  if (extent.columnIndex + extent.columnCount > WINDOW_COLUMNS) return;
  const covered = Math.min(extent.rowCount, windowRows - extent.rowIndex);
  if (covered <= 0) return;
  if (!window.isNullObject) place(extent, window.rowIndex - extent.rowIndex, window.columnIndex - extent.columnIndex, window);
  const lastValue = window.isNullObject ? 0 : window.rowIndex + window.rowCount;
  // A stray entry far below the table: the rows under the window are most likely empty too.
  extent.emptyBelowWindow = covered < extent.rowCount && windowRows - lastValue >= EMPTY_TAIL_ROWS;
  const firstRow = extent.rowIndex + 1;
  const firstColumn = extent.columnIndex + 1;
  // As a read of the used range reports them: the merged areas whose top-left cell lies in it.
  for (const m of mergesOf(merged)) {
    if (m.top >= firstRow && m.top < firstRow + covered && m.left >= firstColumn && m.left < firstColumn + extent.columnCount) extent.merges.push(m);
  }
  extent.readTo = covered;
  extent.read.push({ offset: 0, rows: covered });
}

/** The first read: every sheet's extent and the cells of its window (none when windowRows is 0), with the store. */
async function readExtentsAndWindows(
  context: XlContext,
  layout: WorkbookLayout,
  sheets: SheetInfo[],
  windowRows: number,
  withMerges: boolean,
): Promise<{ extents: Extent[]; store: unknown[][] | null }> {
  const queued = sheets.map((info) => {
    const sheet = context.workbook.worksheets.getItem(info.name);
    const used = sheet.getUsedRange(true).load(EXTENT_PROPERTIES);
    const area = windowRows > 0 ? sheet.getRangeByIndexes(0, 0, windowRows, WINDOW_COLUMNS) : null;
    const window = area ? area.getUsedRangeOrNullObject(true).load(`${EXTENT_PROPERTIES},${CELL_PROPERTIES}`) : null;
    const merged = area && withMerges ? area.getMergedAreasOrNullObject().load("address") : null;
    return { info, used, window, merged };
  });
  const store = queueStore(context, layout);
  await context.sync();
  if (queued.some((q) => q.window && !q.window.isNullObject && q.window.values == null)) throw refusedForSize();
  const extents = queued.map(({ info, used, window, merged }) => {
    const extent = newExtent(info, used);
    if (window) takeWindow(extent, windowRows, window, merged);
    return extent;
  });
  return { extents, store: store ? store() : null };
}

interface Block {
  extent: Extent;
  /** Row offset within the extent. */
  offset: number;
  rows: number;
}

/** The blocks still to read, each as many rows as the budget buys at its sheet's bytes per cell. */
function planBlocks(extents: Extent[], budget: number): Block[] {
  const blocks: Block[] = [];
  for (const extent of extents) {
    const rowsPerBlock = Math.max(1, Math.floor(cellsPerBlock(extent, budget) / Math.max(1, extent.columnCount)));
    for (const span of extent.spans) {
      const end = span.offset + span.rows;
      for (let offset = Math.max(span.offset, extent.readTo); offset < end; offset += rowsPerBlock) {
        blocks.push({ extent, offset, rows: Math.min(rowsPerBlock, end - offset) });
      }
    }
  }
  return blocks;
}

/** As many blocks, in order, as fit the budget together (at least one). */
function nextBatch(blocks: Block[], budget: number): Block[] {
  const batch: Block[] = [];
  let bytes = 0;
  for (const block of blocks) {
    const cost = block.rows * block.extent.columnCount * block.extent.bytesPerCell;
    if (batch.length > 0 && bytes + cost > budget) break;
    batch.push(block);
    bytes += cost;
  }
  return batch;
}

function blockRange(context: XlContext, block: Block): XlRange {
  const e = block.extent;
  return context.workbook.worksheets.getItem(e.info.name).getRangeByIndexes(e.rowIndex + block.offset, e.columnIndex, block.rows, e.columnCount);
}

/** Queues slices of the rows not yet read (Range.getUsedRangeOrNullObject); after the sync, sets the extent's spans from them. */
function queueProbe(context: XlContext, extent: Extent): () => void {
  const sheet = context.workbook.worksheets.getItem(extent.info.name);
  const from = extent.readTo;
  const step = Math.max(MIN_PROBE_ROWS, Math.ceil((extent.rowCount - from) / MAX_PROBES));
  const slices: XlRange[] = [];
  for (let offset = from; offset < extent.rowCount; offset += step) {
    const rows = Math.min(step, extent.rowCount - offset);
    slices.push(sheet.getRangeByIndexes(extent.rowIndex + offset, extent.columnIndex, rows, extent.columnCount).getUsedRangeOrNullObject(true).load("rowIndex,rowCount"));
  }
  return () => {
    const spans: RowSpan[] = [];
    for (const used of slices) {
      if (used.isNullObject) continue;
      const offset = used.rowIndex - extent.rowIndex;
      const last = spans.at(-1);
      if (last && last.offset + last.rows >= offset) last.rows = Math.max(last.rows, offset + used.rowCount - last.offset);
      else spans.push({ offset, rows: used.rowCount });
    }
    extent.spans = spans;
  };
}

/**
 * Reads the rows the windows left, in blocks packed into as few syncs as the budget allows.
 * Returns false when merged areas could not ride along (more than Excel gives in one request).
 */
async function readRemainingRows(context: XlContext, extents: Extent[], readBudget: number, withMerges: boolean, progress: (done: number, total: number) => void): Promise<boolean> {
  let budget = readBudget;
  let mergesRide = withMerges;
  let probing = extents.filter((e) => (e.rowCount - e.readTo) * e.columnCount > PROBE_ABOVE_BLOCKS * cellsPerBlock(e, budget));
  const total = extents.reduce((n, e) => n + e.rowCount, 0);
  let blocks = planBlocks(extents, budget);
  while (blocks.length > 0) {
    // The probe rides with the first blocks (the rows right below the window), except where the
    // window ended in empty rows: there they would most likely be empty too, so only the probe goes.
    const batch = nextBatch(
      blocks.filter((b) => !(b.extent.emptyBelowWindow && probing.includes(b.extent))),
      budget,
    );
    const ranges = batch.map((b) => blockRange(context, b).load(CELL_PROPERTIES));
    const merged = batch.map((b) => (mergesRide ? blockRange(context, b).getMergedAreasOrNullObject().load("address") : null));
    const probes = probing.map((e) => queueProbe(context, e));
    try {
      // One sync per batch is the point here: each is as large as the payload limit allows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (ranges.some((r) => r.values == null)) throw refusedForSize();
    } catch (error) {
      if (isPayloadLimitError(error)) {
        if (batch.length === 0) throw error;
        if (batch.length === 1 && batch[0]!.rows === 1) throw new ExcelDoorError("A single row of this workbook is larger than Excel can send in one response, so it cannot be read.");
        budget = Math.max(1, Math.floor(budget / 2));
      } else if (mergesRide && errorCode(error) !== "ItemNotFound") {
        // More than 512 merged areas in a block: read the cells without, the merges in pieces after.
        mergesRide = false;
      } else throw error;
      blocks = planBlocks(extents, budget);
      continue;
    }
    for (const apply of probes) apply();
    probing = [];
    batch.forEach((block, i) => {
      const extent = block.extent;
      place(extent, block.offset, 0, ranges[i]!);
      extent.merges.push(...mergesOf(merged[i] ?? null));
      extent.readTo = block.offset + block.rows;
      extent.read.push({ offset: block.offset, rows: block.rows });
    });
    progress(
      extents.reduce((n, e) => n + e.readTo, 0),
      total,
    );
    blocks = planBlocks(extents, budget);
  }
  return mergesRide === withMerges;
}

/** Merged areas of the rows read, asked for in 500-row pieces; a sheet whose merges still cannot be read gets none. */
async function readMergesInPieces(context: XlContext, extents: Extent[]): Promise<void> {
  const queued = extents.map((e) => {
    const sheet = context.workbook.worksheets.getItem(e.info.name);
    const pieces: XlRangeAreas[] = [];
    // Merges only matter where there are values: a merge's value sits in its top-left cell.
    for (const span of e.read) {
      for (let r = span.offset; r < span.offset + span.rows; r += MERGE_PIECE_ROWS) {
        const rows = Math.min(MERGE_PIECE_ROWS, span.offset + span.rows - r);
        pieces.push(sheet.getRangeByIndexes(e.rowIndex + r, e.columnIndex, rows, e.columnCount).getMergedAreasOrNullObject().load("address"));
      }
    }
    return pieces;
  });
  try {
    await context.sync();
  } catch {
    // Merges only help the engine fill merged category cells; the read stands without them.
    for (const e of extents) e.merges = [];
    return;
  }
  extents.forEach((e, i) => (e.merges = queued[i]!.flatMap((p) => mergesOf(p))));
}

function snapshotOf(layout: WorkbookLayout, extent: Extent): SheetSnapshot {
  const name = extent.info.name;
  const key = generatedKeyOf(layout, name);
  return {
    name,
    firstRow: extent.rowIndex + 1,
    firstColumn: extent.columnIndex + 1,
    values: extent.values,
    numberFormats: extent.formats,
    merges: extent.merges,
    ...(key ? { generatedKey: key } : {}),
  };
}

export async function readWorkbook(context: XlContext, layout: WorkbookLayout, options: ReadOptions): Promise<ReadResult> {
  const sheets = dataSheets(layout);
  const progress = options.onProgress ?? (() => undefined);
  const budget = options.readBudget ?? DEFAULT_READ_BUDGET;
  progress(0, sheets.length);
  let windowRows = windowRowsFor(budget, sheets.length);
  let mergesRide = options.withMerges;
  let first: { extents: Extent[]; store: unknown[][] | null };
  for (;;) {
    try {
      first = await readExtentsAndWindows(context, layout, sheets, windowRows, mergesRide);
      break;
    } catch (error) {
      if (isPayloadLimitError(error) && windowRows > 0) {
        // Texts far longer than estimated: a small sample of each sheet measures them for the blocks.
        windowRows = Math.min(SAMPLE_ROWS, windowRows >> 1);
        continue;
      }
      // A missing sheet is not about merges: let the caller reload the shape.
      if (!mergesRide || isPayloadLimitError(error) || errorCode(error) === "ItemNotFound") throw error;
      // More than 512 merged areas make getMergedAreasOrNullObject fail; read without, then merges in pieces.
      mergesRide = false;
    }
  }
  const { extents, store } = first;
  if (!(await readRemainingRows(context, extents, budget, mergesRide, progress))) mergesRide = false;
  if (options.withMerges && !mergesRide) await readMergesInPieces(context, extents);
  progress(sheets.length, sheets.length);
  return { snapshot: { sheets: extents.map((e) => snapshotOf(layout, e)) }, store };
}
