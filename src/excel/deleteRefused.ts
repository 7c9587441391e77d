/**
 * Excel refusing to delete an old generated sheet in the last step of a write built beside.
 * Office.js refuses Worksheet.delete with InvalidOperation for a very hidden sheet (its reference
 * says to make it hidden or visible first), and Excel keeps a workbook's last visible sheet; the
 * new sheet never takes the old one's place then. The write is undone or finished as any failed
 * one (undoWrite.ts), and the sentence says which sheet stayed, what was written, and what to do:
 * a generated sheet the user renamed is kept and the new one written beside it, with nothing to
 * delete.
 */
import { listInWords } from "../core/sentences";
import { errorCode } from "./payload";
import type { SheetTarget } from "./sheetWriter";
import type { WriteLeft } from "./undoWrite";

/** Whether Excel refused a sheet's deletion (itself, or as the cause of the door's error): Office.js names the call that failed in debugInfo.errorLocation. */
export function isSheetDeleteRefused(error: unknown): boolean {
  if (error instanceof Error && error.cause !== undefined && isSheetDeleteRefused(error.cause)) return true;
  if (errorCode(error) !== "InvalidOperation") return false;
  const location = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
  return location === "Worksheet.delete";
}

/**
 * The sentence for a write whose old sheet Excel would not delete, or null where no old sheet
 * was left in place of its new one (the refusal was of another sheet). `left`: what the write
 * left once settled; the sheets written in place were written before the last step.
 */
export function deleteRefusedSentence(targets: readonly SheetTarget[], left: WriteLeft): string | null {
  const written = [...targets.filter((t) => t.inPlace).map((t) => t.plan.name), ...left.written];
  const lower = (name: string) => name.toLowerCase();
  const stayed = targets.find((t) => !t.inPlace && t.replaces !== null && !written.some((n) => lower(n) === lower(t.plan.name)) && !left.oldDeleted.some((n) => lower(n) === lower(t.replaces!)));
  if (!stayed) return null;
  const what = written.length === 0 ? "nothing was written" : `only ${listInWords(written.map((n) => `"${n}"`))} ${written.length === 1 ? "was" : "were"} written`;
  const old = stayed.replaces!;
  return `Excel refused to delete the old "${old}" sheet to put the new one in its place, so that sheet is unchanged and ${what}; generate the summary again, and if Excel refuses again, rename "${old}" (RAG Tracker then keeps it as it is and writes a new "${stayed.plan.name}" beside it) or delete it yourself.`;
}
