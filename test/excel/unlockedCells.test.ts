/**
 * A tracker protected except for its rating column (review finding 10): Fix ratings writes the
 * unlocked rating cells, and refuses the whole change, naming the cells, only where a target
 * cell is locked. Highlights on a protected sheet stay refused.
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { colourRatings, fixRatings } from "../../src/door/operations";
import { FakeExcel } from "../fakes/fakeExcel";
import { dumpWorkbook } from "./helpers";

function leo(excel: FakeExcel, ratings: string[]) {
  const sheet = excel.sheet("Leo", [["Review", "No", "Action", "Response", "RAG"], ...ratings.map((r, i) => ["Leo", i + 1, `Action ${i + 1}`, "Started", r])]);
  sheet.protected = true;
  return sheet;
}

describe("Fix ratings on a protected sheet", () => {
  it("writes the ratings when the rating column is unlocked", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, ["blue ", "Green", "amber"]);
    sheet.unlocked.push({ top: 2, bottom: 1_048_576, left: 5, right: 5 });
    const { edits } = await fixRatings(new ExcelDoor(excel));
    expect(edits.map((e) => e.row)).toEqual([2, 4]);
    expect(sheet.text(2, 5)).toBe("Blue");
    expect(sheet.text(4, 5)).toBe("Amber");
  });

  it("refuses in one sentence naming the locked cells, and changes nothing", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, ["blue ", "Green", "amber", "red"]);
    // Only row 2's rating is unlocked.
    sheet.unlocked.push({ top: 2, bottom: 2, left: 5, right: 5 });
    const before = dumpWorkbook(excel);
    await expect(fixRatings(new ExcelDoor(excel))).rejects.toThrow(
      'Nothing was changed because cells E4 and E5 of "Leo" are locked on a protected sheet; unlock them (Format Cells > Protection) or unprotect the sheet (Review > Unprotect Sheet) and try again.',
    );
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  it("fixes the unlocked ratings beside a locked rating a formula gives, which it leaves as it is", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, ["blue ", "Green", "amber"]);
    sheet.unlocked.push({ top: 2, bottom: 2, left: 5, right: 5 });
    // E4, locked, holds a rating its formula gives.
    Object.assign(sheet.ensure(4, 5), { formula: '=LOWER("Amber")', value: "amber" });
    const door = new ExcelDoor(excel);
    const { edits } = await fixRatings(door);
    expect(edits.map((e) => e.row)).toEqual([2, 4]);
    expect(sheet.text(2, 5)).toBe("Blue");
    expect(sheet.cell(4, 5)).toEqual({ formula: '=LOWER("Amber")', value: "amber" });
    expect(door.lastEditOutcome.notes).toEqual(['Row 4 of "Leo" was left as it is because a formula gives its rating; fix the rating in the cell the formula reads.']);
  });

  it("keeps refusing highlights on a protected sheet, unlocked cells or not", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, ["Blue", "Green"]);
    sheet.unlocked.push({ top: 2, bottom: 1_048_576, left: 5, right: 5 });
    await expect(colourRatings(new ExcelDoor(excel))).rejects.toThrow('No highlights were added because sheet "Leo" is protected against edits; unprotect it in Excel (Review > Unprotect Sheet) and try again.');
  });
});
