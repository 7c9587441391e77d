/**
 * The grid's views of a workbook's sheets, each built the first time it is asked for and kept
 * until the door says it changed that sheet. A job on one sheet, or one that adds sheets, leaves
 * every other sheet's view as it was, so the grid draws again only what changed.
 */
import type ExcelJS from "exceljs";
import type { SheetView } from "./sheetView";

export class SheetViewCache {
  /** Keyed by the worksheet itself: a sheet removed or replaced (a summary written again) is a new one, and its old view goes with it. */
  private readonly views = new WeakMap<ExcelJS.Worksheet, SheetView>();

  /** The sheet's view, built by `build` unless there is one already. */
  of(sheet: ExcelJS.Worksheet, build: () => SheetView): SheetView {
    let view = this.views.get(sheet);
    if (!view) {
      view = build();
      this.views.set(sheet, view);
    }
    return view;
  }

  /** Forgets the views of sheets just changed; the next ask builds them again. */
  changed(sheets: Iterable<ExcelJS.Worksheet>): void {
    for (const sheet of sheets) this.views.delete(sheet);
  }
}
