/**
 * The Excel door knows the store sheet by its header row, whatever a user renamed or copied it to
 * (after a save by LibreOffice it is merely hidden, so Excel's Unhide shows it): it is never read
 * as a tracker, the records of every store are read, and a save writes them to one store of the
 * store's name and empties the others (review finding 9).
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { StoreRecord } from "../../src/core/store";
import { STORE_HEADER, STORE_SHEET_NAME, decodeStore, encodeStore } from "../../src/core/store";
import { recordReport } from "../../src/door/historyOperations";
import { FakeExcel } from "../fakes/fakeExcel";
import type { FakeSheet } from "../fakes/fakeExcel";
import { putSnapshot } from "./helpers";
import { peerReviewSheet } from "../fixtures/peerReview";

const settings = (staleDays: number): StoreRecord => ({ kind: "settings", id: "workbook", json: JSON.stringify({ ...DEFAULT_SETTINGS, staleDays }) });
const record = (id: string): StoreRecord => ({ kind: "note", id, json: JSON.stringify({ id }) });

/** A store sheet as RAG Tracker writes it (every cell text), under any name and visibility. */
function putStore(excel: FakeExcel, name: string, visibility: string, records: StoreRecord[]): FakeSheet {
  const sheet = excel.sheet(name, encodeStore(records));
  sheet.visibility = visibility;
  for (const cell of sheet.cells.values()) cell.numberFormat = "@";
  return sheet;
}

/** A sheet's rows from row 1, as values. */
function rowsOf(sheet: FakeSheet): unknown[][] {
  const extent = sheet.valueExtent();
  if (!extent) return [];
  return Array.from({ length: extent.bottom }, (_, r) => Array.from({ length: extent.right }, (_, c) => sheet.cell(r + 1, c + 1)?.value ?? null));
}

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  putSnapshot(excel, peerReviewSheet());
  return excel;
}

describe("a store renamed or copied, in Excel", () => {
  it("a store renamed to another name is not read as a tracker, its settings are used, and recording a report writes to it under the store's name", async () => {
    const excel = workbook();
    putStore(excel, "Old data", "Hidden", [settings(30), record("kept")]);
    const door = new ExcelDoor(excel);
    const snapshot = await door.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Peer Review"]);
    const analysis = analyseWorkbook(snapshot, await door.readSettings(), "2021-07-13");
    expect(analysis.findings.filter((f) => f.sheet === "Old data")).toEqual([]);
    expect((await door.readSettings()).staleDays).toBe(30);

    const recorded = await recordReport(new ExcelDoor(excel), undefined, "2021-07-13");
    expect(recorded.message).toBe("Recorded a report of 26 actions for 13 July 2021.");
    expect(excel.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Peer Review", "Visible"],
      [STORE_SHEET_NAME, "VeryHidden"],
    ]);
    expect(decodeStore(rowsOf(excel.get(STORE_SHEET_NAME))).map((r) => r.id)).toEqual(["workbook", "kept", "2021-07-13"]);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
  });

  it("the store's name in other letter case is the store: read, and named as RAG Tracker names it on the next save", async () => {
    const excel = workbook();
    putStore(excel, "ragtracker_data", "Hidden", [settings(20)]);
    const door = new ExcelDoor(excel);
    expect((await door.read()).sheets.map((s) => s.name)).toEqual(["Peer Review"]);
    expect((await door.readSettings()).staleDays).toBe(20);
    await new ExcelDoor(excel).writeSettings({ ...DEFAULT_SETTINGS, staleDays: 21 });
    expect(excel.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Peer Review", "Visible"],
      [STORE_SHEET_NAME, "VeryHidden"],
    ]);
    expect((await new ExcelDoor(excel).readSettings()).staleDays).toBe(21);
  });

  it("a store and a copy of it: the records of both are read, the store's own win, and a save leaves the copy empty but for its header", async () => {
    const excel = workbook();
    putStore(excel, STORE_SHEET_NAME, "VeryHidden", [settings(45), { ...record("both"), json: '{"id":"newer"}' }, record("new")]);
    const copy = putStore(excel, "RAGTracker_Data (2)", "Hidden", [settings(30), record("old"), record("both")]);
    const merged = [settings(45), { ...record("both"), json: '{"id":"newer"}' }, record("new"), record("old")];

    // Without a read first, the copy is found by a look at row 1 of every sheet.
    expect(await new ExcelDoor(excel).readStore()).toEqual(merged);
    const door = new ExcelDoor(excel);
    expect((await door.read()).sheets.map((s) => s.name)).toEqual(["Peer Review"]);
    expect(await door.readStore()).toEqual(merged);

    await new ExcelDoor(excel).writeStore(merged);
    expect(decodeStore(rowsOf(excel.get(STORE_SHEET_NAME)))).toEqual(merged);
    expect(rowsOf(copy)).toEqual([[...STORE_HEADER]]);
    expect(copy.visibility).toBe("VeryHidden");
    expect(await new ExcelDoor(excel).readStore()).toEqual(merged);
    expect((await new ExcelDoor(excel).read()).sheets.map((s) => s.name)).toEqual(["Peer Review"]);
  });

  it("a very hidden copy, which the data read never sees, is found by the look that rides with it", async () => {
    const excel = workbook();
    putStore(excel, STORE_SHEET_NAME, "VeryHidden", [settings(45)]);
    putStore(excel, "Backup", "VeryHidden", [record("old")]);
    const door = new ExcelDoor(excel);
    await door.read();
    excel.resetSyncs();
    expect(await door.readStore()).toEqual([settings(45), record("old")]);
  });

  it("a workbook whose structure is protected, with only a renamed store: the records are saved into it, and nothing is added or renamed", async () => {
    const excel = workbook();
    putStore(excel, "Old data", "Hidden", [settings(30)]);
    excel.workbook.protected = true;
    await new ExcelDoor(excel).writeSettings({ ...DEFAULT_SETTINGS, staleDays: 31 });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Peer Review", "Old data"]);
    expect((await new ExcelDoor(excel).readSettings()).staleDays).toBe(31);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
  });

  it("a store as RAG Tracker leaves it costs no more syncs than before: the look at the other sheets rides with the store's own read", async () => {
    const excel = workbook();
    excel.sheet("Notes", [["My notes"]]);
    await new ExcelDoor(excel).writeStore([settings(45), record("a")]);
    excel.resetSyncs();
    expect(await new ExcelDoor(excel).readStore()).toEqual([settings(45), record("a")]);
    // The shape, then the store's first rows with row 1 of the other sheets.
    expect(excel.syncs).toHaveLength(2);
  });
});
