/**
 * Undoing a write of generated sheets that failed (sheetWriter.ts). The new sheets still under
 * their temporary names go, with their markers and temporary marks; an old generated sheet that
 * the failed last step had unmarked but not yet deleted is marked again, so the next run still
 * knows it as its own and nothing of the workbook is lost. A sheet the last step had already
 * given its name is finished, and left as written: the failure's sentence says so.
 */
import type { GeneratedSheetKey } from "../core/writePlan";
import { markerName } from "../core/markers";
import { listInWords } from "../core/sentences";
import type { XlContext } from "./excelApi";
import { findSheet, loadLayout } from "./layout";
import type { SheetTarget } from "./sheetWriter";

/** What a failed write left: the generated sheets finished before the failure, and the old ones it had deleted without a new one in their place. */
export interface WriteLeft {
  written: string[];
  oldDeleted: string[];
}

const same = (a: string | null | undefined, b: string | null): boolean => a != null && b !== null && a.toLowerCase() === b.toLowerCase();

/** Undoes what can be undone, in one request after a load; says what is left. */
export async function undoWrite(context: XlContext, targets: readonly SheetTarget[]): Promise<WriteLeft> {
  const built = targets.filter((t) => t.tempName !== null);
  const temporary = built.map((t) => context.workbook.worksheets.getItemOrNullObject(t.tempName!).load("name"));
  const layout = await loadLayout(context, { protection: false, dateSystem: false });
  const present = (t: SheetTarget) => !temporary[built.indexOf(t)]!.isNullObject;
  const marked = (t: SheetTarget) => layout.markers.live.get(t.plan.key);
  // Once the last step has marked a new sheet under its temporary name, every one no longer under it has taken its own.
  const finishing = built.some((t) => present(t) && same(marked(t), t.tempName));
  const finished = finishing ? targets.filter((t) => t.tempName === null || !present(t)) : [];
  const { worksheets, names } = context.workbook;
  for (const t of built) {
    if (!present(t)) continue;
    if (same(marked(t), t.tempName)) names.getItem(markerName(t.plan.key as GeneratedSheetKey)).delete();
    if (layout.temporarySheets.some((name) => same(name, t.tempName))) names.getItem(t.tempName!).delete();
    worksheets.getItem(t.tempName!).delete();
  }
  for (const t of built) {
    if (t.replaces === null || finished.includes(t) || !findSheet(layout, t.replaces)) continue;
    const marker = marked(t);
    if (marker != null && !same(marker, t.tempName)) continue;
    // A marker left pointing at no sheet holds the name.
    if (marker === null) names.getItem(markerName(t.plan.key as GeneratedSheetKey)).delete();
    const again = names.add(markerName(t.plan.key as GeneratedSheetKey), worksheets.getItem(t.replaces).getRange("A1"));
    again.visible = false;
  }
  await context.sync();
  return {
    written: finished.map((t) => (t.tempName === null ? t.plan.name : (layout.sheets.find((s) => same(marked(t), s.name))?.name ?? t.plan.name))),
    oldDeleted: finishing ? built.filter((t) => t.replaces !== null && !finished.includes(t) && !findSheet(layout, t.replaces)).map((t) => t.replaces!) : [],
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
