/**
 * "Last updated" stamping: when the user edits a row's rating or response, that row's
 * last-updated cell gets today's date. Off unless the pane starts it; it ignores the
 * add-in's own writes (triggerSource on ExcelApi 1.14, and the door's record of what it
 * just wrote elsewhere) and a co-author's edits (stamped only where their own pane has the switch on).
 *
 * Only the tracker's own rows are stamped (its bounds follow rows inserted or deleted above and
 * inside it, its columns follow columns inserted or deleted left of them), and only a last-updated
 * cell that is blank or holds a date: a note or a formula there is the user's. Excel raises the
 * same change event for a change of format (a rating cell coloured, a response made bold) as for
 * one of value, and a sort raises it over the rows it reorders: so the watched cells' values are
 * kept as last read, and a row is stamped only where its values changed, and not where the rows'
 * values were only reordered. Undo: on ExcelApi 1.20 the stamp is an undo step of its own, so the
 * user's Ctrl+Z first puts the old date back, then their edit; an edit of a row whose stamp was
 * just undone is taken for that second undo and not stamped again. Older hosts clear the undo
 * list on an add-in's write (stampClearsUndo), which the pane says.
 */
import type { CellRange } from "../core/cells";
import { isDateFormat, isoToSerial } from "../core/dates";
import { todayIso } from "../door/operations";
import type { ExcelHost, XlChangedEventArgs, XlContext, XlRange, XlWorksheet } from "./excelApi";
import { DEFAULT_READ_BUDGET, gridResponseBytes, isPayloadLimitError, refusedForSize } from "./payload";
import { watchSheets } from "./sheetWatch";
import { parseAreas } from "./addresses";
import { DATE_FORMAT } from "../core/dates";
import { errorSentence } from "./errors";
import { queueDateSystem, serialTo } from "./dateSystem";
import type { OwnWrites } from "./ownWrites";

export interface StampWatch {
  sheet: string;
  /** Excel row number of the tracker's header row; actions are below it. */
  headerRow: number;
  /** Excel row numbers of the tracker's first and last action; without them, every row below the header counts. */
  firstRow?: number;
  lastRow?: number;
  /** Column numbers whose edit counts as an update (the engine's rating and response columns). */
  columns: number[];
  /** Column number of the last-updated cell. */
  updatedColumn: number;
}

/** Above this many rows a change is a paste or fill over the sheet, not an update of actions. */
export const MAX_STAMPED_ROWS = 2_000;

/**
 * Response bytes a watched cell is first taken to hold (readWatched): a long progress response, so
 * the first block (1,000 rows of two columns) of responses of that length fits the read budget.
 */
const WATCHED_BYTES_PER_CELL = 2_000;

/** Whether a stamp clears the user's undo list: add-in writes are undoable from ExcelApi 1.20 on, and clear it before. */
export const stampClearsUndo = (host: ExcelHost): boolean => !host.supports("ExcelApi", "1.20");

/** How long after a stamp an undo of it is looked for, in milliseconds. */
const UNDO_WINDOW_MS = 120_000;

/** The rows whose last-updated cell an edit of `changed` should set. */
export function rowsToStamp(changed: CellRange, watch: StampWatch): number[] {
  const touches = watch.columns.some((c) => c >= changed.left && c <= changed.right);
  if (!touches) return [];
  const top = Math.max(changed.top, watch.firstRow ?? watch.headerRow + 1, watch.headerRow + 1);
  const bottom = Math.min(changed.bottom, watch.lastRow ?? Number.MAX_SAFE_INTEGER);
  if (bottom < top || changed.bottom - changed.top + 1 > MAX_STAMPED_ROWS) return [];
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  return rows;
}

/** The watch after rows `top`…`bottom` were inserted (or deleted) on its sheet: its rows move with the sheet's. */
export function shiftWatch(watch: StampWatch, top: number, bottom: number, inserted: boolean): StampWatch {
  const count = bottom - top + 1;
  const move = (row: number): number => {
    if (row < top) return row;
    if (inserted) return row + count;
    // A deleted row's bound becomes the row above the deleted ones.
    return row > bottom ? row - count : top - 1;
  };
  // Rows inserted at the first action's place are actions too; deleting the first leaves the next one first.
  const moveFirst = (row: number): number => {
    if (row < top) return row;
    if (inserted) return row === top && watch.headerRow < top ? row : row + count;
    return row > bottom ? row - count : top;
  };
  return {
    ...watch,
    headerRow: move(watch.headerRow),
    ...(watch.firstRow !== undefined ? { firstRow: moveFirst(watch.firstRow) } : {}),
    ...(watch.lastRow !== undefined ? { lastRow: move(watch.lastRow) } : {}),
  };
}

/**
 * The watch after columns `left`…`right` were inserted (or deleted) on its sheet, or null where a
 * deleted column was one it watches: its cells are gone, and a date could then go in the wrong one.
 */
export function shiftWatchColumns(watch: StampWatch, left: number, right: number, inserted: boolean): StampWatch | null {
  const count = right - left + 1;
  const watched = [...watch.columns, watch.updatedColumn];
  if (!inserted && watched.some((c) => c >= left && c <= right)) return null;
  const move = (c: number) => (c < left ? c : inserted ? c + count : c - count);
  return { ...watch, columns: watch.columns.map(move), updatedColumn: move(watch.updatedColumn) };
}

/** The rows' keys after rows `top`…`bottom` were inserted (blank: `blank`'s key) or deleted: each kept row's key moves with it. */
function shiftKnown(known: Map<number, string>, top: number, bottom: number, inserted: boolean, blank: string): Map<number, string> {
  const count = bottom - top + 1;
  const moved = new Map<number, string>();
  for (const [row, key] of known) {
    if (row < top) moved.set(row, key);
    else if (inserted) moved.set(row + count, key);
    else if (row > bottom) moved.set(row - count, key);
  }
  if (inserted) for (let row = top; row <= bottom; row++) moved.set(row, blank);
  return moved;
}

/** A row's key (queueWatched) from its watched cells' values. */
const rowKey = (values: unknown[]) => JSON.stringify(values.map((v) => v ?? ""));

export interface StampOptions {
  ownWrites: OwnWrites;
  /** Today's date as YYYY-MM-DD, where the user is. */
  today?: () => string;
  /** A stamp that could not be written, as one sentence. */
  onError?: (sentence: string) => void;
  /** The watch stopped (its columns can no longer be followed), said in the sentence given: the pane turns its switch off. */
  onStopped?: (sentence: string) => void;
  now?: () => number;
  /** The number format of a date stamped in a cell with none, in the settings' Date order (dateFormatFor); day first where not given. */
  dateFormat?: string;
}

/** Whether a change event is one the stamp should act on at all. */
export function isUserEdit(args: XlChangedEventArgs, host: ExcelHost, ownWrites: OwnWrites, sheet: string, range: CellRange): boolean {
  if (args.changeType !== "RangeEdited" || args.source === "Remote") return false;
  if (host.supports("ExcelApi", "1.14") && args.triggerSource === "ThisLocalAddin") return false;
  return !ownWrites.isWriting() && !ownWrites.covers(sheet, range);
}

/**
 * Each row's key (rowKey) from the watched cells of rows `top`… (`count` of them), read in blocks,
 * a sync each: each block as many rows as the read budget buys at the bytes per row the last block
 * took (the rows near it are the likeliest to be like it), but at most twice its rows; half the
 * rows of a block Excel refuses for its size (responses far longer than expected), down to one row.
 * `alongside` queues what the caller reads with the first block; it is queued again if that block
 * is refused.
 */
async function readWatched(context: XlContext, sheet: XlWorksheet, watch: StampWatch, top: number, count: number, alongside?: () => void): Promise<Map<number, string>> {
  const keys = new Map<number, string>();
  let bytesPerRow = WATCHED_BYTES_PER_CELL * watch.columns.length;
  // Rows the next block may hold at most, whatever the estimate buys: half a refused block, twice a read one.
  let mostRows = Infinity;
  let queueAlongside = alongside;
  for (let start = top; start < top + count; ) {
    const rows = Math.max(1, Math.min(top + count - start, mostRows, Math.floor(DEFAULT_READ_BUDGET / bytesPerRow)));
    queueAlongside?.();
    const ranges = watch.columns.map((c) => sheet.getRangeByIndexes(start - 1, c - 1, rows, 1).load("values"));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, each sized from the one before
      await context.sync();
      // Excel can send no values rather than refuse: taken as a refusal.
      if (ranges.some((r) => r.values == null)) throw refusedForSize();
    } catch (error) {
      if (!isPayloadLimitError(error) || rows === 1) throw error;
      mostRows = Math.floor(rows / 2);
      continue;
    }
    queueAlongside = undefined;
    const grids = ranges.map((r) => r.values);
    bytesPerRow = Math.max(1, grids.reduce((n, g) => n + gridResponseBytes(g), 0) / rows);
    mostRows = rows * 2;
    for (let i = 0; i < rows; i++) keys.set(start + i, rowKey(grids.map((g) => g[i]?.[0])));
    start += rows;
  }
  return keys;
}

/** The rows whose watched cells changed since last read; all of them where they were never read, and each row never read. */
export function changedRows(rows: readonly number[], before: ReadonlyMap<number, string> | undefined, after: ReadonlyMap<number, string>): number[] {
  if (!before) return [...rows];
  const changed = rows.filter((r) => before.get(r) !== after.get(r));
  // The same values in another order (a sort, a row cut and pasted within the block): no action was updated.
  const sorted = (keys: (string | undefined)[]) => [...keys].sort().join("\u0000");
  if (changed.length > 1 && changed.every((r) => before.has(r)) && sorted(changed.map((r) => before.get(r))) === sorted(changed.map((r) => after.get(r)))) return [];
  return changed;
}

/** The same value before and after (ExcelApi 1.9 says so for a change of one cell): not an update. */
function unchanged(args: XlChangedEventArgs, host: ExcelHost): boolean {
  if (!host.supports("ExcelApi", "1.9") || !args.details) return false;
  return args.details.valueBefore === args.details.valueAfter;
}

/** A last-updated cell the stamp may write: blank, or a date (a serial number), never text or a formula. */
function stampable(value: unknown, formula: unknown): boolean {
  if (typeof formula === "string" && formula.startsWith("=")) return false;
  return value === "" || value === null || value === undefined || typeof value === "number";
}

/** What the stamp remembers of each row it stamped: the value it replaced, and when. */
interface Stamped {
  before: unknown;
  serial: number;
  at: number;
  /** The stamp was undone: the next edit of the row's watched cells is the undo of the user's own. */
  undone: boolean;
}

class Watching {
  readonly stamped = new Map<number, Stamped>();
  /** Each tracker row's watched cells as last read (queueWatched), by row; undefined until read. */
  known: Map<number, string> | undefined;
  /** Set once the watched cells can no longer be followed (a watched column deleted): nothing more is stamped. */
  stopped = false;
  constructor(public watch: StampWatch) {}
}

/** Reads every tracker row's watched cells, in blocks, so the first edit event has values to compare with. */
async function readKnown(host: ExcelHost, watching: Watching): Promise<void> {
  const watch = watching.watch;
  const first = watch.firstRow ?? watch.headerRow + 1;
  const last = watch.lastRow;
  if (last === undefined || last < first) return;
  const known = await host.run((context) => readWatched(context, context.workbook.worksheets.getItem(watch.sheet), watch, first, last - first + 1));
  // Rows moved while it was read: what was read is no longer where it was.
  if (watching.watch === watch) watching.known = known;
}

/**
 * Stamps those of `rows` whose watched cells changed, but not those in `undone` (the undo of an edit
 * whose stamp was just undone), and keeps what each row's watched cells now hold.
 */
async function stamp(host: ExcelHost, args: XlChangedEventArgs, watching: Watching, rows: number[], undone: ReadonlySet<number>, options: StampOptions, now: number): Promise<void> {
  const watch = watching.watch;
  const today = (options.today ?? (() => todayIso()))();
  const top = rows[0]!;
  const count = rows.at(-1)! - top + 1;
  const region = { sheet: watch.sheet, range: { top, bottom: top + count - 1, left: watch.updatedColumn, right: watch.updatedColumn } };
  await options.ownWrites.during([region], () =>
    host.run(async (context) => {
      // getItem by id: the event names the sheet by id, which survives a rename.
      const sheet = context.workbook.worksheets.getItem(args.worksheetId);
      let cells!: XlRange;
      let date1904!: () => boolean;
      // The last-updated cells and the date system ride with the first block of the watched cells.
      const current = await readWatched(context, sheet, watch, top, count, () => {
        cells = sheet.getRangeByIndexes(top - 1, watch.updatedColumn - 1, count, 1).load("values,formulas,numberFormat");
        date1904 = queueDateSystem(context, host.supports("ExcelApi", "1.2"));
      });
      const changed = changedRows(rows, watching.known, current);
      if (watching.known) for (const r of rows) watching.known.set(r, current.get(r)!);
      const serial = serialTo(isoToSerial(today), date1904());
      const wanted = new Set(changed.filter((r) => !undone.has(r)));
      const formats: (string | null)[][] = [];
      const values: (number | null)[][] = [];
      cells.values.forEach((row, i) => {
        const value = row[0];
        // null in a grid leaves that cell as it is.
        if (!wanted.has(top + i) || !stampable(value, cells.formulas[i]?.[0])) {
          formats.push([null]);
          values.push([null]);
          return;
        }
        const f = cells.numberFormat[i]?.[0];
        formats.push([typeof f === "string" && isDateFormat(f) ? f : (options.dateFormat ?? DATE_FORMAT)]);
        values.push([serial]);
        watching.stamped.set(top + i, { before: value, serial, at: now, undone: false });
      });
      if (values.every((v) => v[0] === null)) return;
      cells.numberFormat = formats;
      cells.values = values;
      await context.sync();
    }),
  );
}

/** A change to last-updated cells just stamped: if one now holds what it held before the stamp, the user undid the stamp. */
async function noticeUndo(host: ExcelHost, args: XlChangedEventArgs, watching: Watching, rows: number[]): Promise<void> {
  const watch = watching.watch;
  if (args.details && host.supports("ExcelApi", "1.9") && rows.length === 1) {
    const s = watching.stamped.get(rows[0]!)!;
    if (args.details.valueAfter !== s.serial && sameValue(args.details.valueAfter, s.before)) s.undone = true;
    return;
  }
  await host.run(async (context) => {
    const top = Math.min(...rows);
    const cells = context.workbook.worksheets.getItem(args.worksheetId).getRangeByIndexes(top - 1, watch.updatedColumn - 1, Math.max(...rows) - top + 1, 1).load("values");
    await context.sync();
    for (const row of rows) {
      const s = watching.stamped.get(row)!;
      const value = cells.values[row - top]?.[0];
      if (value !== s.serial && sameValue(value, s.before)) s.undone = true;
    }
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === "" || v === null || v === undefined;
  return (blank(a) && blank(b)) || a === b;
}

/** Starts stamping on the given trackers; resolves to a function that stops it. */
export async function startLastUpdatedStamping(host: ExcelHost, watches: StampWatch[], options: StampOptions): Promise<() => Promise<void>> {
  const clock = options.now ?? Date.now;
  const all: Watching[] = [];
  const stop = await watchSheets(host, (context, handlers) => {
    for (const watch of watches) {
      const watching = new Watching(watch);
      all.push(watching);
      const sheet = context.workbook.worksheets.getItem(watch.sheet);
      handlers.push(
        sheet.onChanged.add(async (args) => {
          try {
            await onChange(host, args, watching, options, clock());
          } catch (error) {
            options.onError?.(errorSentence(error));
          }
        }),
      );
    }
  });
  try {
    for (const watching of all) await readKnown(host, watching);
  } catch (error) {
    // Without the values, every edit event stamps, as before they were read: said, not fatal.
    options.onError?.(errorSentence(error));
  }
  return stop;
}

/** Said where a watch stops, and the pane turns its switch off: read again, the workbook gives the columns where they are. */
const stoppedSentence = (sheet: string, why: string) =>
  `Last-updated stamping stopped on sheet "${sheet}": ${why}, so a date could go in the wrong cell; press Check ratings, then turn stamping on again.`;

function stop(watching: Watching, options: StampOptions, sentence: string): void {
  watching.stopped = true;
  (options.onStopped ?? options.onError)?.(sentence);
}

async function onChange(host: ExcelHost, args: XlChangedEventArgs, watching: Watching, options: StampOptions, now: number): Promise<void> {
  if (watching.stopped) return;
  const areas = parseAreas(args.address);
  if (areas.length === 0) return;
  const sheet = watching.watch.sheet;
  // Rows inserted or deleted, by anyone, move the tracker, or grow or shrink it.
  if ((args.changeType === "RowInserted" || args.changeType === "RowDeleted") && areas[0]) {
    const inserted = args.changeType === "RowInserted";
    watching.watch = shiftWatch(watching.watch, areas[0].top, areas[0].bottom, inserted);
    if (watching.known) watching.known = shiftKnown(watching.known, areas[0].top, areas[0].bottom, inserted, rowKey(watching.watch.columns.map(() => "")));
    watching.stamped.clear();
    return;
  }
  // Columns inserted or deleted move the watched ones; a watched one deleted ends the watch.
  if ((args.changeType === "ColumnInserted" || args.changeType === "ColumnDeleted") && areas[0]) {
    const moved = shiftWatchColumns(watching.watch, areas[0].left, areas[0].right, args.changeType === "ColumnInserted");
    if (moved) watching.watch = moved;
    else stop(watching, options, stoppedSentence(sheet, "a column it watches was deleted"));
    return;
  }
  // Cells inserted or deleted among the tracker's rows shift part of its rows or columns, which no watch can follow.
  if (args.changeType === "CellInserted" || args.changeType === "CellDeleted") {
    const w = watching.watch;
    const right = Math.max(...w.columns, w.updatedColumn);
    const bottom = w.lastRow ?? Number.MAX_SAFE_INTEGER;
    if (areas.some((a) => a.left <= right && a.bottom > w.headerRow && a.top <= bottom)) {
      stop(watching, options, stoppedSentence(sheet, `cells were ${args.changeType === "CellInserted" ? "inserted" : "deleted"} among the tracker's rows, shifting others`));
    }
    return;
  }
  if (args.source === "Remote") return;
  for (const [row, s] of watching.stamped) if (now - s.at > UNDO_WINDOW_MS) watching.stamped.delete(row);
  const watch = watching.watch;
  // The user (or Excel's undo) changed last-updated cells this add-in just stamped.
  const restamped = areas.flatMap((a) =>
    a.left <= watch.updatedColumn && a.right >= watch.updatedColumn ? [...watching.stamped.keys()].filter((r) => r >= a.top && r <= a.bottom) : [],
  );
  if (restamped.length > 0 && args.changeType === "RangeEdited" && !(host.supports("ExcelApi", "1.14") && args.triggerSource === "ThisLocalAddin")) {
    await noticeUndo(host, args, watching, restamped);
  }
  const rows = new Set<number>();
  for (const area of areas) {
    if (!isUserEdit(args, host, options.ownWrites, watch.sheet, area)) continue;
    for (const r of rowsToStamp(area, watch)) rows.add(r);
  }
  if (rows.size === 0 || unchanged(args, host)) return;
  // The edit of a row whose stamp was just undone is the undo of the user's own edit: not an update.
  const undone = new Set<number>();
  for (const r of rows) {
    if (!watching.stamped.get(r)?.undone) continue;
    watching.stamped.delete(r);
    undone.add(r);
  }
  const sorted = [...rows].sort((a, b) => a - b);
  if (sorted.at(-1)! - sorted[0]! >= MAX_STAMPED_ROWS) return;
  await stamp(host, args, watching, sorted, undone, options, now);
}
