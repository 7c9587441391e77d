/** What is hidden in a workbook, as the Excel door gives it, in the syncs the read costs anyway. */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { FakeExcel } from "../fakes/fakeExcel";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

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

  it("asks nothing more of columns right of the used range, where only some are hidden: they hold no values", async () => {
    const excel = new FakeExcel();
    const plan = excel.sheet("Plan", [["No", "RAG"]]);
    plan.hiddenColumns.add(2).add(30);
    const { sheets } = await new ExcelDoor(excel).read();
    expect(sheets[0]!.hiddenColumns).toEqual([{ first: 2, last: 2 }]);
    expect(excel.syncs).toHaveLength(2);
  });
});

/** A tracker that gained a rating column each quarter, past Z: last quarter's (AA) beside this quarter's (AB), both "RAG Status". */
function quarterlyWorkbook(hideLastQuarter: boolean) {
  const header: string[] = ["No", "Action"];
  for (let c = 3; c <= 26; c++) header.push(`Note ${c}`);
  const rows = [
    [...header, "RAG Status", "RAG Status"],
    [1, "Share the learning", ...header.slice(2).map(() => "x"), "Red", "Blue"],
    [2, "Audit", ...header.slice(2).map(() => "x"), "Amber", "Green"],
  ];
  const excel = new FakeExcel();
  const plan = excel.sheet("Plan", rows);
  if (hideLastQuarter) plan.hiddenColumns.add(27);
  return excel;
}

describe("ExcelDoor.read, of hidden columns right of Z", () => {
  it("reads the visible rating column beside a hidden one headed alike, as the file doors do, in no more syncs than with none hidden", async () => {
    const excel = quarterlyWorkbook(true);
    const snapshot = await new ExcelDoor(excel).read();
    expect(snapshot.sheets[0]!.hiddenColumns).toEqual([{ first: 27, last: 27 }]);
    const tracker = analyseWorkbook(snapshot, DEFAULT_SETTINGS, "2024-01-01").trackers[0]!;
    expect(tracker.columns.rating).toBe(28);
    const plain = quarterlyWorkbook(false);
    await new ExcelDoor(plain).read();
    expect(excel.syncs.map((s) => s.ok)).toEqual(plain.syncs.map((s) => s.ok));
  });

  it("narrows a mix spread far right of Z, up to a value in the last column, with every sync under the payload limit", async () => {
    const excel = new FakeExcel({ payloadLimit: 1_000_000 });
    const plan = excel.sheet("Plan", [["No", "RAG"]]);
    // A stray entry in XFD makes the used range run to the last column.
    plan.ensure(1, 16_384).value = "stray";
    const hidden = [27, 700, 701, 5_000, 9_999, 16_383];
    for (const c of hidden) plan.hiddenColumns.add(c);
    const { sheets } = await new ExcelDoor(excel, { readBudget: 800_000 }).read();
    expect(sheets[0]!.hiddenColumns).toEqual([
      { first: 27, last: 27 },
      { first: 700, last: 701 },
      { first: 5_000, last: 5_000 },
      { first: 9_999, last: 9_999 },
      { first: 16_383, last: 16_383 },
    ]);
    expect(excel.syncs.every((s) => s.ok && s.requestBytes < 1_000_000 && s.responseBytes < 1_000_000)).toBe(true);
  });

  it("many sheets share the questions a sync may carry, every request within the payload limit, and each sheet's hidden columns are found", async () => {
    const excel = new FakeExcel();
    const wide = ["No", "Action", ...Array.from({ length: 26 }, (_, i) => `Note ${i + 3}`)];
    for (let i = 1; i <= 400; i++) excel.sheet(`Team ${i}`, [wide, [1, "Act", ...wide.slice(2).map(() => "x")]]).hiddenColumns.add(3).add(12).add(27);
    const { sheets } = await new ExcelDoor(excel).read();
    expect(sheets).toHaveLength(400);
    const runs = [3, 12, 27].map((c) => ({ first: c, last: c }));
    expect(sheets.filter((s) => JSON.stringify(s.hiddenColumns) !== JSON.stringify(runs))).toEqual([]);
    expect(excel.syncs.every((s) => s.ok && s.requestBytes < 5_000_000 && s.responseBytes < 5_000_000)).toBe(true);
  });
});
