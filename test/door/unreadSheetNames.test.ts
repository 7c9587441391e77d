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

/** RAG Tracker's own summary, made very hidden after it was written: each door's second summary, and the workbook's sheets after it. */
const ownHidden: [string, () => Promise<{ second: Awaited<ReturnType<typeof generateSummary>>; sheets: string[] }>][] = [
  [
    "the Office.js door",
    async () => {
      const excel = new FakeExcel();
      excel.sheet("Plan", PLAN);
      await generateSummary(new ExcelDoor(excel));
      excel.get("RAG Summary").visibility = "VeryHidden";
      const second = await generateSummary(new ExcelDoor(excel));
      return { second, sheets: excel.workbook.sheets.map((s) => s.name) };
    },
  ],
  ...(
    [
      ["the workbench's file door", (bytes: Uint8Array) => XlsxDoor.open(bytes, "plan.xlsx")],
      ["the command line's streaming file door", (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "plan.xlsx")],
    ] as const
  ).map(([name, open]): (typeof ownHidden)[number] => [
    name,
    async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Plan").addRows(PLAN);
      const first = await open(new Uint8Array(await wb.xlsx.writeBuffer()));
      await generateSummary(first);
      const hidden = await readBack(await first.save());
      hidden.getWorksheet("RAG Summary")!.state = "veryHidden";
      const door = await open(new Uint8Array(await hidden.xlsx.writeBuffer()));
      const second = await generateSummary(door);
      return { second, sheets: (await readBack(await door.save())).worksheets.map((s) => s.name) };
    },
  ]),
];

describe.each(ownHidden)("RAG Tracker's own summary made very hidden, through %s", (_name, run) => {
  it("is its own still: replaced in place, with no sheet kept beside it", async () => {
    const { second, sheets } = await run();
    expect(second.sheets).toEqual([
      { key: "summary", name: "RAG Summary" },
      { key: "stale", name: "Stale Actions" },
    ]);
    expect(sheets.filter((n) => n.startsWith("RAG Summary"))).toEqual(["RAG Summary"]);
  });
});
