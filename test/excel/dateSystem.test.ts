/**
 * A workbook that counts its dates from 1904 holds every date's serial 1462 smaller. The Excel door
 * reads them as the same days (test/corpus: "dates-1904" gives the report "dates" gives, through
 * every door), writes the generated sheets' dates as that workbook's serials, and stamps today as one.
 */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../scripts/corpus/corpus";
import { isDateFormat, isoToSerial } from "../../src/core/dates";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { startLastUpdatedStamping } from "../../src/excel/lastUpdatedStamp";
import { generateSummary } from "../../src/door/operations";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { FakeExcel, type FakeSheet } from "../fakes/fakeExcel";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { AS_OF } from "../corpus/expectations";

const DAYS_1900_TO_1904 = 1462;

async function corpusFake(name: string): Promise<FakeExcel> {
  const entry = (await buildCorpus()).find((e) => e.name === name)!;
  return fakeExcelFromXlsx(entry.bytes);
}

/** Each generated sheet's cells, with dates as the days they show (1900 serials) and the raw serials beside. */
function generatedCells(excel: FakeExcel, date1904: boolean) {
  const shown = (sheet: FakeSheet) =>
    [...sheet.cells.entries()].map(([at, cell]) => {
      const isDate = typeof cell.value === "number" && isDateFormat(cell.numberFormat);
      return { at, value: isDate && date1904 ? (cell.value as number) + DAYS_1900_TO_1904 : cell.value, isDate };
    });
  return ["RAG Summary", "Stale Actions"].map((name) => shown(excel.get(name)));
}

describe("the Excel door in a workbook that counts its dates from 1904", () => {
  it("the fake tells the two date systems apart as Excel does: DATE(1904,1,1) is day 0 or day 1462", async () => {
    const firstDayOf1904 = (date1904: boolean) => {
      const excel = new FakeExcel();
      excel.workbook.date1904 = date1904;
      return excel.run(async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1).load("value");
        await context.sync();
        return result.value;
      });
    };
    expect(await firstDayOf1904(false)).toBe(DAYS_1900_TO_1904);
    expect(await firstDayOf1904(true)).toBe(0);
  });

  it("writes the generated sheets' dates as the workbook's own serials, showing the same days", async () => {
    const runs = [];
    for (const name of ["dates", "dates-1904"]) {
      const excel = await corpusFake(name);
      const door = new ExcelDoor(excel);
      await door.writeSettings({ ...DEFAULT_SETTINGS, asOf: AS_OF });
      await generateSummary(door);
      runs.push({ excel, cells: generatedCells(excel, excel.workbook.date1904) });
    }
    const [from1900, from1904] = runs;
    expect(from1904!.excel.workbook.date1904).toBe(true);
    // The Stale Actions sheet gives due and last-updated dates, so there are dates to compare.
    expect(from1900!.cells.flat().filter((c) => c.isDate).length).toBeGreaterThan(5);
    expect(from1904!.cells).toEqual(from1900!.cells);
  });

  it("stamps today as the workbook's serial for today", async () => {
    const excel = new FakeExcel();
    excel.workbook.date1904 = true;
    const sheet = excel.sheet("Leo", [
      ["Review", "No", "Action", "Response", "Last updated", "RAG"],
      ["Leo", 1, "Brief staff", "Started", 42738, "Amber"],
    ]);
    sheet.ensure(2, 5).numberFormat = "dd/mm/yyyy";
    const door = new ExcelDoor(excel);
    const stop = await startLastUpdatedStamping(excel, [{ sheet: "Leo", headerRow: 1, columns: [4, 6], updatedColumn: 5 }], { ownWrites: door.ownWrites, today: () => "2021-12-15" });
    excel.userEdit("Leo", "F2", [["Green"]]);
    await excel.settle();
    expect(sheet.cell(2, 5)?.value).toBe(isoToSerial("2021-12-15") - DAYS_1900_TO_1904);
    await stop();
  });
});
