/**
 * "Use Amber" through the Excel door: the suggested rating is written as Fix ratings writes one,
 * value only, so the cell keeps its own fill, font and number format and the team's drop-down list;
 * a cell changed since Check ratings is refused in one sentence, and nothing is written.
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { applySuggestedRating, highlightRatingProblems } from "../../src/door/operations";
import { suggestedRating } from "../../src/core/suggestedRating";
import { FakeExcel } from "../fakes/fakeExcel";

function leo(excel: FakeExcel, ratings: string[]) {
  return excel.sheet("Leo", [
    ["Review", "No", "Action", "Response", "RAG"],
    ...ratings.map((r, i) => ["Leo", i + 1, `Action ${i + 1}`, "Started", r]),
  ]);
}

const LIST = {
  range: { top: 2, bottom: 4, left: 5, right: 5 },
  type: "List" as const,
  source: "Blue,Green,Amber,Red",
  inCellDropDown: true,
  errorAlert: { showAlert: false, style: "Stop", title: "", message: "" },
  ignoreBlanks: true,
};

async function checked(door: ExcelDoor) {
  const { analysis } = await highlightRatingProblems(door);
  const finding = analysis.findings.find((f) => f.code === "rating-invalid")!;
  return suggestedRating(analysis, finding)!;
}

describe("using a suggested rating in Excel", () => {
  it("writes the rating alone: the cell's look, number format and the team's drop-down list stay", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, ["Green", "Yellow", "Blue"]);
    Object.assign(sheet.ensure(3, 5), { look: { fill: "#FFC000", bold: true }, numberFormat: "@" });
    excel.validationsOf(sheet).push(structuredClone(LIST));
    const door = new ExcelDoor(excel);

    const suggestion = await checked(door);
    expect(suggestion).toEqual({ edit: { sheet: "Leo", row: 3, column: 5, from: "Yellow", to: "Amber" }, name: "Amber" });
    expect(await applySuggestedRating(door, suggestion.edit)).toBe(1);
    expect(sheet.cell(3, 5)).toEqual({ value: "Amber", look: { fill: "#FFC000", bold: true }, numberFormat: "@" });
    expect(excel.validationsOf(sheet)).toEqual([LIST]);
    expect([2, 4].map((row) => sheet.text(row, 5))).toEqual(["Green", "Blue"]);
  });

  it("refuses, in one sentence, a cell changed since Check ratings, and writes nothing", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, ["Green", "Yellow", "Blue"]);
    const door = new ExcelDoor(excel);
    const suggestion = await checked(door);
    // The manager types Red in the cell meanwhile.
    sheet.ensure(3, 5).value = "Red";
    await expect(applySuggestedRating(door, suggestion.edit)).rejects.toThrow('Nothing was changed because row 3 of "Leo" now holds "Red" where "Yellow" was read; check again and retry.');
    expect(sheet.text(3, 5)).toBe("Red");
  });
});
