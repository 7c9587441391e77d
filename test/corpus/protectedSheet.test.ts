/**
 * A tracker sheet protected against edits (Review > Protect Sheet): both doors read it and
 * write the generated sheets, but refuse highlights and rating fixes on it in one sentence,
 * before anything is written, as Excel itself would refuse them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { buildCorpus } from "../../scripts/corpus/corpus";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { clearFormats, colourRatings, fixRatings, generateSummary, highlightRatingProblems, highlightStaleRows } from "../../src/door/operations";
import { differences, fingerprintWorkbook } from "../helpers/xlsxFingerprint";
import { fingerprintFake } from "../helpers/fakeExcelFingerprint";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";

const ADD_REFUSED = 'No highlights were added because sheet "Plan" is protected against edits; unprotect it in Excel (Review > Unprotect Sheet) and try again.';
const REMOVE_REFUSED = 'No highlights were removed because sheet "Plan" is protected against edits; unprotect it in Excel (Review > Unprotect Sheet) and try again.';
// Fix ratings names the locked cells: a protected sheet's unlocked cells would take the fix.
const FIX_REFUSED = 'Nothing was changed because cell H5 of "Plan" is locked on a protected sheet; unlock it (Format Cells > Protection) or unprotect the sheet (Review > Unprotect Sheet) and try again.';

let protectedBytes: Uint8Array;

beforeAll(async () => {
  protectedBytes = (await buildCorpus()).find((e) => e.name === "protected-sheet")!.bytes;
});

async function rejection(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

/** The same workbook with the Plan sheet's protection switched on or off, rules and all. */
async function withProtection(bytes: Uint8Array, on: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Plan")!;
  if (on) await sheet.protect("secret", {});
  else sheet.unprotect();
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function ruleCount(bytes: Uint8Array): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const formats = (workbook.getWorksheet("Plan")!.model as unknown as { conditionalFormattings?: { rules: unknown[] }[] }).conditionalFormattings ?? [];
  return formats.reduce((n, f) => n + f.rules.length, 0);
}

describe("the file door and a protected tracker sheet", () => {
  it("reads it and writes the summary sheets beside it", async () => {
    const door = await XlsxDoor.open(protectedBytes, "plan.xlsx");
    const result = await generateSummary(door);
    expect(result.analysis.totals.total).toBe(6);
    expect(result.sheets.map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);
    const saved = await door.save();
    expect(differences(await fingerprintWorkbook(protectedBytes), await fingerprintWorkbook(saved, (n) => n === "RAG Summary" || n === "Stale Actions"))).toEqual([]);
  });

  it("refuses highlights and rating fixes in one sentence, and the saved file is unchanged", async () => {
    const door = await XlsxDoor.open(protectedBytes, "plan.xlsx");
    expect(await rejection(highlightRatingProblems(door))).toBe(ADD_REFUSED);
    expect(await rejection(highlightStaleRows(door))).toBe(ADD_REFUSED);
    expect(await rejection(colourRatings(door))).toBe(ADD_REFUSED);
    expect(await rejection(fixRatings(door))).toBe(FIX_REFUSED);
    const saved = await door.save();
    expect(differences(await fingerprintWorkbook(protectedBytes), await fingerprintWorkbook(saved))).toEqual([]);
    expect(await ruleCount(saved)).toBe(0);
  });

  it("refuses to remove its highlights once the sheet has been protected, and keeps them", async () => {
    const open = await XlsxDoor.open(await withProtection(protectedBytes, false), "plan.xlsx");
    await highlightRatingProblems(open);
    const highlighted = await withProtection(await open.save(), true);
    const rules = await ruleCount(highlighted);
    expect(rules).toBeGreaterThan(0);

    const door = await XlsxDoor.open(highlighted, "plan.xlsx");
    expect(await rejection(clearFormats(door, "rating-problems"))).toBe(REMOVE_REFUSED);
    // A tag with nothing on the protected sheet clears without complaint.
    expect(await clearFormats(door, "stale-rows")).toBe(0);
    expect(await ruleCount(await door.save())).toBe(rules);
  });
});

describe("the Excel door and a protected tracker sheet", () => {
  it("the stand-in refuses any write to a protected sheet, as Excel does", async () => {
    const excel = await fakeExcelFromXlsx(protectedBytes);
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("H7").values = [["Amber"]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.get("Plan").text(7, 8)).toBe("B");
  });

  it("reads it and writes the summary sheets beside it", async () => {
    const excel = await fakeExcelFromXlsx(protectedBytes);
    const before = fingerprintFake(excel);
    const result = await generateSummary(new ExcelDoor(excel));
    expect(result.analysis.totals.total).toBe(6);
    expect(differences(before, fingerprintFake(excel, (n) => n === "RAG Summary" || n === "Stale Actions"))).toEqual([]);
  });

  it("refuses highlights and rating fixes in one sentence before anything is written", async () => {
    const excel = await fakeExcelFromXlsx(protectedBytes);
    const before = fingerprintFake(excel);
    const door = new ExcelDoor(excel);
    expect(await rejection(highlightRatingProblems(door))).toBe(ADD_REFUSED);
    expect(await rejection(colourRatings(door))).toBe(ADD_REFUSED);
    expect(await rejection(fixRatings(door))).toBe(FIX_REFUSED);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    expect(differences(before, fingerprintFake(excel))).toEqual([]);
    expect(excel.conditionalFormats("Plan")).toEqual([]);
    expect(excel.dataValidations("Plan")).toEqual([]);
  });

  it("refuses to remove its highlights once the sheet has been protected, and keeps them", async () => {
    const excel = await fakeExcelFromXlsx(protectedBytes);
    const door = new ExcelDoor(excel);
    excel.get("Plan").protected = false;
    await highlightRatingProblems(door);
    const rules = excel.conditionalFormats("Plan").length;
    expect(rules).toBeGreaterThan(0);
    excel.get("Plan").protected = true;
    expect(await rejection(clearFormats(door, "rating-problems"))).toBe(REMOVE_REFUSED);
    expect(excel.conditionalFormats("Plan")).toHaveLength(rules);
  });
});
