/**
 * A workbook whose structure is protected (Review > Protect Workbook): no sheet can be added, so
 * both doors refuse the generated sheets and the store sheet in one sentence, before anything
 * is written; edits Excel allows still work, and saving keeps the protection (ExcelJS drops it).
 */
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { buildCorpus } from "../../scripts/corpus/corpus";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fixRatings, generateSummary } from "../../src/door/operations";
import { recordReport } from "../../src/door/historyOperations";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { fingerprintFake } from "../helpers/fakeExcelFingerprint";
import { differences } from "../helpers/xlsxFingerprint";

const NO_SHEETS = "No sheets were added because the workbook's structure is protected; unprotect it in Excel (Review > Protect Workbook) and try again.";
const NOT_SAVED = "Nothing was saved because the workbook's structure is protected; unprotect it in Excel (Review > Protect Workbook) and try again.";

const corpus = new Map<string, Uint8Array>();

beforeAll(async () => {
  for (const entry of await buildCorpus()) corpus.set(entry.name, entry.bytes);
});

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string")) ?? "";
}

async function refusal(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => "not refused",
    (e: unknown) => (e as Error).message,
  );
}

describe("the file door and a protected workbook structure", () => {
  it("refuses the summary sheets and the snapshot store, fixes ratings, and saves the protection back", async () => {
    const door = await XlsxDoor.open(corpus.get("protected-workbook")!, "plan.xlsx");
    expect(await refusal(generateSummary(door))).toBe(NO_SHEETS);
    expect(await refusal(recordReport(door, undefined, "2021-11-01"))).toBe(NOT_SAVED);
    expect((await fixRatings(door)).edits).toHaveLength(1);
    const xml = await workbookXml(await door.save());
    expect(xml).toMatch(/<workbookProtection lockStructure="1"\/><(bookViews|sheets)\b/);
    expect(xml.match(/<sheet\b[^>]*name="([^"]+)"/g)).toHaveLength(1);
  });

  it("a workbook without protection is saved without it", async () => {
    const door = await XlsxDoor.open(corpus.get("plain-range")!, "plan.xlsx");
    await generateSummary(door);
    expect(await workbookXml(await door.save())).not.toContain("workbookProtection");
  });
});

describe("the Excel door and a protected workbook structure", () => {
  it("refuses the summary sheets and the snapshot store before writing anything", async () => {
    const excel = await fakeExcelFromXlsx(corpus.get("protected-workbook")!);
    const before = fingerprintFake(excel);
    const door = new ExcelDoor(excel);
    expect(await refusal(generateSummary(door))).toBe(NO_SHEETS);
    expect(await refusal(recordReport(door, undefined, "2021-11-01"))).toBe(NOT_SAVED);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    expect(differences(before, fingerprintFake(excel))).toEqual([]);
  });

  it("on a host too old to say (ExcelApi 1.6), Excel's own refusal is one sentence and no half-built sheet is left", async () => {
    const excel = await fakeExcelFromXlsx(corpus.get("protected-workbook")!, { apiVersion: "1.6" });
    const message = await refusal(generateSummary(new ExcelDoor(excel)));
    expect(message).toBe("Excel refused the change because the workbook or sheet is protected; unprotect it and try again.");
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });
});
