/**
 * Every corpus workbook through every door: the engine, the file door with every operation, the
 * command line, and the Excel door over the Excel stand-in. Each gives the counts and findings in
 * expectations.ts, or one clear sentence; never a crash, a hang (each test has a time limit), a
 * stack trace, or a partial write.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { CORPUS_NAMES, buildCorpus } from "../../scripts/corpus/corpus";
import { analyseRead } from "../../src/door/analyseRead";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Analysis } from "../../src/core/model";
import { columnLetter } from "../../src/core/cells";
import type { RagDoor } from "../../src/door/RagDoor";
import { analyse, clearFormats, colourRatings, fixRatings, generateSummary, highlightRatingProblems, highlightStaleRows } from "../../src/door/operations";
import { generateCommitteePack, recordReport } from "../../src/door/historyOperations";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { WorkbookFileError } from "../../src/xlsx/WorkbookFileError";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { runCli } from "../../src/cli/program";
import { jsonReportSchema } from "../../src/core/jsonReport";
import { protectedSheetsMessage, protectedStructureMessage, NO_HIGHLIGHTS_ADDED, NOTHING_SAVED, NO_SHEETS_ADDED } from "../../src/door/protectedSheets";
import { memoryIo } from "../helpers/memoryIo";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { differences, fingerprintWorkbook, unexpectedSheets } from "../helpers/xlsxFingerprint";
import { fingerprintFake } from "../helpers/fakeExcelFingerprint";
import { AS_OF, EXPECTED, FILE_DOOR_ONLY, type Expected } from "./expectations";

type TrackerExpected = Extract<Expected, { kind: "tracker" }>;

const TIME_LIMIT = 60_000;
const SUMMARY_SHEETS = ["RAG Summary", "Stale Actions"];
const PACK_SHEETS = ["Committee Pack", "RAG History"];
const corpus = new Map<string, Uint8Array>();

beforeAll(async () => {
  // Every operation reads "today" from the clock; the expectations are as at 1 November 2021.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${AS_OF}T12:00:00`));
  for (const entry of await buildCorpus()) corpus.set(entry.name, entry.bytes);
});

afterAll(() => {
  vi.useRealTimers();
});

/** One sentence for a person: one line, a full stop, no stack trace, nothing left unfilled. */
function expectOneSentence(text: string): void {
  expect(text).not.toMatch(/[\r\n]/);
  expect(text).toMatch(/[.!?]$/);
  expect(text).not.toMatch(/undefined|\[object|NaN|\bat \S+ \(|Error:/);
  expect(text.length).toBeLessThan(400);
}

async function rejection(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the operation should have been refused").toBeInstanceOf(Error);
  const message = (error as Error).message;
  expectOneSentence(message);
  return message;
}

function place(f: { code: string; sheet: string; column?: string; row?: number }): string {
  return `${f.code} ${f.sheet}!${f.column ?? ""}${f.row ?? ""}`;
}

function checkAnalysis(analysis: Analysis, expected: TrackerExpected): void {
  expect(analysis.trackers).toHaveLength(expected.trackers ?? 1);
  expect(analysis.actions).toHaveLength(expected.actions);
  expect(analysis.totals.total).toBe(expected.actions);
  expect(analysis.totals.counts).toMatchObject(expected.counts);
  expect(Object.values(analysis.totals.counts).reduce((a, b) => a + b, 0)).toBe(expected.actions);
  expect(analysis.findings.map(place).sort()).toEqual([...expected.findings].sort());
  for (const f of analysis.findings) expectOneSentence(f.message);
  expect(analysis.stale.map((s) => s.action.row)).toEqual(expected.staleRows);
  expect(analysis.overdue.map((s) => s.action.row)).toEqual(expected.overdueRows);
}

const trackerSheet = (analysis: Analysis) => analysis.trackers[0]!.sheet;

/** Excel cannot hold more in a cell: a generated sheet that did would not open. */
const MAX_CELL_CHARS = 32_767;

async function longestCellInFile(bytes: Uint8Array): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  let longest = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        longest = Math.max(longest, cell.text.length);
      }),
    ),
  );
  return longest;
}

/**
 * Every operation a button or command runs, in the order a user might press them, with what each
 * must give. `excel` is set for the Excel door (its rule and list counts are its own).
 */
async function everyOperation(door: RagDoor, expected: Expected): Promise<void> {
  if (expected.kind === "unusable") {
    for (const work of [
      analyse(door),
      generateSummary(door),
      highlightRatingProblems(door),
      highlightStaleRows(door),
      colourRatings(door),
      fixRatings(door),
      recordReport(door, undefined, AS_OF),
      generateCommitteePack(door, undefined, AS_OF),
    ]) {
      expect(await rejection(work)).toBe(expected.sentence);
    }
    for (const tag of ["rating-problems", "stale-rows", "rating-colours"] as const) expect(await clearFormats(door, tag)).toBe(0);
    return;
  }
  if (expected.kind !== "tracker") throw new Error("A file that is not a workbook has no door to go through.");

  const { analysis } = await analyse(door);
  checkAnalysis(analysis, expected);
  const sheet = trackerSheet(analysis);

  if (expected.structureLocked) {
    expect(await rejection(generateSummary(door))).toBe(protectedStructureMessage(NO_SHEETS_ADDED));
  } else {
    const summary = await generateSummary(door);
    expect(summary.sheets.map((s) => s.name)).toEqual(SUMMARY_SHEETS);
    expectOneSentence(summary.message);
    expect(summary.message).toMatch(new RegExp(`^${expected.actions} actions? in `));
  }

  if (expected.protectedSheet) {
    const refused = protectedSheetsMessage([expected.protectedSheet], NO_HIGHLIGHTS_ADDED);
    expect(await rejection(highlightRatingProblems(door))).toBe(refused);
    expect(await rejection(highlightStaleRows(door))).toBe(refused);
    expect(await rejection(colourRatings(door))).toBe(refused);
    // Fix ratings names the locked cells it would change: unlocked ones on a protected sheet take values.
    const fixRefused = await rejection(fixRatings(door));
    expect(fixRefused).toMatch(/^Nothing was changed because cells? [A-Z]+\d+.* of ".+" (is|are) locked on a protected sheet; /);
    expect(fixRefused).toContain(`of "${expected.protectedSheet}"`);
    expectOneSentence(fixRefused);
  } else {
    // One rule for invalid ratings and one for missing ones, where there are any.
    const problems = ((expected.counts.Invalid ?? 0) > 0 ? 1 : 0) + ((expected.counts.Unrated ?? 0) > 0 ? 1 : 0);
    await highlightRatingProblems(door);
    await highlightStaleRows(door);
    const overdueOnly = expected.overdueRows.length > 0 ? 1 : 0;
    const staleOnly = expected.staleRows.some((r) => !expected.overdueRows.includes(r)) ? 1 : 0;
    await colourRatings(door);
    expect(await clearFormats(door, "rating-problems")).toBe(problems);
    expect(await clearFormats(door, "stale-rows")).toBe(overdueOnly + staleOnly);
    // Four colour rules and the drop-down list of ratings, on each tracker.
    expect(await clearFormats(door, "rating-colours")).toBe(5 * (expected.trackers ?? 1));

    const fixed = await fixRatings(door);
    expect(fixed.edits).toEqual(expected.fixes.map((f) => ({ sheet, ...f })));
  }

  if (expected.structureLocked) {
    expect(await rejection(recordReport(door, undefined, AS_OF))).toBe(protectedStructureMessage(NOTHING_SAVED));
    expect(await rejection(generateCommitteePack(door, undefined, AS_OF))).toBe(protectedStructureMessage(NO_SHEETS_ADDED));
  } else {
    const recorded = await recordReport(door, undefined, AS_OF);
    expect(recorded.snapshot.actions).toHaveLength(expected.actions);
    expect(recorded.message).toBe(`Recorded a report of ${expected.actions} action${expected.actions === 1 ? "" : "s"} for 1 November 2021.`);
    const pack = await generateCommitteePack(door, undefined, AS_OF);
    expect(pack.sheets.map((s) => s.name)).toEqual(PACK_SHEETS);
    expectOneSentence(pack.message);
  }

  // Read again: the generated sheets are not mistaken for trackers, and fixed ratings are now canonical.
  const again = await analyse(door);
  const fixedCells = new Set(expected.protectedSheet ? [] : expected.fixes.map((f) => `${sheet}!${columnLetter(f.column)}${f.row}`));
  const fixedFinding = (f: string) => /^rating-(not-canonical|colour-only) /.test(f) && fixedCells.has(f.slice(f.indexOf(" ") + 1));
  checkAnalysis(again.analysis, { ...expected, findings: expected.findings.filter((f) => !fixedFinding(f)) });
}

const names = CORPUS_NAMES;

describe("the corpus covers every entry it should", () => {
  it("has an expectation for every workbook, and every expectation has a workbook", () => {
    expect([...names].sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe.each(names)("corpus: %s", (name) => {
  const expected = EXPECTED[name]!;
  const bytes = () => corpus.get(name)!;

  it(
    "the engine",
    async () => {
      if (expected.kind === "not-a-workbook") {
        const error = await XlsxDoor.open(bytes(), `${name}.xlsx`).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(WorkbookFileError);
        expect((error as Error).message).toBe(expected.sentence);
        expectOneSentence(expected.sentence);
        return;
      }
      const door = await XlsxDoor.open(bytes(), `${name}.xlsx`);
      const snapshot = await door.read();
      const run = () => analyseRead(door, snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF }, AS_OF);
      if (expected.kind === "unusable") {
        await expect(run()).rejects.toThrow(expected.sentence);
        expectOneSentence(expected.sentence);
      } else checkAnalysis(await run(), expected);
    },
    TIME_LIMIT,
  );

  it(
    "the command line: check and summarize",
    async () => {
      const file = `${name}.xlsx`;
      const check = memoryIo({ [file]: bytes() }, AS_OF);
      const code = await runCli(["check", file, "--as-of", AS_OF], check);
      const json = memoryIo({ [file]: bytes() }, AS_OF);
      const jsonCode = await runCli(["check", file, "--json", "--as-of", AS_OF], json);
      const summarize = memoryIo({ [file]: bytes() }, AS_OF);
      const summarizeCode = await runCli(["summarize", file, "-o", "out.xlsx", "--as-of", AS_OF], summarize);
      const snapshot = memoryIo({ [file]: bytes() }, AS_OF);
      const snapshotCode = await runCli(["snapshot", file, "--date", AS_OF, "-o", "snap.xlsx"], snapshot);
      const pack = memoryIo({ [file]: bytes() }, AS_OF);
      const packCode = await runCli(["pack", file, "-o", "pack.xlsx", "--as-of", AS_OF], pack);

      if (expected.kind !== "tracker") {
        for (const [io, exit] of [
          [check, code],
          [json, jsonCode],
          [summarize, summarizeCode],
          [snapshot, snapshotCode],
          [pack, packCode],
        ] as const) {
          expect(exit).toBe(2);
          expect(io.err.join("")).toBe(`rag-tracker: ${expected.sentence}\n`);
          expect(io.out).toEqual([]);
          // Nothing written, not even part of a file.
          expect([...io.files.keys()]).toEqual([file]);
        }
        return;
      }
      if (expected.structureLocked) {
        for (const [io, exit, outcome] of [
          [snapshot, snapshotCode, NOTHING_SAVED],
          [pack, packCode, NO_SHEETS_ADDED],
        ] as const) {
          expect(exit).toBe(2);
          expect(io.err.join("")).toBe(`rag-tracker: ${protectedStructureMessage(outcome)}\n`);
          expect([...io.files.keys()]).toEqual([file]);
        }
      } else {
        expect([snapshotCode, packCode]).toEqual([0, 0]);
        expect(snapshot.out.join("")).toBe(`Recorded a report of ${expected.actions} action${expected.actions === 1 ? "" : "s"} for 1 November 2021. Wrote snap.xlsx.\n`);
        expect(pack.out.join("")).toContain('Wrote pack.xlsx with the sheets "Committee Pack" and "RAG History".');
        expect([snapshot.err, pack.err]).toEqual([[], []]);
      }
      const hasError = expected.findings.some((f) => f.startsWith("rating-invalid"));
      expect(code).toBe(hasError ? 1 : 0);
      expect(check.err).toEqual([]);
      expect(jsonCode).toBe(hasError ? 1 : 0);
      const report = jsonReportSchema.parse(JSON.parse(json.out.join("")));
      expect(report.totals.total).toBe(expected.actions);
      expect(report.totals.counts).toMatchObject(expected.counts);
      if (expected.structureLocked) {
        expect(summarizeCode).toBe(2);
        expect(summarize.err.join("")).toBe(`rag-tracker: ${protectedStructureMessage(NO_SHEETS_ADDED)}\n`);
        expect([...summarize.files.keys()]).toEqual([file]);
        return;
      }
      expect(summarizeCode).toBe(0);
      expect(summarize.err).toEqual([]);
      expect(summarize.out.join("")).toContain('Wrote out.xlsx with the sheets "RAG Summary" and "Stale Actions".');
      const written = summarize.files.get("out.xlsx")!;
      const reopened = await XlsxDoor.open(written, "out.xlsx");
      checkAnalysis(await analyseRead(reopened, await reopened.read(), { ...DEFAULT_SETTINGS, asOf: AS_OF }, AS_OF), expected);
    },
    TIME_LIMIT,
  );

  if (expected.kind === "not-a-workbook") return;

  it(
    "the file door: every operation, then saved and opened again",
    async () => {
      const door = await XlsxDoor.open(bytes(), `${name}.xlsx`);
      await everyOperation(door, expected);
      const saved = await door.save();
      const before = await fingerprintWorkbook(bytes());
      const after = await fingerprintWorkbook(saved);
      expect(await longestCellInFile(saved)).toBeLessThanOrEqual(MAX_CELL_CHARS);
      const generated = expected.kind === "tracker" ? new Set([...SUMMARY_SHEETS, ...PACK_SHEETS, "RAGTracker_Data"]) : new Set(["RAGTracker_Data"]);
      expect(unexpectedSheets(before, after, generated)).toEqual([]);
      if (expected.kind === "unusable") {
        // Refused everything: the file is as it was, and has no sheet of ours.
        expect(differences(before, after)).toEqual([]);
        expect([...after.keys()]).toEqual([...before.keys()]);
      }
    },
    TIME_LIMIT,
  );

  // Excel calculates every formula when it opens a file: the add-in never meets one without its result.
  if (FILE_DOOR_ONLY.has(name)) return;
  it(
    "the Excel door over the Excel stand-in: every operation",
    async () => {
      const excel = await fakeExcelFromXlsx(bytes());
      const before = fingerprintFake(excel);
      await everyOperation(new ExcelDoor(excel), expected);
      for (const s of excel.syncs) {
        expect(s.requestBytes).toBeLessThanOrEqual(excel.payloadLimit);
        expect(s.responseBytes).toBeLessThanOrEqual(excel.payloadLimit);
      }
      for (const sheet of excel.workbook.sheets) for (const cell of sheet.cells.values()) expect(String(cell.value ?? "").length).toBeLessThanOrEqual(MAX_CELL_CHARS);
      // No half-built sheet is left behind by any write.
      expect(excel.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("RAGTracker_new"))).toEqual([]);
      if (expected.kind === "unusable") {
        expect(differences(before, fingerprintFake(excel))).toEqual([]);
        expect(excel.workbook.sheets.map((s) => s.name)).toEqual([...before.keys()]);
      }
    },
    TIME_LIMIT,
  );
});
