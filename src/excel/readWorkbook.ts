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
 * Columns past Z are never read at the used range's full width: the first read also asks, per
 * sheet, for the boxes of cells with values in the columns A to Z and right of them
 * (Range.getUsedRangeOrNullObject, ExcelApi 1.4), so a stray entry in column XFD costs one cell,
 * not sixteen thousand columns of every row, and the rows of A to Z are read only as wide as they
 * hold values. A large box right of Z is probed again in column bands, then in row bands, each
 * probe riding with the next blocks, and only the boxes found are read.
 * Should Excel still refuse a response (texts far longer than estimated), the window shrinks to
 * a sample that measures them, or the block budget halves, and the read goes on.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/cells";
import { isStoreSheetName } from "../core/store";
import type { XlContext, XlRange, XlRangeAreas } from "./excelApi";
import type { SheetInfo, WorkbookLayout } from "./layout";
import { generatedKeyOf } from "./layout";
import { MAX_COLUMNS, MAX_ROWS, parseAreas } from "./addresses";
import { datesFrom1904 } from "./dateSystem";
import { toCellValue, toNumberFormat } from "./cellValues";
import { DEFAULT_READ_BUDGET, MAX_CELLS_PER_READ, READ_BYTES_PER_CELL, errorCode, gridResponseBytes, isPayloadLimitError, refusedForSize } from "./payload";
import { ExcelDoorError } from "./errors";
import { ANSWER_BYTES_PER_SYNC, HiddenColumns, firstAnswerBytes, queueNarrowing } from "./hiddenColumns";

export interface ReadOptions {
  /** getMergedAreasOrNullObject needs ExcelApi 1.13; without it merges are not reported. */
  withMerges: boolean;
  readBudget?: number;
  onProgress?: (done: number, total: number) => void;
  /** A small read of something else to send with the first sync: its bytes come off the windows' budget. */
  alongside?: Alongside;
  /** Sheets known to be stores under another name (lower case): left out, as the store is. */
  skip?: ReadonlySet<string>;
}

export interface Alongside {
  bytes: number;
  /** Queues the loads; the function returned is called once the sync has succeeded. */
  queue(context: XlContext): () => void;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
}

/** Sheets the engine should see: not the add-in's own store (its name in any case, or `skip`), nor anything else kept very hidden. */
export function dataSheets(layout: WorkbookLayout, skip?: ReadonlySet<string>): SheetInfo[] {
  return layout.sheets.filter((s) => !isStoreSheetName(s.name) && s.visibility !== "VeryHidden" && !skip?.has(s.name.toLowerCase()));
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
/** A box right of the window is probed (first in column bands, then in row bands) while it costs more than a block. */
const BOX_PROBE_ROUNDS = 2;
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

/** A rectangle of the extent right of the window that holds values, as offsets from the extent's top-left. */
interface Box {
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** Rows of the box are read top to bottom: every row before this offset (from the box's top) is read. */
  readTo: number;
  /** How many probes found this box: after BOX_PROBE_ROUNDS it is read as it is. */
  probed: number;
}

/** One sheet's used range while it is read: where it lies, what is known of it, and its cells so far. */
interface Extent {
  info: SheetInfo;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /**
   * Columns of the extent inside the window's columns (A to Z), read row by row; the rest is read as
   * boxes. With values right of Z, only as many as reach the last column of A to Z with a value.
   */
  leftColumns: number;
  /** The boxes right of the window that hold values. */
  boxes: Box[];
  /** The rows that hold values, in order; the rest of the extent is known to be empty. */
  spans: RowSpan[];
  /** Rows are read top to bottom: every row before this offset is read. */
  readTo: number;
  /** The row ranges read, for asking for their merged areas afterwards when these could not ride along. */
  read: RowSpan[];
  /** The same for the boxes right of the window (their rows may repeat rows of `read`). */
  boxRead: RowSpan[];
  /** Estimated response bytes per cell: the default, or more where the rows last read took more. */
  bytesPerCell: number;
  /** The window ended in empty rows though the used range runs on: probe before reading more of it. */
  emptyBelowWindow: boolean;
  values: CellValue[][];
  formats: (string | null)[][];
  merges: CellRange[];
  hidden: HiddenColumns;
}

function mergesOf(areas: XlRangeAreas | null): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  return parseAreas(areas.address);
}

/** Window rows per sheet: the windows together hold no more cells than the budget buys at the default estimate. */
function windowRowsFor(budget: number, sheets: number): number {
  const cells = Math.min(MAX_CELLS_PER_READ, budget / READ_BYTES_PER_CELL);
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(cells / WINDOW_COLUMNS / Math.max(1, sheets))));
}

function cellsPerBlock(extent: Extent, budget: number): number {
  return Math.max(1, Math.min(MAX_CELLS_PER_READ, Math.floor(budget / extent.bytesPerCell)));
}

function newExtent(info: SheetInfo, used: XlRange, hidden: HiddenColumns): Extent {
  return {
    info,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
    leftColumns: Math.max(0, Math.min(used.columnCount, WINDOW_COLUMNS - used.columnIndex)),
    boxes: [],
    spans: [{ offset: 0, rows: used.rowCount }],
    readTo: 0,
    read: [],
    boxRead: [],
    bytesPerCell: READ_BYTES_PER_CELL,
    emptyBelowWindow: false,
    // Rows are placed where they belong; rows nothing covers stay the shared empty row.
    values: new Array<CellValue[]>(used.rowCount).fill(EMPTY_ROW),
    formats: new Array<(string | null)[]>(used.rowCount).fill(EMPTY_ROW),
    merges: [],
    hidden,
  };
}

/**
 * Puts `row` at column offset `left` of the extent's row `at`: a row not yet met becomes `width`
 * cells (or as many as reach its last cell), empty around `row`; a row met before (a box right of
 * the window beside the columns A to Z) keeps its cells and grows as far as needed.
 */
function putRow<T>(rows: (T | null)[][], at: number, row: T[], left: number, width: number): void {
  const existing = rows[at]!;
  if (existing === EMPTY_ROW) {
    if (left === 0 && row.length >= width) {
      rows[at] = row;
      return;
    }
    const out = new Array<T | null>(Math.max(width, left + row.length)).fill(null);
    row.forEach((v, i) => (out[left + i] = v));
    rows[at] = out;
    return;
  }
  while (existing.length < left + row.length) existing.push(null);
  row.forEach((v, i) => (existing[left + i] = v));
}

/**
 * Puts a range's cells into the extent at the given row and column offsets; while rows of the
 * extent remain to be read, learns the bytes per cell these took, to size the next blocks.
 */
function place(extent: Extent, top: number, left: number, range: XlRange, width: number): void {
  const values = range.values;
  const formats = range.numberFormat;
  const types = range.valueTypes;
  let cells = 0;
  values.forEach((row, r) => {
    cells += row.length;
    putRow(
      extent.values,
      top + r,
      row.map((v, c) => toCellValue(v, types[r]?.[c])),
      left,
      width,
    );
  });
  formats.forEach((row, r) => putRow(extent.formats, top + r, row.map(toNumberFormat), left, width));
  if (top + values.length < extent.rowCount && cells >= MIN_MEASURED_CELLS) {
    const bytes = gridResponseBytes(values) + gridResponseBytes(formats) + gridResponseBytes(types);
    // The rows just read, not the longest ever read: blocks grow again where the texts get shorter.
    extent.bytesPerCell = Math.max(READ_BYTES_PER_CELL, bytes / cells);
  }
}

/**
 * Keeps the window's rows of the extent's columns A to Z. Rows of the window with no value in use
 * are empty.
 */
function takeWindow(extent: Extent, windowRows: number, window: XlRange, merged: XlRangeAreas | null): void {
  if (extent.leftColumns === 0) return;
  const covered = Math.min(extent.rowCount, windowRows - extent.rowIndex);
  if (covered <= 0) return;
  if (!window.isNullObject) place(extent, window.rowIndex - extent.rowIndex, window.columnIndex - extent.columnIndex, window, extent.leftColumns);
  const lastValue = window.isNullObject ? 0 : window.rowIndex + window.rowCount;
  // A stray entry far below the table: the rows under the window are most likely empty too.
  extent.emptyBelowWindow = covered < extent.rowCount && windowRows - lastValue >= EMPTY_TAIL_ROWS;
  const firstRow = extent.rowIndex + 1;
  const firstColumn = extent.columnIndex + 1;
  // As a read of the used range reports them: the merged areas whose top-left cell lies in it.
  for (const m of mergesOf(merged)) {
    if (m.top >= firstRow && m.top < firstRow + covered && m.left >= firstColumn && m.left < firstColumn + extent.leftColumns) extent.merges.push(m);
  }
  extent.readTo = covered;
  extent.read.push({ offset: 0, rows: covered });
}

/** The first read: every sheet's extent and the cells of its window (none when windowRows is 0). */
async function readExtentsAndWindows(
  context: XlContext,
  sheets: SheetInfo[],
  windowRows: number,
  withMerges: boolean,
  alongside: Alongside | undefined,
): Promise<Extent[]> {
  const queued = sheets.map((info) => {
    const sheet = context.workbook.worksheets.getItem(info.name);
    const used = sheet.getUsedRange(true).load(EXTENT_PROPERTIES);
    const area = windowRows > 0 ? sheet.getRangeByIndexes(0, 0, windowRows, WINDOW_COLUMNS) : null;
    const window = area ? area.getUsedRangeOrNullObject(true).load(`${EXTENT_PROPERTIES},${CELL_PROPERTIES}`) : null;
    const merged = area && withMerges ? area.getMergedAreasOrNullObject().load("address") : null;
    // The boxes of values in the columns A to Z and right of them: a sheet whose used range runs
    // far right is read only where it holds values.
    const left = sheet.getRangeByIndexes(0, 0, MAX_ROWS, WINDOW_COLUMNS).getUsedRangeOrNullObject(true).load(EXTENT_PROPERTIES);
    const right = sheet.getRangeByIndexes(0, WINDOW_COLUMNS, MAX_ROWS, MAX_COLUMNS - WINDOW_COLUMNS).getUsedRangeOrNullObject(true).load(EXTENT_PROPERTIES);
    // Which columns are hidden, so that of two columns headed alike the visible one is read.
    const hidden = new HiddenColumns();
    const collectHidden = hidden.queueFirst(sheet, HiddenColumns.eachColumns(sheets.length));
    return { info, used, window, merged, left, right, hidden, collectHidden };
  });
  const collect = alongside?.queue(context);
  await context.sync();
  if (queued.some((q) => q.window && !q.window.isNullObject && q.window.values == null)) throw refusedForSize();
  collect?.();
  return queued.map(({ info, used, window, merged, left, right, hidden, collectHidden }) => {
    collectHidden();
    hidden.endAt(used.columnIndex + used.columnCount);
    const extent = newExtent(info, used, hidden);
    const box = boxIn(extent, right);
    if (box) {
      extent.boxes.push({ ...box, probed: 1 });
      // The columns A to Z are read only as wide and as far down as they hold values.
      const inWindow = boxIn(extent, left);
      extent.leftColumns = inWindow ? inWindow.left + inWindow.columns : 0;
      extent.spans = inWindow ? [{ offset: inWindow.top, rows: inWindow.rows }] : [];
    }
    if (window) takeWindow(extent, windowRows, window, merged);
    return extent;
  });
}

/** The part of the extent a probe found holding values, as offsets; null when it found none. */
function boxIn(extent: Extent, used: XlRange): Omit<Box, "probed"> | null {
  if (used.isNullObject) return null;
  return { top: used.rowIndex - extent.rowIndex, left: used.columnIndex - extent.columnIndex, rows: used.rowCount, columns: used.columnCount, readTo: 0 };
}

interface Block {
  extent: Extent;
  /** The box right of the window the block belongs to; null for the columns A to Z. */
  box: Box | null;
  /** Row offset within the extent. */
  offset: number;
  rows: number;
  /** Column offset within the extent, and columns. */
  left: number;
  columns: number;
}

/** The blocks still to read, each as many rows as the budget buys at its sheet's bytes per cell. */
function planBlocks(extents: Extent[], budget: number): Block[] {
  const blocks: Block[] = [];
  for (const extent of extents) {
    if (extent.leftColumns > 0) {
      const rowsPerBlock = Math.max(1, Math.floor(cellsPerBlock(extent, budget) / extent.leftColumns));
      for (const span of extent.spans) {
        const end = span.offset + span.rows;
        for (let offset = Math.max(span.offset, extent.readTo); offset < end; offset += rowsPerBlock) {
          blocks.push({ extent, box: null, offset, rows: Math.min(rowsPerBlock, end - offset), left: 0, columns: extent.leftColumns });
        }
      }
    }
    for (const box of extent.boxes) {
      const rowsPerBlock = Math.max(1, Math.floor(cellsPerBlock(extent, budget) / box.columns));
      for (let at = box.readTo; at < box.rows; at += rowsPerBlock) {
        blocks.push({ extent, box, offset: box.top + at, rows: Math.min(rowsPerBlock, box.rows - at), left: box.left, columns: box.columns });
      }
    }
  }
  return blocks;
}

/** A box to probe again before reading it: it costs more than one block, and the probes have not run out. */
function needsProbe(extent: Extent, box: Box, budget: number): boolean {
  return box.probed < 1 + BOX_PROBE_ROUNDS && box.rows * box.columns > cellsPerBlock(extent, budget) && box.rows * box.columns > 1;
}

/**
 * Queues probes of a box in bands: of its columns on the first round (a stray column far right of
 * a real block), of its rows after (two strays in one column far apart). After the sync, replaces
 * the box by the boxes of the bands that hold values, neighbours of the same rows joined.
 */
function queueBoxProbe(context: XlContext, extent: Extent, box: Box): () => void {
  const sheet = context.workbook.worksheets.getItem(extent.info.name);
  const byColumns = box.probed === 1 && box.columns > 1;
  const length = byColumns ? box.columns : box.rows;
  const step = Math.ceil(length / MAX_PROBES);
  const bands: XlRange[] = [];
  for (let at = 0; at < length; at += step) {
    const size = Math.min(step, length - at);
    const row = extent.rowIndex + box.top + (byColumns ? 0 : at);
    const column = extent.columnIndex + box.left + (byColumns ? at : 0);
    bands.push(sheet.getRangeByIndexes(row, column, byColumns ? box.rows : size, byColumns ? size : box.columns).getUsedRangeOrNullObject(true).load(EXTENT_PROPERTIES));
  }
  return () => {
    const found: Box[] = [];
    for (const band of bands) {
      const part = boxIn(extent, band);
      if (!part) continue;
      const last = found.at(-1);
      if (last && last.top === part.top && last.rows === part.rows && last.left + last.columns === part.left) last.columns += part.columns;
      else if (last && last.left === part.left && last.columns === part.columns && last.top + last.rows === part.top) last.rows += part.rows;
      else found.push({ ...part, probed: box.probed + 1 });
    }
    extent.boxes.splice(extent.boxes.indexOf(box), 1, ...found);
  };
}

/** As many blocks, in order, as fit the budget together (at least one). */
function nextBatch(blocks: Block[], budget: number): Block[] {
  const batch: Block[] = [];
  let bytes = 0;
  for (const block of blocks) {
    const cost = block.rows * block.columns * block.extent.bytesPerCell;
    if (batch.length > 0 && bytes + cost > budget) break;
    batch.push(block);
    bytes += cost;
  }
  return batch;
}

function blockRange(context: XlContext, block: Block): XlRange {
  const e = block.extent;
  return context.workbook.worksheets.getItem(e.info.name).getRangeByIndexes(e.rowIndex + block.offset, e.columnIndex + block.left, block.rows, block.columns);
}

/** Where the rows of the columns A to Z that may hold values end, as an offset. */
function rowsEnd(extent: Extent): number {
  const last = extent.spans.at(-1);
  return last ? last.offset + last.rows : 0;
}

/** Queues slices of the rows not yet read (Range.getUsedRangeOrNullObject); after the sync, sets the extent's spans from them. */
function queueProbe(context: XlContext, extent: Extent): () => void {
  const sheet = context.workbook.worksheets.getItem(extent.info.name);
  const from = extent.readTo;
  const end = rowsEnd(extent);
  const step = Math.max(MIN_PROBE_ROWS, Math.ceil((end - from) / MAX_PROBES));
  const slices: XlRange[] = [];
  for (let offset = from; offset < end; offset += step) {
    const rows = Math.min(step, end - offset);
    slices.push(sheet.getRangeByIndexes(extent.rowIndex + offset, extent.columnIndex, rows, extent.leftColumns).getUsedRangeOrNullObject(true).load("rowIndex,rowCount"));
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
  let probing = extents.filter((e) => (rowsEnd(e) - e.readTo) * e.leftColumns > PROBE_ABOVE_BLOCKS * cellsPerBlock(e, budget));
  const total = extents.reduce((n, e) => n + e.rowCount, 0);
  let blocks = planBlocks(extents, budget);
  while (blocks.length > 0) {
    // The probe rides with the first blocks (the rows right below the window), except where the
    // window ended in empty rows: there they would most likely be empty too, so only the probe goes.
    // A box still to probe is not read until the probe has narrowed it.
    const boxesToProbe = extents.flatMap((e) => e.boxes.filter((box) => needsProbe(e, box, budget)).map((box) => ({ e, box })));
    // Mixes of hidden and visible columns are narrowed riding along; their answers come off the budget.
    const narrowing = extents.some((e) => e.hidden.pending);
    const batch = nextBatch(
      blocks.filter((b) => (b.box ? !boxesToProbe.some((p) => p.box === b.box) : !(b.extent.emptyBelowWindow && probing.includes(b.extent)))),
      Math.max(1, budget - (narrowing ? ANSWER_BYTES_PER_SYNC : 0)),
    );
    const ranges = batch.map((b) => blockRange(context, b).load(CELL_PROPERTIES));
    const merged = batch.map((b) => (mergesRide ? blockRange(context, b).getMergedAreasOrNullObject().load("address") : null));
    const probes = [...probing.map((e) => queueProbe(context, e)), ...boxesToProbe.map(({ e, box }) => queueBoxProbe(context, e, box)), queueHiddenNarrowing(context, extents)];
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
    // A refusal halved the budget until a block fit; that block measured the texts, which now size the next.
    budget = readBudget;
    batch.forEach((block, i) => {
      const extent = block.extent;
      place(extent, block.offset, block.left, ranges[i]!, block.box ? 0 : extent.leftColumns);
      const merges = mergesOf(merged[i] ?? null);
      if (block.box) {
        // Only the merges that start in the box: one starting in the columns A to Z came with those.
        const left = extent.columnIndex + block.left + 1;
        extent.merges.push(...merges.filter((m) => m.left >= left && m.left < left + block.columns));
        block.box.readTo = block.offset + block.rows - block.box.top;
        extent.boxRead.push({ offset: block.offset, rows: block.rows });
      } else {
        extent.merges.push(...merges);
        extent.readTo = block.offset + block.rows;
        extent.read.push({ offset: block.offset, rows: block.rows });
      }
    });
    progress(
      extents.reduce((n, e) => n + e.readTo, 0),
      total,
    );
    blocks = planBlocks(extents, budget);
  }
  return mergesRide === withMerges;
}

/** Queues the narrowing of every sheet's mixes of hidden and visible columns; the function returned takes in the answers. */
function queueHiddenNarrowing(context: XlContext, extents: Extent[]): () => void {
  return queueNarrowing(extents.map((e) => ({ hidden: e.hidden, sheet: () => context.workbook.worksheets.getItem(e.info.name) })));
}

/**
 * Narrows what the reads left of the mixes of hidden and visible columns. Only a mix the syncs of
 * the reads could not narrow comes here: more columns mixed than the questions of those syncs.
 */
async function narrowHiddenColumns(context: XlContext, extents: Extent[]): Promise<void> {
  while (extents.some((e) => e.hidden.pending)) {
    const collect = queueHiddenNarrowing(context, extents);
    // Each round narrows every mix to pieces a fraction as wide: a few rounds at most.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    collect();
  }
}

/** Merged areas of the rows read, asked for in 500-row pieces; a sheet whose merges still cannot be read gets none. */
async function readMergesInPieces(context: XlContext, extents: Extent[]): Promise<void> {
  const queued = extents.map((e) => {
    const sheet = context.workbook.worksheets.getItem(e.info.name);
    const piecesOf = (spans: RowSpan[]) => {
      const pieces: XlRangeAreas[] = [];
      // Merges only matter where there are values: a merge's value sits in its top-left cell.
      for (const span of spans) {
        for (let r = span.offset; r < span.offset + span.rows; r += MERGE_PIECE_ROWS) {
          const rows = Math.min(MERGE_PIECE_ROWS, span.offset + span.rows - r);
          pieces.push(sheet.getRangeByIndexes(e.rowIndex + r, e.columnIndex, rows, e.columnCount).getMergedAreasOrNullObject().load("address"));
        }
      }
      return pieces;
    };
    return { rows: piecesOf(e.read), boxRows: piecesOf(e.boxRead) };
  });
  try {
    await context.sync();
  } catch {
    // Merges only help the engine fill merged category cells; the read stands without them.
    for (const e of extents) e.merges = [];
    return;
  }
  extents.forEach((e, i) => {
    const { rows, boxRows } = queued[i]!;
    e.merges = rows.flatMap((p) => mergesOf(p));
    // Rows of the boxes right of the window may be rows read already: keep each merge once.
    const seen = new Set(e.merges.map(mergeKey));
    for (const m of boxRows.flatMap((p) => mergesOf(p))) {
      if (seen.has(mergeKey(m))) continue;
      seen.add(mergeKey(m));
      e.merges.push(m);
    }
  });
}

function mergeKey(m: CellRange): string {
  return `${m.top},${m.left},${m.bottom},${m.right}`;
}

function snapshotOf(layout: WorkbookLayout, extent: Extent): SheetSnapshot {
  const name = extent.info.name;
  if (layout.date1904) datesFrom1904(extent.values, extent.formats);
  const key = generatedKeyOf(layout, name);
  const hiddenColumns = extent.hidden.runs();
  return {
    name,
    firstRow: extent.rowIndex + 1,
    firstColumn: extent.columnIndex + 1,
    values: extent.values,
    numberFormats: extent.formats,
    merges: extent.merges,
    ...(extent.info.visibility !== "Visible" ? { hidden: true } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    ...(key ? { generatedKey: key } : {}),
  };
}

export async function readWorkbook(context: XlContext, layout: WorkbookLayout, options: ReadOptions): Promise<ReadResult> {
  const sheets = dataSheets(layout, options.skip);
  const progress = options.onProgress ?? (() => undefined);
  const budget = options.readBudget ?? DEFAULT_READ_BUDGET;
  progress(0, sheets.length);
  let windowRows = windowRowsFor(Math.max(1, budget - (options.alongside?.bytes ?? 0) - firstAnswerBytes(sheets.length)), sheets.length);
  let mergesRide = options.withMerges;
  let extents: Extent[];
  for (;;) {
    try {
      extents = await readExtentsAndWindows(context, sheets, windowRows, mergesRide, options.alongside);
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
  if (!(await readRemainingRows(context, extents, budget, mergesRide, progress))) mergesRide = false;
  if (options.withMerges && !mergesRide) await readMergesInPieces(context, extents);
  await narrowHiddenColumns(context, extents);
  progress(sheets.length, sheets.length);
  return { snapshot: { sheets: extents.map((e) => snapshotOf(layout, e)), ...(layout.date1904 ? { date1904: true } : {}) } };
}
