/**
 * The store is known by its header row and by its name in any letter case, and the records of
 * several stores are read as one (review finding 9): the engine's side of it.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { SheetSnapshot } from "../../src/core/cells";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { freeSheetName } from "../../src/core/sheetNames";
import { STORE_SHEET_NAME, encodeStore, isStoreHeader, isStoreSheetName, mergeStores, storeOrder } from "../../src/core/store";
import { peerReviewSheet } from "../fixtures/peerReview";

const storeRows = encodeStore([{ kind: "snapshot", id: "2021-07-13", json: '{"version":1,"actions":[]}' }]);

function sheet(name: string, values: SheetSnapshot["values"]): SheetSnapshot {
  return { name, firstRow: 1, firstColumn: 1, values, merges: [] };
}

describe("the store by its header and its name", () => {
  it("row 1 as RAG Tracker writes it is a store's; a user's row that only starts alike is not", () => {
    expect(isStoreHeader(storeRows[0])).toBe(true);
    expect(isStoreHeader(["kind", "id", "json"])).toBe(false);
    expect(isStoreHeader(["Kind", "id", storeRows[0]![2]])).toBe(false);
    expect(isStoreHeader(undefined)).toBe(false);
  });

  it("the store's name in any letter case is the store's", () => {
    expect(isStoreSheetName("ragtracker_data")).toBe(true);
    expect(isStoreSheetName("RAGTRACKER_DATA")).toBe(true);
    expect(isStoreSheetName("RAGTracker_Data (2)")).toBe(false);
  });

  it("the engine never reads a store as a tracker, whatever it is called, and says nothing of it", () => {
    const snapshot = { sheets: [peerReviewSheet(), sheet("Old data", storeRows), sheet("ragtracker_data", [["settings", "workbook", "{}"]])] };
    const analysis = analyseWorkbook(snapshot, DEFAULT_SETTINGS, "2021-07-13");
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Peer Review"]);
    expect(analysis.findings.filter((f) => f.sheet === "Old data" || f.sheet === "ragtracker_data")).toEqual([]);
  });
});

describe("several stores read as one", () => {
  it("orders the store's exact name first, then its name in other case, then the rest in tab order", () => {
    const names = ["Copy", "ragtracker_data", "Other", STORE_SHEET_NAME].map((name) => ({ name }));
    expect(storeOrder(names).map((s) => s.name)).toEqual([STORE_SHEET_NAME, "ragtracker_data", "Copy", "Other"]);
  });

  it("keeps every record of the first store and adds those of the others it does not hold; the first wins on the same kind and id", () => {
    const first = [
      { kind: "settings", id: "workbook", json: "new" },
      { kind: "snapshot", id: "2022-06-01", json: "b" },
    ];
    const second = [
      { kind: "settings", id: "workbook", json: "old" },
      { kind: "snapshot", id: "2021-07-13", json: "a" },
      { kind: "snapshot", id: "2021-07-13", json: "a again" },
    ];
    expect(mergeStores([first, second])).toEqual([...first, { kind: "snapshot", id: "2021-07-13", json: "a" }]);
    expect(mergeStores([])).toEqual([]);
  });

  it("a free name for a store moved out of the way is the next of its numbered names, compared ignoring case", () => {
    const taken = new Set(["ragtracker_data", "ragtracker_data (2)"]);
    expect(freeSheetName(STORE_SHEET_NAME, (lower) => taken.has(lower))).toBe("RAGTracker_Data (3)");
  });
});
