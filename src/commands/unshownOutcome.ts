/**
 * A ribbon command's outcome that its dialog could not show (Office refuses a second dialog, or
 * dialogs are blocked): kept in the add-in's local storage, which its task pane shares, so the pane
 * says it when next opened, rather than a failed Generate going unsaid. One is kept, the latest.
 */

/** The part of Window.localStorage this needs. */
export interface OutcomeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The add-in's local storage, reached at each use: a browser that blocks storage to the add-in's
 * frame (third-party storage blocked) throws on the mere reading of window.localStorage, and each
 * use below catches what it throws, so a blocked storage costs its note and nothing more.
 */
export function addinStorage(storage: () => OutcomeStorage): OutcomeStorage {
  return {
    getItem: (key) => storage().getItem(key),
    setItem: (key, value) => storage().setItem(key, value),
    removeItem: (key) => storage().removeItem(key),
  };
}

export interface UnshownOutcome {
  message: string;
  kind: "done" | "error";
  /** When the command ended, as milliseconds since 1970. */
  at: number;
}

const KEY = "RAGTracker.unshownOutcome";

/** Older than this, an outcome is no longer news: the user has gone on since. */
const KEPT_MS = 12 * 60 * 60 * 1000;

export function keepUnshown(storage: OutcomeStorage, outcome: UnshownOutcome): void {
  try {
    storage.setItem(KEY, JSON.stringify(outcome));
  } catch {
    // Storage full or blocked: nothing more can be done for it.
  }
}

/** The outcome kept, once: taken out as it is read. */
export function takeUnshown(storage: OutcomeStorage, now: number): UnshownOutcome | null {
  let text: string | null;
  try {
    text = storage.getItem(KEY);
    if (text !== null) storage.removeItem(KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const kept = JSON.parse(text) as Partial<UnshownOutcome>;
    if (typeof kept.message !== "string" || (kept.kind !== "done" && kept.kind !== "error") || typeof kept.at !== "number" || now - kept.at > KEPT_MS) return null;
    return { message: kept.message, kind: kept.kind, at: kept.at };
  } catch {
    return null;
  }
}
