/**
 * Reads every sheet's used range (values, number formats, value types, merged areas) in as
 * few syncs as the limits allow. First it asks for everything at once, which is one sync for
 * any workbook whose cells fit in a 5 MB response; only when Excel refuses does it measure the
 * sheets and read them in row blocks, halving the block whenever a response is still too big.
 * A sheet used far below its data (a stray entry in row 1,048,576) is probed first, in one
 * sync, so only the rows that hold values are read.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/cells";
import { STORE_SHEET_NAME } from "../core/store";
import type { XlContext, XlRange, XlRangeAreas } from "./excelApi";
import type { SheetInfo, WorkbookLayout } from "./layout";
import { generatedKeyOf } from "./layout";
import { parseAreas } from "./addresses";
import { toCellValue, toNumberFormat } from "./cellValues";
import { DEFAULT_READ_BUDGET, MAX_CELLS_PER_READ, READ_BYTES_PER_CELL, errorCode, isPayloadLimitError } from "./payload";
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

interface Cells {
  values: CellValue[][];
  formats: (string | null)[][];
}

function toCells(range: XlRange): Cells {
  const values = range.values;
  const formats = range.numberFormat;
  const types = range.valueTypes;
  return {
    values: values.map((row, r) => row.map((v, c) => toCellValue(v, types[r]?.[c]))),
    formats: formats.map((row) => row.map(toNumberFormat)),
  };
}

function mergesOf(areas: XlRangeAreas | null): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  return parseAreas(areas.address);
}

function snapshotOf(layout: WorkbookLayout, name: string, firstRow: number, firstColumn: number, cells: Cells, merges: CellRange[]): SheetSnapshot {
  const key = generatedKeyOf(layout, name);
  return { name, firstRow, firstColumn, values: cells.values, numberFormats: cells.formats, merges, ...(key ? { generatedKey: key } : {}) };
}

const DATA_PROPERTIES = "rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,valueTypes";

/** Queues the store sheet's values when it exists; read the result after the sync. */
function queueStore(context: XlContext, layout: WorkbookLayout): (() => unknown[][]) | null {
  if (!layout.sheets.some((s) => s.name === STORE_SHEET_NAME)) return null;
  const used = context.workbook.worksheets.getItem(STORE_SHEET_NAME).getUsedRange(true).load("values");
  return () => used.values;
}

export async function readWorkbook(context: XlContext, layout: WorkbookLayout, options: ReadOptions): Promise<ReadResult> {
  const sheets = dataSheets(layout);
  const progress = options.onProgress ?? (() => undefined);
  progress(0, sheets.length);
  const finish = (result: ReadResult) => {
    progress(sheets.length, sheets.length);
    return result;
  };
  try {
    const result = await readAllAtOnce(context, layout, sheets, options.withMerges);
    if (result) return finish(result);
  } catch (error) {
    if (!isPayloadLimitError(error)) {
      // A missing sheet is not about merges: let the caller reload the shape.
      if (!options.withMerges || errorCode(error) === "ItemNotFound") throw error;
      // More than 512 merged areas make getMergedAreasOrNullObject fail; read without, then merges in pieces.
      try {
        const result = await readAllAtOnce(context, layout, sheets, false);
        if (result) {
          const merges = await readMergesInBlocks(context, sheets, result.snapshot);
          result.snapshot.sheets.forEach((s, i) => (s.merges = merges[i] ?? []));
          return finish(result);
        }
      } catch (retryError) {
        if (!isPayloadLimitError(retryError)) throw retryError;
      }
    }
  }
  return readInBlocks(context, layout, sheets, options, progress);
}

/** Everything in one sync; null when Excel returned no values (more cells than it will send). */
async function readAllAtOnce(context: XlContext, layout: WorkbookLayout, sheets: SheetInfo[], withMerges: boolean): Promise<ReadResult | null> {
  const queued = sheets.map((info) => {
    const used = context.workbook.worksheets.getItem(info.name).getUsedRange(true).load(DATA_PROPERTIES);
    const merged = withMerges ? used.getMergedAreasOrNullObject().load("address") : null;
    return { info, used, merged };
  });
  const store = queueStore(context, layout);
  await context.sync();
  if (queued.some((q) => q.used.values == null)) return null;
  return {
    snapshot: {
      sheets: queued.map(({ info, used, merged }) => snapshotOf(layout, info.name, used.rowIndex + 1, used.columnIndex + 1, toCells(used), mergesOf(merged))),
    },
    store: store ? store() : null,
  };
}

/** Rows of an extent, as offsets from its first row. */
interface RowSpan {
  offset: number;
  rows: number;
}

interface Extent {
  info: SheetInfo;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** The rows that hold values, in order; the rest of the extent is known to be empty. */
  spans: RowSpan[];
}

/** Shared by every row known to be empty, so a sheet used down to row 1,048,576 costs no memory per empty row. */
const EMPTY_ROW: never[] = Object.freeze([]) as unknown as never[];

/** An extent needing more blocks than this is probed for the rows that hold values before it is read. */
const PROBE_ABOVE_BLOCKS = 4;
/** Most probes per sheet (one sync for them all); each covers at least MIN_PROBE_ROWS rows. */
const MAX_PROBES = 256;
const MIN_PROBE_ROWS = 1_024;

function widestRow(values: unknown[][]): number {
  // Not Math.max(...rows): a million rows are more arguments than a call can take.
  let width = 1;
  for (const row of values) if (row.length > width) width = row.length;
  return width;
}

/** Merged areas per sheet, asked for in 500-row pieces; a sheet whose merges still cannot be read gets none. */
async function readMergesInBlocks(context: XlContext, sheets: SheetInfo[], snapshot: WorkbookSnapshot, spans?: RowSpan[][]): Promise<CellRange[][]> {
  const ROWS = 500;
  const queued = sheets.map((info, i) => {
    const s = snapshot.sheets[i]!;
    const width = widestRow(s.values);
    const pieces: XlRangeAreas[] = [];
    const sheet = context.workbook.worksheets.getItem(info.name);
    // Merges only matter where there are values: a merge's value sits in its top-left cell.
    for (const span of spans?.[i] ?? [{ offset: 0, rows: s.values.length }]) {
      for (let r = span.offset; r < span.offset + span.rows; r += ROWS) {
        pieces.push(sheet.getRangeByIndexes(s.firstRow - 1 + r, s.firstColumn - 1, Math.min(ROWS, span.offset + span.rows - r), width).getMergedAreasOrNullObject().load("address"));
      }
    }
    return pieces;
  });
  try {
    await context.sync();
  } catch {
    // Merges only help the engine fill merged category cells; the read stands without them.
    return sheets.map(() => []);
  }
  return queued.map((pieces) => pieces.flatMap((p) => mergesOf(p)));
}

interface Block {
  extent: Extent;
  /** Row offset within the extent. */
  offset: number;
  rows: number;
}

function planBlocks(extents: Extent[], cellsPerBlock: number, from: Map<Extent, number>): Block[] {
  const blocks: Block[] = [];
  for (const extent of extents) {
    const rowsPerBlock = Math.max(1, Math.floor(cellsPerBlock / Math.max(1, extent.columnCount)));
    for (const span of extent.spans) {
      const end = span.offset + span.rows;
      for (let offset = Math.max(span.offset, from.get(extent) ?? 0); offset < end; offset += rowsPerBlock) {
        blocks.push({ extent, offset, rows: Math.min(rowsPerBlock, end - offset) });
      }
    }
  }
  return blocks;
}

/** One sync: which rows of each large extent hold values (Range.getUsedRangeOrNullObject over slices). */
async function probeSpans(context: XlContext, extents: Extent[], cellsPerBlock: number): Promise<void> {
  const probed = extents
    .filter((e) => e.rowCount * e.columnCount > PROBE_ABOVE_BLOCKS * cellsPerBlock)
    .map((extent) => {
      const sheet = context.workbook.worksheets.getItem(extent.info.name);
      const step = Math.max(MIN_PROBE_ROWS, Math.ceil(extent.rowCount / MAX_PROBES));
      const slices: XlRange[] = [];
      for (let offset = 0; offset < extent.rowCount; offset += step) {
        const rows = Math.min(step, extent.rowCount - offset);
        slices.push(sheet.getRangeByIndexes(extent.rowIndex + offset, extent.columnIndex, rows, extent.columnCount).getUsedRangeOrNullObject(true).load("rowIndex,rowCount"));
      }
      return { extent, slices };
    });
  if (probed.length === 0) return;
  await context.sync();
  for (const { extent, slices } of probed) {
    const spans: RowSpan[] = [];
    for (const used of slices) {
      if (used.isNullObject) continue;
      const offset = used.rowIndex - extent.rowIndex;
      const last = spans.at(-1);
      if (last && last.offset + last.rows >= offset) last.rows = Math.max(last.rows, offset + used.rowCount - last.offset);
      else spans.push({ offset, rows: used.rowCount });
    }
    extent.spans = spans;
  }
}

async function readInBlocks(
  context: XlContext,
  layout: WorkbookLayout,
  sheets: SheetInfo[],
  options: ReadOptions,
  progress: (done: number, total: number) => void,
): Promise<ReadResult> {
  // Sync: how big is each sheet (and the store, which is small and read whole).
  const queued = sheets.map((info) => ({ info, used: context.workbook.worksheets.getItem(info.name).getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount") }));
  const store = queueStore(context, layout);
  await context.sync();
  const extents: Extent[] = queued.map(({ info, used }) => ({
    info,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
    spans: [{ offset: 0, rows: used.rowCount }],
  }));

  // Rows are placed where they belong; rows no span covers stay the shared empty row.
  const collected = new Map<Extent, Cells>(
    extents.map((e) => [e, { values: new Array<CellValue[]>(e.rowCount).fill(EMPTY_ROW), formats: new Array<(string | null)[]>(e.rowCount).fill(EMPTY_ROW) }]),
  );
  const done = new Map<Extent, number>();
  let budget = options.readBudget ?? DEFAULT_READ_BUDGET;
  await probeSpans(context, extents, Math.min(MAX_CELLS_PER_READ, Math.floor(budget / READ_BYTES_PER_CELL)));
  let blocks = planBlocks(extents, Math.min(MAX_CELLS_PER_READ, Math.floor(budget / READ_BYTES_PER_CELL)), done);
  let finished = 0;
  progress(0, blocks.length);
  while (blocks.length > 0) {
    // Pack as many blocks into one sync as the budget allows (at least one).
    const batch: Block[] = [];
    let bytes = 0;
    for (const block of blocks) {
      const cost = block.rows * block.extent.columnCount * READ_BYTES_PER_CELL;
      if (batch.length > 0 && bytes + cost > budget) break;
      batch.push(block);
      bytes += cost;
    }
    const ranges = batch.map((b) =>
      context.workbook.worksheets
        .getItem(b.extent.info.name)
        .getRangeByIndexes(b.extent.rowIndex + b.offset, b.extent.columnIndex, b.rows, b.extent.columnCount)
        .load("values,numberFormat,valueTypes"),
    );
    try {
      // One sync per block group is the point here: each is as large as the payload limit allows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (ranges.some((r) => r.values == null)) throw Object.assign(new Error("Excel returned no values for a block."), { code: "ResponsePayloadSizeLimitExceeded" });
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      const smallest = Math.min(...batch.map((b) => b.rows));
      if (batch.length === 1 && smallest === 1) throw new ExcelDoorError("A single row of this workbook is larger than Excel can send in one response, so it cannot be read.");
      budget = Math.max(1, Math.floor(budget / 2));
      blocks = planBlocks(extents, Math.max(1, Math.floor(budget / READ_BYTES_PER_CELL)), done);
      continue;
    }
    batch.forEach((block, i) => {
      const cells = toCells(ranges[i]!);
      const into = collected.get(block.extent)!;
      cells.values.forEach((row, r) => (into.values[block.offset + r] = row));
      cells.formats.forEach((row, r) => (into.formats[block.offset + r] = row));
      done.set(block.extent, block.offset + block.rows);
    });
    finished += batch.length;
    blocks = blocks.slice(batch.length);
    progress(finished, finished + blocks.length);
  }

  const snapshot: WorkbookSnapshot = {
    sheets: extents.map((e) => snapshotOf(layout, e.info.name, e.rowIndex + 1, e.columnIndex + 1, collected.get(e)!, [])),
  };
  if (options.withMerges) {
    const merges = await readMergesInBlocks(
      context,
      sheets,
      snapshot,
      extents.map((e) => e.spans),
    );
    snapshot.sheets.forEach((s, i) => (s.merges = merges[i] ?? []));
  }
  return { snapshot, store: store ? store() : null };
}
