/**
 * The file door and a tracker protected except for its rating column: Fix ratings writes the
 * unlocked cells and refuses, naming them, only where a target cell is locked (as the Excel door).
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { fixRatings } from "../../src/door/operations";

/** Leo's three actions rated "blue ", "Green" and "amber", on a protected sheet; `formulaRow`'s rating given by a formula. */
async function protectedPlan(unlockedRows: number[], formulaRow?: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Leo");
  sheet.addRow(["Review", "No", "Action", "Response", "RAG"]);
  ["blue ", "Green", "amber"].forEach((r, i) => sheet.addRow(["Leo", i + 1, `Action ${i + 1}`, "Started", r]));
  if (formulaRow !== undefined) sheet.getCell(formulaRow, 5).value = { formula: 'LOWER("Amber")', result: "amber" };
  for (const row of unlockedRows) sheet.getCell(row, 5).protection = { locked: false };
  await sheet.protect("", {});
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function ratingsAfter(bytes: Uint8Array): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Leo")!;
  return [2, 3, 4].map((r) => sheet.getCell(r, 5).value);
}

describe("Fix ratings in a file whose sheet is protected", () => {
  it("writes the unlocked rating cells", async () => {
    const door = await XlsxDoor.open(await protectedPlan([2, 3, 4]), "plan.xlsx");
    await fixRatings(door);
    expect(await ratingsAfter(await door.save())).toEqual(["Blue", "Green", "Amber"]);
  });

  it("refuses, naming the locked cells, and changes nothing", async () => {
    const door = await XlsxDoor.open(await protectedPlan([2]), "plan.xlsx");
    await expect(fixRatings(door)).rejects.toThrow('Nothing was changed because cell E4 of "Leo" is locked on a protected sheet; unlock it (Format Cells > Protection) or unprotect the sheet (Review > Unprotect Sheet) and try again.');
    expect(await ratingsAfter(await door.save())).toEqual(["blue ", "Green", "amber"]);
  });

  it("fixes the unlocked ratings beside a locked rating a formula gives, which it leaves as it is", async () => {
    const door = await XlsxDoor.open(await protectedPlan([2], 4), "plan.xlsx");
    const { edits } = await fixRatings(door);
    expect(edits.map((e) => e.row)).toEqual([2, 4]);
    expect(door.lastEditOutcome.notes).toEqual(['Row 4 of "Leo" was left as it is because a formula gives its rating; fix the rating in the cell the formula reads.']);
    expect(await ratingsAfter(await door.save())).toEqual(["Blue", "Green", { formula: 'LOWER("Amber")', result: "amber" }]);
  });
});
