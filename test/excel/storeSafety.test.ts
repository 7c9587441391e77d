/**
 * The store sheet keeps every recorded report and the settings whatever happens to a save: a
 * workbook whose structure is protected, a save refused in any of its syncs, a store larger than
 * one response of Excel on the web. And it stays readable by the other doors, which read it row by
 * row from the top (src/xlsx/storeSheet.ts) and skip rows without a kind (core/store.ts).
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { deleteReport, recordReport } from "../../src/door/historyOperations";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { StoreRecord } from "../../src/core/store";
import { STORE_SHEET_NAME, decodeStore, encodeStore } from "../../src/core/store";
import type { XlContext } from "../../src/excel/excelApi";
import { FakeExcel } from "../fakes/fakeExcel";
import type { FakeSheet } from "../fakes/fakeExcel";
import { putSnapshot } from "./helpers";
import { peerReviewSheet } from "../fixtures/peerReview";

const LIMIT = 5_000_000;

function snapshots(count: number, size: number, from = 0): StoreRecord[] {
  return Array.from({ length: count }, (_, i) => ({ kind: "snapshot", id: `2021-${String(from + i + 1).padStart(3, "0")}`, json: JSON.stringify({ n: from + i, a: "x".repeat(size) }) }));
}

/** The store sheet's rows as a file door reads them: by row number from row 1, empty rows empty. */
function rowsByNumber(sheet: FakeSheet): unknown[][] {
  const extent = sheet.valueExtent();
  if (!extent) return [];
  const rows: unknown[][] = [];
  for (let r = 1; r <= extent.bottom; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= extent.right; c++) row.push(sheet.cell(r, c)?.value ?? null);
    rows.push(row);
  }
  return rows;
}

/** The records any door finds in the store sheet as it stands. */
function recordsInSheet(excel: FakeExcel): StoreRecord[] {
  return decodeStore(rowsByNumber(excel.get(STORE_SHEET_NAME)));
}

/** Runs `around` in place of every sync of later host.run calls, with the sync's number (from 1); returns the undo. */
function interceptSyncs(excel: FakeExcel, around: (sync: () => Promise<void>, n: number) => Promise<void>): () => void {
  const realRun = excel.run;
  let syncs = 0;
  excel.run = (async <T>(batch: (c: XlContext) => Promise<T>) =>
    realRun(async (context) => {
      const sync = context.sync.bind(context);
      (context as { sync: () => Promise<void> }).sync = () => around(sync, ++syncs);
      return batch(context);
    })) as typeof excel.run;
  return () => (excel.run = realRun);
}

/** Makes the nth sync of the next host.run calls fail as a refused edit would, once. */
function failSync(excel: FakeExcel, nth: number): () => void {
  return interceptSyncs(excel, async (sync, n) => {
    const store = excel.sheetByKey(STORE_SHEET_NAME);
    // Any refusal will do: a co-author's conflict, cell-edit mode, a dropped connection.
    if (n === nth && store) store.protected = true;
    try {
      return await sync();
    } finally {
      if (store) store.protected = false;
    }
  });
}

describe("saving the store never loses what it held", () => {
  it("a workbook whose structure is protected: reports are still recorded and deleted on the existing store, and nothing is lost", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet());
    await recordReport(new ExcelDoor(excel), undefined, "2021-07-13");
    await recordReport(new ExcelDoor(excel), undefined, "2021-10-13");
    excel.workbook.protected = true;
    excel.resetSyncs();
    await recordReport(new ExcelDoor(excel), undefined, "2022-01-13");
    expect((await new ExcelDoor(excel).readStore()).map((r) => r.id)).toEqual(["2021-07-13", "2021-10-13", "2022-01-13"]);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    await deleteReport(new ExcelDoor(excel), "2021-10-13");
    expect((await new ExcelDoor(excel).readStore()).map((r) => r.id)).toEqual(["2021-07-13", "2022-01-13"]);
    expect(excel.get(STORE_SHEET_NAME).visibility).toBe("VeryHidden");
  });

  it("a store another application left merely hidden, in a protected structure: the settings are saved and the sheet is left as it is", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    await new ExcelDoor(excel).writeStore(snapshots(2, 100));
    excel.get(STORE_SHEET_NAME).visibility = "Hidden";
    excel.workbook.protected = true;
    await new ExcelDoor(excel).writeSettings({ ...DEFAULT_SETTINGS, staleDays: 45 });
    expect((await new ExcelDoor(excel).readSettings()).staleDays).toBe(45);
    expect((await new ExcelDoor(excel).readStore()).map((r) => r.kind)).toEqual(["settings", "snapshot", "snapshot"]);
    expect(excel.get(STORE_SHEET_NAME).visibility).toBe("Hidden");
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
  });

  it("a workbook whose structure is protected and has no store: one sentence, and nothing is changed", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    excel.workbook.protected = true;
    await expect(new ExcelDoor(excel).writeSettings({ ...DEFAULT_SETTINGS, staleDays: 45 })).rejects.toThrow(
      "Nothing was saved because the workbook's structure is protected; unprotect it in Excel (Review > Protect Workbook) and try again.",
    );
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  it("a save refused at any one of its syncs leaves the old records or the new ones, never a part", async () => {
    const old = snapshots(10, 430_000);
    const next = [{ kind: "settings", id: "workbook", json: "{}" }, ...snapshots(11, 430_000)];
    // How many syncs a save takes when nothing goes wrong.
    const probe = new FakeExcel();
    probe.sheet("Plan", [["RAG"], ["B"]]);
    await new ExcelDoor(probe).writeStore(old);
    probe.resetSyncs();
    await new ExcelDoor(probe).writeStore(next);
    const syncs = probe.syncs.length;
    expect(syncs).toBeGreaterThan(3);

    for (let nth = 1; nth <= syncs; nth++) {
      const excel = new FakeExcel();
      excel.sheet("Plan", [["RAG"], ["B"]]);
      await new ExcelDoor(excel).writeStore(old);
      const restore = failSync(excel, nth);
      const outcome = await new ExcelDoor(excel).writeStore(next).then(
        () => "saved",
        (e: unknown) => (e as Error).message,
      );
      restore();
      const after = recordsInSheet(excel);
      if (outcome === "saved") expect(after, `sync ${nth}`).toEqual(next);
      else {
        expect(outcome, `sync ${nth}`).toBe("Excel refused the change because the workbook or sheet is protected; unprotect it and try again.");
        expect(after, `sync ${nth}`).toEqual(old);
      }
      // Whatever happened, the next save works and leaves exactly what it saved.
      await new ExcelDoor(excel).writeStore(next);
      expect(await new ExcelDoor(excel).readStore(), `sync ${nth}`).toEqual(next);
      expect(recordsInSheet(excel), `sync ${nth}`).toEqual(next);
    }
  });

  it("a save whose last batch applied but whose answer was lost has saved, and says so by not failing", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    const old = snapshots(3, 100);
    await new ExcelDoor(excel).writeStore(old);
    const next = snapshots(4, 100, 10);
    // The probe, then one batch with the new rows, the switch and the clearing: its answer is lost.
    const restore = interceptSyncs(excel, async (sync, n) => {
      await sync();
      if (n === 3) throw Object.assign(new Error("The connection was lost."), { code: "ConnectionFailure" });
    });
    await new ExcelDoor(excel).writeStore(next);
    restore();
    expect(recordsInSheet(excel)).toEqual(next);
  });

  it("the store stays compact over many saves: the records move between two places, never further down", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    let records: StoreRecord[] = [];
    for (let i = 0; i < 40; i++) {
      records = [...records, ...snapshots(1, 50, i)];
      await new ExcelDoor(excel).writeStore(records);
      expect(recordsInSheet(excel)).toEqual(records);
    }
    expect(excel.get(STORE_SHEET_NAME).valueExtent()!.bottom).toBeLessThanOrEqual(3 * records.length);
  });

  it("settings saved again and again stay where the data's first read glances, so reading them costs no sync of its own", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    for (let days = 30; days < 36; days++) {
      await new ExcelDoor(excel).writeSettings({ ...DEFAULT_SETTINGS, staleDays: days });
      excel.resetSyncs();
      const door = new ExcelDoor(excel);
      await door.read();
      expect((await door.readSettings()).staleDays).toBe(days);
      expect(excel.syncs).toHaveLength(2);
    }
  });
});

describe("reading the store within the 5 MB limits", () => {
  it("a store larger than one response is written and read back, by readStore and Delete report, every sync under 5 MB", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet());
    const records = snapshots(12, 500_000);
    await new ExcelDoor(excel).writeStore(records);
    excel.resetSyncs();
    expect(await new ExcelDoor(excel).readStore()).toEqual(records);
    expect(excel.syncs.every((s) => s.ok && s.responseBytes <= LIMIT && s.requestBytes <= LIMIT)).toBe(true);
    expect(excel.syncs.length).toBeLessThanOrEqual(5);
    // The data is read apart from the store, as before the store grew.
    excel.resetSyncs();
    await new ExcelDoor(excel).read();
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    await deleteReport(new ExcelDoor(excel), records[3]!.id);
    expect((await new ExcelDoor(excel).readStore()).map((r) => r.id)).toEqual(records.filter((_, i) => i !== 3).map((r) => r.id));
  });

  it("one record larger than one request and one response is written and read in pieces", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    const records = [{ kind: "settings", id: "workbook", json: "{}" }, ...snapshots(1, 6_000_000)];
    await new ExcelDoor(excel).writeStore(records);
    expect(excel.syncs.every((s) => s.ok && s.requestBytes <= LIMIT)).toBe(true);
    excel.resetSyncs();
    expect(await new ExcelDoor(excel).readStore()).toEqual(records);
    expect(excel.syncs.every((s) => s.ok && s.responseBytes <= LIMIT)).toBe(true);
  });

  it("texts longer once escaped than estimated: a refused response is read again in smaller blocks", async () => {
    const excel = new FakeExcel({ payloadLimit: 600_000 });
    excel.sheet("Plan", [["RAG"], ["B"]]);
    // Quotes double in the response: a chunk of them is twice the estimate.
    const records = Array.from({ length: 6 }, (_, i) => ({ kind: "snapshot", id: `2021-0${i + 1}`, json: '"'.repeat(64_000) }));
    await new ExcelDoor(excel, { writeBudget: 500_000 }).writeStore(records);
    excel.resetSyncs();
    expect(await new ExcelDoor(excel, { readBudget: 500_000 }).readStore()).toEqual(records);
    expect(excel.syncs.some((s) => !s.ok)).toBe(true);
  });

  it("a store as the earlier versions and the file door write it (every row from the top) is read and saved over", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    const records = [{ kind: "settings", id: "workbook", json: JSON.stringify({ ...DEFAULT_SETTINGS, staleDays: 30 }) }, ...snapshots(3, 70_000)];
    const store = excel.sheet(STORE_SHEET_NAME, encodeStore(records));
    store.visibility = "VeryHidden";
    for (const cell of store.cells.values()) cell.numberFormat = "@";
    expect(await new ExcelDoor(excel).readStore()).toEqual(records);
    expect((await new ExcelDoor(excel).readSettings()).staleDays).toBe(30);
    const more = [...records, ...snapshots(1, 10, 9)];
    await new ExcelDoor(excel).writeStore(more);
    expect(await new ExcelDoor(excel).readStore()).toEqual(more);
    // What the file door and earlier versions of this door read: the rows from the top.
    expect(recordsInSheet(excel)).toEqual(more);
    expect(excel.get(STORE_SHEET_NAME).text(1, 1)).toBe("kind");
  });
});
