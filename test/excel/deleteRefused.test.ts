/**
 * Excel refusing to delete an old generated sheet in the last step of a write built beside (it
 * refuses a very hidden sheet so): the user reads which sheet stayed, what was written and what
 * to do, not Excel's own words, and the workbook is left whole, every sheet marked as what it is.
 */
import { describe, expect, it } from "vitest";
import { generateSummary } from "../../src/door/operations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import { FakeOfficeError } from "../fakes/fakeExcel";
import type { FakeExcel, FakeSheet } from "../fakes/fakeExcel";

/** Excel refuses to delete this sheet `times` times. */
function refuseDeleting(excel: FakeExcel, sheet: FakeSheet, times: number): void {
  const remove = excel.deleteSheet.bind(excel);
  let left = times;
  excel.deleteSheet = (s: FakeSheet) => {
    if (s === sheet && left-- > 0) throw new FakeOfficeError("InvalidOperation", "This operation is not permitted for the current object.");
    remove(s);
  };
}

function state(excel: FakeExcel): string {
  const { sheets, names } = excel.workbook;
  const marks = names.filter((n) => /^RAGTracker_/i.test(n.name)).map((n) => `${n.name}->${n.sheet && sheets.includes(n.sheet) ? n.sheet.name : "#REF!"}`);
  return `${sheets
    .slice(4)
    .map((s) => s.name)
    .join("|")} :: ${marks.sort().join(" ")}`;
}

const WRITTEN = "RAG Summary|Stale Actions :: RAGTracker_stale->Stale Actions RAGTracker_summary->RAG Summary";

describe("Excel refusing to delete the old generated sheet", () => {
  it("the first one: the write is undone, and the sentence names the sheet kept, the sheet written in place, and what to do", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    const old = excel.get("RAG Summary");
    old.protected = true;
    refuseDeleting(excel, old, 1);
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(
      'Excel refused to delete the old "RAG Summary" sheet to put the new one in its place, so that sheet is unchanged and only "Stale Actions" was written; generate the summary again, and if Excel refuses again, rename "RAG Summary" (RAG Tracker then keeps it as it is and writes a new "RAG Summary" beside it) or delete it yourself.',
    );
    expect(excel.get("RAG Summary")).toBe(old);
    expect(state(excel)).toBe(WRITTEN);
    // Excel no longer refuses: the next run writes both.
    await generateSummary(new ExcelDoor(excel));
    expect(excel.get("RAG Summary")).not.toBe(old);
    expect(state(excel)).toBe(WRITTEN);
  });

  it("the second one, each time: the first sheet stays written, named and in its place, and the sentence says so", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    excel.get("RAG Summary").protected = true;
    const old = excel.get("Stale Actions");
    old.protected = true;
    refuseDeleting(excel, old, Infinity);
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(
      'Excel refused to delete the old "Stale Actions" sheet to put the new one in its place, so that sheet is unchanged and only "RAG Summary" was written; generate the summary again, and if Excel refuses again, rename "Stale Actions" (RAG Tracker then keeps it as it is and writes a new "Stale Actions" beside it) or delete it yourself.',
    );
    expect(excel.get("Stale Actions")).toBe(old);
    expect(state(excel)).toBe(WRITTEN);
  });
});
