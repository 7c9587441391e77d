/**
 * "Last updated" stamping: when the user edits a row's rating or response, that row's
 * last-updated cell gets today's date. Off unless the pane starts it; it ignores the
 * add-in's own writes (triggerSource on ExcelApi 1.14, and the door's record of what it
 * just wrote elsewhere) and a co-author's edits (their own add-in stamps those).
 */
import type { CellRange } from "../core/cells";
import { isDateFormat, isoToSerial } from "../core/dates";
import { todayIso } from "../door/operations";
import type { ExcelHost, XlChangedEventArgs, XlContext } from "./excelApi";
import { parseArea } from "./addresses";
import { DATE_FORMAT } from "../core/dates";
import { errorSentence } from "./errors";
import type { OwnWrites } from "./ownWrites";

export interface StampWatch {
  sheet: string;
  /** Excel row number of the tracker's header row; actions are below it. */
  headerRow: number;
  /** Column numbers whose edit counts as an update (the engine's rating and response columns). */
  columns: number[];
  /** Column number of the last-updated cell. */
  updatedColumn: number;
}

/** Above this many rows a change is a paste or fill over the sheet, not an update of actions. */
export const MAX_STAMPED_ROWS = 2_000;

/** The rows whose last-updated cell an edit of `changed` should set. */
export function rowsToStamp(changed: CellRange, watch: StampWatch): number[] {
  const touches = watch.columns.some((c) => c >= changed.left && c <= changed.right);
  if (!touches) return [];
  const top = Math.max(changed.top, watch.headerRow + 1);
  if (changed.bottom < top || changed.bottom - top + 1 > MAX_STAMPED_ROWS) return [];
  const rows: number[] = [];
  for (let r = top; r <= changed.bottom; r++) rows.push(r);
  return rows;
}

export interface StampOptions {
  ownWrites: OwnWrites;
  /** Today's date as YYYY-MM-DD, where the user is. */
  today?: () => string;
  /** A stamp that could not be written, as one sentence. */
  onError?: (sentence: string) => void;
}

/** Whether a change event is one the stamp should act on at all. */
export function isUserEdit(args: XlChangedEventArgs, host: ExcelHost, ownWrites: OwnWrites, sheet: string, range: CellRange): boolean {
  if (args.changeType !== "RangeEdited" || args.source === "Remote") return false;
  if (host.supports("ExcelApi", "1.14") && args.triggerSource === "ThisLocalAddin") return false;
  return !ownWrites.isWriting() && !ownWrites.covers(sheet, range);
}

async function stamp(host: ExcelHost, args: XlChangedEventArgs, watch: StampWatch, rows: number[], options: StampOptions): Promise<void> {
  const today = (options.today ?? (() => todayIso()))();
  const serial = isoToSerial(today);
  const top = rows[0]!;
  const count = rows.length;
  const region = { sheet: watch.sheet, range: { top, bottom: top + count - 1, left: watch.updatedColumn, right: watch.updatedColumn } };
  await options.ownWrites.during([region], () =>
    host.run(async (context) => {
      // getItem by id: the event names the sheet by id, which survives a rename.
      const cells = context.workbook.worksheets.getItem(args.worksheetId).getRangeByIndexes(top - 1, watch.updatedColumn - 1, count, 1).load("numberFormat");
      await context.sync();
      const formats = cells.numberFormat.map((row) => {
        const f = row[0];
        return [typeof f === "string" && isDateFormat(f) ? f : DATE_FORMAT];
      });
      cells.numberFormat = formats;
      cells.values = rows.map(() => [serial]);
      await context.sync();
    }),
  );
}

/** Starts stamping on the given trackers; resolves to a function that stops it. */
export async function startLastUpdatedStamping(host: ExcelHost, watches: StampWatch[], options: StampOptions): Promise<() => Promise<void>> {
  let kept: XlContext | null = null;
  const handlers: { remove(): void }[] = [];
  await host.run(async (context) => {
    for (const watch of watches) {
      const sheet = context.workbook.worksheets.getItem(watch.sheet);
      handlers.push(
        sheet.onChanged.add(async (args) => {
          const changed = parseArea(args.address);
          if (!changed || !isUserEdit(args, host, options.ownWrites, watch.sheet, changed)) return;
          const rows = rowsToStamp(changed, watch);
          if (rows.length === 0) return;
          try {
            await stamp(host, args, watch, rows, options);
          } catch (error) {
            options.onError?.(errorSentence(error));
          }
        }),
      );
    }
    await context.sync();
    kept = context;
  });
  return async () => {
    const context = kept;
    if (!context) return;
    kept = null;
    await host.runIn(context, async (ctx) => {
      for (const h of handlers) h.remove();
      await ctx.sync();
    });
  };
}
