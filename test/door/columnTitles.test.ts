/**
 * The generated sheets' tables, read by a screen reader in Excel: each table's header row is named
 * "ColumnTitle_…" (as NVDA and JAWS read column headings), bounded to the table's rows, through
 * every door; a second run names the new tables and leaves none of the old names behind.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { generateSummary } from "../../src/door/operations";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { columnTitles } from "../../src/core/columnTitles";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import { fileRuns, type OpenFileDoor } from "../helpers/fileRuns";

/** Each column title as "name → sheet!range". */
type Titles = () => Promise<string[]>;

interface Harness {
  run(): Promise<Awaited<ReturnType<typeof generateSummary>>>;
  titles: Titles;
}

function fileHarness(open: OpenFileDoor): Harness {
  const runs = fileRuns(open);
  return {
    run: runs.run,
    async titles() {
      const xml = (await (await JSZip.loadAsync(runs.bytes())).file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
      return [...xml.matchAll(/<definedName\b([^>]*)\bname="(ColumnTitle_[^"]+)"[^>]*>([^<]+)<\/definedName>/g)].map((m) => `${m[2]} → ${m[3]}${/localSheetId/.test(m[1]!) ? " (sheet's)" : ""}`).sort();
    },
  };
}

const doors: [string, () => Promise<Harness>][] = [
  ["the command line's streaming file door", async () => fileHarness((bytes) => StreamingXlsxDoor.open(bytes, "plan.xlsx"))],
  ["the workbench's file door", async () => fileHarness((bytes) => XlsxDoor.open(bytes, "plan.xlsx"))],
  [
    "the Excel door",
    async () => {
      const excel = await fakeExcelFromXlsx(sampleBytes());
      const door = new ExcelDoor(excel);
      return {
        run: () => generateSummary(door),
        async titles() {
          return excel.workbook.names.filter((n) => n.name.startsWith("ColumnTitle_")).map((n) => `${n.name} → ${n.sheet!.deleted ? "#REF!" : `'${n.sheet!.name}'`}!${absolute(n.range!)}`).sort();
        },
      };
    },
  ],
];

const absolute = (r: { top: number; left: number; bottom: number; right: number }) => `$${String.fromCharCode(64 + r.left)}$${r.top}:$${String.fromCharCode(64 + r.right)}$${r.bottom}`;

describe.each(doors)("the tables' headings named for screen readers: %s", (_, make) => {
  it("names each table's header row of RAG Summary and Stale Actions, bounded to its rows, and names them afresh on the next run", async () => {
    const harness = await make();
    const first = await harness.run();
    const plan = buildSummaryPlan(first.analysis);
    const expected = plan.sheets.flatMap((sheet) => columnTitles(sheet).map((t) => `${t.name} → '${sheet.name}'!${absolute(t.header)}`)).sort();
    // Totals, By review, By category, By lead, By lead (continued) on the next page and the index on RAG Summary; the one list on Stale Actions.
    expect(expected.map((t) => t.split(" → ")[0]!.replace(/\..*/, ""))).toEqual(["ColumnTitle_RAGTracker_stale_1", ...[1, 2, 3, 4, 5, 6].map((n) => `ColumnTitle_RAGTracker_summary_${n}`)]);
    expect(await harness.titles()).toEqual(expected);
    // Each names a row of column headings: "Review | Blue | … | Total" is By review's.
    const byReview = columnTitles(plan.sheets[0]!)[1]!;
    expect(plan.sheets[0]!.rows[byReview.header.top - 1]!.map((c) => (c.kind === "text" ? c.value : ""))).toEqual(["Review", "Blue", "Green", "Amber", "Red", "Unrated", "Invalid", "Total"]);

    await harness.run();
    expect(await harness.titles()).toEqual(expected);
  });
});
