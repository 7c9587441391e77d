/**
 * A table the team put on a generated sheet (Insert > Table) would go when RAG Tracker writes the
 * sheet again, and every formula using it would say #REF!: inside Excel, as in the command line
 * and the workbench, nothing is written and the same sentence says why (sheetOwnership.ts).
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { generateSummary } from "../../src/door/operations";
import { generateRagHistory } from "../../src/door/historyOperations";
import { tablesOnGeneratedSheet } from "../../src/door/sheetOwnership";
import { FakeExcel } from "../fakes/fakeExcel";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { dumpWorkbook, putSnapshot } from "./helpers";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";

/** The peer review and case review plans, summarised once, with a sheet of the team's own that adds up a table. */
async function summarised(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  putSnapshot(excel, peerReviewSheet());
  putSnapshot(excel, caseReviewSheet());
  excel.sheet("Notes", [["Blue actions"]]).ensure(5, 1).formula = "=SUM(MyTab[Count])";
  await generateSummary(new ExcelDoor(excel));
  excel.resetSyncs();
  return excel;
}

describe("a user's table on a generated sheet, inside Excel", () => {
  it("stops a rewrite in place with the file doors' sentence, changes nothing, and costs no sync more: the tables come with the charts", async () => {
    const plain = await summarised();
    await generateSummary(new ExcelDoor(plain));
    const excel = await summarised();
    excel.get("RAG Summary").tables.push({ name: "MyTab" });
    const before = dumpWorkbook(excel);
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(tablesOnGeneratedSheet("RAG Summary", ["MyTab"]));
    expect(tablesOnGeneratedSheet("RAG Summary", ["MyTab"])).toBe(
      '"RAG Summary" holds the table "MyTab", which RAG Tracker did not put there and would remove with the sheet when it writes it again, breaking any formula that uses it, so nothing was written; move the table to another sheet, or rename "RAG Summary" to keep it as it is, and run it again.',
    );
    expect(dumpWorkbook(excel)).toEqual(before);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    // Every sync of the rewrite but the write itself.
    expect(excel.syncs).toHaveLength(plain.syncs.length - 1);
  });

  it("stops a sheet that would be built beside and swapped in (a protected one), naming every table on it", async () => {
    const excel = await summarised();
    excel.get("Stale Actions").protected = true;
    excel.get("Stale Actions").tables.push({ name: "Chasers" }, { name: "Owners" });
    const before = dumpWorkbook(excel);
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(
      '"Stale Actions" holds the tables "Chasers" and "Owners", which RAG Tracker did not put there and would remove with the sheet when it writes it again, breaking any formula that uses them, so nothing was written; move the tables to another sheet, or rename "Stale Actions" to keep it as it is, and run it again.',
    );
    expect(dumpWorkbook(excel)).toEqual(before);
    expect(excel.workbook.sheets.some((s) => /^RAGTracker_new_/.test(s.name))).toBe(false);
  });

  it("stops RAG History too, from the recorded reports of the sample", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateRagHistory(new ExcelDoor(excel));
    excel.get("RAG History").tables.push({ name: "Quarterly" });
    const before = dumpWorkbook(excel);
    await expect(generateRagHistory(new ExcelDoor(excel))).rejects.toThrow(tablesOnGeneratedSheet("RAG History", ["Quarterly"]));
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  it("leaves a table on the team's own sheet, or on a summary renamed to keep it, and writes the summary", async () => {
    const excel = await summarised();
    excel.get("Notes").tables.push({ name: "Counts" });
    excel.get("RAG Summary").tables.push({ name: "MyTab" });
    excel.get("RAG Summary").name = "RAG Summary Jul 21";
    await generateSummary(new ExcelDoor(excel));
    expect(excel.get("RAG Summary Jul 21").tables).toEqual([{ name: "MyTab" }]);
    expect(excel.get("Notes").tables).toEqual([{ name: "Counts" }]);
    expect(excel.get("RAG Summary").text(2, 1)).toBe("RAG Summary");
  });

  it("a table on the team's plan does not stop the first summary, which replaces no sheet", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet());
    excel.get("Peer Review").tables.push({ name: "Actions" });
    await generateSummary(new ExcelDoor(excel));
    expect(excel.workbook.sheets.map((s) => s.name)).toContain("RAG Summary");
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
  });
});
