/**
 * Excel's "Move or Copy… Create a copy" of a generated sheet gives the copy a clone of the
 * sheet's marker, scoped to the copy. The file doors take markers from workbook-level names
 * only, so the next run rewrites the generated sheet and leaves the team's copy as it was.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generateSummary } from "../../src/door/operations";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { sampleBytes } from "../helpers/workbooks";
import { GENERATED_NOTE } from "../../src/core/generatedCopy";

const COPY = "Stale Actions (2)";

/** The sample summarised, then Stale Actions copied as Excel copies it: values, a title of the team's own, and the marker cloned onto the copy. */
async function withExcelCopy(): Promise<Uint8Array> {
  const door = await XlsxDoor.open(sampleBytes(), "sample.xlsx");
  await generateSummary(door);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await door.save()) as unknown as ArrayBuffer);
  const copy = workbook.addWorksheet(COPY);
  workbook.getWorksheet("Stale Actions")!.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
  copy.getCell("A1").value = "Stale actions at the July committee";
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const index = [...xml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].findIndex((m) => m[1] === COPY);
  const clone = `<definedName name="RAGTracker_stale" localSheetId="${index}">'${COPY}'!$A$1</definedName>`;
  zip.file("xl/workbook.xml", xml.replace("</definedNames>", `${clone}</definedNames>`));
  return zip.generateAsync({ type: "uint8array" });
}

async function titles(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  // A generated sheet's title is under the note for the team (a copy made by an earlier version has it first).
  const title = (s: ExcelJS.Worksheet) => (s.getCell("A1").value === GENERATED_NOTE ? s.getCell("A2").value : s.getCell("A1").value);
  return Object.fromEntries(workbook.worksheets.map((s) => [s.name, title(s)]));
}

async function ownNames(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
  return [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].filter((m) => m[1]!.includes('name="RAGTracker_')).map((m) => `${/name="([^"]+)"/.exec(m[1]!)![1]}${m[1]!.includes("localSheetId") ? " (scoped)" : ""} ${m[2]}`).sort();
}

describe.each([
  ["the workbench's door", (bytes: Uint8Array) => XlsxDoor.open(bytes, "copied.xlsx")],
  ["the command line's door", (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "copied.xlsx")],
])("a generated sheet copied in Excel, through %s", (_, open) => {
  it("is left as the team made it, the generated sheet is written, and the clone of the marker goes", async () => {
    const copied = await withExcelCopy();
    expect(await ownNames(copied)).toContain("RAGTracker_stale (scoped) 'Stale Actions (2)'!$A$1");
    const door = await open(copied);
    const { sheets } = await generateSummary(door);
    expect(sheets.map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);
    const saved = await door.save();
    expect(await titles(saved)).toMatchObject({ "Stale Actions": "Stale and overdue actions", [COPY]: "Stale actions at the July committee" });
    expect(await ownNames(saved)).toEqual(["RAGTracker_stale 'Stale Actions'!$A$1", "RAGTracker_summary 'RAG Summary'!$A$1"]);
  });
});
