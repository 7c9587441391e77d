import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import type { WritePlan } from "../../src/core/writePlan";
import { isoToSerial } from "../../src/core/dates";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { generateSummary } from "../../src/door/operations";
import { FakeExcel } from "../fakes/fakeExcel";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { dumpWorkbook, putSnapshot } from "./helpers";
import { FORMULA_LIKE, handPlan } from "../helpers/handPlan";
import { text } from "../../src/core/sheetBuilder";
import { writtenSentence } from "../../src/taskpane/messages";


/** The counts on a chart's bars as the door sets them on a host that takes their number format. */
const LABELS = { shown: true, showValue: true, position: "Center", bold: true, numberFormat: "[>=1]0;\"\"" };

function userWorkbook() {
  const excel = new FakeExcel();
  excel.sheet("Plan", [["Category", "RAG"], ["Finance", "B"]]);
  excel.sheet("Notes", [["My own notes"]]);
  return excel;
}

describe("text longer than a cell formatted as text shows", () => {
  // Excel for the desktop shows a cell formatted as text ("@") holding more than 255 characters as "#####".
  const response = "Briefings delivered to all partner agencies; the learning is embedded in the multi-agency training programme and audited each quarter. ".repeat(3);
  const LONG = [response, `- ${response}`, `=${response}`];

  it("keeps the General format, and text Excel would take for a formula is written as typed text", async () => {
    const excel = userWorkbook();
    const plan = handPlan();
    plan.rows.push(LONG.map((t) => text(t)));
    await new ExcelDoor(excel).applyPlan({ sheets: [plan] });
    const sheet = excel.get("RAG Summary");
    const row = plan.rows.length;
    LONG.forEach((t, i) => {
      const cell = sheet.cell(row, i + 1)!;
      expect([cell.value, cell.formula, cell.numberFormat === "@"]).toEqual([t, undefined, false]);
    });
    // Short text keeps the text format, as before.
    expect(sheet.cell(7, 1)?.numberFormat).toBe("@");
  });

  it("keeps the apostrophe a long response begins with, which Excel would otherwise take as typed and hide", async () => {
    // The peer review plan's progress response, led by the title it quotes.
    const quoted =
      "'Think Family' podcast on learning from practice reviews is being designed to be available in September 2021 (linked to Reccommendation 17). A podcast sharing the learning from the last three SCR/LPRs has been published on the TLSCP website and shared with partners and relevant agencies along with summary booklets for each case.";
    expect(quoted.length).toBeGreaterThan(255);
    const excel = userWorkbook();
    const plan = handPlan();
    plan.rows.push([text(quoted)]);
    await new ExcelDoor(excel).applyPlan({ sheets: [plan] });
    const cell = excel.get("RAG Summary").cell(plan.rows.length, 1)!;
    expect([cell.value, cell.formula, cell.numberFormat === "@"]).toEqual([quoted, undefined, false]);
  });
});

describe("ExcelDoor.applyPlan", () => {
  it("writes exactly the plan: values, text kept as text, dates, looks, merges, widths, freeze panes, print setup, chart and marker", async () => {
    const excel = userWorkbook();
    const door = new ExcelDoor(excel);
    const applied = await door.applyPlan({ sheets: [handPlan()] });
    expect(applied).toEqual([{ key: "summary", name: "RAG Summary" }]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "Notes", "RAG Summary"]);
    const sheet = excel.get("RAG Summary");

    expect(sheet.text(1, 1)).toBe("RAG Summary");
    expect(sheet.cell(1, 1)?.look).toMatchObject({ bold: true, size: 14 });
    expect(sheet.cell(2, 1)?.look).toMatchObject({ italic: true, fontColor: "#595959" });
    expect(sheet.cell(4, 1)?.look).toMatchObject({ bold: true, fill: "#DDEBF7", wrap: true });
    expect(sheet.cell(4, 2)?.look).toMatchObject({ bold: true, fill: "#0070C0", fontColor: "#FFFFFF" });
    expect(sheet.cell(5, 2)?.value).toBe(23);
    expect(sheet.cell(5, 4)).toMatchObject({ value: 26, look: { bold: true } });
    expect(sheet.cell(5, 2)?.look?.bold).toBeUndefined();

    // Text beginning with =, +, - or @, and text that looks like a number, stays exactly that text.
    FORMULA_LIKE.forEach((t, i) => {
      const cell = sheet.cell(7, i + 1)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(t);
      expect(cell.numberFormat).toBe("@");
    });

    expect(sheet.cell(8, 1)).toMatchObject({ value: isoToSerial("2021-09-01"), numberFormat: "dd/mm/yyyy" });
    expect(sheet.cell(8, 2)?.value).toBeUndefined();
    expect(sheet.cell(8, 3)?.look?.fill).toBe("#FCE4D6");

    expect(sheet.merges).toEqual([{ top: 1, bottom: 1, left: 1, right: 4 }]);
    // 30 and 8 characters as the file doors write them: 210 and 56 px, no padding added.
    expect(sheet.columnWidths.get(1)).toBe(157.5);
    expect(sheet.columnWidths.get(4)).toBe(42);
    expect(sheet.freezeRows).toBe(4);
    expect(sheet.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$4:$4",
      centerHeader: "RAG Summary && Stale Actions",
      centerFooter: "&A – page &P",
      firstPageNumber: 1,
    });
    expect(sheet.charts).toEqual([
      {
        type: "BarStacked",
        title: "Ratings by review",
        legendPosition: "Bottom",
        reversePlotOrder: true,
        // Counts from 0, so each bar's length is its count (left to scale itself, 23 blue beside 3 green drew shorter).
        valueAxisMinimum: 0,
        series: [
          // Each bar's count written on it, readable on its fill, and a zero shown as nothing: the chart reads printed in black and white.
          { name: "Blue", values: { top: 5, bottom: 6, left: 2, right: 2 }, xValues: { top: 5, bottom: 6, left: 1, right: 1 }, colour: "#0070C0", labels: { ...LABELS, colour: "#FFFFFF" } },
          { name: "Green", values: { top: 5, bottom: 6, left: 3, right: 3 }, xValues: { top: 5, bottom: 6, left: 1, right: 1 }, colour: "#00B050", labels: { ...LABELS, colour: "#000000" } },
        ],
        position: { from: "H4", to: "N18" },
      },
    ]);
    expect(excel.name("RAGTracker_summary")).toMatchObject({ sheet, range: { top: 1, bottom: 1, left: 1, right: 1 }, visible: false });
    expect(excel.workbook.active).toBe(sheet);
    // The user's sheets are as they were.
    expect(excel.get("Plan").text(2, 2)).toBe("B");
  });

  it("writes the whole plan in one sync once the workbook's shape is known", async () => {
    const excel = userWorkbook();
    const door = new ExcelDoor(excel);
    await door.read();
    excel.resetSyncs();
    await door.applyPlan({ sheets: [handPlan()] });
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0]!.ok).toBe(true);
  });

  it("leaves a same-named sheet of the user's alone and writes nothing at all", async () => {
    const excel = userWorkbook();
    excel.sheet("RAG Summary", [["The user's own summary"]]);
    const before = dumpWorkbook(excel);
    const door = new ExcelDoor(excel);
    await expect(door.applyPlan({ sheets: [handPlan()] })).rejects.toThrow(
      'A sheet named "RAG Summary" already exists and was not made by RAG Tracker, so it was left alone and nothing was written.',
    );
    expect(dumpWorkbook(excel)).toEqual(before);
    // Only the shape was read: no write request was ever sent.
    expect(excel.syncs).toHaveLength(1);
  });

  it("through the one-click operation, a user's sheet keeps its name and the summary takes the next free one", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet());
    excel.sheet("RAG Summary", [["The user's own summary"]]);
    const result = await generateSummary(new ExcelDoor(excel));
    expect(result.sheets).toEqual([
      { key: "summary", name: "RAG Summary (2)", besideOwn: "RAG Summary" },
      { key: "stale", name: "Stale Actions" },
    ]);
    expect(writtenSentence(result.sheets)).toBe("Wrote “RAG Summary (2)” and “Stale Actions”. The workbook's own sheet “RAG Summary” is left as it is, so the new one is “RAG Summary (2)”.");
    expect(excel.get("RAG Summary").text(1, 1)).toBe("The user's own summary");
    expect(excel.get("RAG Summary").cells.size).toBe(1);
  });

  it("regenerating gives the same workbook: the old sheets are replaced in place, even moved", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet());
    putSnapshot(excel, caseReviewSheet());
    const door = new ExcelDoor(excel);
    await generateSummary(door);
    const first = dumpWorkbook(excel);
    await generateSummary(door);
    expect(dumpWorkbook(excel)).toEqual(first);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "RAG Summary", "Stale Actions"]);

    // The user moves the summary to the front: regenerating follows it there (a renamed one is kept: test/door/keptSheets.test.ts).
    const summary = excel.get("RAG Summary");
    excel.workbook.sheets.splice(excel.workbook.sheets.indexOf(summary), 1);
    excel.workbook.sheets.unshift(summary);
    await generateSummary(door);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["RAG Summary", "Peer Review", "Case Reviews", "Stale Actions"]);
    expect(excel.workbook.names.filter((n) => n.name.startsWith("RAGTracker_")).map((n) => [n.name, n.sheet?.name])).toEqual([
      ["RAGTracker_summary", "RAG Summary"],
      ["RAGTracker_stale", "Stale Actions"],
    ]);
  });

  it("a write that fails part-way leaves the previous summary and no half-built sheet", async () => {
    const excel = userWorkbook();
    const door = new ExcelDoor(excel);
    await door.applyPlan({ sheets: [handPlan()] });
    const before = dumpWorkbook(excel);
    const huge = handPlan();
    huge.rows.push([text("x".repeat(30_000))]);
    excel.payloadLimit = 20_000;
    await expect(door.applyPlan({ sheets: [huge] })).rejects.toThrow(/^The workbook is too large for Excel to exchange in one step/);
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  it("writes a plan of several sheets and sets print setup only where the host supports it", async () => {
    const excel = new FakeExcel({ apiVersion: "1.7" });
    putSnapshot(excel, peerReviewSheet());
    const analysis = analyseWorkbook({ sheets: [peerReviewSheet()] }, DEFAULT_SETTINGS, "2021-12-15");
    const plan: WritePlan = buildSummaryPlan(analysis);
    await new ExcelDoor(excel).applyPlan(plan);
    const summary = excel.get("RAG Summary");
    expect(summary.text(2, 1)).toBe("RAG Summary");
    expect(summary.page).toEqual({});
    expect(summary.charts).toHaveLength(2);
    expect(excel.get("Stale Actions").freezeRows).toBe(plan.sheets[1]!.freezeRows);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
  });
});
