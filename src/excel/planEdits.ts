/**
 * Tells the task pane when the plan may have changed since it read the workbook: an edit of a
 * tracker sheet by the user or a co-author, or a co-author's change to the recorded reports. The
 * add-in's own writes are not edits (triggerSource on ExcelApi 1.14; the door's record of what it
 * just wrote before that, and events paused while it saves its store on 1.8 and later).
 */
import type { ExcelHost, XlChangedEventArgs } from "./excelApi";
import { watchSheets } from "./sheetWatch";
import type { OwnWrites } from "./ownWrites";
import { parseAreas } from "./addresses";
import { isStoreSheetName } from "../core/store";

export interface PlanEditOptions {
  /** The tracker sheets of the pane's reading. */
  sheets: string[];
  ownWrites: OwnWrites;
  onEdit: () => void;
}

/** Whether a change of a tracker sheet is someone's edit rather than the add-in's own write. */
export function isPlanEdit(args: XlChangedEventArgs, host: ExcelHost, ownWrites: OwnWrites, sheet: string): boolean {
  if (args.source === "Remote") return true;
  if (host.supports("ExcelApi", "1.14") && args.triggerSource === "ThisLocalAddin") return false;
  if (ownWrites.isWriting()) return false;
  const areas = parseAreas(args.address);
  // Rows inserted or deleted, or an address the door cannot place, may move actions: an edit.
  return areas.length === 0 || !areas.every((area) => ownWrites.covers(sheet, area));
}

/** Starts listening; resolves to a function that stops it. Sheets no longer in the workbook are left out. */
export async function watchPlanEdits(host: ExcelHost, { sheets, ownWrites, onEdit }: PlanEditOptions): Promise<() => Promise<void>> {
  return watchSheets(host, async (context, handlers) => {
    const all = context.workbook.worksheets.load("items/name");
    await context.sync();
    const wanted = new Set(sheets.map((s) => s.toLowerCase()));
    for (const sheet of all.items) {
      const name = sheet.name;
      if (wanted.has(name.toLowerCase())) {
        handlers.push(sheet.onChanged.add(async (args) => (isPlanEdit(args, host, ownWrites, name) ? onEdit() : undefined)));
      } else if (isStoreSheetName(name)) {
        // This pane's own reports are recorded through the door; a co-author's arrive from afar.
        handlers.push(sheet.onChanged.add(async (args) => (args.source === "Remote" ? onEdit() : undefined)));
      }
    }
  });
}
