/**
 * Manual page breaks: a heading prints with its table's first rows, a small table and a chart
 * print whole, in Excel's and in LibreOffice's pagination as the engine estimates them, and no
 * page is left mostly empty for it. The LibreOffice PDF test checks the real print.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/core/model";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import { paginate, withPageBreaks } from "../../src/core/pageBreaks";

/** The rows that start a new printed page, in order, before any table's header is copied. */
const choosePageBreaks = (plan: Parameters<typeof paginate>[0]) => paginate(plan).breaks;
import { keptBlocks, type KeptBlock } from "../../src/core/keptBlocks";
import { fitScale, pageModels, printedColumns } from "../../src/core/printedPage";
import { SheetBuilder, num, text } from "../../src/core/sheetBuilder";
import type { SheetPlan } from "../../src/core/writePlan";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { sampleBytes } from "../helpers/workbooks";
import { pagesOf } from "../helpers/printedPages";

let sample: Analysis;
beforeAll(async () => {
  const door = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
  sample = analyseWorkbook(await door.read(), { ...(await door.readSettings()), asOf: "2021-11-01" }, "2021-11-01");
});

function expectKeptAndFull(plan: SheetPlan): void {
  for (const model of pageModels(plan)) {
    const page = pagesOf(plan, model);
    for (const block of keptBlocks(plan)) {
      expect(page[block.last - 1], `${model.application}: rows ${block.first} to ${block.last} of ${plan.name}`).toBe(page[block.first - 1]);
    }
    // Every page but the last at least half full, or a quarter where the next page starts with a chart kept whole.
    const filled = new Map<number, number>();
    model.rowHeights.forEach((h, i) => filled.set(page[i]!, (filled.get(page[i]!) ?? 0) + h));
    const chartTops = new Set(plan.charts.map((c) => c.anchor.top));
    for (let p = 0; p < page.at(-1)!; p++) {
      const nextStartsChart = chartTops.has(page.indexOf(p + 1) + 1);
      expect(filled.get(p)!, `${model.application}: page ${p + 1} of ${plan.name}`).toBeGreaterThanOrEqual(model.pageHeight / (nextStartsChart ? 4 : 2));
    }
  }
}

/** A sheet of `filler` one-line rows, then a heading over a table of `rows` rows. */
function headingAfter(filler: number, rows: number): SheetPlan {
  const b = new SheetBuilder();
  for (let i = 0; i < filler; i++) b.add(text(`Row ${i + 1}`));
  b.gap();
  b.add(text("By review", "subtitle"));
  b.add(text("Review", "header"), text("Blue", "header"));
  for (let i = 0; i < rows; i++) b.add(text(`Review ${i + 1}`, "wrap"), num(i));
  return {
    key: "pack",
    name: "Committee Pack",
    rows: b.rows,
    columnWidths: [120, 10],
    merges: [],
    charts: [],
    dateFormat: "dd/mm/yyyy",
    freezeRows: 0,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, header: "Pack" },
  };
}

describe("the page estimate", () => {
  it("fits the sheet's width, charts included, to the page: a whole percent, rounded down", () => {
    expect(fitScale(741.1, 841.9)).toBe(1);
    expect(fitScale(1083.75, 841.9)).toBe(0.68);
    expect(fitScale(100_000, 841.9)).toBe(0.1);
    const summary = buildSummaryPlan(sample).sheets[0]!;
    // Count columns A to H; the charts below the tables are no wider, so the RAG Summary prints at 100%.
    expect(printedColumns(summary)).toBe(8);
    expect(pageModels(summary).map((m) => m.scale)).toEqual([1, 1]);
  });

  it("gives the RAG Summary's A4 landscape page the rows LibreOffice printed on it (32 rows, 484 of 499 points)", () => {
    const [excel, libreOffice] = pageModels(buildSummaryPlan(sample).sheets[0]!);
    // LibreOffice's first page ended with Information sharing, the 32nd row (483.8 points down); the next ends at 498.8.
    expect(libreOffice!.pageHeight).toBeGreaterThanOrEqual(483.8);
    expect(libreOffice!.pageHeight).toBeLessThan(498.8);
    // At 100%, Excel's body (top margin to bottom margin) is as tall as LibreOffice's.
    expect(excel!.pageHeight).toBeCloseTo(libreOffice!.pageHeight, 6);
  });
});

describe("page breaks", () => {
  it("print each of the RAG Summary's tables the charts read whole on a page, continue By lead, and give each chart a page of its own, keeping every block whole", () => {
    const summary = buildSummaryPlan(sample).sheets[0]!;
    const [reviewChart, categoryChart] = summary.charts;
    // A page starts with its heading, or with the chart, whose rows hold no cell.
    const startsWith = (row: number) => {
      const first = summary.rows[row - 1]![0];
      return first && "value" in first ? first.value : row;
    };
    expect(summary.pageBreaks!.map(startsWith)).toEqual(["By category", "By lead (continued)", reviewChart!.anchor.top, categoryChart!.anchor.top]);
    expectKeptAndFull(summary);
    // The stale list is one long table under a repeated header: it flows.
    expect(buildSummaryPlan(sample).sheets[1]!.pageBreaks).toBeUndefined();
  });

  it("keep the Committee Pack's headings with their first rows and its small tables whole", () => {
    const pack = buildPackPlan(sample, undefined);
    expect(pack.pageBreaks!.length).toBeGreaterThan(0);
    expectKeptAndFull(pack);
  });

  it("put a heading that would end a page on the next one, with its table's header and first rows", () => {
    const model = (plan: SheetPlan) => pageModels(plan)[0]!;
    // The heading is the last row of Excel's first page when nothing moves it.
    const endsPage = (filler: number) => {
      const plan = headingAfter(filler, 30);
      const page = pagesOf(plan, model(plan));
      return page[filler + 1] === 0 && page[filler + 2] === 1;
    };
    let filler = 1;
    while (!endsPage(filler)) filler++;
    const plan = headingAfter(filler, 30);
    const heading = filler + 2;

    // The table's 30 rows then run onto a third page, where it is continued (see continuedTables.test.ts).
    expect(choosePageBreaks(plan)[0]).toBe(heading);
    expectKeptAndFull(withPageBreaks(plan));
  });

  it("keep a heading with its first rows where one application's page starts a row or two above it and the other's holds the heading at its foot", () => {
    // Eleven columns as the Committee Pack's, which Excel prints at 84% and LibreOffice at 79%, so LibreOffice's page holds
    // more rows: Excel's page ends on the rows just above the heading, and LibreOffice's would leave the heading and the
    // table's header at its foot (as the pack printed "Newly overdue (16)" under the note of the list above it).
    const wide = (filler: number): SheetPlan => {
      const plan = headingAfter(filler, 30);
      const rows = plan.rows.map((row, i) => (i > filler + 1 ? [...row, ...Array.from({ length: 9 }, (_, c) => num(c))] : row));
      return { ...plan, rows, columnWidths: [22, 8, 42, 12, 12, 12, 12, 12, 12, 12, 12] };
    };
    const heading = (filler: number) => filler + 1;
    const needed = (filler: number) => {
      const plan = wide(filler);
      const [excel, libreOffice] = pageModels(plan).map((m) => pagesOf(plan, m));
      return excel![heading(filler)] === 1 && excel![filler - 3] === 0 && libreOffice![heading(filler)] === 0 && libreOffice![heading(filler) + 2] === 1;
    };
    const filler = Array.from({ length: 80 }, (_, f) => f + 5).find(needed);
    expect(filler).toBeDefined();
    expectKeptAndFull(withPageBreaks(wide(filler!)));
  });

  it("add nothing where every block fits", () => {
    expect(choosePageBreaks(headingAfter(5, 3))).toEqual([]);
  });

  it("never leave a page mostly empty to keep a block together", () => {
    // A chart taller than half a page starting near the top: moving it would leave the page almost blank.
    const plan = headingAfter(3, 60);
    const tall: KeptBlock = { first: 3, last: 60 };
    const withChart: SheetPlan = {
      ...plan,
      charts: [{ title: "Tall", kind: "stackedBar", categories: { top: 7, bottom: 8, left: 1, right: 1 }, series: [{ name: "Blue", values: { top: 7, bottom: 8, left: 2, right: 2 }, colour: "#0070C0", labelColour: "#FFFFFF" }], anchor: { top: tall.first, left: 4, bottom: tall.last, right: 10 }, labelFormat: "[>=1]0;\"\"" }],
    };
    expect(choosePageBreaks(withChart)).toEqual([]);
  });
});
