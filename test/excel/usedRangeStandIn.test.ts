/**
 * The stand-in's used ranges and range bounds, as the door's probes rely on them: a range's used
 * range with valuesOnly is the box of its cells with values (formatting alone does not count),
 * without it formatted cells count too; no range reaches past row 1,048,576 or column XFD.
 */
import { describe, expect, it } from "vitest";
import { FakeExcel } from "../fakes/fakeExcel";

function sheetWithValueAndFormat(excel: FakeExcel) {
  const sheet = excel.sheet("Plan", [["Rec No", "RAG"]]);
  sheet.ensure(40, 100).numberFormat = "@";
  sheet.ensure(7, 30).value = "note";
  return sheet;
}

describe("the Excel stand-in's used ranges", () => {
  it("counts values only with valuesOnly, formatted cells too without", async () => {
    const excel = new FakeExcel();
    sheetWithValueAndFormat(excel);
    const found = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      const right = sheet.getRangeByIndexes(0, 26, 1_048_576, 16_384 - 26);
      const values = right.getUsedRangeOrNullObject(true).load("address");
      const formatted = right.getUsedRangeOrNullObject(false).load("address");
      const none = sheet.getRangeByIndexes(100, 0, 10, 10).getUsedRangeOrNullObject(true).load("address");
      const whole = sheet.getUsedRange(true).load("address");
      await context.sync();
      return { values: values.address, formatted: formatted.address, none: none.isNullObject, whole: whole.address };
    });
    expect(found).toEqual({ values: "Plan!AD7", formatted: "Plan!AD7:CV40", none: true, whole: "Plan!A1:AD7" });
  });

  it("refuses a range past column XFD or row 1,048,576", async () => {
    const excel = new FakeExcel();
    sheetWithValueAndFormat(excel);
    for (const [row, column, rows, columns] of [
      [0, 26, 1_048_576, 16_384 - 25],
      [1, 0, 1_048_576, 1],
    ] as const) {
      await expect(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Plan").getRangeByIndexes(row, column, rows, columns).load("address");
          // One sync per range on purpose: each must be refused on its own.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });
});
