import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { WritePlan } from "../../src/core/writePlan";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { resolveSheetNames } from "../../src/core/sheetNames";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { generateSummary } from "../../src/door/operations";
import { sampleBytes } from "../helpers/workbooks";
import { differences, fingerprintWorkbook } from "../helpers/xlsxFingerprint";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { text } from "../../src/core/sheetBuilder";
import { FORMULA_LIKE, handPlan, openDoor, partText, reopen, sheetXml, stalePlan, userBytes } from "./helpers";

const GENERATED = new Set(["RAG Summary", "Stale Actions", "RAGTracker_Data"]);

async function exceljsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("text longer than a cell formatted as text shows, in both file doors", () => {
  // Excel for the desktop shows a cell formatted as text ("@") holding more than 255 characters as "#####".
  const response = "Briefings delivered to all partner agencies; the learning is embedded in the multi-agency training programme and audited each quarter. ".repeat(3);
  const LONG = [response, `- ${response}`, `=${response}`];

  for (const [name, open] of [
    ["ExcelJS", (bytes: Uint8Array) => openDoor(bytes)],
    ["streaming", (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "test.xlsx")],
  ] as const) {
    it(`keeps the General format, the text a string (${name})`, async () => {
      const door = await open(await userBytes());
      const plan = handPlan();
      plan.rows.push(LONG.map((t) => text(t)));
      await door.applyPlan({ sheets: [plan] });
      const summary = (await (await openDoor(await door.save())).read()).sheets[2]!;
      const row = plan.rows.length - 1;
      expect(summary.values[row]).toEqual(LONG);
      expect(summary.numberFormats![row]).toEqual(LONG.map(() => "General"));
      expect(summary.numberFormats![6]).toEqual(FORMULA_LIKE.map(() => "@"));
    });
  }
});

describe("column widths, the same from both file doors", () => {
  /** Each column's width as the sheet part writes it, column by column from A ("" where none is written). */
  const widthsOf = (xml: string, columns: number) => {
    const widths: string[] = Array.from({ length: columns }, () => "");
    for (const [, min, max, width] of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) for (let c = Number(min); c <= Number(max); c++) widths[c - 1] = width!;
    return widths;
  };

  it("writes each of the plan's widths, the 9 of the Stale list's Flag and Rating and the summary's Total too", async () => {
    const plan = buildSummaryPlan(analyseWorkbook(await (await openDoor(sampleBytes())).read(), DEFAULT_SETTINGS, "2021-11-01"));
    const written: Record<string, string[][]> = {};
    for (const [name, open] of [
      ["ExcelJS", (bytes: Uint8Array) => openDoor(bytes)],
      ["streaming", (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "test.xlsx")],
    ] as const) {
      const door = await open(sampleBytes());
      await door.applyPlan(plan);
      const bytes = await door.save();
      written[name] = await Promise.all(plan.sheets.map(async (s) => widthsOf(await sheetXml(bytes, s.name), s.columnWidths.length)));
    }
    // To the 1/256 of a character Excel keeps: ExcelJS leaves out a column of its own default width, 9.
    const inExcel = (w: string) => (w === "" ? "" : String(Math.trunc(Number(w) * 256) / 256));
    for (const [name, sheets] of Object.entries(written)) expect(sheets.map((ws) => ws.map(inExcel)), name).toEqual(plan.sheets.map((s) => s.columnWidths.map(String)));
  });
});

describe("XlsxDoor.applyPlan", () => {
  it("writes exactly the plan: values, text kept as text, dates, widths, merges, frozen rows, print setup and marker", async () => {
    const door = await openDoor(await userBytes());
    expect(await door.applyPlan({ sheets: [handPlan()] })).toEqual([{ key: "summary", name: "RAG Summary" }]);
    const bytes = await door.save();

    const snapshot = await (await openDoor(bytes)).read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Plan", "Notes", "RAG Summary"]);
    const summary = snapshot.sheets[2]!;
    expect(summary.generatedKey).toBe("summary");
    expect(summary.values).toEqual([
      ["RAG Summary"],
      ["As at 1 November 2021"],
      [],
      ["Review", "Blue", "Green", "Total"],
      ["Peer Review", 23, 3, 26],
      ["Leo", 1, 4, 5],
      FORMULA_LIKE,
      [new Date(Date.UTC(2021, 8, 1)), null, "Stale"],
    ]);
    expect(summary.numberFormats![6]).toEqual(FORMULA_LIKE.map(() => "@"));
    expect(summary.numberFormats![7]![0]).toBe("dd/mm/yyyy");
    expect(summary.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);

    const sheet = (await exceljsOf(bytes)).getWorksheet("RAG Summary")!;
    expect([1, 2, 3, 4].map((c) => sheet.getColumn(c).width)).toEqual([30, 10, 10, 8]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell("A4").font).toMatchObject({ bold: true });
    expect(sheet.getCell("B4").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF0070C0" } });
    expect(sheet.getCell("B4").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(sheet.getCell("A5").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(sheet.getCell("D5").font).toMatchObject({ bold: true });
    expect(sheet.getCell("A2").font).toMatchObject({ italic: true });
    expect(sheet.getCell("C8").fill).toMatchObject({ fgColor: { argb: "FFFCE4D6" } });

    const xml = await sheetXml(bytes, "RAG Summary");
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain("<oddHeader>&amp;CRAG Summary &amp;&amp; Stale Actions</oddHeader>");
    expect(xml).toContain("<oddFooter>&amp;C&amp;A – page &amp;P</oddFooter>");
    const workbookXml = await partText(bytes, "xl/workbook.xml");
    expect(workbookXml).toContain('<definedName hidden="1" name="RAGTracker_summary">&apos;RAG Summary&apos;!$A$1</definedName>');
    expect(workbookXml).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;RAG Summary&apos;!\$4:\$4<\/definedName>/);
  });

  it("stores text that starts with =, +, - or @ as a string, never as a formula", async () => {
    const door = await openDoor(await userBytes());
    await door.applyPlan({ sheets: [handPlan(), stalePlan()] });
    const bytes = await door.save();
    for (const name of ["RAG Summary", "Stale Actions"]) expect(await sheetXml(bytes, name)).not.toContain("<f>");
    const shared = await partText(bytes, "xl/sharedStrings.xml");
    for (const text of [...FORMULA_LIKE, "=Practice note drafted; sign-off delayed."]) expect(shared).toContain(`<t>${text}</t>`);
    const summary = (await exceljsOf(bytes)).getWorksheet("RAG Summary")!;
    expect(summary.getCell("A7").type).toBe(ExcelJS.ValueType.String);
    expect(summary.getCell("A7").formula).toBeUndefined();
  });

  it("refuses to replace a user's sheet of the same name, and writes nothing at all", async () => {
    const door = await openDoor(await userBytes());
    const before = await door.read();
    const plan: WritePlan = { sheets: [stalePlan(), handPlan({ name: "Notes" })] };
    await expect(door.applyPlan(plan)).rejects.toThrow('A sheet named "Notes" already exists and was not made by RAG Tracker, so it was left alone and nothing was written.');
    expect(await door.read()).toEqual(before);
    expect(await partText(await door.save(), "xl/workbook.xml")).not.toContain("RAGTracker");
  });

  it("refuses a plan Excel could not hold before changing anything", async () => {
    const door = await openDoor(await userBytes());
    const before = await door.read();
    await expect(door.applyPlan({ sheets: [handPlan({ name: "RAG: Summary" })] })).rejects.toThrow('The sheet name "RAG: Summary" contains one of \\ / ? * : [ ], so nothing was written.');
    await expect(door.applyPlan({ sheets: [handPlan(), handPlan({ key: "stale", name: "rag summary" })] })).rejects.toThrow('The summary plan names two sheets "rag summary", so nothing was written.');
    await expect(door.applyPlan({ sheets: [stalePlan(), handPlan({ rows: [[{ kind: "date", value: "01/09/2021" }]] })] })).rejects.toThrow(
      'Row 1, column 1 of the "RAG Summary" plan holds the date "01/09/2021", which is not written YYYY-MM-DD, so nothing was written.',
    );
    await expect(door.applyPlan({ sheets: [handPlan({ merges: [{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 3 }] })] })).rejects.toThrow(
      'Two merged areas of the "RAG Summary" plan overlap, so nothing was written.',
    );
    expect(await door.read()).toEqual(before);
  });

  it("replaces its own sheets on a second run, in the same place, and gives the same result", async () => {
    const first = await openDoor(await userBytes());
    await first.applyPlan({ sheets: [handPlan(), stalePlan()] });
    const onceBytes = await first.save();
    const onceSnapshot = await (await openDoor(onceBytes)).read();
    // Between runs the user adds a sheet after the generated ones.
    const edited = await exceljsOf(onceBytes);
    edited.addWorksheet("Later notes").addRow(["Added after the first summary"]);
    const second = await openDoor(new Uint8Array(await edited.xlsx.writeBuffer()));
    await second.applyPlan({ sheets: [handPlan(), stalePlan()] });
    const twiceBytes = await second.save();
    const twiceSnapshot = await (await openDoor(twiceBytes)).read();
    expect(twiceSnapshot.sheets.map((s) => [s.name, s.generatedKey])).toEqual([
      ["Plan", undefined],
      ["Notes", undefined],
      ["RAG Summary", "summary"],
      ["Stale Actions", "stale"],
      ["Later notes", undefined],
    ]);
    expect(twiceSnapshot.sheets.slice(0, 4)).toEqual(onceSnapshot.sheets);
    const workbookXml = await partText(twiceBytes, "xl/workbook.xml");
    expect(workbookXml.match(/name="RAGTracker_summary"/g)).toHaveLength(1);
    expect(workbookXml.match(/name="RAGTracker_stale"/g)).toHaveLength(1);
    expect(workbookXml.match(/<sheet /g)).toHaveLength(5);
  });

  it("finds its own sheet by the marker after the user moved it, and replaces that sheet in its place", async () => {
    const door = await openDoor(await userBytes());
    await door.applyPlan({ sheets: [handPlan()] });
    const workbook = await exceljsOf(await door.save());
    // In Excel: move the summary first; the marker follows (a renamed one is kept: test/door/keptSheets.test.ts).
    const summary = workbook.getWorksheet("RAG Summary")!;
    (summary as unknown as { orderNo: number }).orderNo = -1;
    const moved = await openDoor(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const plan = resolveSheetNames({ sheets: [handPlan()] }, await moved.read());
    expect([plan.sheets[0]!.name, plan.sheets[0]!.keeps]).toEqual(["RAG Summary", undefined]);
    await moved.applyPlan(plan);
    const after = await (await reopen(moved)).read();
    expect(after.sheets.map((s) => [s.name, s.generatedKey])).toEqual([
      ["RAG Summary", "summary"],
      ["Plan", undefined],
      ["Notes", undefined],
    ]);
  });

  it("leaves every value of every user sheet of the sample unchanged through applyPlan, save and reopen", async () => {
    const input = sampleBytes();
    const door = await openDoor(input, "sample.xlsx");
    const snapshot = await door.read();
    const plan = resolveSheetNames(buildSummaryPlan(analyseWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2021-11-01" }, "2021-11-01")), snapshot);
    await door.applyPlan(plan);
    const output = await door.save();
    expect(differences(await fingerprintWorkbook(input), await fingerprintWorkbook(output, (name) => GENERATED.has(name)))).toEqual([]);
    const again = await openDoor(output, "again.xlsx");
    const userSheets = (await again.read()).sheets.filter((s) => !s.generatedKey);
    expect(userSheets).toEqual(snapshot.sheets);
  });

  it("runs the one-click operation end to end over the file", async () => {
    const door = await openDoor(sampleBytes(), "sample.xlsx");
    const result = await generateSummary(door);
    expect(result.sheets).toEqual([
      { key: "summary", name: "RAG Summary" },
      { key: "stale", name: "Stale Actions" },
    ]);
    const summary = (await (await reopen(door)).read()).sheets.find((s) => s.name === "RAG Summary")!;
    expect(summary.values.flat()).toContain("Frankie – 14 actions identified (11 blue and 3 amber)");
  });
});
