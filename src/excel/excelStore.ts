/**
 * RAG Tracker's own data on the very hidden store sheet (layout in core/store.ts: row 1 a header,
 * then one record per row, A = kind, B = id, C… = the JSON in chunks). Every cell is text, so JSON
 * beginning with "[" or "-" or a number never changes type.
 *
 * A row is a record only while its column A holds a kind (core/store.ts skips the others, and so
 * does every door), which makes a save safe in any number of syncs: the new records are written
 * with column A blank into rows no record uses, then one write of column A gives the new rows
 * their kinds and blanks the old ones, and only then are the old rows cleared. A save that fails
 * before that one write leaves every record as it was; one that fails after it has saved.
 *
 * Reads are sized as the data sheets' are (readWorkbook.ts): the store can hold far more than the
 * 5 MB one response of Excel on the web can carry, so it is read in blocks sized from each row's
 * width, a cell counted as a full chunk.
 */
import { STORE_CHUNK, STORE_SHEET_NAME } from "../core/store";
import type { XlContext, XlRange, XlWorksheet } from "./excelApi";
import type { WorkbookLayout } from "./layout";
import { findSheet } from "./layout";
import { MAX_ROWS } from "./addresses";
import { TEXT_FORMAT } from "./cellValues";
import { CALL_OVERHEAD_BYTES, DEFAULT_READ_BUDGET, isPayloadLimitError, jsonBytes } from "./payload";
import { ExcelDoorError } from "./errors";
import type { WriteStep } from "./writeSteps";
import { callStep, runSteps } from "./writeSteps";

export function hasStore(layout: WorkbookLayout): boolean {
  return layout.sheets.some((s) => s.name === STORE_SHEET_NAME);
}

function storeSheet(context: XlContext): XlWorksheet {
  return context.workbook.worksheets.getItem(STORE_SHEET_NAME);
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/** Response bytes of a full chunk: its characters, and the escapes of the JSON it holds (about 1.12 times). */
export const CHUNK_CELL_BYTES = Math.ceil(STORE_CHUNK * 1.125);
/** The kind and id cells are short. */
const SHORT_CELL_BYTES = 400;
/** Columns of the first read: kind, id and two chunks, as many rows as the budget buys at full chunks. */
const WINDOW_COLUMNS = 4;
/** Row-width probes per sync; each is one small call. */
const PROBES_PER_SYNC = 4_096;
const MAX_REFUSALS = 12;

/** Estimated response bytes of columns [from, to) of one row. */
function rowBytes(from: number, to: number): number {
  let bytes = 0;
  for (let c = from; c < to; c++) bytes += c < 2 ? SHORT_CELL_BYTES : CHUNK_CELL_BYTES;
  return bytes;
}

/** A rectangle of the store to read, 0-based. */
interface Piece {
  row: number;
  rows: number;
  column: number;
  columns: number;
  bytes: number;
}

/** Groups rows (each with the columns still to read) into pieces of at most `budget` estimated bytes. */
function planPieces(need: { row: number; from: number; to: number }[], budget: number): Piece[] {
  const pieces: Piece[] = [];
  let open: Piece | null = null;
  for (const { row, from, to } of need) {
    const bytes = rowBytes(from, to);
    if (bytes > budget) {
      // A row wider than the budget on its own: bands of its columns.
      open = null;
      let column = from;
      while (column < to) {
        let end = column + 1;
        while (end < to && rowBytes(column, end + 1) <= budget) end++;
        pieces.push({ row, rows: 1, column, columns: end - column, bytes: rowBytes(column, end) });
        column = end;
      }
      continue;
    }
    if (open && open.row + open.rows === row && open.column === from && open.bytes + bytes <= budget) {
      open.rows++;
      open.columns = Math.max(open.columns, to - from);
      open.bytes += bytes;
    } else {
      open = { row, rows: 1, column: from, columns: to - from, bytes };
      pieces.push(open);
    }
  }
  return pieces;
}

/** The glance at the store that rides along with the data's first read: the header and the settings, when that is all it holds. */
const GLANCE_ROWS = 4;
const GLANCE_COLUMNS = 3;
export const GLANCE_BYTES = GLANCE_ROWS * rowBytes(0, GLANCE_COLUMNS);

/** Queues the glance; after the sync, the function returned gives the whole store, or null when it holds more than the glance saw. */
export function queueStoreGlance(context: XlContext): () => unknown[][] | null {
  const used = storeSheet(context).getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const glance = storeSheet(context).getRangeByIndexes(0, 0, GLANCE_ROWS, GLANCE_COLUMNS).load("values");
  return () => (used.rowIndex + used.rowCount <= GLANCE_ROWS && used.columnIndex + used.columnCount <= GLANCE_COLUMNS ? glance.values.map(filled) : null);
}

/** The store's rows from row 1 (the header) down, each as wide as it holds values; [] when there is no store. */
export async function readStoreRows(context: XlContext, layout: WorkbookLayout, options: { budget?: number } = {}): Promise<unknown[][]> {
  if (!hasStore(layout)) return [];
  let budget = options.budget ?? DEFAULT_READ_BUDGET;
  let refusals = 0;
  const refused = (error: unknown): boolean => {
    if (!isPayloadLimitError(error) || refusals >= MAX_REFUSALS) return false;
    refusals++;
    budget = Math.max(1, Math.floor(budget / 2));
    return true;
  };

  // First: the extent, and the top-left of the store, which is all of an ordinary one.
  let extent: { rows: number; columns: number };
  let window: XlRange;
  let windowRows: number;
  for (;;) {
    windowRows = Math.max(1, Math.floor(budget / rowBytes(0, WINDOW_COLUMNS)));
    const used = storeSheet(context).getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
    window = storeSheet(context).getRangeByIndexes(0, 0, windowRows, WINDOW_COLUMNS).getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- again only after a refusal for size, smaller
      await context.sync();
      if (!window.isNullObject && window.values == null) throw Object.assign(new Error("Excel returned no values."), { code: "ResponsePayloadSizeLimitExceeded" });
      extent = { rows: used.rowIndex + used.rowCount, columns: used.columnIndex + used.columnCount };
      break;
    } catch (error) {
      if (!refused(error)) throw error;
    }
  }
  const rows: unknown[][] = Array.from({ length: extent.rows }, () => []);
  const put = (row: number, column: number, values: unknown[][]) =>
    values.forEach((line, r) => {
      const target = rows[row + r]!;
      line.forEach((v, c) => (target[column + c] = v));
    });
  if (!window.isNullObject) put(window.rowIndex, window.columnIndex, window.values);
  if (extent.rows <= windowRows && extent.columns <= WINDOW_COLUMNS) return rows.map(filled);

  // Then the width of every row not read whole: a row whose column A is blank is no record and is not read.
  const need: { row: number; from: number; to: number }[] = [];
  const toProbe: number[] = [];
  for (let r = 0; r < extent.rows; r++) {
    // A row of the window runs on past it only if it reaches the window's last column (chunks are never left blank).
    const reachesEdge = (rows[r]![WINDOW_COLUMNS - 1] ?? "") !== "";
    if (r >= windowRows || (extent.columns > WINDOW_COLUMNS && reachesEdge)) toProbe.push(r);
  }
  for (let at = 0; at < toProbe.length; at += PROBES_PER_SYNC) {
    const probes = toProbe.slice(at, at + PROBES_PER_SYNC).map((r) => ({ r, used: storeSheet(context).getRangeByIndexes(r, 0, 1, extent.columns).getUsedRangeOrNullObject(true).load("columnIndex,columnCount") }));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- thousands of probes per sync, for a store of thousands of rows
    await context.sync();
    for (const { r, used } of probes) {
      if (used.isNullObject || used.columnIndex > 0) continue;
      const width = used.columnCount;
      const from = r < windowRows ? WINDOW_COLUMNS : 0;
      if (width > from) need.push({ row: r, from, to: width });
    }
  }

  // Then the rest, in as few syncs as the budget allows.
  let pending = planPieces(need, budget);
  while (pending.length > 0) {
    const batch: Piece[] = [];
    let bytes = 0;
    for (const piece of pending) {
      if (batch.length > 0 && bytes + piece.bytes > budget) break;
      batch.push(piece);
      bytes += piece.bytes;
    }
    const ranges = batch.map((p) => storeSheet(context).getRangeByIndexes(p.row, p.column, p.rows, p.columns).load("values"));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each sync is as large as the payload limit allows
      await context.sync();
      if (ranges.some((r) => r.values == null)) throw Object.assign(new Error("Excel returned no values."), { code: "ResponsePayloadSizeLimitExceeded" });
    } catch (error) {
      if (batch.length === 1 && batch[0]!.rows === 1 && batch[0]!.columns === 1 && isPayloadLimitError(error)) {
        throw new ExcelDoorError("A cell of RAG Tracker's stored data is larger than Excel can send in one response, so the stored reports cannot be read.");
      }
      if (!refused(error)) throw error;
      const left = pending.flatMap((p) => Array.from({ length: p.rows }, (_, i) => ({ row: p.row + i, from: p.column, to: p.column + p.columns })));
      pending = planPieces(left, budget);
      continue;
    }
    batch.forEach((p, i) => put(p.row, p.column, ranges[i]!.values));
    pending = pending.slice(batch.length);
  }
  return rows.map(filled);
}

/** A row with its holes (cells not read because they lie past the row's values) as "". */
function filled(row: unknown[]): unknown[] {
  return Array.from(row, (v) => v ?? "");
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/** The store's rows from `top` (0-based) at columns `left`…, every cell text; split by rows, then by columns. */
function gridStep(top: number, left: number, values: string[][]): WriteStep {
  const formats = values.map((r) => r.map(() => TEXT_FORMAT));
  const width = values[0]?.length ?? 0;
  return {
    bytes: jsonBytes(values) + jsonBytes(formats) + CALL_OVERHEAD_BYTES * 2,
    queue: (context) => {
      const range = storeSheet(context).getRangeByIndexes(top, left, values.length, width);
      range.numberFormat = formats;
      range.values = values;
    },
    split:
      values.length > 1
        ? () => [gridStep(top, left, values.slice(0, values.length >> 1)), gridStep(top + (values.length >> 1), left, values.slice(values.length >> 1))]
        : width > 1
          ? () => [gridStep(top, left, values.map((r) => r.slice(0, width >> 1))), gridStep(top, left + (width >> 1), values.map((r) => r.slice(width >> 1)))]
          : undefined,
  };
}

/** Rows top..bottom (1-based) emptied of values and formats. */
function clearRows(context: XlContext, top: number, bottom: number): void {
  if (top <= bottom) storeSheet(context).getRange(`${top}:${bottom}`).clear("All");
}

export interface StoreWriteOptions {
  pauseEvents: boolean;
  budget?: number;
}

/**
 * Replaces the store's records, creating the sheet (very hidden) when the workbook has none. The
 * caller has checked that a missing sheet can be added. A store left merely hidden by another
 * application is made very hidden again only where the workbook's structure allows it.
 */
export async function writeStoreRows(context: XlContext, layout: WorkbookLayout, rows: string[][], options: StoreWriteOptions): Promise<void> {
  const [header = [], ...records] = rows;
  const info = findSheet(layout, STORE_SHEET_NAME);

  // Which rows hold records now (column A in use below the header), and whether the header is as it should be.
  let live: { top: number; bottom: number } | null = null;
  let headerOk = false;
  if (info) {
    const columnA = storeSheet(context).getRangeByIndexes(1, 0, MAX_ROWS - 1, 1).getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
    const top = storeSheet(context).getRangeByIndexes(0, 0, 1, Math.max(1, header.length)).load("values");
    await context.sync();
    if (!columnA.isNullObject) live = { top: columnA.rowIndex + 1, bottom: columnA.rowIndex + columnA.rowCount };
    headerOk = JSON.stringify(top.values[0]) === JSON.stringify(header);
  }

  // Where the new records go: above the old ones when they fit there, else right below them. The
  // rows above grow each time they are passed over, so the records keep to about twice their rows.
  const count = records.length;
  const first = !live || count <= live.top - 2 ? 2 : live.bottom + 1;
  const last = first + count - 1;
  if (last > MAX_ROWS) throw new ExcelDoorError("RAG Tracker's stored data has grown past the last row of its sheet, so nothing was saved; delete some recorded reports and try again.");

  const steps: WriteStep[] = [
    callStep(CALL_OVERHEAD_BYTES * 4 + jsonBytes(header) * 2, (ctx) => {
      if (!info) ctx.workbook.worksheets.add(STORE_SHEET_NAME).visibility = "VeryHidden";
      // Another application may have saved it merely hidden (LibreOffice Calc has no very hidden);
      // set only when needed, as setting it clears Excel's undo history on Windows and Mac.
      else if (info.visibility !== "VeryHidden" && !layout.structureLocked) storeSheet(ctx).visibility = "VeryHidden";
      if (!headerOk && header.length > 0) {
        const range = storeSheet(ctx).getRangeByIndexes(0, 0, 1, header.length);
        range.numberFormat = [header.map(() => TEXT_FORMAT)];
        range.values = [header];
      }
      // Whatever lies outside the records (what an interrupted save left) goes, so the new rows start empty.
      if (info) {
        if (live) {
          clearRows(ctx, 2, live.top - 1);
          clearRows(ctx, live.bottom + 1, MAX_ROWS);
        } else clearRows(ctx, 2, MAX_ROWS);
      }
    }),
  ];
  // The new records without their kinds: until column A says so, they are not records.
  const width = Math.max(3, ...records.map((r) => r.length));
  if (count > 0) steps.push(gridStep(first - 1, 1, records.map((r) => Array.from({ length: width - 1 }, (_, i) => r[i + 1] ?? ""))));
  // The switch: one write of column A gives the new rows their kinds and takes them from the old.
  const from = Math.min(first, live?.top ?? first);
  const to = Math.max(last, live?.bottom ?? last);
  if (to >= from) {
    const kinds: (string | null)[][] = [];
    for (let row = from; row <= to; row++) {
      if (row >= first && row <= last) kinds.push([records[row - first]![0] ?? ""]);
      else kinds.push([live && row >= live.top && row <= live.bottom ? "" : null]);
    }
    steps.push(
      callStep(CALL_OVERHEAD_BYTES + jsonBytes(kinds), (ctx) => {
        storeSheet(ctx).getRangeByIndexes(from - 1, 0, kinds.length, 1).values = kinds;
      }),
    );
  }
  if (live) {
    const old = live;
    steps.push(callStep(CALL_OVERHEAD_BYTES, (ctx) => clearRows(ctx, old.top, old.bottom)));
  }

  try {
    await runSteps(context, steps, { budget: options.budget, pauseEvents: options.pauseEvents, pauseCalculation: false });
  } catch (error) {
    // A batch is not undone when a later call in it fails: if the switch was made, the save stands
    // (only the old rows' clearing failed, and the next save clears them).
    if (count > 0 && (await switched(context, first, records))) return;
    throw error;
  }
}

/** Whether column A of the new rows holds their kinds: the switch was made. */
async function switched(context: XlContext, first: number, records: string[][]): Promise<boolean> {
  try {
    const kinds = storeSheet(context).getRangeByIndexes(first - 1, 0, records.length, 1).load("values");
    await context.sync();
    return kinds.values.every((row, i) => row[0] === records[i]![0]);
  } catch {
    // The check could not be made: report the save's own failure.
    return false;
  }
}
