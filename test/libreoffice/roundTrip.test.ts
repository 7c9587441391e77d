// @vitest-environment node
/**
 * A workbook RAG Tracker has written (settings, generated sheets, two recorded reports) is opened
 * and re-saved as .xlsx by LibreOffice Calc, as a colleague without Excel would. Afterwards the
 * snapshots must be exactly what was recorded, or their loss reported in a sentence; the settings
 * must hold; and generating again must replace our sheets, never add "RAG Summary (2)".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { generateSummary } from "../../src/door/operations";
import { changesBetween, generateCommitteePack, recordReport } from "../../src/door/historyOperations";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { STORE_CHUNK, STORE_SHEET_NAME } from "../../src/core/store";
import { formatLongDate } from "../../src/core/longDate";
import { sampleBytes } from "../helpers/workbooks";
import { convertWithLibreOffice, freshDir, removeDir, requirePrograms, writeFile } from "./libreOffice";
import { loadHistory } from "../helpers/loadHistory";

const CASE_REVIEWS = "Case Reviews";
const RATING_COLUMN = 10;
const ACTION_COLUMN = 5;
const LEO_3 = 37;
/** Text a file format or a spreadsheet could change on the way: a formula, an escape code, an emoji, edge spaces. */
const AWKWARD_ACTION = "=SUM(A1) _x0041_ agree the pathway 😀 with Police & Health <b>";
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, staleDays: 60, columnOverrides: { [CASE_REVIEWS]: { lead: "G" } } };

let dir = "";
let original: Uint8Array;
let resaved: Uint8Array;
/** The same records written again by the command line's streaming door, and that re-saved by LibreOffice. */
let streamingOriginal: Uint8Array;
let streamingResaved: Uint8Array;
let libreOfficeMs = 0;

/** The sample with settings, the summary sheets, and reports recorded on 13 July and 1 November 2021. */
async function recordedWorkbook(): Promise<Uint8Array> {
  const door = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
  await door.writeSettings(SETTINGS);
  await generateSummary(door);
  await recordReport(door, undefined, "2021-07-13");
  const leo3 = (await door.read()).sheets.find((s) => s.name === CASE_REVIEWS)!;
  const actionText = leo3.values[LEO_3 - leo3.firstRow]![ACTION_COLUMN - leo3.firstColumn] as string;
  await door.applyEdits([
    { sheet: CASE_REVIEWS, row: LEO_3, column: RATING_COLUMN, from: "Amber", to: "Blue" },
    // The awkward text added to the wording, not put in its place: reworded beyond recognition, it would be a new action, not a moved rating.
    { sheet: CASE_REVIEWS, row: LEO_3, column: ACTION_COLUMN, from: actionText, to: `${AWKWARD_ACTION} ${actionText}` },
  ]);
  await recordReport(door, undefined, "2021-11-01");
  // A record whose first chunk ends inside an emoji, and one of text a file could trim.
  const records = await door.readStore();
  await door.writeStore([...records, { kind: "probe", id: "emoji at the chunk edge", json: `${"x".repeat(STORE_CHUNK - 1)}😀 after` }, { kind: "probe", id: "007", json: "  2021-07-13\t_x005F_ " }]);
  return door.save();
}

async function open(bytes: Uint8Array, label: string): Promise<XlsxDoor> {
  return XlsxDoor.open(bytes, label);
}

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
}

function sheetState(xml: string, name: string): string {
  const tag = [...xml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`));
  if (!tag) throw new Error(`The workbook has no sheet "${name}".`);
  return /state="([^"]+)"/.exec(tag)?.[1] ?? "visible";
}

beforeAll(async () => {
  requirePrograms(["soffice"]);
  dir = freshDir("rag-lo-roundtrip-");
  original = await recordedWorkbook();
  const streaming = await StreamingXlsxDoor.open(original, "recorded.xlsx");
  await streaming.writeStore(await streaming.readStore());
  streamingOriginal = await streaming.save();
  const inputs = [writeFile(dir, "recorded.xlsx", original), writeFile(dir, "recorded-streaming.xlsx", streamingOriginal)];
  const start = performance.now();
  const [output, streamingOutput] = convertWithLibreOffice(inputs, "xlsx:Calc MS Excel 2007 XML", join(dir, "resaved"));
  libreOfficeMs = performance.now() - start;
  resaved = new Uint8Array(readFileSync(output!));
  streamingResaved = new Uint8Array(readFileSync(streamingOutput!));
}, 180_000);

afterAll(() => {
  if (dir) removeDir(dir);
  console.info(`LibreOffice re-save: ${Math.round(libreOfficeMs)} ms`);
});

describe("a workbook re-saved by LibreOffice Calc", () => {
  it("keeps every stored record exactly: long chunks, dates and numbers as text, escapes, emoji and edge spaces", async () => {
    const before = await (await open(original, "recorded.xlsx")).readStore();
    const after = await (await open(resaved, "resaved.xlsx")).readStore();
    expect(before.map((r) => r.kind)).toEqual(["settings", "snapshot", "snapshot", "probe", "probe"]);
    expect(before.some((r) => r.json.length > 2 * STORE_CHUNK)).toBe(true);
    expect(after).toEqual(before);
  });

  it("gives back both snapshots unchanged and trusted, so the changes between them are the same", async () => {
    const before = await loadHistory(await open(original, "recorded.xlsx"));
    const after = await loadHistory(await open(resaved, "resaved.xlsx"));
    expect(after.problems).toEqual([]);
    expect(after.snapshots.map((s) => s.date)).toEqual(["2021-07-13", "2021-11-01"]);
    expect(after.snapshots).toEqual(before.snapshots);
    expect(after.snapshots[1]!.actions.some((a) => a.title.startsWith(AWKWARD_ACTION))).toBe(true);
    const changes = await changesBetween(await open(resaved, "resaved.xlsx"), "2021-07-13", "2021-11-01");
    expect(changes).toEqual(await changesBetween(await open(original, "recorded.xlsx"), "2021-07-13", "2021-11-01"));
    expect(changes.sentence).toMatch(/^Between 13 July 2021 and 1 November 2021: 1 action moved to blue;/);
  });

  it("keeps the settings", async () => {
    expect(await (await open(resaved, "resaved.xlsx")).readSettings()).toEqual(SETTINGS);
  });

  it("reports a stored report that lost text, in one sentence, and still reads the other", async () => {
    // What a cell cut short on the way would do: the second report's middle chunk loses its end.
    const zip = await JSZip.loadAsync(resaved);
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    const chunk = [...strings.matchAll(/<t(?: [^>]*)?>([^<]{30000,})<\/t>/g)].map((m) => m[1]!).find((t) => t.startsWith('{"version"') === false && !t.startsWith("x"));
    expect(chunk).toBeDefined();
    // Cut between characters, not inside an XML entity such as &quot;, which would leave no workbook at all.
    const amp = chunk!.lastIndexOf("&", 20000);
    const cut = amp >= 0 && chunk!.indexOf(";", amp) >= 20000 ? amp : 20000;
    zip.file("xl/sharedStrings.xml", strings.replace(chunk!, chunk!.slice(0, cut)));
    const damaged = await loadHistory(await open(await zip.generateAsync({ type: "uint8array" }), "damaged.xlsx"));
    expect(damaged.snapshots).toHaveLength(1);
    expect(damaged.problems).toHaveLength(1);
    const lost = ["13 July 2021", "1 November 2021"].find((d) => !damaged.snapshots.some((s) => formatLongDate(s.date) === d));
    expect(damaged.problems[0]).toMatch(new RegExp(`^The report recorded for ${lost} (is damaged|is not in the form RAG Tracker stores|was changed outside RAG Tracker)[^.]*\\.$`));
  });

  it("shows RAG Tracker's data sheet as hidden (it has no very hidden), and our next save hides it and our names from the user again", async () => {
    expect(sheetState(await workbookXml(original), STORE_SHEET_NAME)).toBe("veryHidden");
    expect(["hidden", "veryHidden"]).toContain(sheetState(await workbookXml(resaved), STORE_SHEET_NAME));
    const door = await open(resaved, "resaved.xlsx");
    await generateSummary(door);
    const saved = await workbookXml(await door.save());
    expect(sheetState(saved, STORE_SHEET_NAME)).toBe("veryHidden");
    // LibreOffice lists our markers in Name Manager (hidden="false"); our save hides them again.
    const markers = [...saved.matchAll(/<definedName\b[^>]*name="RAGTracker_[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(markers.length).toBeGreaterThanOrEqual(2);
    for (const marker of markers) expect(marker).toContain('hidden="1"');
  });

  it("keeps the generated sheets' markers, so a second summary and pack replace our sheets rather than add copies", async () => {
    const door = await open(resaved, "resaved.xlsx");
    const sheetsBefore = (await door.read()).sheets.map((s) => s.name);
    const generated = (await door.read()).sheets.filter((s) => s.generatedKey).map((s) => [s.generatedKey, s.name]);
    expect(generated).toEqual([
      ["summary", "RAG Summary"],
      ["stale", "Stale Actions"],
    ]);
    const { sheets } = await generateSummary(door);
    expect(sheets.map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);
    const pack = await generateCommitteePack(door, undefined, "2021-11-01");
    expect(pack.sheets.map((s) => s.name)).toEqual(["Committee Pack", "RAG History"]);
    const again = await generateCommitteePack(door, undefined, "2021-11-01");
    expect(again.sheets.map((s) => s.name)).toEqual(["Committee Pack", "RAG History"]);
    const names = (await (await open(await door.save(), "after.xlsx")).read()).sheets.map((s) => s.name);
    expect(names).toEqual([...sheetsBefore, "Committee Pack", "RAG History"]);
    expect(names.some((n) => /\(\d+\)$/.test(n))).toBe(false);
  });
});

describe("the store as the command line's streaming door writes it, re-saved by LibreOffice Calc", () => {
  it("holds the same records as the ExcelJS door wrote, before and after the re-save, read by either door", async () => {
    const written = await (await open(original, "recorded.xlsx")).readStore();
    expect(await (await StreamingXlsxDoor.open(streamingOriginal, "streaming.xlsx")).readStore()).toEqual(written);
    expect(await (await open(streamingOriginal, "streaming.xlsx")).readStore()).toEqual(written);
    expect(await (await StreamingXlsxDoor.open(streamingResaved, "resaved.xlsx")).readStore()).toEqual(written);
    expect(await (await open(streamingResaved, "resaved.xlsx")).readStore()).toEqual(written);
  });

  it("hides its data sheet and names again on the next save, and replaces its own sheets", async () => {
    const door = await StreamingXlsxDoor.open(resaved, "resaved.xlsx");
    const sheetsBefore = (await door.read()).sheets.map((s) => s.name);
    expect((await generateSummary(door)).sheets.map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);
    const saved = await door.save();
    const xml = await workbookXml(saved);
    expect(sheetState(xml, STORE_SHEET_NAME)).toBe("veryHidden");
    const markers = [...xml.matchAll(/<definedName\b[^>]*name="RAGTracker_[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(markers.length).toBeGreaterThanOrEqual(2);
    for (const marker of markers) expect(marker).toContain('hidden="1"');
    expect((await (await StreamingXlsxDoor.open(saved, "after.xlsx")).read()).sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(await (await StreamingXlsxDoor.open(saved, "after.xlsx")).readStore()).toEqual(await (await open(original, "recorded.xlsx")).readStore());
  });
});
