/**
 * A macro or another add-in may keep a sheet of its own very hidden under a name RAG Tracker
 * gives a generated sheet ("RAG Summary"). No door reads such a sheet, but every door says its
 * name is taken, so the summary takes the next free name instead of stopping, and the note says
 * why without calling the sheet one the user could find.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { generateSummary } from "../../src/door/operations";
import type { SheetsDoor } from "../../src/door/RagDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { FakeExcel } from "../fakes/fakeExcel";
import { writtenSentence } from "../../src/taskpane/messages";

const PLAN = [
  ["No", "Action", "RAG"],
  [1, "Share the learning", "Green"],
  [2, "Audit", "Red"],
];

async function macroWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Plan").addRows(PLAN);
  wb.addWorksheet("RAG Summary", { state: "veryHidden" }).addRow(["The macro's own"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Runs the summary through a door and gives what it wrote and, from the workbook after, the macro sheet's A1. */
type Run = () => Promise<{ door: SheetsDoor; macroCell: () => Promise<unknown> }>;

const doors: [string, Run][] = [
  [
    "the Office.js door",
    async () => {
      const excel = new FakeExcel();
      excel.sheet("Plan", PLAN);
      excel.sheet("RAG Summary", [["The macro's own"]]).visibility = "VeryHidden";
      return { door: new ExcelDoor(excel), macroCell: async () => excel.get("RAG Summary").text(1, 1) };
    },
  ],
  [
    "the workbench's file door",
    async () => {
      const door = await XlsxDoor.open(await macroWorkbook(), "plan.xlsx");
      return { door, macroCell: async () => (await readBack(await door.save())).getWorksheet("RAG Summary")!.getCell(1, 1).value };
    },
  ],
  [
    "the command line's streaming file door",
    async () => {
      const door = await StreamingXlsxDoor.open(await macroWorkbook(), "plan.xlsx");
      return { door, macroCell: async () => (await readBack(await door.save())).getWorksheet("RAG Summary")!.getCell(1, 1).value };
    },
  ],
];

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe.each(doors)("a very hidden sheet named like a generated one, through %s", (_name, open) => {
  it("is not read, but its name is taken: the summary is written as RAG Summary (2), the sheet left as it was, and the note says why", async () => {
    const { door, macroCell } = await open();
    const snapshot = await door.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Plan"]);
    expect(snapshot.otherSheets).toEqual([{ name: "RAG Summary", veryHidden: true }]);
    const result = await generateSummary(door);
    expect(result.sheets).toEqual([
      { key: "summary", name: "RAG Summary (2)", besideOwn: "RAG Summary", besideOwnUnseen: true },
      { key: "stale", name: "Stale Actions" },
    ]);
    expect(writtenSentence(result.sheets)).toBe(
      "Wrote “RAG Summary (2)” and “Stale Actions”. The workbook already has a sheet named “RAG Summary” that it keeps out of sight (very hidden, as a macro or another add-in may do), so the new one is “RAG Summary (2)”.",
    );
    expect(await macroCell()).toBe("The macro's own");
  });
});
