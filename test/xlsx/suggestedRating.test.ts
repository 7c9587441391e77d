/**
 * "Use Amber" in the workbench: the suggested rating is written into the in-page workbook as Fix
 * ratings writes one, so the saved cell keeps its own style and the team's drop-down list; a cell
 * changed since Check ratings is refused in one sentence.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { applySuggestedRating, highlightRatingProblems } from "../../src/door/operations";
import { suggestedRating } from "../../src/core/suggestedRating";
import type { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { bytesOf, openDoor } from "./helpers";

const listsOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;

/** Rows of the delivery plan 2019-20, with the rating typed as Yellow on 5.1. */
function deliveryPlan(): Promise<Uint8Array> {
  return bytesOf((wb) => {
    const sheet = wb.addWorksheet("Delivery Plan 2019-20");
    sheet.addRows([
      ["No", "Action", "Lead", "RAG"],
      ["5.1", "Review the LSCP's arrangements for the voice of the child", "Business Manager", "Yellow"],
      ["5.2", "Develop a communications strategy", "Business Manager", "Green"],
    ]);
    sheet.getCell("D2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
    sheet.getCell("D2").font = { bold: true };
    (sheet as unknown as { dataValidations: { add: (ref: string, v: ExcelJS.DataValidation) => void } }).dataValidations.add("D2:D3", {
      type: "list",
      allowBlank: true,
      formulae: ['"Blue,Green,Amber,Red"'],
      errorTitle: "Team list",
    });
  });
}

async function checked(door: XlsxDoor) {
  const { analysis } = await highlightRatingProblems(door);
  return suggestedRating(analysis, analysis.findings.find((f) => f.code === "rating-invalid")!)!;
}

async function savedSheet(door: XlsxDoor): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await door.save()) as unknown as ArrayBuffer);
  return workbook.getWorksheet("Delivery Plan 2019-20")!;
}

describe("using a suggested rating in the workbench", () => {
  it("writes the rating alone: the cell keeps its fill and font, and the team's drop-down list stays", async () => {
    const door = await openDoor(await deliveryPlan());
    const suggestion = await checked(door);
    expect(suggestion.edit).toEqual({ sheet: "Delivery Plan 2019-20", row: 2, column: 4, from: "Yellow", to: "Amber" });
    await applySuggestedRating(door, suggestion.edit);
    const sheet = await savedSheet(door);
    expect(sheet.getCell("D2").value).toBe("Amber");
    expect(sheet.getCell("D2").fill).toMatchObject({ fgColor: { argb: "FFFFC000" } });
    expect(sheet.getCell("D2").font).toMatchObject({ bold: true });
    expect(Object.values(listsOf(sheet)).filter((v) => v?.errorTitle === "Team list").length).toBeGreaterThan(0);
  });

  it("refuses, in one sentence, a cell changed since Check ratings", async () => {
    const door = await openDoor(await deliveryPlan());
    const suggestion = await checked(door);
    // Fix ratings or another use of the suggestion changed the cell since.
    await door.applyEdits([{ ...suggestion.edit, to: "Red" }]);
    await expect(applySuggestedRating(door, suggestion.edit)).rejects.toThrow('Nothing was changed because row 2 of "Delivery Plan 2019-20" now holds "Red" where "Yellow" was read; check again and retry.');
  });
});
