/**
 * The same workbook gives the same report through every door: the command line's streaming file
 * door, the workbench's file door and the Excel door (the add-in) read every corpus workbook and
 * the sample into the same trackers, counts, findings, stale and overdue lists, to the letter.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../scripts/corpus/corpus";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { toJsonReport } from "../../src/core/jsonReport";
import type { WorkbookSnapshot } from "../../src/core/cells";
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

function report(snapshot: WorkbookSnapshot) {
  return toJsonReport(analyseWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF }, AS_OF));
}

const names = [...Object.keys(EXPECTED).filter((n) => EXPECTED[n]!.kind === "tracker" && !FILE_DOOR_ONLY.has(n)), "sample"];

describe.each(names)("the doors agree: %s", (name) => {
  it("the file doors and the Excel door give the same report", async () => {
    const bytes = workbooks.get(name)!;
    const fromFile = report(await (await XlsxDoor.open(bytes, `${name}.xlsx`)).read());
    const fromStream = report(await (await StreamingXlsxDoor.open(bytes, `${name}.xlsx`)).read());
    const fromExcel = report(await new ExcelDoor(await fakeExcelFromXlsx(bytes)).read());
    expect(fromStream).toEqual(fromFile);
    expect(fromExcel).toEqual(fromFile);
  }, 60_000);
});

// Excel calculates formulas on opening, so these are checked between the two file doors only.
describe.each([...FILE_DOOR_ONLY])("the file doors agree: %s", (name) => {
  it("the streaming door gives the workbench's report", async () => {
    const bytes = workbooks.get(name)!;
    expect(report(await (await StreamingXlsxDoor.open(bytes, `${name}.xlsx`)).read())).toEqual(report(await (await XlsxDoor.open(bytes, `${name}.xlsx`)).read()));
  });
});
