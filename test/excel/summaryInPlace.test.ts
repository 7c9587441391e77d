/**
 * Regenerating the summary rewrites the generated sheets where they are: the user's formulas and
 * names that point at them stay valid, and Excel's undo history is kept. A write cut short never
 * leaves a sheet of a plan's name without its marker, which later runs would take for the user's.
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { generateSummary } from "../../src/door/operations";
import { FakeExcel } from "../fakes/fakeExcel";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { dumpWorkbook, putSnapshot } from "./helpers";

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  putSnapshot(excel, peerReviewSheet());
  putSnapshot(excel, caseReviewSheet());
  // The team's own sheet pulls a committee number from the summary.
  const notes = excel.sheet("Notes", [["Blue actions"]]);
  notes.ensure(1, 2).formula = "='RAG Summary'!B5";
  return excel;
}

/** Makes every call that needs the given feature fail, as a host refusing it part-way through a batch would. */
function refuse(excel: FakeExcel, what: string): () => void {
  const real = excel.requireApi.bind(excel);
  excel.requireApi = (version: string, feature: string) => {
    if (feature === what) throw Object.assign(new Error(`${feature} failed.`), { code: "GeneralException" });
    real(version, feature);
  };
  return () => (excel.requireApi = real);
}

describe("regenerating the summary in place", () => {
  it("keeps formulas elsewhere that point at the summary, and the user's undo history", async () => {
    const excel = workbook();
    await generateSummary(new ExcelDoor(excel));
    const first = dumpWorkbook(excel);
    excel.undoCleared.length = 0;
    await generateSummary(new ExcelDoor(excel));
    expect(excel.get("Notes").cell(1, 2)?.formula).toBe("='RAG Summary'!B5");
    expect(excel.undoCleared).toEqual([]);
    expect(dumpWorkbook(excel)).toEqual(first);
  });

  it("in a workbook whose structure is protected, an existing summary is still brought up to date", async () => {
    const excel = workbook();
    await generateSummary(new ExcelDoor(excel));
    excel.workbook.protected = true;
    excel.get("Peer Review").ensure(6, 6).value = "A";
    const first = dumpWorkbook(excel);
    await generateSummary(new ExcelDoor(excel));
    expect(dumpWorkbook(excel)).not.toEqual(first);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
  });

  it("a summary too large to rewrite in one request is built beside and swapped in, as a new one is", async () => {
    const excel = workbook();
    await generateSummary(new ExcelDoor(excel));
    const first = dumpWorkbook(excel);
    await generateSummary(new ExcelDoor(excel, { writeBudget: 5_000 }));
    expect(dumpWorkbook(excel).sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    // Its title under the note for the team, which prints on no page.
    expect(excel.get("RAG Summary").text(2, 1)).toBe("RAG Summary");
    expect(excel.workbook.sheets.some((s) => /^RAGTracker_new_/.test(s.name))).toBe(false);
  });

  it("a rewrite in place that fails part-way leaves the sheet marked, says it may be half rewritten, and the next run rewrites it", async () => {
    const excel = workbook();
    await generateSummary(new ExcelDoor(excel));
    const first = dumpWorkbook(excel);
    const restore = refuse(excel, "pageLayout");
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(
      / Sheets "RAG Summary" and "Stale Actions" may be only partly rewritten; generate the RAG summary again to write them whole before it is printed or sent\.$/,
    );
    restore();
    expect(excel.name("RAGTracker_summary")?.sheet?.name).toBe("RAG Summary");
    await generateSummary(new ExcelDoor(excel));
    expect(dumpWorkbook(excel)).toEqual(first);
  });
});

describe("building a new summary", () => {
  it("a failure at the marker leaves no unmarked sheet of the plan's name, and the next run writes it", async () => {
    const excel = workbook();
    const restore = refuse(excel, "names.add");
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow("names.add failed.");
    restore();
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "Notes"]);
    const result = await generateSummary(new ExcelDoor(excel));
    expect(result.sheets.map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);
  });

  it("a temporary sheet an interrupted write left behind, known by its mark, is removed by the next write with its mark", async () => {
    const excel = workbook();
    const leftover = excel.sheet("RAGTracker_new_1", [["half built"]]);
    excel.workbook.names.push({ name: "RAGTracker_new_1", sheet: leftover, range: { top: 1, left: 1, bottom: 1, right: 1 }, visible: false });
    await generateSummary(new ExcelDoor(excel));
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "Notes", "RAG Summary", "Stale Actions"]);
    expect(excel.workbook.names.flatMap((n) => (n.name.startsWith("ColumnTitle_") ? [] : [n.name]))).toEqual(["RAGTracker_summary", "RAGTracker_stale"]);
  });

  it("a user's sheet named as a temporary sheet, without the door's mark, is never removed, and the new sheets are built under other names", async () => {
    const excel = workbook();
    excel.sheet("RAGTracker_new_1", [["the user's"]]);
    await generateSummary(new ExcelDoor(excel));
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "Notes", "RAGTracker_new_1", "RAG Summary", "Stale Actions"]);
    expect(excel.get("RAGTracker_new_1").text(1, 1)).toBe("the user's");
    expect(excel.workbook.names.flatMap((n) => (n.name.startsWith("ColumnTitle_") ? [] : [n.name]))).toEqual(["RAGTracker_summary", "RAGTracker_stale"]);
  });

  it("a user's sheet named as a temporary sheet with a visible name of its own name is not taken for one of the door's", async () => {
    const excel = workbook();
    const users = excel.sheet("RAGTracker_new_1", [["the user's"]]);
    excel.workbook.names.push({ name: "RAGTracker_new_1", sheet: users, range: { top: 1, left: 1, bottom: 5, right: 2 }, visible: true });
    await generateSummary(new ExcelDoor(excel));
    expect(excel.get("RAGTracker_new_1").text(1, 1)).toBe("the user's");
    expect(excel.workbook.names.flatMap((n) => (n.name.startsWith("ColumnTitle_") ? [] : [n.name]))).toEqual(["RAGTracker_new_1", "RAGTracker_summary", "RAGTracker_stale"]);
  });
});
