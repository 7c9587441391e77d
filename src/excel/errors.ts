/** Every failure reaches the user as one sentence: what went wrong and, where known, what to do. */
import { errorCode, isPayloadLimitError } from "./payload";

/** A failure the door explains itself; its message is already the sentence to show. */
export class ExcelDoorError extends Error {
  override readonly name = "ExcelDoorError";
}

const CODE_SENTENCES: Record<string, string> = {
  AccessDenied: "Excel refused the change because the workbook or sheet is protected; unprotect it and try again.",
  InvalidOperationInCellEditMode: "Excel is busy editing a cell; press Enter or Esc in the sheet and try again.",
  EditModeCannotAcquireLease: "Excel is busy editing a cell; press Enter or Esc in the sheet and try again.",
  Conflict: "Someone else changed the workbook at the same moment; try again.",
  ItemNotFound: "A sheet or cell RAG Tracker expected is no longer there; read the workbook again and retry.",
  // Two writes of the same generated sheets at once (the pane's and a ribbon button's) find each other's names; Excel also refuses one now and then for no reason.
  ItemAlreadyExists:
    "Excel refused a name RAG Tracker adds, as it does when another RAG Tracker task (in the task pane or from a ribbon button) writes the same sheets at the same moment, and now and then for no reason; run it again.",
  ApiNotFound: "This version of Excel does not support a feature this step needs; use Microsoft 365 or Excel on the web.",
};

/** Excel's error has a sentence of its own here, which says better what to do than any guess from the workbook. */
export function hasCodeSentence(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && code in CODE_SENTENCES;
}

/** Tidies a message into a single sentence with a full stop. */
export function asSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat === "") return "Something went wrong in Excel.";
  return /[.!?]$/.test(flat) ? flat : `${flat}.`;
}

/** The sentence to show for any thrown value. */
export function errorSentence(error: unknown): string {
  // The door's own messages are already the sentence to show, quotes and all.
  if (error instanceof ExcelDoorError) return error.message;
  if (isPayloadLimitError(error)) return "The workbook is too large for Excel to exchange in one step even after splitting; try again on Excel for the desktop.";
  const code = errorCode(error);
  if (code && code in CODE_SENTENCES) return CODE_SENTENCES[code]!;
  if (error instanceof Error) {
    const message = error.message || error.name;
    // Office.js messages are already sentences; keep only the first one.
    const first = /^(.+?[.!?])(\s|$)/.exec(message.replace(/\s+/g, " ").trim());
    return asSentence(first ? first[1]! : message);
  }
  return asSentence(typeof error === "string" ? error : "Something went wrong in Excel");
}
