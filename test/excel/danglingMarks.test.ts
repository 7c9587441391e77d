/**
 * A temporary sheet's mark left pointing at nothing (the user deleted a leftover temporary sheet
 * before the next run could) is removed by the next write, in the request that write makes
 * anyway; a user's own name of such a name is left alone.
 */
import { describe, expect, it } from "vitest";
import { generateSummary } from "../../src/door/operations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import type { FakeExcel } from "../fakes/fakeExcel";

/** A sheet of this name with a name of its own name on its A1 (hidden: the door's mark), then the sheet deleted. */
function deletedWithName(excel: FakeExcel, name: string, visible: boolean): void {
  const sheet = excel.sheet(name, [["half"]]);
  excel.workbook.names.push({ name, sheet, range: { top: 1, left: 1, bottom: 1, right: 1 }, visible });
  excel.deleteSheet(sheet);
}

const ourNames = (excel: FakeExcel) =>
  excel.workbook.names
    .filter((n) => /^RAGTracker_/i.test(n.name))
    .map((n) => n.name)
    .sort();

describe("a temporary sheet's mark whose sheet is gone", () => {
  it("goes at the next write, written in place, in the same syncs; a user's visible name of that name stays", async () => {
    const plain = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(plain));
    const plainFrom = plain.syncs.length;
    await generateSummary(new ExcelDoor(plain));

    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    deletedWithName(excel, "RAGTracker_new_1", false);
    deletedWithName(excel, "RAGTracker_new_7", true);
    const from = excel.syncs.length;
    await generateSummary(new ExcelDoor(excel));
    expect(ourNames(excel)).toEqual(["RAGTracker_new_7", "RAGTracker_stale", "RAGTracker_summary"]);
    expect(excel.syncs.length - from).toBe(plain.syncs.length - plainFrom);
  });

  it("goes at the next write that builds the generated sheets beside, which takes the next free temporary name meanwhile", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    deletedWithName(excel, "RAGTracker_new_1", false);
    excel.get("RAG Summary").protected = true;
    await generateSummary(new ExcelDoor(excel));
    expect(ourNames(excel)).toEqual(["RAGTracker_stale", "RAGTracker_summary"]);
    expect(excel.workbook.sheets.slice(4).map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);
  });
});
