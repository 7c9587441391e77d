/**
 * A table that runs onto another printed page starts each page with its heading (continued) and
 * its header row, by the engine's estimate of Excel's and LibreOffice's pages; the rows, merges,
 * charts and breaks below move down with the copies. The LibreOffice PDF test checks the real print.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/core/model";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import { buildHistoryPlan } from "../../src/core/history/historyPlan";
import { recordSnapshot } from "../../src/core/history/record";
import { trend } from "../../src/core/history/trend";
import { MAX_PAGE_BREAKS, paginate, withPageBreaks } from "../../src/core/pageBreaks";
import { MIN_ROWS_BESIDE_CUT, continuedHeading } from "../../src/core/continuedTables";
import { insertRows } from "../../src/core/insertRows";
import { sections } from "../../src/core/keptBlocks";
import { pagesOf as pageFlows } from "../../src/core/pageFlow";
import { pageModels } from "../../src/core/printedPage";
import { SheetBuilder, num, text } from "../../src/core/sheetBuilder";
import type { PlanCell, SheetPlan } from "../../src/core/writePlan";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { sampleBytes } from "../helpers/workbooks";
import { pagesOf } from "../helpers/printedPages";

let sample: Analysis;
beforeAll(async () => {
  const door = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
  sample = analyseWorkbook(await door.read(), { ...(await door.readSettings()), asOf: "2021-11-01" }, "2021-11-01");
});

const value = (c: PlanCell | undefined) => (c && "value" in c ? c.value : undefined);
const isHeader = (row: PlanCell[] | undefined) => !!row && row.length > 0 && row.every((c) => c.style === "header");
const headings = (plan: SheetPlan) => plan.rows.filter((r) => r[0]?.style === "subtitle").map((r) => String(value(r[0])));

/**
 * Every printed page (by each estimate) that holds a row of a table holds the table's header row
 * above it: each section under a header row prints on one page (but a table a chart reads, which
 * flows). Returns the continuations seen.
 */
function expectHeaderOnEveryPage(plan: SheetPlan): string[] {
  const readByChart = (t: { first: number; last: number }) => plan.charts.some((c) => c.categories.top <= t.last && c.categories.bottom > t.first);
  const tables = sections(plan).filter((s) => isHeader(plan.rows[s.first]) && !readByChart(s));
  for (const model of pageModels(plan)) {
    const page = pagesOf(plan, model);
    for (const t of tables) {
      const where = `${model.application}: "${String(value(plan.rows[t.first - 1]![0]))}" (rows ${t.first} to ${t.last}) of ${plan.name}`;
      expect(page[t.last - 1], where).toBe(page[t.first - 1]);
    }
  }
  return tables.map((t) => String(value(plan.rows[t.first - 1]![0]))).filter((h) => h.endsWith("(continued)"));
}

/** Each continued heading is followed by an exact copy of its table's header row, and starts a page by a manual break. */
function expectCopies(plan: SheetPlan): void {
  plan.rows.forEach((row, i) => {
    const heading = value(row[0]);
    if (typeof heading !== "string" || !heading.endsWith("(continued)")) return;
    const original = plan.rows.findIndex((r) => r[0]?.style === "subtitle" && typeof value(r[0]) === "string" && continuedHeading(value(r[0]) as string) === heading);
    expect(original, heading).toBeGreaterThanOrEqual(0);
    expect(original).toBeLessThan(i);
    expect(row[0]).toEqual({ ...plan.rows[original]![0], value: heading });
    expect(plan.rows[i + 1]).toEqual(plan.rows[original + 1]);
    expect(plan.pageBreaks).toContain(i + 1);
  });
}

/** The sample with its overdue list repeated to `n` actions. */
const withOverdue = (n: number): Analysis => ({ ...sample, overdue: Array.from({ length: n }, (_, i) => sample.overdue[i % sample.overdue.length]!) });

describe("the Committee Pack", () => {
  it("starts each printed page of the sample's overdue list with its header row, under a continued heading", () => {
    const pack = buildPackPlan(sample, undefined);
    const continued = expectHeaderOnEveryPage(pack);
    expect(continued).toContain("Overdue actions (continued)");
    expectCopies(pack);
  });

  it("does so for a list of 100 overdue actions, on every page it takes, and copies no short table's header", () => {
    const pack = buildPackPlan(withOverdue(100), undefined);
    const continued = expectHeaderOnEveryPage(pack);
    expectCopies(pack);
    // 100 actions, many over two or three lines, take several pages.
    expect(continued.filter((h) => h === "Overdue actions (continued)").length).toBeGreaterThanOrEqual(3);
    // The stale list (6) fits one page: never continued.
    expect(continued).not.toContain(continuedHeading(`Not updated for more than ${sample.staleDays} days (${sample.stale.length})`));
    // Every overdue action is printed once, in order.
    // Seven columns each, the overdue ones with their progress update across the rest of the page's eleven.
    const refs = pack.rows.filter((r) => (r.length === 7 || r.length === 11) && !isHeader(r) && r[0]?.style !== "subtitle").length;
    expect(refs).toBe(100 + sample.stale.length);
  });

  it("adds no copies where every table fits its page", () => {
    const pack = buildPackPlan(withOverdue(3), undefined);
    expect(expectHeaderOnEveryPage(pack)).toEqual([]);
    expect(headings(pack).some((h) => h.endsWith("(continued)"))).toBe(false);
  });
});

/** Each printed part of a continued table, as its heading and the rows under its header: the part above a "(continued)" heading, and each continued part. */
function continuedParts(plan: SheetPlan): { heading: string; rows: number }[] {
  const all = sections(plan);
  const heading = (first: number) => String(value(plan.rows[first - 1]![0]));
  const continued = (i: number) => all[i] !== undefined && heading(all[i].first).endsWith("(continued)");
  return all.flatMap((s, i) => (continued(i) || (continued(i + 1) && all[i + 1]!.first === s.last + 1) ? [{ heading: heading(s.first), rows: s.last - s.first - 1 }] : []));
}

function expectRoomyParts(plan: SheetPlan, where: string): number {
  const parts = continuedParts(plan);
  for (const part of parts) expect(part.rows, `${where}: "${part.heading}"`).toBeGreaterThanOrEqual(MIN_ROWS_BESIDE_CUT);
  return parts.length;
}

/** A sheet of `filler` one-line rows, then a heading over a table of `rows` rows, each `lines` lines tall. */
function headedTable(filler: number, rows: number, lines = 1): SheetPlan {
  const b = new SheetBuilder();
  for (let i = 0; i < filler; i++) b.add(text(`Row ${i + 1}`));
  b.gap();
  b.add(text("Actions", "subtitle"));
  b.add(text("Action", "header"), text("Count", "header"));
  for (let i = 0; i < rows; i++) b.add(text(Array.from({ length: lines }, (_, l) => `Action ${i + 1}, line ${l + 1}`).join("\n"), "wrap"), num(i));
  return { key: "pack", name: "Committee Pack", rows: b.rows, columnWidths: [60, 10], merges: [], charts: [], dateFormat: "dd/mm/yyyy", freezeRows: 0, print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, header: "Pack" } };
}

describe("a cut", () => {
  it("leaves at least three of the table's rows for the next page: where one or two would go over, it comes earlier if the page can spare them", () => {
    const heading = 2;
    const firstRow = heading + 2;
    // Where the page ends in a long table: the first cut when plenty of rows follow.
    const end = paginate(headedTable(0, 100)).continuations[0]!.at;
    for (const over of [1, 2, 3]) {
      const plan = headedTable(0, end - firstRow + over);
      const last = plan.rows.length;
      const [cut] = paginate(plan).continuations;
      expect(cut?.at, `${over} row(s) past the page's end`).toBe(Math.min(end, last - MIN_ROWS_BESIDE_CUT + 1));
      expectRoomyParts(withPageBreaks(plan), `${over} over`);
    }
    // Rows of 10 lines: a page holds the copied heading and header and two of them, and can spare
    // none. The cut stays where the page ends, so each page keeps its header.
    const tall = withPageBreaks(headedTable(0, 20, 10));
    const parts = continuedParts(tall);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.at(-1)!.rows).toBe(2);
    expectHeaderOnEveryPage(tall);
    expectCopies(tall);
  });

  it("moves a table's heading to the next page rather than leave it over two rows", () => {
    // The heading, header and first two rows (kept together) end the page; the third row is past its end.
    const twoRowsFit = (filler: number) => {
      const heading = filler + 2;
      return pageFlows(headedTable(filler, 30)).some((p) => p.y(heading + 4) <= p.end() - p.slack && p.y(heading + 5) > p.end() - p.slack);
    };
    let filler = 1;
    while (!twoRowsFit(filler)) filler++;
    const plan = headedTable(filler, 30);
    const heading = filler + 2;
    const { breaks, continuations } = paginate(plan);
    expect(breaks[0]).toBe(heading);
    expect(continuations.map((c) => c.at)).not.toContain(heading + 4);
    expectRoomyParts(withPageBreaks(plan), "moved heading");
  });

  it("leaves three rows each side in the Committee Pack, for overdue lists of 9 to 80 actions (10 left one row under its continued heading)", () => {
    let parts = 0;
    for (let n = 9; n <= 80; n++) parts += expectRoomyParts(buildPackPlan(withOverdue(n), undefined), `${n} overdue`);
    expect(parts).toBeGreaterThan(100);
  });

  it("leaves three rows each side in the RAG History, for 10 to 60 reports (16 left one row under each of three continued headings)", () => {
    // Monthly reports of the sample from January 2016.
    const reports = Array.from({ length: 60 }, (_, i) => recordSnapshot(sample, { date: `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`, recordedAt: "", recordedBy: null }));
    let parts = 0;
    for (let n = 10; n <= 60; n++) parts += expectRoomyParts(buildHistoryPlan(trend(reports.slice(0, n)), reports[n - 1]), `${n} reports`);
    expect(parts).toBeGreaterThan(50);
  });
});

describe("the RAG Summary", () => {
  it("leaves the count tables its charts read to flow, and on the sample continues only By lead", () => {
    const summary = buildSummaryPlan(sample).sheets[0]!;
    expect(headings(summary).filter((h) => h.endsWith("(continued)"))).toEqual(["By lead (continued)"]);
  });

  it("continues a long table no chart reads (By lead), and keeps the charts on their own tables' rows", () => {
    // 120 leads, each with one blue action: far more than a page.
    const byLead = Array.from({ length: 120 }, (_, i) => ({ name: `Lead ${i + 1}`, counts: { Blue: 1 }, total: 1 }));
    const summary = buildSummaryPlan({ ...sample, byLead } as Analysis).sheets[0]!;
    expect(expectHeaderOnEveryPage(summary)).toContain("By lead (continued)");
    expectCopies(summary);
    for (const chart of summary.charts) {
      // A chart's categories are still its own table's names, with no header copied among them.
      const names = summary.rows.slice(chart.categories.top - 1, chart.categories.bottom).map((r) => value(r[0]));
      const table = chart.title === "Ratings by review" ? sample.byReview : sample.byCategory;
      expect(names).toEqual(table.map((g) => g.name));
      for (const s of chart.series) expect([s.values.top, s.values.bottom]).toEqual([chart.categories.top, chart.categories.bottom]);
    }
  });
});

/** A hand-made sheet: a long table (merged note above), a chart over a small table below it. */
function tableThenChart(rows: number): SheetPlan {
  const b = new SheetBuilder();
  b.addSpanning(text("Title", "title"), 3);
  b.add(text("Long", "subtitle"));
  b.add(text("Name", "header"), text("Count", "header"));
  for (let i = 0; i < rows; i++) b.add(text(`Row ${i + 1}`), num(i));
  b.gap();
  const top = b.add(text("Small", "subtitle"));
  b.add(text("Name", "header"), text("Count", "header"));
  b.add(text("A"), num(1));
  b.add(text("B"), num(2));
  b.addSpanning(text("A note under the small table.", "note"), 3);
  return {
    key: "pack",
    name: "Sheet",
    rows: b.rows,
    columnWidths: [40, 10, 10],
    merges: b.merges,
    charts: [{ title: "Small", kind: "stackedBar", categories: { top: top + 2, bottom: top + 3, left: 1, right: 1 }, series: [{ name: "Count", values: { top: top + 2, bottom: top + 3, left: 2, right: 2 }, colour: "#0070C0", labelColour: "#FFFFFF" }], anchor: { top, left: 5, bottom: top + 12, right: 10 }, labelFormat: "[>=1]0;\"\"" }],
    dateFormat: "dd/mm/yyyy",
    freezeRows: 0,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, repeatRows: { first: 1, last: 1 }, header: "Sheet" },
  };
}

/** A long table (150 rows) with a chart beside rows `top` to `bottom`; the chart reads a small table below it. */
function tableBesideChart(top: number, bottom: number): SheetPlan {
  const b = new SheetBuilder();
  b.add(text("Long", "subtitle"));
  b.add(text("Name", "header"), text("Count", "header"));
  for (let i = 0; i < 150; i++) b.add(text(`Row ${i + 1}`), num(i));
  b.gap();
  const small = b.add(text("Small", "subtitle"));
  b.add(text("Name", "header"), text("Count", "header"));
  b.add(text("A"), num(1));
  b.add(text("B"), num(2));
  const read = (column: number) => ({ top: small + 2, bottom: small + 3, left: column, right: column });
  return {
    key: "pack",
    name: "Sheet",
    rows: b.rows,
    columnWidths: [40, 10],
    merges: [],
    charts: [{ title: "Small", kind: "stackedBar", categories: read(1), series: [{ name: "Count", values: read(2), colour: "#0070C0", labelColour: "#FFFFFF" }], anchor: { top, left: 4, bottom, right: 10 }, labelFormat: "[>=1]0;\"\"" }],
    dateFormat: "dd/mm/yyyy",
    freezeRows: 0,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, header: "Sheet" },
  };
}

const categories = (n: number) => Array.from({ length: n }, (_, i) => ({ ...sample.byCategory[i % sample.byCategory.length]!, name: `Category ${i + 1}` }));
const leads = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Lead ${i + 1}`, counts: { Blue: 1 }, total: 1 }));

/** Manual breaks strictly inside a chart's rows, which would print it half on each page. */
const breaksInCharts = (plan: SheetPlan) => (plan.pageBreaks ?? []).filter((r) => plan.charts.some((c) => c.anchor.top < r && r <= c.anchor.bottom));

describe("a chart beside a long table", () => {
  it("is not cut through where the cut can come above it: the chart starts the continued page", () => {
    // Where the table's pages end with the chart out of the way, below everything (the same width, so the same pages).
    const away = tableBesideChart(160, 175);
    const [second, third] = paginate(away).continuations.map((c) => c.at);
    // A chart from the second half of the second page, taller than a page: the page walk cannot keep it whole, and leaves it.
    const top = Math.round((second! + third!) / 2) + 3;
    const { breaks, continuations } = paginate(tableBesideChart(top, top + (third! - second!) + 5));
    // Where that page ends, the table is cut above the chart rather than through it.
    expect(breaks.find((r) => r > second!)).toBe(top);
    expect(continuations.map((c) => c.at)).toContain(top);
  });

  it("never runs beside a table on the RAG Summary, so no break cuts a chart and every printed part of By lead has its header", () => {
    let continued = 0;
    for (let c = 1; c <= 8; c++) {
      for (let l = 1; l <= 60; l++) {
        const summary = buildSummaryPlan({ ...sample, byCategory: categories(c), byLead: leads(l) }).sheets[0]!;
        const where = `${c} categories, ${l} leads`;
        // The charts come after every table: no section shares a chart's rows.
        for (const chart of summary.charts) {
          const beside = sections(summary).filter((s) => s.first <= chart.anchor.bottom && s.last >= chart.anchor.top);
          expect(beside.map((s) => value(summary.rows[s.first - 1]![0])), where).toEqual([]);
        }
        expect(breaksInCharts(summary), where).toEqual([]);
        // Each printed part of By lead (by either estimate) starts under its header.
        const parts = sections(summary).filter((s) => String(value(summary.rows[s.first - 1]![0])).startsWith("By lead"));
        for (const model of pageModels(summary)) {
          const page = pagesOf(summary, model);
          for (const part of parts) expect(page[part.last - 1], `${where}, ${model.application}`).toBe(page[part.first - 1]);
        }
        if (headings(summary).includes("By lead (continued)")) continued++;
      }
    }
    // Long lists of leads still run on, under their heading and header copied.
    expect(continued).toBeGreaterThan(200);
  });
});

describe("rows below a continued table", () => {
  it("move down by the copies above them: merges, the chart's ranges and anchor, and later breaks", () => {
    const before = tableThenChart(150);
    const after = withPageBreaks(before);
    const copies = after.rows.length - before.rows.length;
    expect(copies).toBeGreaterThanOrEqual(6);
    expect(copies % 2).toBe(0);
    expect(after.rows.filter((r) => value(r[0]) === "Long (continued)").length).toBe(copies / 2);
    const [chart] = after.charts;
    const [was] = before.charts;
    expect(chart!.anchor).toEqual({ ...was!.anchor, top: was!.anchor.top + copies, bottom: was!.anchor.bottom + copies });
    expect(chart!.categories.top).toBe(was!.categories.top + copies);
    expect(after.rows.slice(chart!.categories.top - 1, chart!.categories.bottom).map((r) => value(r[0]))).toEqual(["A", "B"]);
    // The title's merge stays; the note's moves with its row.
    expect(after.merges).toEqual([before.merges[0], { ...before.merges[1]!, top: before.merges[1]!.top + copies, bottom: before.merges[1]!.bottom + copies }]);
    expect(after.print.repeatRows).toEqual({ first: 1, last: 1 });
    expectHeaderOnEveryPage(after);
    expectCopies(after);
  });

  it("flow without copies where continuing them would take more breaks than Excel keeps", () => {
    const before = tableThenChart(60_000);
    const after = withPageBreaks(before);
    expect(paginate(before).breaks.length).toBeGreaterThan(MAX_PAGE_BREAKS);
    expect(after.rows.length).toBe(before.rows.length);
    expect(after.pageBreaks!.length).toBeLessThanOrEqual(MAX_PAGE_BREAKS);
  });

  it("leave a table a chart reads to flow: copies would fall inside the chart's ranges", () => {
    const plan = tableThenChart(150);
    const long = { top: 4, bottom: 153, left: 1, right: 1 };
    const read: SheetPlan = { ...plan, charts: [{ ...plan.charts[0]!, categories: long, series: [{ ...plan.charts[0]!.series[0]!, values: { ...long, left: 2, right: 2 } }] }] };
    expect(withPageBreaks(read).rows.length).toBe(plan.rows.length);
  });
});

describe("inserting rows", () => {
  it("keeps a break at the insertion before the new rows, and grows a merge or chart range that spans it", () => {
    const plan = tableThenChart(3);
    const spanning: SheetPlan = { ...plan, merges: [{ top: 2, bottom: 5, left: 3, right: 3 }], pageBreaks: [4, 6] };
    const after = insertRows(spanning, [{ at: 4, rows: [[text("x")], [text("y")]], merges: [{ top: 2, bottom: 2, left: 1, right: 2 }] }]);
    expect(after.rows.slice(3, 6).map((r) => value(r[0]))).toEqual(["x", "y", "Row 1"]);
    expect(after.merges).toEqual([{ top: 2, bottom: 7, left: 3, right: 3 }, { top: 5, bottom: 5, left: 1, right: 2 }]);
    expect(after.pageBreaks).toEqual([4, 8]);
    expect(after.charts[0]!.anchor.top).toBe(plan.charts[0]!.anchor.top + 2);
  });
});
