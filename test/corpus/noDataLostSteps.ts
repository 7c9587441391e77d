/**
 * No data lost, proved: every action the product can take, on every corpus workbook and the
 * sample, through the file door and through the Excel door over the stand-in. Before and after
 * each action every cell the user owns (value, formula, number format) and each user sheet's
 * merges, visibility and protection are fingerprinted; any difference outside what the action
 * declares it changes fails the test.
 *
 * What each action declares: generated sheets (RAG Summary, Stale Actions, Committee Pack, RAG
 * History) and the store sheet are its own; Fix ratings changes exactly the cells it lists;
 * highlights and clearing them change no value, formula or number format. An action that is
 * refused (a protected sheet, a workbook with no tracker) declares nothing.
 * The two test files run these steps through the file door and through the Excel door.
 */
import { afterAll, beforeAll, expect, vi } from "vitest";
import { CORPUS_NAMES, buildCorpus } from "../../scripts/corpus/corpus";
import { columnLetter } from "../../src/core/cells";
import { STORE_SHEET_NAME } from "../../src/core/store";
import type { RagDoor, SheetsDoor } from "../../src/door/RagDoor";
import { analyse, clearFormats, colourRatings, fixRatings, generateSummary, highlightRatingProblems, highlightStaleRows } from "../../src/door/operations";
import { generateCommitteePack, recordReport } from "../../src/door/historyOperations";
import { sampleBytes } from "../helpers/workbooks";
import { differences, unexpectedSheets, type WorkbookPrint } from "../helpers/xlsxFingerprint";
import { AS_OF, EXPECTED } from "./expectations";

// A million-row workbook's steps took 47 s of 60 with every core busy: room for a loaded machine, where a hang still fails.
export const TIME_LIMIT = 120_000;

interface Declared {
  /** Sheets the action writes as its own (generated sheets, the store). */
  sheets: string[];
  /** "Sheet!A1" cells of user sheets the action changes, with the text each must then hold. */
  cells: Map<string, string>;
}

const nothing = (): Declared => ({ sheets: [], cells: new Map() });

interface Step<Door> {
  name: string;
  run(door: Door): Promise<Declared>;
}

const summaryStep = (name: string): Step<SheetsDoor> => ({ name, run: async (door) => ({ ...nothing(), sheets: (await generateSummary(door)).sheets.map((s) => s.name) }) });
const recordStep: Step<SheetsDoor> = { name: "recordReport", run: async (door) => (await recordReport(door, undefined, AS_OF), { ...nothing(), sheets: [STORE_SHEET_NAME] }) };
const packStep: Step<SheetsDoor> = { name: "generateCommitteePack", run: async (door) => ({ ...nothing(), sheets: (await generateCommitteePack(door, undefined, AS_OF)).sheets.map((s) => s.name) }) };

/** The actions of the command line (the streaming file door): read, summarise, record a report, the pack, and the summary again. */
export const SHEET_STEPS: Step<SheetsDoor>[] = [{ name: "analyse", run: async (door) => (await analyse(door), nothing()) }, summaryStep("generateSummary"), recordStep, packStep, summaryStep("generateSummary again")];

/** Every action, in an order a user might take them; each run returns what it declares it changed. */
export const STEPS: Step<RagDoor>[] = [
  SHEET_STEPS[0]!,
  SHEET_STEPS[1]!,
  { name: "highlightRatingProblems", run: async (door) => (await highlightRatingProblems(door), nothing()) },
  { name: "highlightStaleRows", run: async (door) => (await highlightStaleRows(door), nothing()) },
  { name: "colourRatings", run: async (door) => (await colourRatings(door), nothing()) },
  {
    name: "fixRatings",
    run: async (door) => {
      const { edits } = await fixRatings(door);
      return { sheets: [], cells: new Map(edits.map((e) => [`${e.sheet}!${columnLetter(e.column)}${e.row}`, e.to])) };
    },
  },
  recordStep,
  packStep,
  // A second run replaces its own sheets, and nothing else.
  SHEET_STEPS[4]!,
  { name: "clearFormats rating-problems", run: async (door) => (await clearFormats(door, "rating-problems"), nothing()) },
  { name: "clearFormats stale-rows", run: async (door) => (await clearFormats(door, "stale-rows"), nothing()) },
  { name: "clearFormats rating-colours", run: async (door) => (await clearFormats(door, "rating-colours"), nothing()) },
];

/**
 * Runs every step, checking each against the print before it; returns how many were refused. `original`:
 * the workbook as opened, printed from its own bytes, so what the door's save loses is seen at the first step.
 */
export async function everyStepLosesNothing<Door extends SheetsDoor>(
  door: Door,
  print: (ignore: (sheet: string) => boolean) => Promise<WorkbookPrint>,
  steps: Step<Door>[],
  original?: WorkbookPrint,
): Promise<{ refused: string[]; edited: number }> {
  const own = new Set<string>();
  const refused: string[] = [];
  let edited = 0;
  let before = original ?? (await print(() => false));
  for (const step of steps) {
    let declared: Declared;
    try {
      declared = await step.run(door);
    } catch (error) {
      // A refusal is one sentence and writes nothing, which the prints below prove.
      expect((error as Error).message).toMatch(/^[^\n]+\.$/);
      refused.push(step.name);
      declared = nothing();
    }
    for (const s of declared.sheets) own.add(s);
    const after = await print((sheet) => own.has(sheet));
    const kept = new Map([...before].filter(([sheet]) => !own.has(sheet)));
    const problems = [...differences(kept, after, new Set(declared.cells.keys())), ...unexpectedSheets(kept, after, new Set())];
    expect(problems, `${step.name} changed what it did not declare`).toEqual([]);
    for (const [cell, text] of declared.cells) {
      const [sheet, address] = [cell.slice(0, cell.lastIndexOf("!")), cell.slice(cell.lastIndexOf("!") + 1)];
      expect(after.get(sheet)?.get(address)?.value, `${step.name} wrote ${cell}`).toBe(`string:${text}`);
      edited++;
    }
    before = after;
  }
  return { refused, edited };
}

/** The corpus workbooks a door can open, and the sample, by name. */
export async function workbooksToCheck(): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const entry of await buildCorpus()) if (EXPECTED[entry.name]!.kind !== "not-a-workbook") out.set(entry.name, entry.bytes);
  out.set("sample", sampleBytes());
  return out;
}

/**
 * For a test file: the workbooks to check, filled before its tests run, with the clock set to
 * the corpus's report date (stale and overdue counts depend on today) and restored after.
 */
export function workbooksAtReportDate(): Map<string, Uint8Array> {
  const workbooks = new Map<string, Uint8Array>();
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(`${AS_OF}T12:00:00`));
    for (const [name, bytes] of await workbooksToCheck()) workbooks.set(name, bytes);
  });
  afterAll(() => {
    vi.useRealTimers();
  });
  return workbooks;
}

export const WORKBOOK_NAMES = [...CORPUS_NAMES.filter((n) => EXPECTED[n]!.kind !== "not-a-workbook"), "sample"];

/** Which steps each workbook must refuse (one sentence, nothing written); every other step must succeed. */
export function expectedRefusals(name: string, steps: Step<never>[] = STEPS): string[] {
  const names = new Set(steps.map((s) => s.name));
  return refusals(name).filter((n) => names.has(n));
}

function refusals(name: string): string[] {
  const expected = EXPECTED[name];
  const analysing = STEPS.map((s) => s.name).filter((n) => !n.startsWith("clearFormats"));
  if (expected?.kind === "unusable") return analysing;
  if (expected?.kind === "tracker" && expected.protectedSheet) return ["highlightRatingProblems", "highlightStaleRows", "colourRatings", "fixRatings"];
  if (expected?.kind === "tracker" && expected.structureLocked) return ["generateSummary", "recordReport", "generateCommitteePack", "generateSummary again"];
  return [];
}
