/**
 * Settling a write of generated sheets that failed (sheetWriter.ts). Before its last step began,
 * the write is undone: the new sheets still under their temporary names go, with their temporary
 * marks, and every old generated sheet stays, still marked (the last step never unmarks one it
 * has not deleted). Once the last step has begun (an old sheet deleted, a new sheet marked or
 * named), every new sheet was already complete, so the last step is finished instead, and the
 * write succeeded after all; where that is not wanted (every name tried was refused) or fails, the
 * sheets not yet named go, and the failure's sentence says what is left.
 */
import type { GeneratedSheetKey } from "../core/writePlan";
import { markerName } from "../core/markers";
import { listInWords } from "../core/sentences";
import type { XlContext } from "./excelApi";
import type { WorkbookLayout } from "./layout";
import { findSheet, loadLayout } from "./layout";
import type { SheetTarget } from "./sheetWriter";
import { pointMarker } from "./sheetWriter";
import { SheetOrder } from "./generatedOrder";

/** What a failed write left: complete (the last step finished here), or the generated sheets finished before the failure and the old ones deleted without a new one in their place. */
export interface WriteLeft {
  complete: boolean;
  written: string[];
  oldDeleted: string[];
}

export interface UndoOptions {
  /** Finish a last step that had begun rather than remove the sheets it had not named. */
  finish: boolean;
  /** ExcelApi 1.7: markers are pointed at their sheets (sheetWriter.pointMarker). */
  repoint: boolean;
  /** Given the workbook as loaded before anything is settled: what the failure left. */
  loaded?: (layout: WorkbookLayout) => void;
}

const same = (a: string | null | undefined, b: string | null): boolean => a != null && b !== null && a.toLowerCase() === b.toLowerCase();

/** Undoes or finishes what it can, in one request after a load; says what is left. */
export async function undoWrite(context: XlContext, targets: readonly SheetTarget[], options: UndoOptions): Promise<WriteLeft> {
  const built = targets.filter((t) => t.tempName !== null);
  const temporary = built.map((t) => context.workbook.worksheets.getItemOrNullObject(t.tempName!).load("name"));
  const layout = await loadLayout(context, { protection: false, dateSystem: false });
  options.loaded?.(layout);
  const present = (t: SheetTarget) => !temporary[built.indexOf(t)]!.isNullObject;
  const marked = (t: SheetTarget) => layout.markers.live.get(t.plan.key);
  // The new sheet may have taken the old one's name: the old one is known by its id.
  const oldGone = (t: SheetTarget) => t.replaces !== null && !layout.sheets.some((s) => (t.replacesId !== null ? s.id === t.replacesId : same(s.name, t.replaces)));
  // Named by the last step: no longer under its temporary name, marked, and not the old sheet.
  const named = (t: SheetTarget) => !present(t) && marked(t) != null && (t.replaces === null ? !same(marked(t), t.keeps) : oldGone(t)) && findSheet(layout, marked(t)!) !== undefined;
  const markedTemporary = (name: string) => layout.temporarySheets.some((s) => same(s, name));
  // The last step deletes an old sheet before it marks or names anything of its sheet (placing the new one first changes no sheet's order but its own), and marks a new one before naming it.
  const begun = built.some((t) => named(t) || same(marked(t), t.tempName) || oldGone(t));
  const { worksheets, names } = context.workbook;
  if (begun && options.finish) {
    const doomed = (t: SheetTarget) => t.replaces !== null && !oldGone(t) && findSheet(layout, t.replaces) !== undefined;
    const moving = built.filter((t) => present(t) && t.position !== null);
    const order = new SheetOrder(
      [...layout.sheets].sort((a, b) => a.position - b.position).map((s) => s.name),
      new Map(moving.map((t) => [t.tempName!, t.position!])),
      built.filter((t) => present(t) && doomed(t)).map((t) => [t.replaces!, t.tempName!] as const),
    );
    // Sheet by sheet, each placed and named before the next old sheet goes: a refusal or a closed pane part-way keeps those named, in their places.
    for (const t of built) {
      if (!present(t)) continue;
      // Placed before its old sheet goes, as the last step does (sheetWriter.finishStep).
      if (moving.includes(t)) worksheets.getItem(t.tempName!).position = order.place(t.tempName!);
      if (doomed(t)) {
        if (t.replacesTemporary && markedTemporary(t.replaces!)) names.getItem(t.replaces!).delete();
        worksheets.getItem(t.replaces!).delete();
        order.delete(t.replaces!);
      }
      if (!same(marked(t), t.tempName)) pointMarker(context, t.plan.key, t.tempName!, layout.markers.live.has(t.plan.key), options.repoint);
      if (markedTemporary(t.tempName!)) names.getItem(t.tempName!).delete();
      worksheets.getItem(t.tempName!).name = t.plan.name;
      order.rename(t.tempName!, t.plan.name);
    }
    const first = targets[0];
    if (first) worksheets.getItem(first.plan.name).activate();
    await context.sync();
    return { complete: true, written: targets.map((t) => t.plan.name), oldDeleted: [] };
  }
  for (const t of built) {
    if (!present(t)) continue;
    // A marker already pointed at a sheet that goes would be left pointing at nothing.
    if (same(marked(t), t.tempName)) names.getItem(markerName(t.plan.key as GeneratedSheetKey)).delete();
    // The sheet before its mark: cut short between them, a mark left pointing at nothing goes with the next write, where a sheet left unmarked would stay as the user's.
    worksheets.getItem(t.tempName!).delete();
    if (markedTemporary(t.tempName!)) names.getItem(t.tempName!).delete();
  }
  await context.sync();
  const finished = begun ? targets.filter((t) => t.tempName === null || named(t)) : [];
  return {
    complete: false,
    written: finished.map((t) => (t.tempName === null ? t.plan.name : (layout.sheets.find((s) => same(marked(t), s.name))?.name ?? t.plan.name))),
    oldDeleted: begun ? built.filter((t) => !finished.includes(t) && oldGone(t)).map((t) => t.replaces!) : [],
  };
}

/** The failure's sentence, with what the write left once its last step had begun: one sentence still. */
export function leftSentence(failure: string, left: WriteLeft, deletedSaid: boolean): string {
  const deleted = deletedSaid ? [] : left.oldDeleted;
  if (left.written.length === 0 && deleted.length === 0) return failure;
  const written = left.written.length === 0 ? "nothing was written" : `only ${listInWords(left.written.map((n) => `"${n}"`))} ${left.written.length === 1 ? "was" : "were"} written`;
  const old = deleted.length === 0 ? "" : `, and the old ${listInWords(deleted.map((n) => `"${n}"`))} had already been deleted`;
  return `${failure.replace(/\.$/, "")}; ${written}${old}.`;
}
