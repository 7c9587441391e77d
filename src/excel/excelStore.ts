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
 *
 * A store is the sheet of the store's name (Excel's names ignore case) and any other whose row 1
 * is the store's header: after a save by LibreOffice the store is merely hidden, so a user can
 * unhide it and rename or copy it. Row 1 of every other sheet is looked at in the store's own
 * first read; the records of them all are read, and a save writes them to one store and empties
 * the others to their header row.
 */
import { STORE_CHUNK, STORE_HEADER, STORE_SHEET_NAME, isStoreHeader, isStoreSheetName } from "../core/store";
import type { XlContext, XlRange, XlWorksheet } from "./excelApi";
import type { SheetInfo, WorkbookLayout } from "./layout";
import { findSheet } from "./layout";
import { MAX_ROWS } from "./addresses";
import { TEXT_FORMAT } from "./cellValues";
import { CALL_OVERHEAD_BYTES, DEFAULT_READ_BUDGET, isPayloadLimitError, jsonBytes } from "./payload";
import { ExcelDoorError } from "./errors";
import type { WriteStep } from "./writeSteps";
import { NOTHING_SAVED, protectedStructureMessage } from "../door/protectedSheets";
import { callStep, runSteps } from "./writeSteps";

/** The sheet of the store's name, in any letter case. */
export function namedStore(layout: WorkbookLayout): SheetInfo | undefined {
  return findSheet(layout, STORE_SHEET_NAME);
}

function storeSheet(context: XlContext, name: string): XlWorksheet {
  return context.workbook.worksheets.getItem(name);
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

/** Queues the glance at the store `name`; after the sync, the function returned gives the whole store, or null when it holds more than the glance saw. */
export function queueStoreGlance(context: XlContext, name: string): () => unknown[][] | null {
  const used = storeSheet(context, name).getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const glance = storeSheet(context, name).getRangeByIndexes(0, 0, GLANCE_ROWS, GLANCE_COLUMNS).load("values");
  return () => (used.rowIndex + used.rowCount <= GLANCE_ROWS && used.columnIndex + used.columnCount <= GLANCE_COLUMNS ? glance.values.map(filled) : null);
}

/** Response bytes of a look at one sheet's row 1 at the worst: a user's cell there may hold as much as a chunk. */
export const PROBE_BYTES = STORE_HEADER.length * CHUNK_CELL_BYTES;
/** What such a look usually takes (short texts, or none): the size it is given when it rides with another read. */
export const PROBE_LIKELY_BYTES = STORE_HEADER.length * SHORT_CELL_BYTES;

/** Queues a look at row 1 of each sheet; after the sync, the function returned gives those (in the order given) whose row 1 is the store's header. */
export function queueStoreProbe(context: XlContext, names: readonly string[]): () => string[] {
  const probes = names.map((name) => ({ name, range: storeSheet(context, name).getRangeByIndexes(0, 0, 1, STORE_HEADER.length).load("values") }));
  return () => probes.filter((p) => isStoreHeader(p.range.values[0])).map((p) => p.name);
}

/** Every sheet but the one of the store's name: any may be a store renamed or copied. */
export function sheetsToProbe(layout: WorkbookLayout): string[] {
  return layout.sheets.filter((s) => !isStoreSheetName(s.name)).map((s) => s.name);
}

/** The sheets among `names` whose row 1 is the store's header, looked at in as few syncs as the budget allows at the worst. */
export async function probeStores(context: XlContext, names: readonly string[], budget = DEFAULT_READ_BUDGET): Promise<string[]> {
  const found: string[] = [];
  const step = Math.max(1, Math.floor(budget / PROBE_BYTES));
  for (let at = 0; at < names.length; at += step) {
    const read = queueStoreProbe(context, names.slice(at, at + step));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- as many sheets per sync as the payload limit allows
    await context.sync();
    found.push(...read());
  }
  return found;
}

/** A read sent with a store's first sync; its function is called once that sync has succeeded. */
interface StoreAlongside {
  bytes: number;
  queue(context: XlContext): () => void;
}

/**
 * A look at row 1 of `names` to send with another read, sized as such rows usually are (a
 * quarter of the budget at most). `found()` gives the stores it found, or null when it never
 * came back (Excel refused the sync for its size, and the read went on without it): the caller
 * then looks with probeStores, sized at the worst.
 */
function ridingProbe(names: readonly string[], budget: number): { alongside: StoreAlongside | undefined; riding: string[]; found: () => string[] | null } {
  const riding = names.slice(0, Math.max(1, Math.floor(budget / 4 / PROBE_LIKELY_BYTES)));
  let found: string[] | null = null;
  const alongside: StoreAlongside | undefined =
    riding.length === 0
      ? undefined
      : {
          bytes: riding.length * PROBE_LIKELY_BYTES,
          queue: (ctx) => {
            const read = queueStoreProbe(ctx, riding);
            return () => (found = read());
          },
        };
  return { alongside, riding, found: () => found };
}

/** The other stores among `names`: those `ride` found, and the rest (and all, should the ride have failed) looked at on their own. */
async function othersFound(context: XlContext, names: readonly string[], ride: ReturnType<typeof ridingProbe>, budget: number): Promise<string[]> {
  const found = ride.found();
  if (found === null) return probeStores(context, names, budget);
  return [...found, ...(await probeStores(context, names.slice(ride.riding.length), budget))];
}

/** Every store's rows, the one of the store's name first, and the names of the others (renamed or copied stores). */
export interface StoresRead {
  others: string[];
  rows: unknown[][][];
}

/**
 * Reads every store. `others`: the other stores when a read has just found them; otherwise row 1
 * of every other sheet is looked at, riding with the named store's first read where there is
 * one, so a workbook with its store as RAG Tracker left it pays no sync for the look.
 */
export async function readStores(context: XlContext, layout: WorkbookLayout, options: { budget?: number; others?: readonly string[] | null } = {}): Promise<StoresRead> {
  const budget = options.budget ?? DEFAULT_READ_BUDGET;
  const named = namedStore(layout);
  const toProbe = options.others ? [] : sheetsToProbe(layout);
  const ride = ridingProbe(named ? toProbe : [], budget);
  const rows: unknown[][][] = [];
  if (named) rows.push(await readStoreRows(context, named.name, { budget, alongside: ride.alongside }));
  const others = options.others ? [...options.others] : await othersFound(context, toProbe, ride, budget);
  for (const other of others) rows.push(await readStoreRows(context, other, { budget }));
  return { others, rows };
}

/** The rows of the store `name` from row 1 (the header) down, each as wide as it holds values. */
export async function readStoreRows(context: XlContext, name: string, options: { budget?: number; alongside?: StoreAlongside } = {}): Promise<unknown[][]> {
  let budget = options.budget ?? DEFAULT_READ_BUDGET;
  // What rides along is sent once: after a refusal for size, the read goes on without it.
  let alongside = options.alongside;
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
    windowRows = Math.max(1, Math.floor((budget - (alongside?.bytes ?? 0)) / rowBytes(0, WINDOW_COLUMNS)));
    const used = storeSheet(context, name).getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
    window = storeSheet(context, name).getRangeByIndexes(0, 0, windowRows, WINDOW_COLUMNS).getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
    const collect = alongside?.queue(context);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- again only after a refusal for size, smaller
      await context.sync();
      if (!window.isNullObject && window.values == null) throw Object.assign(new Error("Excel returned no values."), { code: "ResponsePayloadSizeLimitExceeded" });
      collect?.();
      extent = { rows: used.rowIndex + used.rowCount, columns: used.columnIndex + used.columnCount };
      break;
    } catch (error) {
      if (!refused(error)) throw error;
      alongside = undefined;
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
    const probes = toProbe.slice(at, at + PROBES_PER_SYNC).map((r) => ({ r, used: storeSheet(context, name).getRangeByIndexes(r, 0, 1, extent.columns).getUsedRangeOrNullObject(true).load("columnIndex,columnCount") }));
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
    const ranges = batch.map((p) => storeSheet(context, name).getRangeByIndexes(p.row, p.column, p.rows, p.columns).load("values"));
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
function gridStep(name: string, top: number, left: number, values: string[][]): WriteStep {
  const formats = values.map((r) => r.map(() => TEXT_FORMAT));
  const width = values[0]?.length ?? 0;
  return {
    bytes: jsonBytes(values) + jsonBytes(formats) + CALL_OVERHEAD_BYTES * 2,
    queue: (context) => {
      const range = storeSheet(context, name).getRangeByIndexes(top, left, values.length, width);
      range.numberFormat = formats;
      range.values = values;
    },
    split:
      values.length > 1
        ? () => [gridStep(name, top, left, values.slice(0, values.length >> 1)), gridStep(name, top + (values.length >> 1), left, values.slice(values.length >> 1))]
        : width > 1
          ? () => [gridStep(name, top, left, values.map((r) => r.slice(0, width >> 1))), gridStep(name, top, left + (width >> 1), values.map((r) => r.slice(width >> 1)))]
          : undefined,
  };
}

/** Rows top..bottom (1-based) of the store `name` emptied of values and formats. */
function clearRows(context: XlContext, name: string, top: number, bottom: number): void {
  if (top <= bottom) storeSheet(context, name).getRange(`${top}:${bottom}`).clear("All");
}

export interface StoreWriteOptions {
  pauseEvents: boolean;
  budget?: number;
  /** A read sent with the first sync, where the store exists (which then has one); left out should Excel refuse it for size. */
  alongside?: StoreAlongside;
}

/**
 * Writes the store's rows into one store: the sheet of the store's name, or else the first of
 * `others` (the stores found under other names, see readStores), given the store's name where the
 * workbook's structure allows it, or else a new very hidden sheet. Every other store is then
 * emptied to its header row: its records are among the rows (readStores merged them), and
 * emptied it is still known as a store, so it is never read as a tracker. Emptying, not deleting,
 * needs no change to the workbook's structure. A save that stops part-way leaves every record in
 * one store or another, and the next read merges them again.
 */
export async function writeStores(context: XlContext, layout: WorkbookLayout, rows: string[][], known: readonly string[] | null, options: StoreWriteOptions): Promise<void> {
  const named = namedStore(layout);
  const toProbe = known ? [] : sheetsToProbe(layout);
  let target: string;
  let others: readonly string[] | null = known;
  if (named) target = named.name;
  else {
    // Without a store of the store's name, where to write depends on the others: they are looked for first.
    others ??= await probeStores(context, toProbe);
    // Checked before anything is queued: Excel would refuse the new sheet only after the batch began.
    if (others.length === 0 && layout.structureLocked) throw new ExcelDoorError(protectedStructureMessage(NOTHING_SAVED));
    target = others[0] ?? STORE_SHEET_NAME;
  }
  // With a store of the store's name, the look at the other sheets rides with its first sync.
  const ride = ridingProbe(others ? [] : toProbe, DEFAULT_READ_BUDGET);
  await writeStoreRows(context, layout, target, rows, { ...options, alongside: ride.alongside });
  others ??= await othersFound(context, toProbe, ride, DEFAULT_READ_BUDGET);
  const emptied = rows.slice(0, 1);
  for (const other of others) if (other !== target) await writeStoreRows(context, layout, other, emptied, options);
  // A store under another name, or the store's in other letter case, which an older version of RAG Tracker would not find.
  if (target !== STORE_SHEET_NAME && findSheet(layout, target) && !layout.structureLocked) {
    try {
      storeSheet(context, target).name = STORE_SHEET_NAME;
      await context.sync();
    } catch {
      // The records are saved; under its old name the store is still found by its header.
    }
  }
}

/**
 * Replaces the records of the store `name`, creating the sheet (very hidden) when the workbook has
 * none of that name. The caller has checked that a missing sheet can be added. A store left
 * merely hidden by another application is made very hidden again only where the workbook's
 * structure allows it.
 */
export async function writeStoreRows(context: XlContext, layout: WorkbookLayout, name: string, rows: string[][], options: StoreWriteOptions): Promise<void> {
  const [header = [], ...records] = rows;
  const info = findSheet(layout, name);

  // Which rows hold records now (column A in use below the header), and whether the header is as it should be.
  let live: { top: number; bottom: number } | null = null;
  let headerOk = false;
  for (let alongside = options.alongside; info; alongside = undefined) {
    const columnA = storeSheet(context, name).getRangeByIndexes(1, 0, MAX_ROWS - 1, 1).getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
    const top = storeSheet(context, name).getRangeByIndexes(0, 0, 1, Math.max(1, header.length)).load("values");
    const collect = alongside?.queue(context);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- again only without what rode along, after Excel refused it for size
      await context.sync();
    } catch (error) {
      if (alongside && isPayloadLimitError(error)) continue;
      throw error;
    }
    collect?.();
    if (!columnA.isNullObject) live = { top: columnA.rowIndex + 1, bottom: columnA.rowIndex + columnA.rowCount };
    headerOk = JSON.stringify(top.values[0]) === JSON.stringify(header);
    break;
  }

  // Where the new records go: above the old ones when they fit there, else right below them. The
  // rows above grow each time they are passed over, so the records keep to about twice their rows.
  const count = records.length;
  const first = !live || count <= live.top - 2 ? 2 : live.bottom + 1;
  const last = first + count - 1;
  if (last > MAX_ROWS) throw new ExcelDoorError("RAG Tracker's stored data has grown past the last row of its sheet, so nothing was saved; delete some recorded reports and try again.");

  const steps: WriteStep[] = [
    callStep(CALL_OVERHEAD_BYTES * 4 + jsonBytes(header) * 2, (ctx) => {
      if (!info) ctx.workbook.worksheets.add(name).visibility = "VeryHidden";
      // Another application may have saved it merely hidden (LibreOffice Calc has no very hidden);
      // set only when needed, as setting it clears Excel's undo history on Windows and Mac.
      else if (info.visibility !== "VeryHidden" && !layout.structureLocked) storeSheet(ctx, name).visibility = "VeryHidden";
      if (!headerOk && header.length > 0) {
        const range = storeSheet(ctx, name).getRangeByIndexes(0, 0, 1, header.length);
        range.numberFormat = [header.map(() => TEXT_FORMAT)];
        range.values = [header];
      }
      // Whatever lies outside the records (what an interrupted save left) goes, so the new rows start empty.
      if (info) {
        if (live) {
          clearRows(ctx, name, 2, live.top - 1);
          clearRows(ctx, name, live.bottom + 1, MAX_ROWS);
        } else clearRows(ctx, name, 2, MAX_ROWS);
      }
    }),
  ];
  // The new records without their kinds: until column A says so, they are not records.
  const width = Math.max(3, ...records.map((r) => r.length));
  if (count > 0) steps.push(gridStep(name, first - 1, 1, records.map((r) => Array.from({ length: width - 1 }, (_, i) => r[i + 1] ?? ""))));
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
        storeSheet(ctx, name).getRangeByIndexes(from - 1, 0, kinds.length, 1).values = kinds;
      }),
    );
  }
  if (live) {
    const old = live;
    steps.push(callStep(CALL_OVERHEAD_BYTES, (ctx) => clearRows(ctx, name, old.top, old.bottom)));
  }

  try {
    await runSteps(context, steps, { budget: options.budget, pauseEvents: options.pauseEvents, pauseCalculation: false });
  } catch (error) {
    // A batch is not undone when a later call in it fails: if the switch was made, the save stands
    // (only the old rows' clearing failed, and the next save clears them).
    if (count > 0 && (await switched(context, name, first, records))) return;
    throw error;
  }
}

/** Whether column A of the new rows holds their kinds: the switch was made. */
async function switched(context: XlContext, name: string, first: number, records: string[][]): Promise<boolean> {
  try {
    const kinds = storeSheet(context, name).getRangeByIndexes(first - 1, 0, records.length, 1).load("values");
    await context.sync();
    return kinds.values.every((row, i) => row[0] === records[i]![0]);
  } catch {
    // The check could not be made: report the save's own failure.
    return false;
  }
}
