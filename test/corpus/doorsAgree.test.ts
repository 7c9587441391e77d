/**
 * The same workbook gives the same report through every door: the command line's streaming file
 * door, the workbench's file door and the Excel door (the add-in) read every corpus workbook and
 * the sample into the same trackers, counts, findings, stale and overdue lists, to the letter.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../scripts/corpus/corpus";
import { analyseRead } from "../../src/door/analyseRead";
import type { ReadingDoor } from "../../src/door/RagDoor";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { toJsonReport } from "../../src/core/jsonReport";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";
import { AS_OF, EXPECTED, FILE_DOOR_ONLY } from "./expectations";

const workbooks = new Map<string, Uint8Array>();

const LINKS_BELOW = "links-below-table";
const WORKING_TOGETHER = "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2";

/**
 * The seven peer review actions, a blank row, then below it what a team leaves there: a guidance title linked to its
 * page, a bare web address, a "See also" remark, and a real action linked to its document. Excel's door reads no links
 * and asks for them (linkQuestions.ts); the file doors read them with the cells.
 */
async function linksBelowTable(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Peer Review");
  for (const row of [...PEER_REVIEW_SEVEN, []]) sheet.addRow(row);
  sheet.getCell("B10").value = { text: "Working Together 2018", hyperlink: WORKING_TOGETHER };
  sheet.getCell("B11").value = "https://www.proceduresonline.com/thurrock/";
  sheet.getCell("B12").value = "See also: the LSCP's neglect strategy";
  sheet.getCell("B13").value = { text: "Audit of neglect cases", hyperlink: "https://lscp.example.org/audits/neglect-audit-2022.docx" };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  for (const entry of await buildCorpus()) if (EXPECTED[entry.name]?.kind === "tracker") workbooks.set(entry.name, entry.bytes);
  workbooks.set("sample", sampleBytes());
  workbooks.set(LINKS_BELOW, await linksBelowTable());
});

/** What the door reads, blank rating cells' fills included, as the engine reports it. */
async function report(door: ReadingDoor) {
  return toJsonReport(await analyseRead(door, await door.read(), { ...DEFAULT_SETTINGS, asOf: AS_OF }, AS_OF));
}

const NOTES_SAID =
  'Rows 10 to 12 in the table ("Working Together 2018", "https://www.proceduresonline.…", "See also: the LSCP\'s neglect…") have nothing in the number and rating columns and read as notes, so they are not counted as actions; if one is an action, give it a number or a rating.';

const names = [...Object.keys(EXPECTED).filter((n) => EXPECTED[n]!.kind === "tracker" && !FILE_DOOR_ONLY.has(n)), "sample", LINKS_BELOW];

describe.each(names)("the doors agree: %s", (name) => {
  it("the file doors and the Excel door give the same report", async () => {
    const bytes = workbooks.get(name)!;
    const fromFile = await report(await XlsxDoor.open(bytes, `${name}.xlsx`));
    const fromStream = await report(await StreamingXlsxDoor.open(bytes, `${name}.xlsx`));
    const fromExcel = await report(new ExcelDoor(await fakeExcelFromXlsx(bytes)));
    expect(fromStream).toEqual(fromFile);
    expect(fromExcel).toEqual(fromFile);
  }, 60_000);
});

describe("the doors agree on the links below the table", () => {
  it("every door counts the seven actions and the linked action below them, and says the title, the address and the remark are notes", async () => {
    const bytes = workbooks.get(LINKS_BELOW)!;
    for (const door of [await XlsxDoor.open(bytes, `${LINKS_BELOW}.xlsx`), await StreamingXlsxDoor.open(bytes, `${LINKS_BELOW}.xlsx`), new ExcelDoor(await fakeExcelFromXlsx(bytes))]) {
      const analysis = await analyseRead(door, await door.read(), { ...DEFAULT_SETTINGS, asOf: AS_OF }, AS_OF);
      expect(analysis.totals.total).toBe(8);
      expect(analysis.actions.filter((a) => a.rating.kind === "unrated").map((a) => a.row)).toEqual([13]);
      expect(analysis.findings.filter((f) => f.code === "note-below-table").map((f) => f.message)).toEqual([NOTES_SAID]);
    }
  }, 60_000);
});

// Excel calculates formulas on opening, so these are checked between the two file doors only.
describe.each([...FILE_DOOR_ONLY])("the file doors agree: %s", (name) => {
  it("the streaming door gives the workbench's report", async () => {
    const bytes = workbooks.get(name)!;
    expect(await report(await StreamingXlsxDoor.open(bytes, `${name}.xlsx`))).toEqual(await report(await XlsxDoor.open(bytes, `${name}.xlsx`)));
  });
});
