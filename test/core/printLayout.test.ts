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
import { formatShortDate } from "../../src/core/longDate";
import { pageModels } from "../../src/core/printedPage";
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

  it("keeps a chart of up to 24 lines of labels to a page's height, so it prints whole on a page of its own, and gives more their room", () => {
    const categories = (n: number, name = (i: number) => `Category ${i + 1}`) => Array.from({ length: n }, (_, i) => ({ ...analysis.byCategory[i % analysis.byCategory.length]!, name: name(i) }));
    for (const n of [20, 24]) {
      const plan = buildSummaryPlan({ ...analysis, byCategory: categories(n) }).sheets[0]!;
      const chart = plan.charts.find((c) => c.title === "Ratings by category")!;
      const rows = chart.anchor.bottom - chart.anchor.top + 1;
      expect(rows, `${n} bars`).toBeLessThanOrEqual(30);
      for (const model of pageModels(plan)) expect(rows * 15, `${n} bars, ${model.application}`).toBeLessThan(model.pageHeight);
      // And it starts a page: no break falls within it.
      expect((plan.pageBreaks ?? []).filter((r) => r > chart.anchor.top && r <= chart.anchor.bottom)).toEqual([]);
    }
    const many = buildSummaryPlan({ ...analysis, byCategory: categories(40) }).sheets[0]!.charts.find((c) => c.title === "Ratings by category")!;
    expect(many.anchor.bottom - many.anchor.top).toBeGreaterThanOrEqual(60);
    // Sixteen of the delivery plan's long aims take two lines each: each bar keeps a row and a half.
    const aim = (i: number) => `Strategic Aim ${i + 1} – Reduce the number of children and young people in need of responsive safeguarding`;
    const long = buildSummaryPlan({ ...analysis, byCategory: categories(16, aim) }).sheets[0]!.charts.find((c) => c.title === "Ratings by category")!;
    expect(long.anchor.bottom - long.anchor.top).toBe(Math.ceil(16 * 1.5) + 6);
  });

  it("prints each rating's meaning across the count columns, after the code and whether it completes", () => {
    const header = rowOf(summary, "Meaning");
    expect(summary.rows[header - 1]!.map((c) => ("value" in c ? c.value : ""))).toEqual(["Rating", "Code", "Complete", "Meaning"]);
    const width = summary.rows.find((r) => r[0] && "value" in r[0] && r[0].value === "Review")!.length;
    const blue = rowOf(summary, "Action complete.");
    for (const row of [header, blue]) expect(mergeAt(summary, row, 4)).toEqual({ top: row, bottom: row, left: 4, right: width });
    expect(summary.rows[blue - 1]!.slice(0, 3).map((c) => ("value" in c ? c.value : ""))).toEqual(["Blue", "B", "Yes"]);
  });

  it("gives the stale list's columns room for their words and dates, so nothing is cut, broken mid-word or shown as ####", () => {
    const stale = buildSummaryPlan(analysis).sheets[1]!;
    const header = stale.rows[stale.freezeRows - 1]!.map((c) => ("value" in c ? c.value : ""));
    const widthOf = (name: string) => stale.columnWidths[header.indexOf(name)]!;
    const column = (name: string) => stale.rows.slice(stale.freezeRows).map((r) => r[header.indexOf(name)]!);
    const oneLine = (name: string, texts: string[]) => {
      for (const t of texts) expect(wrappedLines(t, widthOf(name)), `"${t}" in the ${name} column, ${widthOf(name)} wide`).toBe(1);
    };
    // Short texts may wrap, at their spaces only: each word fits its column (as Calibri 11 lays it
    // out, the measure row heights use), and a text of more than one line is in a wrapping style.
    const wordsFit = (name: string, texts: string[]) => {
      oneLine(name, texts.flatMap((t) => t.split(" ")));
      for (const cell of column(name)) if (cell.kind === "text" && wrappedLines(cell.value, widthOf(name)) > 1) expect(cell.style, `"${cell.value}" in ${name}`).toBe("wrap");
    };
    const texts = (name: string) => column(name).flatMap((c) => (c.kind === "text" ? [c.value] : []));
    wordsFit("Flag", ["Stale and overdue", "Overdue", "Stale", ...texts("Flag")]);
    wordsFit("Rating", ["Invalid: Yellow", "Unrated", ...analysis.index.entries.map((e) => e.name), ...texts("Rating")]);
    expect(texts("Rating").length).toBeGreaterThan(0);
    for (const name of ["Review", "Lead", "Time scale", "Sheet"]) wordsFit(name, texts(name));
    // Calc breaks a hyphenated word after its hyphen where the line has room for that much: "Plan 2019-" over "20".
    oneLine("Review", ["Plan 2019-20", "Sam and Kyle", ...analysis.byReview.map((g) => g.name)]);
    oneLine("Sheet", ["Plan 2019-20", "Case Reviews"]);
    // A date shown as dd/mm/yyyy: Excel shows #### rather than cut one, so every character needs room.
    const dmy = (iso: string) => iso.split("-").reverse().join("/");
    const dueDates = column("Due").flatMap((c) => (c.kind === "date" ? [dmy(c.value)] : []));
    expect(dueDates.length).toBeGreaterThan(0);
    oneLine("Due", ["28/02/2022", ...dueDates]);
    oneLine("Time scale", ["28/02/2022"]);
    oneLine("Last updated", ["28/02/2022", "never"]);
    oneLine("Days overdue", ["9999"]);
    oneLine("Row", ["9999"]);
  });

  it("prints the stale list one page wide with its text at 8 pt or more, in Excel and in LibreOffice", () => {
    const stale = buildSummaryPlan(analysis).sheets[1]!;
    const models = pageModels(stale);
    expect(models.map((m) => m.application)).toEqual(["Excel", "LibreOffice"]);
    // Calibri 11 at the page's fit-to-width scale.
    for (const m of models) expect(11 * m.scale, m.application).toBeGreaterThanOrEqual(8);
  });
});

describe("the Committee Pack's layout", () => {
  const pack = buildPackPlan(analysis, undefined);

  it("names the report in each page's header, without its title row repeated under it", () => {
    expect(pack.print.header).toBe("RAG rated action plan report – 15 December 2021");
    expect(pack.print.repeatRows).toBeUndefined();
  });

  it("gives each column holding a date room for it with the month spelled (\"30 Sep 2021\"), so Excel shows no #### for it", () => {
    const dateColumns = new Set(pack.rows.flatMap((r) => r.flatMap((c, i) => (c.kind === "date" ? [i] : []))));
    expect(dateColumns.size).toBeGreaterThan(0);
    const widest = Array.from({ length: 12 }, (_, m) => formatShortDate(`2021-${String(m + 1).padStart(2, "0")}-28`));
    for (const i of dateColumns) for (const d of widest) expect(wrappedLines(d, pack.columnWidths[i]!), `"${d}" in column ${i + 1}`).toBe(1);
  });

  it("prints each rating's meaning across the page, not in the narrow number column", () => {
    const blue = pack.rows.findIndex((r) => r[1]?.kind === "text" && r[1].value.startsWith("Action complete.")) + 1;
    expect(blue).toBeGreaterThan(0);
    expect(mergeAt(pack, blue, 2)).toEqual({ top: blue, bottom: blue, left: 2, right: pack.columnWidths.length });
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
