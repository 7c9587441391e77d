/**
 * Both file doors know the store sheet by its header row, whatever a user renamed or copied it to
 * (LibreOffice saves it merely hidden, so it can be unhidden): it is never read as a tracker, its
 * records are kept, and a save leaves one store of the store's name, never a second sheet whose
 * name differs only in case (review finding 9).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { StoreRecord } from "../../src/core/store";
import { STORE_HEADER, STORE_SHEET_NAME } from "../../src/core/store";
import { recordReport } from "../../src/door/historyOperations";
import { loadHistory } from "../helpers/loadHistory";
import type { SheetsDoor } from "../../src/door/RagDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { packageSheets, renamedSheet, withStoreSheets } from "../helpers/storeSheets";
import { sampleBytes } from "../helpers/workbooks";
import { bytesOf, userBytes } from "./helpers";

type FileDoor = SheetsDoor & { save(): Promise<Uint8Array> };

const doors: [string, (bytes: Uint8Array) => Promise<FileDoor>][] = [
  ["the ExcelJS file door", (bytes) => XlsxDoor.open(bytes, "plan.xlsx")],
  ["the streaming file door", (bytes) => StreamingXlsxDoor.open(bytes, "plan.xlsx")],
];

const settings = (staleDays: number): StoreRecord => ({ kind: "settings", id: "workbook", json: JSON.stringify({ ...DEFAULT_SETTINGS, staleDays }) });
const record = (id: string): StoreRecord => ({ kind: "note", id, json: JSON.stringify({ id }) });

/** The rows of a sheet of the saved workbook, as values, read by ExcelJS. */
async function rowsOf(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`The saved workbook has no sheet "${name}".`);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** No two sheet names that Excel would take for one. */
function expectNamesDistinct(sheets: { name: string }[]): void {
  const lower = sheets.map((s) => s.name.toLowerCase());
  expect(new Set(lower).size).toBe(lower.length);
}

describe.each(doors)("%s", (_, open) => {
  it("the finding's steps: a store renamed to ragtracker_data is not read as a tracker, its report is kept, and the next save writes one store", async () => {
    const first = await open(sampleBytes());
    await recordReport(first, undefined, "2021-07-13");
    const renamed = await renamedSheet(await first.save(), STORE_SHEET_NAME, "ragtracker_data", "hidden");

    const door = await open(renamed);
    const snapshot = await door.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"]);
    const analysis = analyseWorkbook(snapshot, await door.readSettings(), "2022-06-01");
    expect(analysis.findings.filter((f) => f.sheet.toLowerCase() === "ragtracker_data")).toEqual([]);
    expect((await loadHistory(door)).snapshots.map((s) => s.date)).toEqual(["2021-07-13"]);

    const recorded = await recordReport(door, undefined, "2022-06-01");
    expect(recorded.message).toBe("Recorded a report of 173 actions for 1 June 2022.");
    const saved = await door.save();
    const sheets = await packageSheets(saved);
    expectNamesDistinct(sheets);
    expect(sheets.filter((s) => s.name.toLowerCase() === STORE_SHEET_NAME.toLowerCase())).toEqual([{ name: STORE_SHEET_NAME, state: "veryHidden" }]);
    expect((await loadHistory(await open(saved))).snapshots.map((s) => s.date)).toEqual(["2021-07-13", "2022-06-01"]);
  });

  it("two stores whose names differ only in case, as an older version left them: both are read, the one of the store's own name wins, and a save leaves one store and the other empty", async () => {
    const bytes = await withStoreSheets(await userBytes(), [
      { name: "ragtracker_data", state: "hidden", records: [settings(30), record("old"), record("both")] },
      { name: STORE_SHEET_NAME, state: "veryHidden", records: [settings(45), { ...record("both"), json: '{"id":"newer"}' }, record("new")] },
    ]);
    const merged = [settings(45), { ...record("both"), json: '{"id":"newer"}' }, record("new"), record("old")];
    const door = await open(bytes);
    expect(await door.readStore()).toEqual(merged);
    expect((await door.readSettings()).staleDays).toBe(45);
    expect((await door.read()).sheets.map((s) => s.name)).toEqual(["Plan", "Notes"]);

    await door.writeStore(await door.readStore());
    expect(await door.readStore()).toEqual(merged);
    const saved = await door.save();
    const sheets = await packageSheets(saved);
    expectNamesDistinct(sheets);
    expect(sheets).toEqual([
      { name: "Plan", state: "visible" },
      { name: "Notes", state: "visible" },
      { name: "RAGTracker_Data (2)", state: "veryHidden" },
      { name: STORE_SHEET_NAME, state: "veryHidden" },
    ]);
    expect(await rowsOf(saved, "RAGTracker_Data (2)")).toEqual([[...STORE_HEADER]]);
    const again = await open(saved);
    expect(await again.readStore()).toEqual(merged);
    expect((await again.read()).sheets.map((s) => s.name)).toEqual(["Plan", "Notes"]);
  });

  it("a visible copy under another name, with no store of the store's name: its records are the store, and the save names it as RAG Tracker does and hides it", async () => {
    const bytes = await withStoreSheets(await userBytes(), [{ name: "Copy of data", state: "visible", records: [settings(60), record("kept")] }]);
    const door = await open(bytes);
    expect((await door.read()).sheets.map((s) => s.name)).toEqual(["Plan", "Notes"]);
    expect((await door.readSettings()).staleDays).toBe(60);
    await door.writeSettings({ ...DEFAULT_SETTINGS, staleDays: 61 });
    const saved = await door.save();
    expect(await packageSheets(saved)).toEqual([
      { name: "Plan", state: "visible" },
      { name: "Notes", state: "visible" },
      { name: STORE_SHEET_NAME, state: "veryHidden" },
    ]);
    const again = await open(saved);
    expect(await again.readStore()).toEqual([settings(61), record("kept")]);
  });

  it("the store's name in other letter case is the store, found without its header", async () => {
    const bytes = await withStoreSheets(await userBytes(), [{ name: "RAGTRACKER_DATA", state: "hidden", records: [settings(20)] }]);
    const door = await open(bytes);
    expect((await door.readSettings()).staleDays).toBe(20);
    expect((await door.read()).sheets.map((s) => s.name)).toEqual(["Plan", "Notes"]);
    await door.writeSettings({ ...DEFAULT_SETTINGS, staleDays: 21 });
    const sheets = await packageSheets(await door.save());
    expect(sheets.map((s) => s.name)).toEqual(["Plan", "Notes", STORE_SHEET_NAME]);
  });

  it("a user's sheet whose first row only looks like the store's is read as the user's", async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet("Plan").addRows([
        ["Rec No", "Recommendation", "RAG"],
        [1, "Agree budget", "B"],
      ]);
      wb.addWorksheet("Lookups").addRows([
        ["kind", "id", "json"],
        ["a", "1", "{}"],
      ]);
    });
    const door = await open(bytes);
    expect((await door.read()).sheets.map((s) => s.name)).toEqual(["Plan", "Lookups"]);
    expect(await door.readStore()).toEqual([]);
  });
});
