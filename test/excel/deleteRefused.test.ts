/**
 * Excel refusing to delete an old generated sheet in the last step of a write built beside (it
 * refuses a very hidden sheet so), or a leftover temporary sheet in the first: the user reads
 * which sheet stayed, what was written and what to do, not Excel's own words, whatever code Excel
 * gives and whether or not it says where; and the workbook is left whole, every sheet marked as
 * what it is.
 */
import { describe, expect, it } from "vitest";
import { generateSummary } from "../../src/door/operations";
import { generateRagHistory } from "../../src/door/historyOperations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import { FakeOfficeError } from "../fakes/fakeExcel";
import type { FakeExcel, FakeSheet } from "../fakes/fakeExcel";

const refused = () => new FakeOfficeError("InvalidOperation", "This operation is not permitted for the current object.");
/** As Excel on the Mac refuses it (office-js #365), and without saying where: debugInfo is given only "if available". */
const refusedOnMac = () => Object.assign(new FakeOfficeError("GeneralException", "There was an internal error while processing the request."), { debugInfo: {} });

/** Excel refuses to delete this sheet `times` times. */
function refuseDeleting(excel: FakeExcel, sheet: FakeSheet, times: number, error: () => Error = refused): () => void {
  const remove = excel.deleteSheet.bind(excel);
  let left = times;
  excel.deleteSheet = (s: FakeSheet) => {
    if (s === sheet && left-- > 0) throw error();
    remove(s);
  };
  return () => (excel.deleteSheet = remove);
}

/** A temporary sheet an earlier write cut short left, with the hidden mark that tells it as the door's. */
function leftover(excel: FakeExcel, name: string): FakeSheet {
  const sheet = excel.sheet(name, [["half-built"]]);
  excel.workbook.names.push({ name, sheet, range: { top: 1, left: 1, bottom: 1, right: 1 }, visible: false } as never);
  return sheet;
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
      'Excel refused to delete the old "RAG Summary" sheet to put the new one in its place, so that sheet is unchanged and only "Stale Actions" was written; generate the RAG summary again, and if Excel refuses again, rename "RAG Summary" (RAG Tracker then keeps it as it is and writes a new "RAG Summary" beside it) or delete it yourself.',
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
      'Excel refused to delete the old "Stale Actions" sheet to put the new one in its place, so that sheet is unchanged and only "RAG Summary" was written; generate the RAG summary again, and if Excel refuses again, rename "Stale Actions" (RAG Tracker then keeps it as it is and writes a new "Stale Actions" beside it) or delete it yourself.',
    );
    expect(excel.get("Stale Actions")).toBe(old);
    expect(state(excel)).toBe(WRITTEN);
  });

  it("on the Mac, as GeneralException and without saying where: the same sentence, told from the workbook", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    const old = excel.get("RAG Summary");
    old.protected = true;
    refuseDeleting(excel, old, Infinity, refusedOnMac);
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(
      'Excel refused to delete the old "RAG Summary" sheet to put the new one in its place, so that sheet is unchanged and only "Stale Actions" was written; generate the RAG summary again, and if Excel refuses again, rename "RAG Summary" (RAG Tracker then keeps it as it is and writes a new "RAG Summary" beside it) or delete it yourself.',
    );
    expect(excel.get("RAG Summary")).toBe(old);
    expect(state(excel)).toBe(WRITTEN);
  });

  it("a very hidden one: the sentence says so, and how to make it visible, as Excel's menus cannot", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    const old = excel.get("RAG Summary");
    old.protected = true;
    old.visibility = "VeryHidden";
    refuseDeleting(excel, old, Infinity);
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(
      'Excel refused to delete the old "RAG Summary" sheet to put the new one in its place, as Excel does not let an add-in delete a very hidden sheet, so that sheet is unchanged and only "Stale Actions" was written; make it visible in Excel for the desktop (Developer > Visual Basic, that sheet\'s Visible property set to -1 - xlSheetVisible), then generate the RAG summary again.',
    );
    expect(excel.get("RAG Summary")).toBe(old);
  });

  it("refused for a cell being edited: that sentence, which says what to do, not a guess", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    const old = excel.get("RAG Summary");
    old.protected = true;
    refuseDeleting(excel, old, Infinity, () => new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow("Excel is busy editing a cell; press Enter or Esc in the sheet and try again.");
    expect(state(excel)).toBe(WRITTEN);
  });

  it("RAG History: the sentence names the command run", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateRagHistory(new ExcelDoor(excel));
    const old = excel.get("RAG History");
    old.protected = true;
    refuseDeleting(excel, old, Infinity);
    await expect(generateRagHistory(new ExcelDoor(excel))).rejects.toThrow(
      'Excel refused to delete the old "RAG History" sheet to put the new one in its place, so that sheet is unchanged and nothing was written; generate RAG History again, and if Excel refuses again, rename "RAG History" (RAG Tracker then keeps it as it is and writes a new "RAG History" beside it) or delete it yourself.',
    );
  });
});

describe("Excel refusing to delete a leftover temporary sheet before writing", () => {
  const SENTENCE =
    'Excel refused to delete "RAGTracker_new_5", a sheet an earlier write that was cut short left behind, so nothing was written; generate the RAG summary again (RAG Tracker now leaves "RAGTracker_new_5" as it is), and delete "RAGTracker_new_5" yourself if you do not need it.';

  it("with a sheet to build beside: the sentence blames the leftover, not the old sheet, and nothing was written", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    const stale = excel.get("Stale Actions");
    stale.ensure(3, 1).value = "the user's edit";
    const restore = refuseDeleting(excel, leftover(excel, "RAGTracker_new_5"), Infinity);
    excel.get("RAG Summary").protected = true;
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(SENTENCE);
    // The refusal came first in the first request: "Stale Actions" was not written in place.
    expect(excel.get("Stale Actions").text(3, 1)).toBe("the user's edit");
    restore();
    await generateSummary(new ExcelDoor(excel));
    expect(state(excel)).toBe(`RAG Summary|Stale Actions|RAGTracker_new_5 :: RAGTracker_stale->Stale Actions RAGTracker_summary->RAG Summary`);
  });

  it("with every sheet written in place: the same sentence, not Excel's words", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    refuseDeleting(excel, leftover(excel, "RAGTracker_new_5"), Infinity);
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(SENTENCE);
  });
});
