/**
 * Excel never fits a row whose wrapped text is merged across columns, so the door sets those
 * rows to the heights the file doors write; every other row is left to autofitRows.
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { SheetBuilder, text } from "../../src/core/sheetBuilder";
import { LINE_HEIGHT, wrappedRowHeights } from "../../src/core/rowHeights";
import { FakeExcel } from "../fakes/fakeExcel";
import { handPlan } from "../helpers/handPlan";
import { rowHeightSteps } from "../../src/excel/rowHeightSteps";

const LONG = "The committee is asked to note that actions moved from Amber to Green across three reviews, and that two reviews report no progress since the last meeting.";

function mergedTextPlan() {
  const b = new SheetBuilder();
  b.addSpanning(text("Committee Pack", "title"), 4);
  const sentence = b.addSpanning(text(LONG, "wrap"), 4);
  const again = b.addSpanning(text(LONG, "wrap"), 4);
  const short = b.addSpanning(text("All ratings are complete.", "wrap"), 4);
  // Unmerged: Excel fits it itself.
  const unmerged = b.add(text(LONG, "wrap"));
  const note = b.addSpanning(text(LONG, "note"), 4);
  const group = b.add(text(`Review: ${LONG}`, "wrap"), text("3", "body"));
  b.merges.push({ top: group, bottom: group, left: 1, right: 3 });
  const plan = handPlan({ rows: b.rows, merges: b.merges, columnWidths: [20, 10, 10, 8], charts: [], freezeRows: 0 });
  return { plan, rows: { sentence, again, short, unmerged, note, group } };
}

/** Rows of merged text whose heights alternate: the worst case for grouping runs of equal height. */
function alternatingPlan(rows: number) {
  const b = new SheetBuilder();
  for (let i = 0; i < rows; i++) b.addSpanning(text(i % 2 === 0 ? LONG : `${LONG} ${LONG}`, "wrap"), 3);
  const plan = handPlan({ rows: b.rows, merges: b.merges, columnWidths: [20, 10, 10], charts: [], freezeRows: 0 });
  expect(new Set(wrappedRowHeights(plan).values()).size).toBe(2);
  return plan;
}

describe("row heights of merged wrapped text", () => {
  it("stop at Excel's tallest row for a text of thousands of characters, which Excel would refuse to set taller", async () => {
    const b = new SheetBuilder();
    b.addSpanning(text(LONG.repeat(60), "wrap"), 4);
    const plan = handPlan({ rows: b.rows, merges: b.merges, columnWidths: [20, 10, 10, 8], charts: [], freezeRows: 0 });
    const excel = new FakeExcel();
    await new ExcelDoor(excel).applyPlan({ sheets: [plan] });
    expect(excel.get(plan.name).rowHeights.get(1)).toBe(409);
  });

  it("are set to the plan's heights, after autofit, and no other row's is", async () => {
    const { plan, rows } = mergedTextPlan();
    const heights = wrappedRowHeights(plan);
    expect(heights.get(rows.sentence)).toBeGreaterThan(LINE_HEIGHT);
    expect(heights.get(rows.unmerged)).toBeGreaterThan(LINE_HEIGHT);
    expect(heights.has(rows.short)).toBe(false);

    const excel = new FakeExcel();
    await new ExcelDoor(excel).applyPlan({ sheets: [plan] });
    const sheet = excel.get(plan.name);
    expect(sheet.autofitCalls).toBe(1);
    expect([...sheet.rowHeights.entries()].sort(([a], [b]) => a - b)).toEqual([
      [rows.sentence, heights.get(rows.sentence)],
      [rows.again, heights.get(rows.again)],
      [rows.note, heights.get(rows.note)],
      [rows.group, heights.get(rows.group)],
    ]);
    // A note's height counts its lines, so it must wrap to fill them.
    expect(sheet.cell(rows.note, 1)?.look?.wrap).toBe(true);
  });

  it("are set again when the sheet is rewritten in place", async () => {
    const { plan, rows } = mergedTextPlan();
    const excel = new FakeExcel();
    const door = new ExcelDoor(excel);
    await door.applyPlan({ sheets: [plan] });
    await door.applyPlan({ sheets: [plan] });
    expect(excel.get(plan.name).rowHeights.get(rows.sentence)).toBe(wrappedRowHeights(plan).get(rows.sentence));
  });

  it("at 100,000 rows of alternating heights: a few hundred calls, under 1 MB in all", () => {
    const plan = alternatingPlan(100_000);
    const steps = rowHeightSteps(plan.name, plan, true);
    // Grouped by height through getRanges, not one call per row.
    expect(steps.length).toBeLessThan(1_000);
    expect(steps.reduce((n, s) => n + s.bytes, 0)).toBeLessThan(1_000_000);
  });

  it("split across requests under a small payload limit, every height still lands", async () => {
    const plan = alternatingPlan(5_000);
    const excel = new FakeExcel({ payloadLimit: 100_000 });
    await new ExcelDoor(excel, { writeBudget: 80_000 }).applyPlan({ sheets: [plan] });
    expect(excel.syncs.length).toBeGreaterThan(2);
    expect(excel.syncs.every((s) => s.ok && s.requestBytes <= 100_000)).toBe(true);
    const sheet = excel.get(plan.name);
    const wrong = [...wrappedRowHeights(plan)].filter(([row, h]) => sheet.rowHeights.get(row) !== h);
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(sheet.rowHeights.size).toBe(5_000);
  });
});
