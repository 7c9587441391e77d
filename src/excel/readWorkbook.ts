/**
 * Reads every sheet's used range (values, number formats, value types, merged areas) in as
 * few syncs as the limits allow. First it asks for everything at once, which is one sync for
 * any workbook whose cells fit in a 5 MB response; only when Excel refuses does it measure the
 * sheets and read them in row blocks, halving the block whenever a response is still too big.
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

interface Extent {
  info: SheetInfo;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Merged areas per sheet, asked for in 500-row pieces; a sheet whose merges still cannot be read gets none. */
async function readMergesInBlocks(context: XlContext, sheets: SheetInfo[], snapshot: WorkbookSnapshot): Promise<CellRange[][]> {
  const ROWS = 500;
  const queued = sheets.map((info, i) => {
    const s = snapshot.sheets[i]!;
    const width = Math.max(1, ...s.values.map((r) => r.length));
    const pieces: XlRangeAreas[] = [];
    const sheet = context.workbook.worksheets.getItem(info.name);
    for (let r = 0; r < s.values.length; r += ROWS) {
      pieces.push(sheet.getRangeByIndexes(s.firstRow - 1 + r, s.firstColumn - 1, Math.min(ROWS, s.values.length - r), width).getMergedAreasOrNullObject().load("address"));
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
    for (let offset = from.get(extent) ?? 0; offset < extent.rowCount; offset += rowsPerBlock) {
      blocks.push({ extent, offset, rows: Math.min(rowsPerBlock, extent.rowCount - offset) });
    }
  }
  return blocks;
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
  const extents: Extent[] = queued.map(({ info, used }) => ({ info, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount }));

  const collected = new Map<Extent, Cells>(extents.map((e) => [e, { values: [], formats: [] }]));
  const done = new Map<Extent, number>();
  let budget = options.readBudget ?? DEFAULT_READ_BUDGET;
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
      into.values.push(...cells.values);
      into.formats.push(...cells.formats);
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
    const merges = await readMergesInBlocks(context, sheets, snapshot);
    snapshot.sheets.forEach((s, i) => (s.merges = merges[i] ?? []));
  }
  return { snapshot, store: store ? store() : null };
}
