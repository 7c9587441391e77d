/** The generated sheets' layout, as the LibreOffice prints showed it must be: nothing drawn over anything else, no long text in a narrow column. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import type { CellRange } from "../../src/core/cells";
import type { SheetPlan } from "../../src/core/writePlan";
import { buildHistoryPlan } from "../../src/core/history/historyPlan";
import { recordSnapshot } from "../../src/core/history/record";
import { trend } from "../../src/core/history/trend";
import { wrappedLines } from "../../src/core/rowHeights";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";

const analysis = analyseWorkbook({ sheets: [peerReviewSheet({}), caseReviewSheet()] }, DEFAULT_SETTINGS, "2021-12-15");

function rowOf(sheet: SheetPlan, value: string): number {
  const i = sheet.rows.findIndex((r) => r.some((c) => "value" in c && c.value === value));
  if (i < 0) throw new Error(`No row of "${sheet.name}" holds "${value}".`);
  return i + 1;
}

function mergeAt(sheet: SheetPlan, row: number, left: number): CellRange | undefined {
  return sheet.merges.find((m) => m.top === row && m.left === left);
}

const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

describe("the RAG Summary's layout", () => {
  const summary = buildSummaryPlan(analysis).sheets[0]!;

  it("places the category chart below the review chart, each with room for its bars", () => {
    const [byReview, byCategory] = summary.charts;
    expect(overlaps(byReview!.anchor, byCategory!.anchor)).toBe(false);
    for (const chart of summary.charts) {
      const bars = chart.categories.bottom - chart.categories.top + 1;
      expect(chart.anchor.bottom - chart.anchor.top).toBeGreaterThanOrEqual(Math.ceil(bars * 1.5));
    }
  });

  it("prints each rating's meaning across the count columns, after the code and whether it completes", () => {
    const header = rowOf(summary, "Meaning");
    expect(summary.rows[header - 1]!.map((c) => ("value" in c ? c.value : ""))).toEqual(["Rating", "Code", "Complete", "Meaning"]);
    const width = summary.rows.find((r) => r[0] && "value" in r[0] && r[0].value === "Review")!.length;
    const blue = rowOf(summary, "Action complete.");
    for (const row of [header, blue]) expect(mergeAt(summary, row, 4)).toEqual({ top: row, bottom: row, left: 4, right: width });
    expect(summary.rows[blue - 1]!.slice(0, 3).map((c) => ("value" in c ? c.value : ""))).toEqual(["Blue", "B", "Yes"]);
  });

  it("gives the stale list's flag, rating, date and sheet columns room for their longest usual text", () => {
    const stale = buildSummaryPlan(analysis).sheets[1]!;
    const header = stale.rows[stale.freezeRows - 1]!.map((c) => ("value" in c ? c.value : ""));
    const widthOf = (name: string) => stale.columnWidths[header.indexOf(name)]!;
    expect(widthOf("Flag")).toBeGreaterThanOrEqual("Stale and overdue".length - 1);
    expect(widthOf("Last updated")).toBeGreaterThanOrEqual("Last updated".length);
    expect(widthOf("Sheet")).toBeGreaterThanOrEqual("Delivery Plan 2019-20".length - 1);
    // A date shown as dd/mm/yyyy: Excel shows #### rather than cut one, so every character needs room.
    expect(widthOf("Due")).toBeGreaterThanOrEqual("dd/mm/yyyy".length);
    expect(widthOf("Rating")).toBeGreaterThanOrEqual(Math.max(...analysis.index.entries.map((e) => e.name.length), "Unrated".length));

    // Each on one line as Calibri 11 lays it out (the measure row heights use): the texts in proportion,
    // as "Invalid: Yellow" (15 characters, narrow letters) fits 13 widths and "15/12/2021" (10) needs 11.
    const column = (name: string) => stale.rows.slice(stale.freezeRows).map((r) => r[header.indexOf(name)]!);
    const oneLine = (name: string, texts: string[]) => {
      for (const t of texts) expect(wrappedLines(t, widthOf(name)), `"${t}" in the ${name} column, ${widthOf(name)} wide`).toBe(1);
    };
    oneLine("Flag", ["Stale and overdue", "Overdue", "Stale"]);
    oneLine("Sheet", ["Delivery Plan 2019-20"]);
    // A review named for its sheet ("Delivery Plan 2019-20") otherwise breaks at its hyphen: "2019-" over "20".
    oneLine("Review", ["Delivery Plan 2019-20", "Sam and Kyle", ...analysis.byReview.map((g) => g.name)]);
    const ratings = column("Rating").flatMap((c) => (c.kind === "text" ? [c.value] : []));
    expect(ratings.length).toBeGreaterThan(0);
    oneLine("Rating", ["Invalid: Yellow", "Unrated", ...analysis.index.entries.map((e) => e.name), ...ratings]);
    const dmy = (iso: string) => iso.split("-").reverse().join("/");
    const dueDates = column("Due").flatMap((c) => (c.kind === "date" ? [dmy(c.value)] : []));
    expect(dueDates.length).toBeGreaterThan(0);
    oneLine("Due", ["28/02/2022", ...dueDates]);
    oneLine("Last updated", ["Last updated", "28/02/2022", "never"]);
  });
});

describe("the Committee Pack's layout", () => {
  const pack = buildPackPlan(analysis, undefined);

  it("prints each rating's meaning across the page, not in the narrow number column", () => {
    const blue = pack.rows.findIndex((r) => r[1]?.kind === "text" && r[1].value.startsWith("Action complete.")) + 1;
    expect(blue).toBeGreaterThan(0);
    expect(mergeAt(pack, blue, 2)).toEqual({ top: blue, bottom: blue, left: 2, right: 7 });
  });

  it("has a second column wide enough for its \"Improved\" header", () => {
    expect(pack.columnWidths[1]).toBeGreaterThanOrEqual(10);
  });
});

describe("titles and notes of every generated sheet", () => {
  const snapshot = recordSnapshot(analysis, { date: "2021-07-13", recordedAt: "2021-07-13T09:00:00Z", recordedBy: null });
  const sheets = [...buildSummaryPlan(analysis).sheets, buildPackPlan(analysis, undefined), buildHistoryPlan(trend([snapshot]), snapshot)];

  it("fit on one line of their merged cells, which Excel does not make taller", () => {
    for (const sheet of sheets) {
      for (const m of sheet.merges.filter((m) => m.top === m.bottom)) {
        const cell = sheet.rows[m.top - 1]?.[m.left - 1];
        if (cell?.kind !== "text" || (cell.style !== "note" && cell.style !== "title")) continue;
        let width = 0;
        for (let c = m.left; c <= m.right; c++) width += sheet.columnWidths[c - 1] ?? 8.43;
        expect(wrappedLines(cell.value, width), `"${cell.value}" on ${sheet.name}`).toBe(1);
      }
    }
  });
});
