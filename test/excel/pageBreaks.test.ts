/** The engine's page breaks reach Excel through horizontalPageBreaks (ExcelApi 1.9), replace a second run's, and are skipped on older hosts. */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { FakeExcel } from "../fakes/fakeExcel";
import { handPlan } from "../helpers/handPlan";

function userWorkbook(apiVersion?: string) {
  const excel = new FakeExcel(apiVersion ? { apiVersion } : {});
  excel.sheet("Plan", [["Category", "RAG"], ["Finance", "B"]]);
  return excel;
}

describe("ExcelDoor page breaks", () => {
  it("adds a break above each row the plan names", async () => {
    const excel = userWorkbook();
    await new ExcelDoor(excel).applyPlan({ sheets: [handPlan({ pageBreaks: [5, 8] })] });
    expect(excel.get("RAG Summary").pageBreaks).toEqual([5, 8]);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
  });

  it("replaces the breaks of the sheet it writes again, in place or anew", async () => {
    const excel = userWorkbook();
    const door = new ExcelDoor(excel);
    await door.applyPlan({ sheets: [handPlan({ pageBreaks: [5, 8] })] });
    await door.applyPlan({ sheets: [handPlan({ pageBreaks: [6] })] });
    expect(excel.get("RAG Summary").pageBreaks).toEqual([6]);
    await door.applyPlan({ sheets: [handPlan({ pageBreaks: [] })] });
    expect(excel.get("RAG Summary").pageBreaks).toEqual([]);
  });

  it("writes the sheet without breaks on a host before ExcelApi 1.9, as it does without print setup", async () => {
    const excel = userWorkbook("1.8");
    await new ExcelDoor(excel).applyPlan({ sheets: [handPlan({ pageBreaks: [5, 8] })] });
    const sheet = excel.get("RAG Summary");
    expect(sheet.text(1, 1)).toBe("RAG Summary");
    expect(sheet.pageBreaks).toEqual([]);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
  });
});
