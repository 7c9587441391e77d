/**
 * The three doors agree on a workbook whose store a user unhid (LibreOffice saves it merely
 * hidden) and copied: the real sample with a recorded report, its store renamed and a copy of it
 * beside a new one. Each reads the same sheets, the same records, and records the same report.
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { STORE_SHEET_NAME } from "../../src/core/store";
import { recordReport } from "../../src/door/historyOperations";
import type { SheetsDoor } from "../../src/door/RagDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { renamedSheet, withStoreSheets } from "../helpers/storeSheets";
import { sampleBytes } from "../helpers/workbooks";

const doors: [string, (bytes: Uint8Array) => Promise<SheetsDoor>][] = [
  ["Excel", async (bytes) => new ExcelDoor(await fakeExcelFromXlsx(bytes))],
  ["the ExcelJS file door", (bytes) => XlsxDoor.open(bytes, "sample.xlsx")],
  ["the streaming file door", (bytes) => StreamingXlsxDoor.open(bytes, "sample.xlsx")],
];

/** The sample with a report of 13 July 2021 in a store renamed "Old data" (hidden), and a new store with a report of 1 February 2022. */
async function unhidAndCopied(): Promise<Uint8Array> {
  const first = await StreamingXlsxDoor.open(sampleBytes(), "sample.xlsx");
  await recordReport(first, undefined, "2021-07-13");
  const renamed = await renamedSheet(await first.save(), STORE_SHEET_NAME, "Old data", "hidden");
  const second = await StreamingXlsxDoor.open(renamed, "sample.xlsx");
  const records = await second.readStore();
  const later = await StreamingXlsxDoor.open(sampleBytes(), "sample.xlsx");
  await recordReport(later, undefined, "2022-02-01");
  const newer = (await later.readStore()).filter((r) => r.kind === "snapshot");
  expect(records.map((r) => r.id)).toEqual(["2021-07-13"]);
  return withStoreSheets(renamed, [{ name: STORE_SHEET_NAME, state: "veryHidden", records: newer }]);
}

describe("a renamed store and a new one, through every door", () => {
  it.each(doors)("%s reads the user's sheets only, the records of both stores, and records the tracker's actions alone", async (_, open) => {
    const bytes = await unhidAndCopied();
    const door = await open(bytes);
    expect((await door.read()).sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"]);
    expect((await door.readStore()).map((r) => `${r.kind} ${r.id}`)).toEqual(["snapshot 2022-02-01", "snapshot 2021-07-13"]);
    const recorded = await recordReport(door, undefined, "2022-06-01");
    expect(recorded.message).toBe("Recorded a report of 173 actions for 1 June 2022.");
    expect((await door.readStore()).map((r) => r.id)).toEqual(["2022-02-01", "2021-07-13", "2022-06-01"]);
  });
});
