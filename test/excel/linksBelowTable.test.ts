/**
 * A title linked to a web page or a file (Insert > Link), alone below a blank row under the table: a note in every door.
 * The Excel door reads values alone, so after the first reading it is asked whether those few cells link anywhere
 * (getCellProperties with hyperlink, in the sync that asks the fills and formulas), and gives the committee the count the
 * file doors give; a workbook with no such cell costs no sync more.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { toJsonReport } from "../../src/core/jsonReport";
import { analyseRead } from "../../src/door/analyseRead";
import type { ReadingDoor } from "../../src/door/RagDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { FakeExcel } from "../fakes/fakeExcel";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";

const AS_OF = "2022-06-30";
const GUIDANCE = "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2";

/** ej-all.xlsx's "Peer Review" plan: seven actions on rows 2 to 8, then a blank row. */
const TABLE: CellValue[][] = [...PEER_REVIEW_SEVEN, []];
/** Row 10: the title linked to gov.uk; row 11: a real action with no rating yet. */
const BELOW: CellValue[][] = [
  [null, "Working Together 2018"],
  [null, "Audit of neglect cases"],
];

/** The plan in the Excel stand-in, B10 linked as `link` says (none: typed, not linked). */
function inExcel(link: { address?: string; documentReference?: string } | null, options: { apiVersion?: string } = {}): { excel: FakeExcel; door: ExcelDoor } {
  const excel = new FakeExcel(options);
  excel.sheet("Peer Review", [...TABLE, ...BELOW].map((row) => row.map((v) => (v === null ? null : (v as string | number)))));
  if (link) excel.workbook.sheets[0]!.ensure(10, 2).hyperlink = { ...link, textToDisplay: "Working Together 2018" };
  excel.resetSyncs();
  return { excel, door: new ExcelDoor(excel, { now: () => 0 }) };
}

/** The same plan as an .xlsx, B10 linked to gov.uk, read by the workbench's file door. */
async function asFile(): Promise<XlsxDoor> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Peer Review");
  [...TABLE, ...BELOW].forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as string | number)));
  ws.getCell("B10").value = { text: "Working Together 2018", hyperlink: GUIDANCE };
  return XlsxDoor.open(new Uint8Array(await wb.xlsx.writeBuffer()), "ej-all.xlsx");
}

const read = async (door: ReadingDoor) => analyseRead(door, await door.read(), { ...DEFAULT_SETTINGS, asOf: AS_OF }, AS_OF);
const unratedRows = (a: Awaited<ReturnType<typeof read>>) => a.actions.filter((x) => x.rating.kind === "unrated").map((x) => x.row);

describe("a title linked to a web page, alone below the table, in Excel", () => {
  it("is a note, as the file doors read it: 8 actions with 1 unrated, the same report to the letter", async () => {
    const { door } = inExcel({ address: GUIDANCE });
    const fromExcel = await read(door);
    expect(fromExcel.totals.total).toBe(8);
    expect(unratedRows(fromExcel)).toEqual([11]);
    expect(fromExcel.findings.find((f) => f.code === "note-below-table")?.message).toBe(
      'Row 10 in the table ("Working Together 2018") has nothing in the number and rating columns and reads as a note, so it is not counted as an action; if it is an action, give it a number or a rating.',
    );
    expect(toJsonReport(fromExcel)).toEqual(toJsonReport(await read(await asFile())));
  });

  it("is asked in the sync that asks the fills of the blank rating cells: no sync more than before", async () => {
    const { excel, door } = inExcel({ address: GUIDANCE });
    await read(door);
    // The shape with the settings, the cells, the fills with the links.
    expect(excel.syncs).toHaveLength(3);
    const second = excel.syncs[2]!;
    expect(second.ok).toBe(true);
    expect(second.responseBytes).toBeLessThan(4_000);
  });

  it("linked to a place in the workbook, or not linked, stays an action with no rating, as in the file doors", async () => {
    for (const link of [{ documentReference: "'Notes'!A1" }, null]) {
      const a = await read(inExcel(link).door);
      expect(a.totals.total).toBe(9);
      expect(unratedRows(a)).toEqual([10, 11]);
    }
  });

  it("on a host before ExcelApi 1.9, which cannot say, stays an action as first read, with nothing more asked and no word", async () => {
    const { excel, door } = inExcel({ address: GUIDANCE }, { apiVersion: "1.8" });
    const a = await read(door);
    expect(a.totals.total).toBe(9);
    expect(unratedRows(a)).toEqual([10, 11]);
    expect(a.findings.filter((f) => /link/i.test(f.message))).toEqual([]);
    // The same syncs, to the byte, as the same plan with the title typed: the fills cell by cell, and no link asked.
    const { excel: typed, door: typedDoor } = inExcel(null, { apiVersion: "1.8" });
    await read(typedDoor);
    expect(excel.syncs).toEqual(typed.syncs);
  });
});

describe("a task in Title Case linked to its document, alone below the table", () => {
  const TASK = "Review The Escalation Policy";
  const POLICY = "https://thurrock.sharepoint.com/sites/LSCP/Shared%20Documents/Escalation%20Policy.docx";

  it("is an action with no rating in Excel, the workbench and the command line alike: 9 actions, the same report to the letter", async () => {
    const excel = new FakeExcel();
    excel.sheet("Peer Review", [...TABLE, [null, TASK], BELOW[1]!].map((row) => row.map((v) => (v === null ? null : (v as string | number)))));
    excel.workbook.sheets[0]!.ensure(10, 2).hyperlink = { address: POLICY, textToDisplay: TASK };
    const fromExcel = await read(new ExcelDoor(excel, { now: () => 0 }));
    expect(fromExcel.totals.total).toBe(9);
    expect(unratedRows(fromExcel)).toEqual([10, 11]);
    expect(fromExcel.findings.filter((f) => f.code === "note-below-table")).toEqual([]);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Peer Review");
    [...TABLE, [null, TASK], BELOW[1]!].forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as string | number)));
    ws.getCell("B10").value = { text: TASK, hyperlink: POLICY };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const fromFile = toJsonReport(await read(await XlsxDoor.open(bytes, "peer-review.xlsx")));
    expect(toJsonReport(fromExcel)).toEqual(fromFile);
    expect(toJsonReport(await read(await StreamingXlsxDoor.open(bytes, "peer-review.xlsx")))).toEqual(fromFile);
  });
});

describe("what asking for the links costs", () => {
  it("a plan with nothing alone below a blank row: no sync more", async () => {
    const excel = new FakeExcel();
    excel.sheet("Peer Review", TABLE.map((row) => row.map((v) => v as string | number)));
    excel.resetSyncs();
    const a = await read(new ExcelDoor(excel, { now: () => 0 }));
    expect(a.totals.total).toBe(7);
    // The shape with the settings, and the cells: nothing asked after.
    expect(excel.syncs).toHaveLength(2);
  });
});
