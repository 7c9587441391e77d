/**
 * A ribbon command runs in the function file's runtime, not the pane's, and Excel does not tell the
 * pane of this add-in's own writes (planEdits.ts leaves them out): an open pane would keep showing a
 * reading older than the summary the ribbon just wrote ("RAG Summary is out of date"). So the
 * command notes its write in the add-in's local storage, which both runtimes share, and the pane
 * hears the storage event as it hears a user's edit.
 */
import type { OutcomeStorage } from "./unshownOutcome";

const KEY = "RAGTracker.ribbonWrite";

/** Called once a ribbon command has written to the workbook; `command` is the button's name. */
export function noteRibbonWrite(storage: Pick<OutcomeStorage, "setItem">, command: string, at: number): void {
  try {
    // The time makes each note a change, so a second click of the same button is heard too.
    storage.setItem(KEY, JSON.stringify({ command, at }));
  } catch {
    // Storage full or blocked: the pane's Refresh overview still reads the workbook as it stands.
  }
}

/** The part of Window the pane listens on. */
export interface StorageEvents {
  addEventListener(type: "storage", listener: (event: { key: string | null }) => void): void;
  removeEventListener(type: "storage", listener: (event: { key: string | null }) => void): void;
}

/** Calls `onWrite` for each ribbon write noted in another runtime; returns a function that stops listening. */
export function watchRibbonWrites(target: StorageEvents, onWrite: () => void): () => void {
  const listener = (event: { key: string | null }) => {
    if (event.key === KEY) onWrite();
  };
  target.addEventListener("storage", listener);
  return () => target.removeEventListener("storage", listener);
}
