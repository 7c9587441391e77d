import { describe, expect, it } from "vitest";
import { keepUnshown, takeUnshown, type OutcomeStorage } from "../../src/commands/unshownOutcome";

function memoryStorage(): OutcomeStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

describe("a ribbon command's outcome its dialog could not show", () => {
  it("is kept for the pane, said once, and not once it is old news", () => {
    const storage = memoryStorage();
    const at = Date.UTC(2021, 10, 1, 9);
    keepUnshown(storage, { message: "The sheet is protected.", kind: "error", at });
    expect(takeUnshown(storage, at + 60_000)).toEqual({ message: "The sheet is protected.", kind: "error", at });
    expect(takeUnshown(storage, at + 60_000)).toBeNull();
    keepUnshown(storage, { message: "Wrote the RAG Summary.", kind: "done", at });
    expect(takeUnshown(storage, at + 13 * 60 * 60 * 1000)).toBeNull();
    storage.items.set("RAGTracker.unshownOutcome", "{not json");
    expect(takeUnshown(storage, at)).toBeNull();
  });
});
