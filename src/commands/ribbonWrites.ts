/**
 * A ribbon command runs in the function file's runtime, not the pane's, and Excel does not tell the
 * pane of this add-in's own writes (planEdits.ts leaves them out): an open pane would keep showing a
 * reading older than the summary the ribbon just wrote ("RAG Summary is out of date"). So the
 * command notes its write in the add-in's local storage, which both runtimes share, and the pane
 * hears the storage event as it hears a user's edit.
 */
import type { OutcomeStorage } from "./unshownOutcome";

const KEY = "RAGTracker.ribbonWrite";

/**
 * Called once a ribbon command has run, as it may have written to the workbook, failed part-way or
 * not; `command` is the button's name, `workbook` the workbook's address (Office.context.document.url).
 */
export function noteRibbonWrite(storage: Pick<OutcomeStorage, "setItem">, command: string, workbook: string, at: number): void {
  try {
    // The time makes each note a change, so a second click of the same button is heard too.
    storage.setItem(KEY, JSON.stringify({ command, workbook, at }));
  } catch {
    // Storage full or blocked: the pane's Refresh overview still reads the workbook as it stands.
  }
}

/** The storage event's part this needs. */
interface StorageNote {
  key: string | null;
  newValue?: string | null;
}

/** The part of Window the pane listens on. */
export interface StorageEvents {
  addEventListener(type: "storage", listener: (event: StorageNote) => void): void;
  removeEventListener(type: "storage", listener: (event: StorageNote) => void): void;
}

/**
 * Calls `onWrite` for each ribbon write noted in another runtime on `workbook` (the local storage is
 * the add-in's, shared by every workbook it is open in); returns a function that stops listening.
 */
export function watchRibbonWrites(target: StorageEvents, workbook: string, onWrite: () => void): () => void {
  const listener = (event: StorageNote) => {
    if (event.key === KEY && noteOf(event.newValue)?.workbook === workbook) onWrite();
  };
  target.addEventListener("storage", listener);
  return () => target.removeEventListener("storage", listener);
}

function noteOf(text: string | null | undefined): { workbook?: unknown } | null {
  try {
    return text ? (JSON.parse(text) as { workbook?: unknown }) : null;
  } catch {
    return null;
  }
}
