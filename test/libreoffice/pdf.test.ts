// @vitest-environment node
/**
 * A real spreadsheet application reads our output: the summary written by the command line and
 * the committee pack written after a recorded report are printed to PDF by LibreOffice Calc, and
 * the PDF's text must hold our tables and sentences, on A4 landscape pages one page wide, each
 * section heading on the page of its first rows, a small table and a chart on one page.
 * The first page of each generated sheet is left as a PNG in test-output/libreoffice/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { generateCommitteePack, recordReport } from "../../src/door/historyOperations";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildPackPlan } from "../../src/core/history/packPlan";
import type { SheetPlan } from "../../src/core/writePlan";
import { memoryIo } from "../helpers/memoryIo";
import { sampleBytes, workbookBytes } from "../helpers/workbooks";
import {
  convertWithLibreOffice,
  freshDir,
  pagesWith,
  pdfPageSizes,
  pdfBodyPointSize,
  pdfPageTexts,
  removeDir,
  renderPage,
  requirePrograms,
  squeeze,
  writeFile,
  type PageSize,
} from "./libreOffice";

const SUMMARY_HEADER = "RAG Summary as at 1 November 2021";
const STALE_HEADER = "Stale and overdue actions as at 1 November 2021";
const PACK_HEADER = "RAG rated action plan report – 1 November 2021";
const HISTORY_HEADER = "RAG History";

/** The case reviews sheet's rating column, and two of Leo's rows (see assets/sample-action-plans.xlsx). */
const CASE_REVIEWS = "Case Reviews";
const RATING_COLUMN = 10;
const LEO_3 = 37;
const LEO_2 = 36;

interface Printed {
  pages: string[];
  sizes: PageSize[];
}

let dir = "";
/** The point size most words print at, per page of the Stale Actions sheet. */
let stalePointSizes: number[] = [];
let summaryPointSizes: number[] = [];
let summary: Printed;
let pack: Printed;
let shortOverdue: Printed;
const timings: Record<string, number> = {};

async function summaryWorkbook(): Promise<Uint8Array> {
  const io = memoryIo({ "sample-action-plans.xlsx": sampleBytes() });
  const code = await runCli(["summarize", "sample-action-plans.xlsx", "-o", "summary.xlsx", "--as-of", "2021-11-01"], io);
  if (code !== 0) throw new Error(`summarize exited ${code}: ${io.err.join("")}`);
  return io.files.get("summary.xlsx")!;
}

/** A report recorded on 13 July 2021, one action improved and one worsened since, then the pack for 1 November. */
async function packWorkbook(): Promise<Uint8Array> {
  const door = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
  await recordReport(door, undefined, "2021-07-13");
  await door.applyEdits([
    { sheet: CASE_REVIEWS, row: LEO_3, column: RATING_COLUMN, from: "Amber", to: "Blue" },
    { sheet: CASE_REVIEWS, row: LEO_2, column: RATING_COLUMN, from: "Green", to: "Amber" },
  ]);
  await generateCommitteePack(door, undefined, "2021-11-01");
  return door.save();
}

/**
 * The pack with the sample's overdue list cut to the fewest actions that run past a page, alone in
 * a workbook: where a cut once left one action under a continued heading.
 */
async function shortOverdueWorkbook(): Promise<Uint8Array> {
  const sample = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
  const analysis = analyseWorkbook(await sample.read(), { ...(await sample.readSettings()), asOf: "2021-11-01" }, "2021-11-01");
  const packOf = (n: number) => buildPackPlan({ ...analysis, overdue: analysis.overdue.slice(0, n) }, undefined);
  const continued = (plan: SheetPlan) => plan.rows.some((r) => r[0]?.kind === "text" && r[0].value === "Overdue actions (continued)");
  const shortest = analysis.overdue.findIndex((_, i) => continued(packOf(i + 1))) + 1;
  if (shortest === 0) throw new Error("No part of the sample's overdue list runs past a printed page.");
  const door = await XlsxDoor.open(await workbookBytes({ Notes: [["Committee pack only"]] }), "short-overdue.xlsx");
  await door.applyPlan({ sheets: [packOf(shortest)] });
  return door.save();
}

function printed(pdf: string): Printed {
  const pages = pdfPageTexts(pdf);
  return { pages, sizes: pdfPageSizes(pdf, pages.length) };
}

function isA4Landscape(size: PageSize): boolean {
  return Math.abs(size.width - 841.9) < 1 && Math.abs(size.height - 595.3) < 1;
}

/** A generated sheet's pages: those carrying its printed header. */
function sheetPages(doc: Printed, header: string): number[] {
  const pages = pagesWith(doc.pages, header);
  if (pages.length === 0) throw new Error(`No page of the PDF carries the header "${header}".`);
  return pages;
}

function text(doc: Printed, pages: number[]): string {
  return squeeze(pages.map((p) => doc.pages[p - 1]!).join("\n"));
}

/**
 * The text under `heading` on the page that prints it, up to `next` where that page holds it too:
 * it must hold `rows`, the section's first rows (or all of a small table's).
 */
function expectWithHeading(doc: Printed, header: string, heading: string, rows: string[], next?: string): void {
  const pages = sheetPages(doc, header).map((p) => squeeze(doc.pages[p - 1]!));
  const page = pages.find((t) => t.includes(heading));
  expect(page, `no page prints "${heading}"`).toBeDefined();
  const after = page!.slice(page!.indexOf(heading) + heading.length);
  const section = next && after.includes(next) ? after.slice(0, after.indexOf(next)) : after;
  for (const row of rows) expect(section, `"${row}" is not on the page of "${heading}"`).toContain(row);
}

/**
 * How many rows each "(continued)" heading of a sheet prints over: the lines under its header
 * that start a row (in a list of actions one with a date: a wrapped line is indented and dateless;
 * in a table of change counts one that ends in a count), up to the next line that starts with
 * anything else (the next heading).
 */
/**
 * The first printed line of a row of the overdue or stale list: it holds the row's date, or ends with its days
 * (the pack writes each date with its month spelled, "29 Feb 2020"; a time scale as the plan writes it, "February 2020", may wrap below it in the Due column).
 */
const startsListedRow = (line: string) => /^\S/.test(line) && (/\b\d{1,2} [A-Z][a-z]{2} \d{4}\b/.test(line) || /\s\d+$/.test(line.trimEnd()));

function rowsUnderContinuedHeadings(doc: Printed, header: string): number[] {
  return sheetPages(doc, header).flatMap((p) => {
    const lines = doc.pages[p - 1]!.split("\n");
    return lines.flatMap((line, i) => {
      if (!line.includes("(continued)")) return [];
      const counts = line.trimStart().startsWith("Changes by");
      const startsRow = (l: string) => (counts ? /^\S.*(\d|not checked)$/.test(l.trimEnd()) : startsListedRow(l));
      let rows = 0;
      for (let j = i + 2; j < lines.length; j++) {
        if (startsRow(lines[j]!)) rows++;
        else if (/^\S/.test(lines[j]!)) break;
      }
      return [rows];
    });
  });
}

/**
 * Every page of a sheet but its last carries at least half the lines of its fullest page: no page
 * is left less than half full (the page breaks' rule), lines standing in for the height filled; a
 * quarter where the next page starts with one of `chartTitles`, a chart kept whole (the rule's exception).
 */
function expectNoHalfEmptyPage(doc: Printed, header: string, chartTitles: string[] = []): void {
  const texts = sheetPages(doc, header).map((p) => doc.pages[p - 1]!.split("\n").filter((l) => l.trim() !== ""));
  const lines = texts.map((t) => t.length);
  // A page's first line is its printed header; the chart's title comes next.
  const beforeChart = (i: number) => chartTitles.some((title) => texts[i + 1]?.[1]?.includes(title));
  for (const [i, n] of lines.slice(0, -1).entries())
    expect(n, `page ${i + 1} of "${header}" has ${n} lines of the ${Math.max(...lines)} its fullest page has`).toBeGreaterThanOrEqual(Math.max(...lines) / (beforeChart(i) ? 4 : 2));
}

beforeAll(async () => {
  requirePrograms();
  dir = freshDir("rag-lo-pdf-");
  let start = performance.now();
  const files = [
    writeFile(dir, "summary.xlsx", await summaryWorkbook()),
    writeFile(dir, "committee-pack.xlsx", await packWorkbook()),
    writeFile(dir, "short-overdue.xlsx", await shortOverdueWorkbook()),
  ];
  timings.writeWorkbooks = performance.now() - start;
  start = performance.now();
  const [summaryPdf, packPdf, shortOverduePdf] = convertWithLibreOffice(files, "pdf", dir);
  timings.libreOfficePdf = performance.now() - start;
  start = performance.now();
  summary = printed(summaryPdf!);
  pack = printed(packPdf!);
  shortOverdue = printed(shortOverduePdf!);
  renderPage(summaryPdf!, sheetPages(summary, SUMMARY_HEADER)[0]!, "summary");
  renderPage(summaryPdf!, sheetPages(summary, STALE_HEADER)[0]!, "stale-actions");
  stalePointSizes = sheetPages(summary, STALE_HEADER).map((p) => pdfBodyPointSize(summaryPdf!, p));
  summaryPointSizes = sheetPages(summary, SUMMARY_HEADER).map((p) => pdfBodyPointSize(summaryPdf!, p));
  renderPage(packPdf!, sheetPages(pack, PACK_HEADER)[0]!, "committee-pack");
  renderPage(packPdf!, sheetPages(pack, HISTORY_HEADER)[0]!, "rag-history");
  timings.readPdf = performance.now() - start;
}, 180_000);

afterAll(() => {
  if (dir) removeDir(dir);
  console.info(`LibreOffice PDF check: ${Object.entries(timings).map(([k, ms]) => `${k} ${Math.round(ms)} ms`).join(", ")}`);
});

describe("the RAG Summary as LibreOffice prints it", () => {
  it("holds the committee sentences", () => {
    const first = text(summary, [sheetPages(summary, SUMMARY_HEADER)[0]!]);
    expect(first).toContain("Committee summary");
    expect(first).toContain("Peer Review – 26 actions identified (23 blue and 3 green)");
    expect(first).toContain("Frankie – 14 actions identified (11 blue and 3 amber)");
    expect(first).toContain("Leo – 14 actions identified (1 blue, 4 green, and 9 amber)");
    expect(first).toContain("Delivery Plan 2019-20 – 101 actions identified (48 blue, 28 green, 21 amber, 2 red, 1 unrated, and 1 with an invalid rating)");
  });

  it("holds the counts by review and by category, header and total on one line", () => {
    const all = text(summary, sheetPages(summary, SUMMARY_HEADER));
    expect(all).toMatch(/Review Blue Green Amber Red Unrated Invalid Total/);
    expect(all).toMatch(/All actions 99 35 35 2 1 1 173/);
    expect(all).toMatch(/Peer Review 23 3 0 0 0 0 26/);
    expect(all).toMatch(/Leo 1 4 9 0 0 0 14/);
    expect(all).toMatch(/Delivery Plan 2019-20 48 28 21 2 1 1 101/);
    expect(all).toMatch(/Governance & Business Support Structures 4 0 0 0 0 0 4/);
    expect(all).toMatch(/Finance 3 0 0 0 0 0 3/);
    expect(all).toMatch(/Information sharing 10 1 3 0 0 0 14/);
    expect(all).toContain("RAG index used");
  });

  it("prints its tables at full size: 11 pt text at 11 pt, its charts below them rather than widening the page", () => {
    // The pages of tables; the pages holding a chart alone have too few words to measure.
    const tablePages = summaryPointSizes.slice(0, 2);
    expect(tablePages.length).toBe(2);
    for (const size of tablePages) expect(size).toBeGreaterThanOrEqual(10.9);
  });

  it("draws both charts", () => {
    const all = text(summary, sheetPages(summary, SUMMARY_HEADER));
    expect(all).toContain("Ratings by review");
    expect(all).toContain("Ratings by category");
  });

  it("lists the stale and overdue actions with every column on each page", () => {
    const pages = sheetPages(summary, STALE_HEADER);
    expect(text(summary, pages)).toContain("6 stale (not complete and not updated for more than 90 days, or never) and 28 overdue (not complete and past the time scale); 2 are both, so 32 actions are listed.");
    // The two day columns' headers wrap ("Days since update", "Days overdue"): where the text lands on each line depends on the page's scale.
    for (const p of pages) expect(squeeze(summary.pages[p - 1]!)).toMatch(/Flag Review No Action Response Rating Lead Time scale Due Last updated Days (since )?Days Sheet Row\s+(since )?(update )?overdue/);
  });

  it("prints the stale and overdue list large enough to read: 8 pt or more, on no more pages than at 5.3 pt (3)", () => {
    // To a tenth of a point: the measure rounds each word's box to one.
    for (const size of stalePointSizes) expect(size).toBeGreaterThanOrEqual(7.9);
    expect(stalePointSizes.length).toBeLessThanOrEqual(3);
  });

  it("prints the generated sheets on A4 landscape, with no cell too narrow for its number", () => {
    const pages = [...sheetPages(summary, SUMMARY_HEADER), ...sheetPages(summary, STALE_HEADER)];
    for (const p of pages) {
      expect(isA4Landscape(summary.sizes[p - 1]!), `page ${p} is ${JSON.stringify(summary.sizes[p - 1])}`).toBe(true);
      expect(summary.pages[p - 1]).not.toContain("###");
    }
  });
});

describe("the RAG Summary's pages", () => {
  it("print each section heading with its first rows, and the index used whole", () => {
    expectWithHeading(summary, SUMMARY_HEADER, "Committee summary", ["Peer Review – 26 actions identified"]);
    expectWithHeading(summary, SUMMARY_HEADER, "By review", ["Review Blue Green", "Peer Review 23 3"]);
    expectWithHeading(summary, SUMMARY_HEADER, "By category", ["Category Blue Green", "Governance & Business Support Structures 4 0"]);
    expectWithHeading(summary, SUMMARY_HEADER, "By lead", ["Lead Blue Green", '(sheet "Peer Review" has no lead column) 23 3']);
    expectWithHeading(summary, SUMMARY_HEADER, "RAG index used", ["Rating Code Complete Meaning", "Action complete.", "Action on track", "Action commenced", "Action experiencing threatening problems"]);
  });

  it("print the category chart whole: its title and its last bar's label on one page", () => {
    // The table wraps this category over two lines; only the chart prints it on one. LibreOffice
    // also leaves a chart's clipped text in the PDF of the page above it, so the label, not the title, tells.
    const pages = sheetPages(summary, SUMMARY_HEADER).map((p) => squeeze(summary.pages[p - 1]!));
    expect(pages.some((t) => t.includes("Ratings by category") && t.includes("Strategic Aim 5 – A Partnership fit to meet future demands"))).toBe(true);
  });

  it("print each chart on one page only: no sliver of its frame at the foot of the page before, where its text once printed again", () => {
    const pages = sheetPages(summary, SUMMARY_HEADER).map((p) => squeeze(summary.pages[p - 1]!));
    for (const title of ["Ratings by review", "Ratings by category"]) expect(pages.filter((t) => t.includes(title)), title).toHaveLength(1);
  });

  it("leave no page less than half full (a quarter before a chart's page), and take at most one page more than without breaks (4, at 100%)", () => {
    // A page holding one chart prints few lines of text for its height: the chart's page after it is let leave it a quarter full.
    expectNoHalfEmptyPage(summary, SUMMARY_HEADER, ["Ratings by review", "Ratings by category"]);
    expect(sheetPages(summary, SUMMARY_HEADER).length).toBeLessThanOrEqual(5);
  });
});

describe("the Committee Pack's pages", () => {
  it("print no note that the sheet is generated, from either file door (the summary written by the command line's, the pack by the workbench's)", () => {
    for (const doc of [summary, pack]) expect(doc.pages.filter((p) => squeeze(p).includes("Generated by RAG Tracker"))).toEqual([]);
  });

  it("print every date with its month spelled (\"1 Sep 2021\"), none as digits a councillor may read either way round, and none as ####", () => {
    const printed = text(pack, sheetPages(pack, PACK_HEADER));
    expect(printed).toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    expect(printed).not.toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
    expect(printed).not.toContain("###");
  });

  it("print each section heading with its first rows", () => {
    expectWithHeading(pack, PACK_HEADER, "Summary by review", ["Peer Review – 26 actions identified"]);
    expectWithHeading(pack, PACK_HEADER, "Changes since the last report", ["Since 13 July 2021"]);
    expectWithHeading(pack, PACK_HEADER, "Changes by review", ["Review Improved Worsened", "Peer Review 0 0"]);
    expectWithHeading(pack, PACK_HEADER, "Newly past 90 days without an update (4)", ["Review No Action Rating", "Include a reflective question"]);
    expectWithHeading(pack, PACK_HEADER, "Changes by category", ["Category Improved Worsened", "Learning and Improvement"]);
    expectWithHeading(pack, PACK_HEADER, "Overdue actions (28; 3 not checked)", ["Review No Action Rating Lead Due", "Agree a same-day missing notification"]);
    expectWithHeading(pack, PACK_HEADER, "Not updated for more than 90 days (6; 56 not checked)", ["Review No Action Rating Lead Last updated", "Include a reflective question"]);
    expectWithHeading(pack, PACK_HEADER, "RAG index used", ["Blue Action complete.", "Green Action on track"]);
  });

  it("print a small table whole: the two moved ratings and the five newly overdue actions", () => {
    expectWithHeading(pack, PACK_HEADER, "Moved rating (2)", ["Agree a same-day missing notification", "Give social workers access"], "Newly overdue");
    const newlyOverdue = ["Agree a same-day missing notification", "Deliver county lines awareness", "Publish a practice note", "Add older associates", "Agree a transition pathway"];
    expectWithHeading(pack, PACK_HEADER, "Newly overdue (5)", newlyOverdue, "Newly past");
  });

  it("print the overdue list's column headings on every page it runs over, under a continued heading", () => {
    const pages = sheetPages(pack, PACK_HEADER).map((p) => squeeze(pack.pages[p - 1]!));
    const first = pages.findIndex((t) => t.includes("Overdue actions (28; 3 not checked)"));
    const next = pages.findIndex((t) => t.includes("Not updated for more than 90 days (6; 56 not checked)"));
    expect(next).toBeGreaterThan(first);
    let holding = 0;
    for (const [i, t] of pages.slice(first, next + 1).entries()) {
      // The next list's page holds overdue actions (each with its due date) only above that list's heading, if the list runs onto it.
      const overdue = first + i === next ? t.slice(0, t.indexOf("Not updated for more than 90 days (6; 56 not checked)")) : t;
      const printed = pack.pages[sheetPages(pack, PACK_HEADER)[first + i]! - 1]!;
      const above = first + i === next ? printed.slice(0, printed.indexOf("Not updated for more than 90 days")) : printed;
      if (first + i === next && !above.split("\n").some(startsListedRow)) continue;
      expect(overdue, `page ${first + i + 1} of the pack holds overdue actions without the list's headings`).toMatch(/Review No Action Rating Lead Due Days/);
      if (i > 0) expect(overdue).toContain("Overdue actions (continued)");
      holding++;
    }
    // The sample's 28 overdue actions, many over two or three lines, take more than one page.
    expect(holding).toBeGreaterThan(1);
  });

  it("print at least three actions under a continued heading, the shortest overdue list that runs past a page included", () => {
    const rows = rowsUnderContinuedHeadings(shortOverdue, PACK_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    for (const n of rows) expect(n).toBeGreaterThanOrEqual(3);
    // The sample's 28 likewise.
    for (const n of rowsUnderContinuedHeadings(pack, PACK_HEADER)) expect(n).toBeGreaterThanOrEqual(3);
  });

  it("leave no page less than half full, and take at most one page more than without breaks (6)", () => {
    expectNoHalfEmptyPage(pack, PACK_HEADER);
    expect(sheetPages(pack, PACK_HEADER).length).toBeLessThanOrEqual(7);
  });
});

describe("the Committee Pack as LibreOffice prints it", () => {
  it("holds the committee sentences as they stand now", () => {
    const first = text(pack, [sheetPages(pack, PACK_HEADER)[0]!]);
    expect(first).toContain("Summary by review");
    expect(first).toContain("Peer Review – 26 actions identified (23 blue and 3 green)");
    expect(first).toContain("Leo – 14 actions identified (2 blue, 3 green, and 9 amber)");
  });

  it("says what moved since the recorded report, in a sentence and per review", () => {
    const all = text(pack, sheetPages(pack, PACK_HEADER));
    expect(all).toContain("Since 13 July 2021: 1 action moved to blue; 1 action worsened to amber;");
    // The count columns are narrow: their headings wrap, each over its own number.
    expect(all).toMatch(/Review Improved Worsened Changed, New Removed No progress Newly Newly past/);
    expect(all).toMatch(/Leo 1 1 0 0 \d+ \d+/);
    expect(all).toMatch(/Peer Review 0 0 0 0 \d+ \d+/);
    expect(all).toMatch(/Was Now Direction/);
    expect(all).toMatch(/Amber Blue improved/);
    expect(all).toMatch(/Green Amber worsened/);
  });

  it("says which counts could not be checked, in the tables and under the lists", () => {
    const all = text(pack, sheetPages(pack, PACK_HEADER));
    // The peer review plan has no time scales or last-updated dates, the delivery plan no progress updates or last-updated dates.
    expect(all).toMatch(/Peer Review 0 0 0 0 0 \d+ not checked not checked/);
    expect(all).toMatch(/Delivery Plan 2019-20 0 0 0 0 0 not checked \d+ not checked/);
    expect(all).toContain("“Peer Review” has no time-scale column, so its 3 open actions are not checked for being overdue.");
    expect(all).toContain("“Delivery Plan 2019-20” has no last-updated column, so its 53 open actions are not checked for being not updated for more than 90 days.");
  });

  it("lists overdue and stale actions and the index used", () => {
    const all = text(pack, sheetPages(pack, PACK_HEADER));
    expect(all).toMatch(/Overdue actions \(\d+; \d+ not checked\)/);
    expect(all).toMatch(/Not updated for more than 90 days \(\d+; \d+ not checked\)/);
    expect(all).toContain("RAG index used");
    // Blue's meaning, "Action complete.", says so itself: it is not said twice.
    expect(all).not.toContain("Counts as complete");
  });

  it("writes the RAG History table and its chart", () => {
    const all = text(pack, sheetPages(pack, HISTORY_HEADER));
    expect(all).toMatch(/Report date Blue Green Amber Red Unrated Invalid Total/);
    expect(all).toMatch(/13 July 2021 99 35 35 2 1 1 173/);
    expect(all).toContain("Ratings at each report");
  });

  it("prints on A4 landscape, one page wide, with each sheet's name and its own page numbers", () => {
    for (const [header, sheet] of [
      [PACK_HEADER, "Committee Pack"],
      [HISTORY_HEADER, "RAG History"],
    ]) {
      const pages = sheetPages(pack, header!);
      pages.forEach((p, i) => {
        expect(isA4Landscape(pack.sizes[p - 1]!), `page ${p} is ${JSON.stringify(pack.sizes[p - 1])}`).toBe(true);
        expect(pack.pages[p - 1]).not.toContain("###");
        // Numbered from 1 on each sheet, with no total: printing the whole workbook, a total would count every sheet's pages.
        expect(pack.pages[p - 1]).toContain(`${sheet} – page ${i + 1}`);
        expect(pack.pages[p - 1]).not.toMatch(/page \d+ of \d+/i);
      });
    }
    // One page wide: each list's last column header is printed on the same line as its first.
    const all = text(pack, sheetPages(pack, PACK_HEADER));
    expect(all).toMatch(/Review No Action Rating Lead Due Days/);
    expect(all).toMatch(/Review No Action Rating Lead Last updated Days/);
  });
});
