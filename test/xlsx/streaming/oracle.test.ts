/**
 * The streaming reader against its oracle, the file door over ExcelJS: for every corpus workbook
 * the file door opens, the sample, a recorded report and the bench's synthetic tracker, the
 * snapshot and the store rows are the same, to the letter.
 */
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../../scripts/corpus/corpus";
import { syntheticWorkbook, syntheticWorkbookWithSettings } from "../../../bench/syntheticTracker";
import { XlsxDoor } from "../../../src/xlsx/XlsxDoor";
import { readStoreRows } from "../../../src/xlsx/storeSheet";
import { recordReport } from "../../../src/door/historyOperations";
import { generateSummary } from "../../../src/door/operations";
import { readPackageWorkbook } from "../../../src/xlsx/streaming/workbookPart";
import { readPackageSnapshot, readStoreRowsStreaming } from "../../../src/xlsx/streaming/packageSnapshot";
import { sampleBytes } from "../../helpers/workbooks";
import { EXPECTED } from "../../corpus/expectations";

const workbooks = new Map<string, Uint8Array>();

/** The ExcelJS workbook the door holds, for its store rows (the door gives them only decoded). */
function workbookOf(door: XlsxDoor): Parameters<typeof readStoreRows>[0] {
  return (door as unknown as { workbook: Parameters<typeof readStoreRows>[0] }).workbook;
}

async function expectSameAsFileDoor(bytes: Uint8Array, label: string): Promise<void> {
  const door = await XlsxDoor.open(bytes, label);
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await readPackageWorkbook(zip);
  const progress: [number, number][] = [];
  const streamed = await readPackageSnapshot(zip, workbook, (done, total) => progress.push([done, total]));
  const oracle = await door.read();
  expect(streamed).toEqual(oracle);
  // toEqual treats a hole and an undefined alike; the grid's shape must match too.
  expect(streamed.sheets.map((s) => s.values.map((r) => r.length))).toEqual(oracle.sheets.map((s) => s.values.map((r) => r.length)));
  expect(progress).toEqual([0, ...streamed.sheets.map((_, i) => i + 1)].map((done) => [done, streamed.sheets.length]));
  expect(await readStoreRowsStreaming(zip, workbook)).toEqual(readStoreRows(workbookOf(door)));
}

const corpusNames = Object.keys(EXPECTED).filter((name) => EXPECTED[name]!.kind !== "not-a-workbook");

beforeAll(async () => {
  for (const entry of await buildCorpus()) workbooks.set(entry.name, entry.bytes);
}, 120_000);

describe("the streaming reader reads what the file door reads", () => {
  it("covers the corpus", () => {
    expect(corpusNames.length).toBeGreaterThan(20);
    for (const name of corpusNames) expect(workbooks.has(name), name).toBe(true);
  });

  it.each(corpusNames)("corpus: %s", async (name) => {
    await expectSameAsFileDoor(workbooks.get(name)!, `${name}.xlsx`);
  }, 60_000);

  it("the sample", async () => {
    await expectSameAsFileDoor(sampleBytes(), "sample.xlsx");
  });

  it("the sample with its generated sheets and a recorded report in its store", async () => {
    const door = await XlsxDoor.open(sampleBytes(), "sample.xlsx");
    await generateSummary(door);
    await recordReport(door, undefined, "2021-07-13");
    const saved = await door.save();
    const zip = await JSZip.loadAsync(saved);
    const workbook = await readPackageWorkbook(zip);
    const rows = await readStoreRowsStreaming(zip, workbook);
    expect(rows.length).toBeGreaterThan(1);
    const snapshot = await readPackageSnapshot(zip, workbook);
    expect(snapshot.sheets.some((s) => s.generatedKey !== undefined)).toBe(true);
    await expectSameAsFileDoor(saved, "recorded.xlsx");
  }, 60_000);

  it("the bench's synthetic tracker at 2,000 actions, with its settings stored", async () => {
    await expectSameAsFileDoor(await syntheticWorkbook(2_000), "synthetic.xlsx");
    await expectSameAsFileDoor(await syntheticWorkbookWithSettings(2_000), "synthetic-settings.xlsx");
  }, 60_000);
});
