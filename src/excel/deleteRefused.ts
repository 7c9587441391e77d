/**
 * Excel refusing to delete a sheet during a write of generated sheets: the old generated sheet in
 * the last step of a write built beside, or a leftover temporary sheet in the first step. Office.js
 * refuses Worksheet.delete for a very hidden sheet (its reference says to make it hidden or visible
 * first), and Excel keeps a workbook's last visible sheet; the code it gives varies (InvalidOperation
 * on Windows, GeneralException on the Mac, office-js #365) and its debugInfo.errorLocation is given
 * only "if available". So the refusal is told from the workbook as reloaded after the failure: the
 * new sheet placed beside its old one (the last step places it just before the old one goes) while
 * the old one is still there, or a leftover still there without its mark (the sweep removes the
 * mark first). An errorLocation naming another call rules it out, and so does a code the door has
 * its own sentence for (a cell being edited, the workbook protected). The write is then undone or
 * finished as any failed one (undoWrite.ts), and the sentence says which sheet stayed, what was
 * written, and what to do.
 */
import { listInWords } from "../core/sentences";
import type { WritePlan } from "../core/writePlan";
import { ExcelDoorError, hasCodeSentence } from "./errors";
import type { WorkbookLayout } from "./layout";
import { findSheet } from "./layout";
import { isPayloadLimitError } from "./payload";
import type { SheetTarget } from "./sheetWriter";
import type { WriteLeft } from "./undoWrite";

/** A sheet Excel would not delete, as the reloaded workbook shows it. */
export type DeleteRefusal = { kind: "old"; old: string; veryHidden: boolean } | { kind: "leftover"; sheet: string; veryHidden: boolean };

/** Excel's own error behind the door's sentence for it (ExcelDoor.withShape keeps it as the cause); undefined for the door's own errors. */
function excelError(error: unknown): unknown {
  if (!(error instanceof ExcelDoorError)) return error;
  return error.cause;
}

/** Office.js named the call that failed, and it is not a sheet's deletion. */
function locatedElsewhere(error: unknown): boolean {
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  return typeof location === "string" && location !== "" && location !== "Worksheet.delete";
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The deletion Excel refused, from `layout`, the workbook loaded after the failure and before it
 * was settled; null where the state shows none. `swept`: the leftover temporary sheets the write's
 * first step deleted, each mark before its sheet.
 */
export function deleteRefusal(error: unknown, layout: WorkbookLayout, targets: readonly SheetTarget[], swept: readonly string[]): DeleteRefusal | null {
  const excel = excelError(error);
  if (excel === undefined || isPayloadLimitError(excel) || hasCodeSentence(excel) || locatedElsewhere(excel)) return null;
  const veryHidden = (name: string) => findSheet(layout, name)?.visibility === "VeryHidden";
  // The sweep comes first in the first request: a leftover still there means nothing after it was done.
  for (const name of swept) {
    const marked = layout.temporarySheets.some((s) => same(s, name));
    if (findSheet(layout, name) !== undefined) return marked ? null : { kind: "leftover", sheet: findSheet(layout, name)!.name, veryHidden: veryHidden(name) };
  }
  for (const t of targets) {
    if (t.inPlace || t.replaces === null || t.tempName === null) continue;
    const old = layout.sheets.find((s) => (t.replacesId !== null ? s.id === t.replacesId : same(s.name, t.replaces!)));
    const built = findSheet(layout, t.tempName);
    if (!old || !built) continue;
    // The old sheet's temporary mark goes between the placing and the deletion: still there, the refusal may be the mark's.
    const markLeft = t.replacesTemporary && layout.temporarySheets.some((s) => same(s, old.name));
    if (built.position < old.position && !markLeft) return { kind: "old", old: old.name, veryHidden: old.visibility === "VeryHidden" };
  }
  return null;
}

/** The command the user ran, as the task pane names it, for "… again". */
export function commandOf(plan: WritePlan): string {
  const keys = new Set(plan.sheets.map((s) => s.key));
  if (keys.has("pack")) return "generate the committee pack";
  if (keys.has("history")) return "generate RAG History";
  return "generate the RAG summary";
}

/** Of generated sheets whose rewrite in place Excel refused part-way: 'Sheet "RAG Summary" may be only partly rewritten; generate the RAG summary again …'. */
export function partlyRewrittenSentence(sheets: readonly string[], command: string): string {
  const named = sheets.map((s) => `"${s}"`);
  const which = named.length === 1 ? `Sheet ${named[0]} may be only partly rewritten` : `Sheets ${named.slice(0, -1).join(", ")} and ${named.at(-1)} may be only partly rewritten`;
  return `${which}; ${command} again to write ${named.length === 1 ? "it" : "them"} whole before it is printed or sent.`;
}

/** How to make a very hidden sheet visible, which Excel's menus cannot do. */
const UNHIDE_VERY_HIDDEN = "make it visible in Excel for the desktop (Developer > Visual Basic, that sheet's Visible property set to -1 - xlSheetVisible)";

/**
 * The sentence for a refused deletion. `left`: what the write left once settled; the sheets
 * written in place were written in the same request as the last step, before it, so they were
 * written where the old sheet's refusal came in that step, and not where the sweep's came first.
 */
export function deleteRefusedSentence(refusal: DeleteRefusal, targets: readonly SheetTarget[], left: WriteLeft, command: string): string {
  if (refusal.kind === "leftover") {
    const sheet = refusal.sheet;
    if (refusal.veryHidden) {
      return `Excel refused to delete "${sheet}", a very hidden sheet an earlier write that was cut short left behind, so nothing was written; ${command} again (RAG Tracker now leaves "${sheet}" as it is), and to remove it, ${UNHIDE_VERY_HIDDEN} and delete it.`;
    }
    return `Excel refused to delete "${sheet}", a sheet an earlier write that was cut short left behind, so nothing was written; ${command} again (RAG Tracker now leaves "${sheet}" as it is), and delete "${sheet}" yourself if you do not need it.`;
  }
  const written = [...targets.filter((t) => t.inPlace).map((t) => t.plan.name), ...left.written];
  const what = written.length === 0 ? "nothing was written" : `only ${listInWords(written.map((n) => `"${n}"`))} ${written.length === 1 ? "was" : "were"} written`;
  const old = refusal.old;
  const target = targets.find((t) => t.replaces !== null && same(t.replaces, old));
  const name = target?.plan.name ?? old;
  if (refusal.veryHidden) {
    return `Excel refused to delete the old "${old}" sheet to put the new one in its place, as Excel does not let an add-in delete a very hidden sheet, so that sheet is unchanged and ${what}; ${UNHIDE_VERY_HIDDEN}, then ${command} again.`;
  }
  return `Excel refused to delete the old "${old}" sheet to put the new one in its place, so that sheet is unchanged and ${what}; ${command} again, and if Excel refuses again, rename "${old}" (RAG Tracker then keeps it as it is and writes a new "${name}" beside it) or delete it yourself.`;
}
