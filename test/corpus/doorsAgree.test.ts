/**
 * The same workbook gives the same report through every door: the command line's streaming file
 * door, the workbench's file door and the Excel door (the add-in) read every corpus workbook and
 * the sample into the same trackers, counts, findings, stale and overdue lists, to the letter.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../scripts/corpus/corpus";
import { analyseRead } from "../../src/door/analyseRead";
import type { ReadingDoor } from "../../src/door/RagDoor";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { toJsonReport } from "../../src/core/jsonReport";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import { AS_OF, EXPECTED, FILE_DOOR_ONLY } from "./expectations";

const workbooks = new Map<string, Uint8Array>();

beforeAll(async () => {
  for (const entry of await buildCorpus()) if (EXPECTED[entry.name]?.kind === "tracker") workbooks.set(entry.name, entry.bytes);
  workbooks.set("sample", sampleBytes());
});

/** What the door reads, blank rating cells' fills included, as the engine reports it. */
async function report(door: ReadingDoor) {
  return toJsonReport(await analyseRead(door, await door.read(), { ...DEFAULT_SETTINGS, asOf: AS_OF }, AS_OF));
}

const names = [...Object.keys(EXPECTED).filter((n) => EXPECTED[n]!.kind === "tracker" && !FILE_DOOR_ONLY.has(n)), "sample"];

describe.each(names)("the doors agree: %s", (name) => {
  it("the file doors and the Excel door give the same report", async () => {
    const bytes = workbooks.get(name)!;
    const fromFile = await report(await XlsxDoor.open(bytes, `${name}.xlsx`));
    const fromStream = await report(await StreamingXlsxDoor.open(bytes, `${name}.xlsx`));
    const fromExcel = await report(new ExcelDoor(await fakeExcelFromXlsx(bytes)));
    expect(fromStream).toEqual(fromFile);
    expect(fromExcel).toEqual(fromFile);
  }, 60_000);
});

// Excel calculates formulas on opening, so these are checked between the two file doors only.
describe.each([...FILE_DOOR_ONLY])("the file doors agree: %s", (name) => {
  it("the streaming door gives the workbench's report", async () => {
    const bytes = workbooks.get(name)!;
    expect(await report(await StreamingXlsxDoor.open(bytes, `${name}.xlsx`))).toEqual(await report(await XlsxDoor.open(bytes, `${name}.xlsx`)));
  });
});
