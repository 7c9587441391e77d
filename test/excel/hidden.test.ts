/** What is hidden in a workbook, as the Excel door gives it, in the syncs the read costs anyway. */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { FakeExcel } from "../fakes/fakeExcel";

function workbook() {
  const excel = new FakeExcel();
  const plan = excel.sheet("Leo", [
    ["No", "Action", "RAG Status", "RAG Status"],
    [1, "Share the learning", "Green", "Blue"],
  ]);
  plan.hiddenColumns.add(3);
  // Every column right of the table hidden at once, past Z too.
  for (let c = 6; c <= 16_384; c++) plan.hiddenColumns.add(c);
  excel.sheet("Leo (2020 version)", [["No", "Action", "RAG"], [1, "Share the learning", "Red"]]).visibility = "Hidden";
  excel.sheet("Macro data", [["Anything"]]).visibility = "VeryHidden";
  return excel;
}

describe("ExcelDoor.read, of what is hidden", () => {
  it("marks a hidden sheet hidden, and gives a very hidden one not at all", async () => {
    const { sheets } = await new ExcelDoor(workbook()).read();
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["Leo", false],
      ["Leo (2020 version)", true],
    ]);
  });

  it("gives the hidden columns as runs, still in two syncs", async () => {
    const excel = workbook();
    const { sheets } = await new ExcelDoor(excel).read();
    expect(sheets[0]!.hiddenColumns).toEqual([
      { first: 3, last: 3 },
      { first: 6, last: 16_384 },
    ]);
    expect(sheets[1]!.hiddenColumns).toBeUndefined();
    expect(excel.syncs.map((s) => s.ok)).toEqual([true, true]);
  });

  it("takes columns right of Z as visible where only some of them are hidden", async () => {
    const excel = new FakeExcel();
    const plan = excel.sheet("Plan", [["No", "RAG"]]);
    plan.hiddenColumns.add(2).add(30);
    const { sheets } = await new ExcelDoor(excel).read();
    expect(sheets[0]!.hiddenColumns).toEqual([{ first: 2, last: 2 }]);
  });
});
