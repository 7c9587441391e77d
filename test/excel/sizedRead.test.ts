/**
 * The Excel door sizes every read before it sends it. The first read asks each sheet for its
 * extent and for the cells of a window at its top-left (columns A to Z, as many rows as the
 * budget allows); what is left is read in blocks sized from what the rows already read took.
 * So the bench's synthetic trackers are read with no refused sync at any size, a small workbook
 * still costs one read, and texts far longer than any estimate are refused once, measured on a
 * small sample, and then read whole.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookSnapshot } from "../../src/core/cells";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { generateSummary } from "../../src/door/operations";
import { FakeExcel, type FakeValue, type SyncRecord } from "../fakes/fakeExcel";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import { syntheticFakeExcel } from "../../bench/syntheticTracker";

const LIMIT = 5_000_000;

/** Every cell holding a value in the fake, against the snapshot: the cells that differ, and the count of each. */
function cellsDiffering(excel: FakeExcel, snapshot: WorkbookSnapshot): { wrong: string[]; inFake: number; inSnapshot: number } {
  const wrong: string[] = [];
  let inFake = 0;
  let inSnapshot = 0;
  for (const s of snapshot.sheets) {
    const sheet = excel.get(s.name);
    for (const [key, cell] of sheet.cells) {
      // Excel reports an empty string as an empty cell.
      if (cell.value === undefined || cell.value === "") continue;
      inFake++;
      const [row, column] = key.split(",").map(Number) as [number, number];
      const read: CellValue | undefined = s.values[row - s.firstRow]?.[column - s.firstColumn];
      if (read !== cell.value) wrong.push(`${s.name}!R${row}C${column}: ${JSON.stringify(read)} instead of ${JSON.stringify(cell.value)}`);
    }
    for (const row of s.values) for (const v of row) if (v !== null && v !== undefined) inSnapshot++;
  }
  return { wrong: wrong.slice(0, 5), inFake, inSnapshot };
}

function expectReadWhole(excel: FakeExcel, snapshot: WorkbookSnapshot) {
  const { wrong, inFake, inSnapshot } = cellsDiffering(excel, snapshot);
  expect(wrong).toEqual([]);
  expect(inSnapshot).toBe(inFake);
}

function refused(syncs: SyncRecord[]): string[] {
  return syncs.filter((s) => !s.ok).map((s) => s.error ?? "failed");
}

function withinLimit(syncs: SyncRecord[], limit: number): boolean {
  return syncs.every((s) => s.requestBytes <= limit && s.responseBytes <= limit);
}

/** Rows of `columns` texts, `length` characters each, every one different. */
function textRows(rows: number, columns: number, length: number): FakeValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `R${r}C${c} `.padEnd(length, "progress reported ")));
}

describe("small workbooks keep one read", () => {
  // The shape, the cells, the fills of the blank rating cells (the tracker has some), the write.
  it("the 1,000-action synthetic tracker: Generate RAG summary in 4 syncs, none refused", async () => {
    const { excel, door } = await syntheticFakeExcel(1_000);
    const result = await generateSummary(door);
    expect(result.analysis.actions).toHaveLength(1_000);
    expect(excel.syncs).toHaveLength(4);
    expect(refused(excel.syncs)).toEqual([]);
  });

  it("the sample workbook: Generate RAG summary in 4 syncs, every cell read", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    excel.resetSyncs();
    const door = new ExcelDoor(excel);
    const snapshot = await door.read();
    expect(excel.syncs).toHaveLength(2);
    expectReadWhole(excel, snapshot);
    excel.resetSyncs();
    await generateSummary(new ExcelDoor(excel));
    expect(excel.syncs).toHaveLength(4);
    expect(refused(excel.syncs)).toEqual([]);
  });
});

describe("the 10,000-action synthetic tracker, more cells than one response holds", () => {
  it("is read in two syncs of cells after the shape, none refused, each under 5 MB, every cell in place", async () => {
    const { excel, door } = await syntheticFakeExcel(10_000);
    const snapshot = await door.read();
    expect(refused(excel.syncs)).toEqual([]);
    expect(withinLimit(excel.syncs, LIMIT)).toBe(true);
    // Two is the least: together the responses are more than one may carry.
    expect(excel.syncs.reduce((n, s) => n + s.responseBytes, 0)).toBeGreaterThan(LIMIT);
    expect(excel.syncs).toHaveLength(3);
    expectReadWhole(excel, snapshot);
  });

  it("Generate RAG summary refuses no sync and takes the shape, two reads, the blank rating cells' fills and the write", async () => {
    const { excel, door } = await syntheticFakeExcel(10_000);
    const result = await generateSummary(door);
    expect(result.analysis.actions).toHaveLength(10_000);
    expect(refused(excel.syncs)).toEqual([]);
    expect(withinLimit(excel.syncs, LIMIT)).toBe(true);
    const reads = excel.syncs.filter((s) => s.responseBytes > 1_000);
    expect(reads).toHaveLength(3);
    // The second read was sized from the first: it fills most of the 4 MB aimed for.
    expect(reads[1]!.responseBytes).toBeGreaterThan(3_000_000);
    // The fills of 345 blank rating cells, with the formulas of the time scales' and last updates' dates, one response well within the limit.
    expect(reads[2]!.responseBytes).toBeLessThan(300_000);
    expect(excel.syncs.length).toBeLessThanOrEqual(6);
  });
});

describe("what the windows do not cover is read in blocks, each cell where it belongs", () => {
  // A budget of 200,000 bytes gives one sheet a window of 153 rows (A to Z) and blocks of 4,000 cells.
  const BUDGET = 200_000;

  it("a tracker starting at C4 and running far below the window", async () => {
    const excel = new FakeExcel({ payloadLimit: 250_000 });
    const sheet = excel.sheet("Plan", [["No", "Action", "Lead", "RAG"], ...Array.from({ length: 2_000 }, (_, i) => [i + 1, `Action ${i + 1}`, i % 3 ? "Police" : "Health", ["Blue", "Green", "Amber"][i % 3]!])], { row: 4, column: 3 });
    sheet.ensure(2_500, 8).value = "note below the table";
    const snapshot = await new ExcelDoor(excel, { readBudget: BUDGET }).read();
    expect(snapshot.sheets[0]!.firstRow).toBe(4);
    expect(snapshot.sheets[0]!.firstColumn).toBe(3);
    expectReadWhole(excel, snapshot);
    expect(refused(excel.syncs)).toEqual([]);
    expect(withinLimit(excel.syncs, 250_000)).toBe(true);
  });

  it("a sheet wider than the window (columns A to AD), and one that starts below it", async () => {
    const excel = new FakeExcel({ payloadLimit: 250_000 });
    excel.sheet(
      "Wide",
      Array.from({ length: 60 }, (_, r) => Array.from({ length: 30 }, (_, c) => (r + c) % 4 === 0 ? null : `r${r}c${c}`)),
    );
    excel.sheet("Low", [["RAG"], ["Blue"], ["Amber"]], { row: 400, column: 2 });
    excel.sheet("Small", [["RAG"], ["Green"]]);
    const snapshot = await new ExcelDoor(excel, { readBudget: BUDGET }).read();
    expect(snapshot.sheets.map((s) => [s.name, s.firstRow, s.firstColumn, s.values.length])).toEqual([
      ["Wide", 1, 1, 60],
      ["Low", 400, 2, 3],
      ["Small", 1, 1, 2],
    ]);
    expectReadWhole(excel, snapshot);
    expect(refused(excel.syncs)).toEqual([]);
    // Shape, the windows (all of Small), then Wide and Low in one batch of blocks.
    expect(excel.syncs).toHaveLength(3);
  });

  it("merged areas inside the window and far below it are all read, riding with the cells", async () => {
    const excel = new FakeExcel({ payloadLimit: 250_000 });
    const rows: (FakeValue | null)[][] = Array.from({ length: 1_500 }, (_, i) => [i % 10 === 0 ? `Category ${i / 10}` : null, `Action ${i}`, "Amber"]);
    const sheet = excel.sheet("Plan", rows);
    for (let top = 1; top <= 1_500; top += 10) sheet.merges.push({ top, bottom: top + 9, left: 1, right: 1 });
    const snapshot = await new ExcelDoor(excel, { readBudget: BUDGET }).read();
    expect(snapshot.sheets[0]!.merges).toHaveLength(150);
    expect(new Set(snapshot.sheets[0]!.merges.map((m) => m.top))).toEqual(new Set(sheet.merges.map((m) => m.top)));
    expectReadWhole(excel, snapshot);
    expect(refused(excel.syncs)).toEqual([]);
  });

  it("more merged areas in a block than Excel gives in one request: the cells still come, the merges in pieces after", async () => {
    const excel = new FakeExcel();
    const rows: (FakeValue | null)[][] = Array.from({ length: 4_000 }, (_, i) => [`Category ${i}`, null, `Action ${i}`]);
    const sheet = excel.sheet("Plan", rows);
    for (let r = 1; r <= 4_000; r++) sheet.merges.push({ top: r, bottom: r, left: 1, right: 2 });
    const snapshot = await new ExcelDoor(excel, { readBudget: 300_000 }).read();
    expect(snapshot.sheets[0]!.merges).toHaveLength(4_000);
    expect(snapshot.sheets[0]!.merges[3_999]).toEqual({ top: 4_000, bottom: 4_000, left: 1, right: 2 });
    expectReadWhole(excel, snapshot);
    // Only merged-area requests failed (more than 512 in one), never a read for its size.
    expect(refused(excel.syncs).every((e) => e === "GeneralException")).toBe(true);
    expect(refused(excel.syncs).length).toBeGreaterThan(0);
  });
});

describe("texts far longer than the estimate", () => {
  it("the first read is refused once, a sample measures the texts, and the rest is read whole with nothing else refused", async () => {
    const excel = new FakeExcel({ payloadLimit: 500_000 });
    // 300 rows of six 300-character texts: about 560 KB, where the estimate says 90 KB.
    excel.sheet("Long", textRows(300, 6, 300));
    const snapshot = await new ExcelDoor(excel, { readBudget: 400_000 }).read();
    expectReadWhole(excel, snapshot);
    expect(snapshot.sheets[0]!.values).toHaveLength(300);
    expect(refused(excel.syncs)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    expect(withinLimit(excel.syncs.filter((s) => s.ok), 500_000)).toBe(true);
    // Shape, the refused read, the sample, then blocks of about 400 KB: two.
    expect(excel.syncs).toHaveLength(5);
  });

  it("Excel's longest texts (32,767 characters) across several sheets are read whole", async () => {
    const excel = new FakeExcel();
    for (const name of ["One", "Two", "Three"]) excel.sheet(name, textRows(40, 5, 32_767));
    const snapshot = await new ExcelDoor(excel).read();
    expectReadWhole(excel, snapshot);
    expect(refused(excel.syncs).every((e) => e === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(withinLimit(excel.syncs.filter((s) => s.ok), LIMIT)).toBe(true);
  });

  it("responses far longer below the window than in it: refused only until a block fits, then blocks of about the budget, larger again once the responses are short", async () => {
    // A response from the peer review plan, kept for a decade in one cell: 30,000 characters.
    const response =
      "Essex Police are are engaging with communty groups including Enpower Initiative, Leaders Unlocked and various vulnerable, women's and Black, Asian and Minority Ethnic groups about the work of the partnership. ";
    const decade = response.repeat(Math.ceil(30_000 / response.length)).slice(0, 30_000);
    const excel = new FakeExcel();
    // 3,000 actions answered briefly (the window), 2,000 with such responses (60 MB), 5,000 brief again.
    const rows = Array.from({ length: 10_000 }, (_, i) => [i + 1, "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", i >= 3_000 && i < 5_000 ? decade : "Started", "Amber"]);
    excel.sheet("Plan", [["No", "Action", "Response", "RAG"], ...rows]);
    const snapshot = await new ExcelDoor(excel).read();
    expectReadWhole(excel, snapshot);
    expect(refused(excel.syncs).every((e) => e === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(withinLimit(excel.syncs.filter((s) => s.ok), LIMIT)).toBe(true);
    // The shape, the window, the refused blocks (a 4 MB block's estimate is far short, halved until one fits),
    // fifteen blocks of about 4 MB, and the short rows after them in one or two.
    expect(excel.syncs.length).toBeLessThanOrEqual(24);
  });
});
