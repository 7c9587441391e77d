import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { rowsToStamp, startLastUpdatedStamping, type StampWatch } from "../../src/excel/lastUpdatedStamp";
import { isoToSerial } from "../../src/core/dates";
import { FakeExcel } from "../fakes/fakeExcel";

/** Review, No, Action, Response, Last updated (E), RAG (F); header on row 1. */
const WATCH: StampWatch = { sheet: "Leo", headerRow: 1, columns: [4, 6], updatedColumn: 5 };
const TODAY = "2021-12-15";

function workbook(apiVersion?: string) {
  const excel = new FakeExcel(apiVersion ? { apiVersion } : {});
  const sheet = excel.sheet("Leo", [
    ["Review", "No", "Action", "Response", "Last updated", "RAG"],
    ["Leo", 1, "Brief staff", "Started", 44200, "Amber"],
    ["Leo", 2, "Audit", "Started", 44200, "blue"],
    ["Leo", 3, "Train", "Started", 44200, "Green"],
  ]);
  sheet.ensure(2, 5).numberFormat = "d mmm yyyy";
  return { excel, sheet };
}

async function start(excel: FakeExcel, door: ExcelDoor) {
  const errors: string[] = [];
  const stop = await startLastUpdatedStamping(excel, [WATCH], { ownWrites: door.ownWrites, today: () => TODAY, onError: (e) => errors.push(e) });
  return { stop, errors };
}

describe("which edits count as an update", () => {
  it("is a rating or response edit in an action row, not the header, other columns or a sweep over the sheet", () => {
    expect(rowsToStamp({ top: 3, bottom: 3, left: 6, right: 6 }, WATCH)).toEqual([3]);
    expect(rowsToStamp({ top: 1, bottom: 4, left: 4, right: 4 }, WATCH)).toEqual([2, 3, 4]);
    expect(rowsToStamp({ top: 3, bottom: 3, left: 1, right: 3 }, WATCH)).toEqual([]);
    expect(rowsToStamp({ top: 1, bottom: 1, left: 6, right: 6 }, WATCH)).toEqual([]);
    expect(rowsToStamp({ top: 2, bottom: 100_000, left: 1, right: 10 }, WATCH)).toEqual([]);
  });
});

describe("last-updated stamping", () => {
  for (const apiVersion of ["1.17", "1.7"]) {
    it(`stamps today on a user's rating or response edit and ignores the add-in's own writes (ExcelApi ${apiVersion})`, async () => {
      const { excel, sheet } = workbook(apiVersion);
      const door = new ExcelDoor(excel);
      const { stop, errors } = await start(excel, door);

      excel.userEdit("Leo", "F3", [["Blue"]]);
      await excel.settle();
      expect(sheet.cell(3, 5)).toMatchObject({ value: isoToSerial(TODAY), numberFormat: "dd/mm/yyyy" });

      excel.userEdit("Leo", "D2", [["Briefings delivered"]]);
      await excel.settle();
      // A date format the user chose is kept.
      expect(sheet.cell(2, 5)).toMatchObject({ value: isoToSerial(TODAY), numberFormat: "d mmm yyyy" });

      // The add-in fixes a rating: that is not a progress update.
      sheet.ensure(4, 5).value = 44200;
      await door.applyEdits([{ sheet: "Leo", row: 4, column: 6, from: "Green", to: "G" }]);
      await excel.settle();
      expect(sheet.cell(4, 6)?.value).toBe("G");
      expect(sheet.cell(4, 5)?.value).toBe(44200);

      // An edit outside the watched columns changes nothing.
      excel.userEdit("Leo", "C4", [["Train all staff"]]);
      await excel.settle();
      expect(sheet.cell(4, 5)?.value).toBe(44200);
      expect(errors).toEqual([]);

      await stop();
      excel.userEdit("Leo", "F4", [["Red"]]);
      await excel.settle();
      expect(sheet.cell(4, 5)?.value).toBe(44200);
    });
  }

  it("on ExcelApi 1.14 the add-in's writes arrive marked ThisLocalAddin and are skipped for that reason alone", async () => {
    const { excel, sheet } = workbook("1.14");
    const door = new ExcelDoor(excel);
    await start(excel, door);
    // A write the door does not record as its own: only triggerSource can tell.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Leo").getRangeByIndexes(3, 5, 1, 1).values = [["Red"]];
      await context.sync();
    });
    await excel.settle();
    expect(excel.raisedEvents.at(-1)).toMatchObject({ address: "F4", triggerSource: "ThisLocalAddin" });
    expect(sheet.cell(4, 5)?.value).toBe(44200);
  });

  it("leaves a co-author's edit to their own add-in", async () => {
    const { excel, sheet } = workbook();
    const door = new ExcelDoor(excel);
    await start(excel, door);
    excel.userEdit("Leo", "F3", [["Blue"]], "Remote");
    await excel.settle();
    expect(sheet.cell(3, 5)?.value).toBe(44200);
  });
});
