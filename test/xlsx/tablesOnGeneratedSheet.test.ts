/**
 * A table the team put on a generated sheet (a RAG Summary an earlier run wrote) is not removed
 * with it: both file doors refuse to write the sheet again, in one sentence naming the sheet and the
 * table, and change nothing, so a formula elsewhere using the table (Notes!A2 = SUM(MyTab[Count]))
 * still works. Before, the sheet was replaced, the table went, and LibreOffice showed Err:508.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generateSummary } from "../../src/door/operations";
import type { SheetsDoor } from "../../src/door/RagDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { WorkbookFileError } from "../../src/xlsx/WorkbookFileError";
import { PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { bytesOf } from "./helpers";

const REFUSED =
  '"RAG Summary" holds the table "MyTab", which RAG Tracker did not put there and would remove with the sheet when it writes it again, breaking any formula that uses it, so nothing was written; move the table to another sheet, or rename "RAG Summary" to keep it as it is, and run it again.';

/** The peer review's first six recommendations summarised once, then a table of the team's own put beside the summary, and used on Notes. */
async function summaryWithTable(renameTo?: string, table: { ref: string; columns: string[] } = { ref: "J1", columns: ["Mine", "Count"] }): Promise<Uint8Array> {
  const plan = await bytesOf((wb) => {
    wb.addWorksheet("Peer Review").addRows([["Category", "Rec No", "Recommendation", "RAG"], ...PEER_REVIEW_ROWS.slice(0, 6)]);
    wb.addWorksheet("Notes").getCell("A1").value = "Our notes";
  });
  const first = await XlsxDoor.open(plan, "plan.xlsx");
  await generateSummary(first);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await first.save()) as unknown as ArrayBuffer);
  const summary = workbook.getWorksheet("RAG Summary")!;
  summary.addTable({ name: "MyTab", ref: table.ref, headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true }, columns: table.columns.map((name) => ({ name })), rows: [["a", 2], ["b", 3]] });
  workbook.getWorksheet("Notes")!.getCell("A2").value = { formula: "SUM(MyTab[Count])", result: 5 };
  if (renameTo !== undefined) summary.name = renameTo;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheet renamed as Excel renames it: its name, and the defined names that point at it (RAG Tracker's marker among them). */
async function renamedAsExcelDoes(bytes: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", xml.replaceAll(`name="${from}"`, `name="${to}"`).replaceAll(`&apos;${from}&apos;!`, `&apos;${to}&apos;!`).replaceAll(`'${from}'!`, `'${to}'!`));
  return zip.generateAsync({ type: "uint8array" });
}

/** Each sheet's table names in a saved package, by the sheet's part. */
async function tableNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const tables = Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  return Promise.all(tables.map(async (p) => /displayName="([^"]*)"/.exec(await zip.file(p)!.async("string"))?.[1] ?? ""));
}

const DOORS: [string, (bytes: Uint8Array) => Promise<SheetsDoor & { save(): Promise<Uint8Array> }>][] = [
  ["the workbench's door", (bytes) => XlsxDoor.open(bytes, "plan.xlsx")],
  ["the command line's door", (bytes) => StreamingXlsxDoor.open(bytes, "plan.xlsx")],
];

describe.each(DOORS)("a table of the team's own on a generated sheet, through %s", (_, open) => {
  it("stops the summary in one sentence naming the sheet and the table, and leaves the table", async () => {
    const door = await open(await summaryWithTable());
    const refusal = await generateSummary(door).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(WorkbookFileError);
    expect((refusal as Error).message).toBe(REFUSED);
    const saved = await door.save();
    expect(await tableNames(saved)).toEqual(["MyTab"]);
    const zip = await JSZip.loadAsync(saved);
    const sheets = [...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(["Peer Review", "Notes", "RAG Summary", "Stale Actions"]);
  });

  it("is kept with its sheet once the sheet is renamed, and the new summary is written beside it", async () => {
    const door = await open(await summaryWithTable("RAG Summary Jul 26"));
    const result = await generateSummary(door);
    expect(result.sheets.map((s) => s.name)).toContain("RAG Summary");
    expect(await tableNames(await door.save())).toEqual(["MyTab"]);
  });

  it("follows the refusal's advice to the end where the table's header is on row 1, beside the sheet's note: refused, renamed, run again, written, and again", async () => {
    // "Item | Count" beside the summary's note names no action, so it is no pasted plan: the refusal is the table's own.
    const onRowOne = { ref: "P1", columns: ["Item", "Count"] };
    const refused = await summaryWithTable(undefined, onRowOne);
    await expect(generateSummary(await open(refused))).rejects.toThrow('"RAG Summary" holds the table "MyTab", which RAG Tracker did not put there');
    await expect(generateSummary(await open(refused))).rejects.not.toThrow(/table of actions/);
    const renamed = await open(await renamedAsExcelDoes(refused, "RAG Summary", "My Summary"));
    const result = await generateSummary(renamed);
    expect(result.sheets.map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);
    const saved = await renamed.save();
    expect(await tableNames(saved)).toEqual(["MyTab"]);
    const zip = await JSZip.loadAsync(saved);
    expect([...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1])).toContain("My Summary");
    const again = await open(saved);
    expect((await generateSummary(again)).sheets.map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);
    expect(await tableNames(await again.save())).toEqual(["MyTab"]);
  });
});
