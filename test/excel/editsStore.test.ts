import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fixRatings } from "../../src/door/operations";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { STORE_SHEET_NAME } from "../../src/core/store";
import { FakeExcel } from "../fakes/fakeExcel";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { dumpWorkbook, putSnapshot } from "./helpers";

describe("ExcelDoor.applyEdits (Fix ratings)", () => {
  it("normalises the fixable ratings and touches nothing else", async () => {
    const excel = new FakeExcel();
    const sheet = putSnapshot(excel, peerReviewSheet({ 3: "green ", 4: "b", 5: "Purple" }));
    const { edits } = await fixRatings(new ExcelDoor(excel));
    expect(edits.map((e) => [e.row, e.to])).toEqual([
      [peerReviewRow(3), "G"],
      [peerReviewRow(4), "B"],
    ]);
    // A rating's name stays text in any number format, so the cell keeps its own.
    expect(sheet.cell(peerReviewRow(3), 6)).toEqual({ value: "G" });
    expect(sheet.cell(peerReviewRow(4), 6)?.value).toBe("B");
    expect(sheet.cell(peerReviewRow(5), 6)?.value).toBe("Purple");
    expect(sheet.cell(peerReviewRow(6), 6)?.numberFormat).toBeUndefined();
  });

  it("writes nothing when a cell changed since it was read", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet({ 3: "green ", 4: "b" }));
    const door = new ExcelDoor(excel);
    const before = dumpWorkbook(excel);
    await expect(
      door.applyEdits([
        { sheet: "Peer Review", row: peerReviewRow(3), column: 6, from: "green ", to: "G" },
        { sheet: "Peer Review", row: peerReviewRow(4), column: 6, from: "blue", to: "B" },
      ]),
    ).rejects.toThrow(`Nothing was changed because row ${peerReviewRow(4)} of "Peer Review" now holds "b" where "blue" was read; check again and retry.`);
    expect(dumpWorkbook(excel)).toEqual(before);
  });
});

describe("settings and the store sheet", () => {
  it("keeps settings on a very hidden sheet, every cell text, and reads them back through the engine's schema", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    const settings = { ...DEFAULT_SETTINGS, staleDays: 45, trackerSheets: ["Plan"], columnOverrides: { Plan: { rating: "A" } } };
    await new ExcelDoor(excel).writeSettings(settings);
    const store = excel.get(STORE_SHEET_NAME);
    expect(store.visibility).toBe("VeryHidden");
    expect(store.text(2, 1)).toBe("settings");
    expect(store.cell(2, 3)).toMatchObject({ numberFormat: "@" });
    expect(JSON.parse(store.text(2, 3))).toEqual(settings);
    expect(await new ExcelDoor(excel).readSettings()).toEqual(settings);
    // The store is the add-in's, not a tracker.
    expect((await new ExcelDoor(excel).read()).sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  it("makes the store sheet very hidden again when another application left it merely hidden", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    await new ExcelDoor(excel).writeSettings({ ...DEFAULT_SETTINGS, staleDays: 45 });
    excel.get(STORE_SHEET_NAME).visibility = "Hidden";
    await new ExcelDoor(excel).writeSettings({ ...DEFAULT_SETTINGS, staleDays: 30 });
    expect(excel.get(STORE_SHEET_NAME).visibility).toBe("VeryHidden");
    expect((await new ExcelDoor(excel).readSettings()).staleDays).toBe(30);
  });

  it("keeps other records when the settings change, and reports damaged settings in one sentence", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"]]);
    const door = new ExcelDoor(excel);
    // Longer than one cell holds: the store splits it over several cells.
    const long = "[" + "1,".repeat(20_000) + "1]";
    await door.writeStore([{ kind: "snapshot", id: "2021-12-15", json: long }]);
    await door.writeSettings({ ...DEFAULT_SETTINGS, staleDays: 30 });
    const records = await new ExcelDoor(excel).readStore();
    expect(records.map((r) => r.kind)).toEqual(["settings", "snapshot"]);
    expect(records[1]!.json).toBe(long);

    // The records sit wherever the last save put them (excelStore.ts): find the settings' row.
    const store = excel.get(STORE_SHEET_NAME);
    const row = [...store.cells.entries()].find(([key, cell]) => key.endsWith(",1") && cell.value === "settings")![0].split(",")[0];
    store.ensure(Number(row), 3).value = '{"staleDays": -3}';
    await expect(new ExcelDoor(excel).readSettings()).rejects.toThrow(/^The RAG Tracker settings saved in this workbook cannot be used: the stale threshold is .+, where it should be .+; save the settings again in the task pane\.$/);
    store.ensure(Number(row), 3).value = "{not json";
    await expect(new ExcelDoor(excel).readSettings()).rejects.toThrow("The RAG Tracker settings saved in this workbook are damaged (their text is cut short or garbled); save the settings again in the task pane.");
  });

  it("gives the defaults when the workbook has no store sheet, in two syncs: the shape, and a look at row 1 of each sheet for a store renamed or copied", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"]]);
    expect(await new ExcelDoor(excel).readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(excel.syncs).toHaveLength(2);
  });
});

describe("ExcelDoor.select", () => {
  it("activates the sheet and selects the cell", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"]]);
    excel.sheet("Leo", [["RAG"]]);
    await new ExcelDoor(excel).select("Leo", 12, 6);
    expect(excel.workbook.active?.name).toBe("Leo");
    expect(excel.workbook.selection).toEqual({ sheet: "Leo", range: { top: 12, bottom: 12, left: 6, right: 6 } });
    await expect(new ExcelDoor(excel).select("Gone", 1, 1)).rejects.toThrow('There is no sheet named "Gone" any more.');
  });
});
