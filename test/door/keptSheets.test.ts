/**
 * A team keeps last quarter's summary by renaming it ("RAG Summary Jul 21"). Through every door,
 * the next run leaves the renamed sheets exactly as they were, writes new ones under the usual
 * names, never reads a kept sheet as a tracker (a kept Stale Actions sheet has review, number,
 * action and response columns), and keeps following a kept sheet however often it is renamed.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { generateSummary } from "../../src/door/operations";
import { generateRagHistory } from "../../src/door/historyOperations";
import type { RagDoor, SheetsDoor } from "../../src/door/RagDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import type { FakeExcel } from "../fakes/fakeExcel";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import { renamedWithNames } from "../helpers/storeSheets";
import { fileRuns, type OpenFileDoor } from "../helpers/fileRuns";
import { writtenSentence } from "../../src/taskpane/messages";

/** A door to run the one-click job through, the workbook renamed between runs as a user would, and what it holds. */
interface Harness {
  run(): Promise<Run>;
  rename(from: string, to: string): Promise<void>;
  /** Deletes a sheet as Excel does: names that pointed at it say #REF!. */
  remove(name: string): Promise<void>;
  /** A fresh door on the workbook as it now stands. */
  reader(): Promise<RagDoor | SheetsDoor>;
  /** Every RAGTracker_ name but the lists' and the store's, with the sheet it points at. */
  markers(): Promise<string[][]>;
  /** How many charts the workbook holds. */
  charts(): Promise<number>;
}

/** A file door: each run opens the saved bytes and saves them again, as the command line and the workbench do. */
function fileHarness(open: OpenFileDoor): Harness {
  const runs = fileRuns(open);
  return {
    run: runs.run,
    async rename(from, to) {
      runs.replace(await renamedWithNames(runs.bytes(), from, to));
    },
    async remove(name) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(runs.bytes() as unknown as ArrayBuffer);
      workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
      workbook.definedNames.model = workbook.definedNames.model.map((d) => (d.ranges.some((r) => r.includes(name)) ? { ...d, ranges: ["#REF!$A$1"] } : d));
      runs.replace(new Uint8Array(await workbook.xlsx.writeBuffer()));
    },
    reader: () => open(runs.bytes()),
    async markers() {
      const xml = (await (await JSZip.loadAsync(runs.bytes())).file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
      return [...xml.matchAll(/<definedName\b[^>]*\bname="(RAGTracker_(?:summary|stale|kept_[a-z]+_\d+))"[^>]*>'?([^'!<]+)'?!/g)].map((m) => [m[1]!, m[2]!]).sort();
    },
    async charts() {
      return Object.keys((await JSZip.loadAsync(runs.bytes())).files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
    },
  };
}

function excelHarness(excel: FakeExcel): Harness {
  const door = new ExcelDoor(excel);
  return {
    run: () => generateSummary(door),
    async rename(from, to) {
      excel.get(from).name = to;
    },
    async remove(name) {
      excel.deleteSheet(excel.get(name));
    },
    reader: async () => new ExcelDoor(excel),
    async markers() {
      return excel.workbook.names
        .filter((n) => /^RAGTracker_(summary|stale|kept_[a-z]+_\d+)$/.test(n.name))
        .map((n) => [n.name, n.sheet!.name])
        .sort();
    },
    async charts() {
      return excel.workbook.sheets.reduce((n, sheet) => n + sheet.charts.length, 0);
    },
  };
}

const doors: [string, () => Promise<Harness>][] = [
  ["the command line's streaming file door", async () => fileHarness((bytes) => StreamingXlsxDoor.open(bytes, "plan.xlsx"))],
  ["the workbench's file door", async () => fileHarness((bytes) => XlsxDoor.open(bytes, "plan.xlsx"))],
  ["the Excel door", async () => excelHarness(await fakeExcelFromXlsx(sampleBytes()))],
];

async function sheetValues(harness: Harness, name: string) {
  const sheet = (await (await harness.reader()).read()).sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`The workbook has no sheet "${name}".`);
  return { values: sheet.values, generatedKey: sheet.generatedKey };
}

type Run = Awaited<ReturnType<typeof generateSummary>>;

/** The same trackers, counts and findings as the first run: no kept sheet read as a tracker. */
function expectSameReport(run: Run, first: Run): void {
  expect(run.analysis.trackers.map((t) => t.sheet)).toEqual(first.analysis.trackers.map((t) => t.sheet));
  expect(run.analysis.totals).toEqual(first.analysis.totals);
  expect(run.analysis.findings).toEqual(first.analysis.findings);
}

describe.each(doors)("renamed generated sheets are kept: %s", (_, make) => {
  it("keeps the renamed sheets unchanged, writes new ones, and never counts a kept sheet as a tracker", async () => {
    const harness = await make();
    const first = await harness.run();
    expect(first.sheets.map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);

    await harness.rename("RAG Summary", "RAG Summary Jul 21");
    await harness.rename("Stale Actions", "Stale Actions Jul 21");
    const archived = [await sheetValues(harness, "RAG Summary Jul 21"), await sheetValues(harness, "Stale Actions Jul 21")];

    const second = await harness.run();
    expect(second.sheets).toEqual([
      { key: "summary", name: "RAG Summary", kept: "RAG Summary Jul 21" },
      { key: "stale", name: "Stale Actions", kept: "Stale Actions Jul 21" },
    ]);
    expect(writtenSentence(second.sheets)).toBe("Wrote “RAG Summary” and “Stale Actions”. Kept “RAG Summary Jul 21” and “Stale Actions Jul 21” unchanged, since they had been renamed.");
    // The same report: the kept Stale Actions sheet is not read as a second tracker, nor named in any finding.
    expectSameReport(second, first);

    const kept = [await sheetValues(harness, "RAG Summary Jul 21"), await sheetValues(harness, "Stale Actions Jul 21")];
    expect(kept.map((k) => k.values)).toEqual(archived.map((a) => a.values));
    expect(kept.map((k) => k.generatedKey)).toEqual(["kept_summary", "kept_stale"]);
    expect((await sheetValues(harness, "RAG Summary")).generatedKey).toBe("summary");
    // The kept summary keeps its two charts; the new one has its own.
    expect(await harness.charts()).toBe(4);
    expect(await harness.markers()).toEqual([
      ["RAGTracker_kept_stale_1", "Stale Actions Jul 21"],
      ["RAGTracker_kept_summary_1", "RAG Summary Jul 21"],
      ["RAGTracker_stale", "Stale Actions"],
      ["RAGTracker_summary", "RAG Summary"],
    ]);

    // A kept sheet renamed again stays kept; the new sheets are replaced where they are, and nothing more is kept.
    await harness.rename("RAG Summary Jul 21", "Q2 summary");
    const third = await harness.run();
    expect(third.sheets).toEqual([
      { key: "summary", name: "RAG Summary" },
      { key: "stale", name: "Stale Actions" },
    ]);
    expect(writtenSentence(third.sheets)).toBe("Wrote “RAG Summary” and “Stale Actions”.");
    // Read with only their kept markers now, the kept sheets are still no trackers.
    expectSameReport(third, first);
    expect((await sheetValues(harness, "Q2 summary")).values).toEqual(archived[0]!.values);
    expect(await harness.charts()).toBe(4);
    expect(await harness.markers()).toEqual([
      ["RAGTracker_kept_stale_1", "Stale Actions Jul 21"],
      ["RAGTracker_kept_summary_1", "Q2 summary"],
      ["RAGTracker_stale", "Stale Actions"],
      ["RAGTracker_summary", "RAG Summary"],
    ]);
  }, 60_000);

  it("lets a kept sheet go once the user deletes it: its marker goes at the next write", async () => {
    const harness = await make();
    await harness.run();
    await harness.rename("RAG Summary", "RAG Summary Jul 21");
    await harness.run();
    await harness.remove("RAG Summary Jul 21");
    const after = await harness.run();
    expect(after.sheets.map((s) => s.kept)).toEqual([undefined, undefined]);
    expect(await harness.markers()).toEqual([
      ["RAGTracker_stale", "Stale Actions"],
      ["RAGTracker_summary", "RAG Summary"],
    ]);
    // Kept again later, it takes the first kept name free.
    await harness.rename("RAG Summary", "RAG Summary Oct 21");
    await harness.run();
    expect((await harness.markers())[0]).toEqual(["RAGTracker_kept_summary_1", "RAG Summary Oct 21"]);
  }, 60_000);
});

describe("renamed generated sheets are kept: what the committee pack and the Excel door say", () => {
  it("the RAG History's own outcome names a kept history sheet", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    const door = new ExcelDoor(excel);
    await generateRagHistory(door);
    excel.get("RAG History").name = "RAG History 2021";
    const { message } = await generateRagHistory(door);
    expect(message).toBe("Wrote “RAG History” with no recorded report yet; record one after each report to fill it. Kept “RAG History 2021” unchanged, since it had been renamed.");
  });

  it("a workbook whose structure is protected refuses to keep a renamed summary, and says why a sheet was needed", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    const door = new ExcelDoor(excel);
    await generateSummary(door);
    excel.get("RAG Summary").name = "Summary Nov";
    excel.workbook.protected = true;
    const before = excel.workbook.sheets.map((s) => s.name);
    await expect(generateSummary(door)).rejects.toThrow(
      /^No sheets were added because the workbook's structure is protected; unprotect it in Excel \(Review > Protect Workbook\) and try again\. "Summary Nov" was renamed, so it is kept as it stands and the new report needs a sheet of its own\.$/,
    );
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(before);
  });
});
