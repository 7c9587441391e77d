import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { FormatPlan } from "../../src/core/formatPlan";
import { formatTagText } from "../../src/core/formatPlan";
import { analyseWorkbook } from "../../src/core/analyse";
import { ratingColourFormats } from "../../src/core/formats";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { bytesOf, openDoor, partText, reopen, sheetXml } from "./helpers";
import type { XlsxDoor } from "../../src/xlsx/XlsxDoor";

const USER_RULE = 'ISNUMBER(SEARCH("overdue",$C2))';

/** A tracker with the team's own conditional format on it and their own drop-down in the Lead column. */
async function trackerBytes(options: { userListOnRating?: boolean } = {}): Promise<Uint8Array> {
  return bytesOf((wb) => {
    const sheet = wb.addWorksheet("Plan");
    sheet.addRows([
      ["Rec No", "Recommendation", "Response", "Lead", "RAG"],
      [1, "Consider deputies on Strategic Group", "Deputies are now core members of Strategic Group.", "Strategic Group", "B"],
      [2, "Shared and agreed priorities across Partnerships", "Overdue: delayed pending the HWBB refresh.", "LSCP", "G"],
      [3, "Recruit community voice as lay member", "Role description published.", "LSCP", "Yellow"],
    ]);
    sheet.addConditionalFormatting({
      ref: "C2:C4",
      rules: [{ type: "expression", priority: 1, formulae: [USER_RULE], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFFF00" } } } }],
    });
    const lists = (sheet as unknown as { dataValidations: { add: (ref: string, v: ExcelJS.DataValidation) => void } }).dataValidations;
    lists.add("D2:D4", { type: "list", allowBlank: true, formulae: ['"LSCP,Strategic Group,Police"'] });
    if (options.userListOnRating) lists.add("E2:E4", { type: "list", allowBlank: true, formulae: ['"B,G,A,R"'], errorTitle: "Team list" });
    wb.addWorksheet("Notes").addRow(["Nothing to colour here"]);
  });
}

function colours(): FormatPlan {
  return {
    tag: "rating-colours",
    sheet: "Plan",
    rules: [
      { ranges: [{ top: 2, bottom: 204, left: 5, right: 5 }], formula: `=(OR(TRIM($E2)="Blue",TRIM($E2)="B"))+${formatTagText("rating-colours")}`, fill: "#0070C0", fontColour: "#FFFFFF", bold: true },
      { ranges: [{ top: 2, bottom: 204, left: 5, right: 5 }], formula: `=(OR(TRIM($E2)="Green",TRIM($E2)="G"))+${formatTagText("rating-colours")}`, fill: "#00B050", fontColour: "#000000" },
    ],
    validation: { range: { top: 2, bottom: 204, left: 5, right: 5 }, allowed: ["Blue", "Green", "Amber", "Red", "B", "G", "A", "R"], message: "Enter Blue, Green, Amber or Red (or B, G, A, R)." },
  };
}

function problems(): FormatPlan {
  return {
    tag: "rating-problems",
    sheet: "Plan",
    rules: [
      {
        ranges: [
          { top: 4, bottom: 4, left: 5, right: 5 },
          { top: 7, bottom: 8, left: 5, right: 5 },
        ],
        formula: `=TRUE+${formatTagText("rating-problems")}`,
        fill: "#FFC7CE",
        fontColour: "#9C0006",
        bold: true,
      },
    ],
  };
}

async function planSheet(door: XlsxDoor): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await door.save()) as unknown as ArrayBuffer);
  return workbook.getWorksheet("Plan")!;
}

type Rules = { ref: string; rules: { type: string; priority: number; formulae?: string[]; style?: Partial<ExcelJS.Style> }[] }[];
const rulesOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { conditionalFormattings: Rules }).conditionalFormattings;
const listsOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;

describe("XlsxDoor.applyFormats and clearFormats", () => {
  it("adds one expression rule per planned rule, ahead of the team's own (the last plan on top, as in Excel), with the formula as the file format writes it", async () => {
    const door = await openDoor(await trackerBytes());
    await door.applyFormats([colours(), problems()]);
    expect(door.lastFormatOutcome).toEqual({ rules: 3, lists: 1, notes: [] });
    const sheet = await planSheet(door);
    const rules = rulesOf(sheet).flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, priority: r.priority, formula: r.formulae?.[0] })));
    expect(rules.sort((a, b) => a.priority - b.priority)).toEqual([
      { ref: "E4 E7:E8", priority: 1, formula: 'TRUE+N("RAGTracker:rating-problems")' },
      { ref: "E2:E204", priority: 2, formula: '(OR(TRIM($E2)="Blue",TRIM($E2)="B"))+N("RAGTracker:rating-colours")' },
      { ref: "E2:E204", priority: 3, formula: '(OR(TRIM($E2)="Green",TRIM($E2)="G"))+N("RAGTracker:rating-colours")' },
      { ref: "C2:C4", priority: 4, formula: USER_RULE },
    ]);
    const blue = rulesOf(sheet).find((cf) => cf.rules[0]?.formulae?.[0]?.includes('"Blue"'))!.rules[0]!;
    expect(blue.style).toMatchObject({ fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF0070C0" } }, font: { bold: true, color: { argb: "FFFFFFFF" } } });
    const xml = await sheetXml(await door.save(), "Plan");
    expect(xml).toContain('<conditionalFormatting sqref="E4 E7:E8">');
    expect(xml).not.toContain("<formula>=");
  });

  it("adds the drop-down list of ratings as RAG Tracker's own, with a warning alert and a hidden name recording where it is", async () => {
    const door = await openDoor(await trackerBytes());
    await door.applyFormats([colours()]);
    const bytes = await door.save();
    const lists = listsOf(await planSheet(door));
    expect(lists.E2).toMatchObject({ type: "list", allowBlank: true, formulae: ['"Blue,Green,Amber,Red,B,G,A,R"'], showErrorMessage: true, errorStyle: "warning", errorTitle: "RAG Tracker", error: "Enter Blue, Green, Amber or Red (or B, G, A, R)." });
    expect(lists.E204).toMatchObject({ errorTitle: "RAG Tracker" });
    expect(lists.D2).toMatchObject({ formulae: ['"LSCP,Strategic Group,Police"'] });
    expect(await partText(bytes, "xl/workbook.xml")).toContain('<definedName hidden="1" name="RAGTracker_list_1">Plan!$E$2:$E$204</definedName>');
  });

  it("removes exactly its own rules and list, after a save and reopen, and never the team's own rule or list", async () => {
    const door = await openDoor(await trackerBytes());
    await door.applyFormats([colours(), problems()]);
    const next = await reopen(door);
    expect(await next.clearFormats("rating-colours")).toBe(3);
    let sheet = await planSheet(next);
    const left = rulesOf(sheet).flatMap((cf) => cf.rules).sort((a, b) => a.priority - b.priority);
    expect(left.map((r) => r.formulae?.[0])).toEqual(['TRUE+N("RAGTracker:rating-problems")', USER_RULE]);
    expect(listsOf(sheet).E2).toBeUndefined();
    expect(listsOf(sheet).D3).toMatchObject({ type: "list" });

    expect(await next.clearFormats("rating-problems")).toBe(1);
    expect(await next.clearFormats("rating-problems")).toBe(0);
    const bytes = await next.save();
    sheet = await planSheet(next);
    expect(rulesOf(sheet).map((cf) => [cf.ref, cf.rules.map((r) => r.formulae?.[0])])).toEqual([["C2:C4", [USER_RULE]]]);
    const xml = await sheetXml(bytes, "Plan");
    expect(xml).not.toContain("RAGTracker");
    expect(xml).not.toContain("RAG Tracker");
    expect(await partText(bytes, "xl/workbook.xml")).not.toContain("RAGTracker_list");
  });

  it("colours the same again after clearing and applying twice: no stray rules, one list", async () => {
    const door = await openDoor(await trackerBytes());
    for (let i = 0; i < 2; i++) {
      await door.clearFormats("rating-colours");
      await door.applyFormats([colours()]);
    }
    const again = await reopen(door);
    await again.clearFormats("rating-colours");
    await again.applyFormats([colours()]);
    const bytes = await again.save();
    const sheet = await planSheet(again);
    expect(rulesOf(sheet).flatMap((cf) => cf.rules)).toHaveLength(3);
    expect(new Set(Object.values(listsOf(sheet)).filter((v) => v?.errorTitle === "RAG Tracker")).size).toBe(1);
    expect((await partText(bytes, "xl/workbook.xml")).match(/RAGTracker_list_/g)).toHaveLength(1);
    expect((await sheetXml(bytes, "Plan")).match(/<dataValidation /g)).toHaveLength(2);
  });

  it("leaves the team's own list on the rating column alone, says so, and does not remove it later", async () => {
    const door = await openDoor(await trackerBytes({ userListOnRating: true }));
    await door.applyFormats([colours()]);
    expect(door.lastFormatOutcome).toEqual({
      rules: 2,
      lists: 0,
      notes: ["The drop-down list of ratings was not added on 'Plan'!E2:E204 because those cells already have data validation of their own."],
    });
    expect(await door.clearFormats("rating-colours")).toBe(2);
    expect(listsOf(await planSheet(door)).E3).toMatchObject({ errorTitle: "Team list", formulae: ['"B,G,A,R"'] });
  });

  it("removes a list the Office.js door added (its own name and alert title)", async () => {
    const bytes = await bytesOf((wb) => {
      const sheet = wb.addWorksheet("Plan");
      sheet.addRows([["RAG"], ["B"], ["G"]]);
      (sheet as unknown as { dataValidations: { add: (ref: string, v: ExcelJS.DataValidation) => void } }).dataValidations.add("A2:A3", {
        type: "list",
        allowBlank: true,
        formulae: ['"Blue,Green,Amber,Red"'],
        errorTitle: "RAG Tracker",
      });
      wb.definedNames.add("Plan!$A$2:$A$3", "RAGTracker_list_lq2x7_1");
    });
    const door = await openDoor(bytes);
    expect(await door.clearFormats("rating-colours")).toBe(1);
    const saved = await door.save();
    expect(await partText(saved, "xl/workbook.xml")).not.toContain("RAGTracker_list");
    expect(await sheetXml(saved, "Plan")).not.toContain("<dataValidation");
  });

  it("colours a real tracker from the engine's plan", async () => {
    const door = await openDoor(await trackerBytes());
    const analysis = analyseWorkbook(await door.read(), DEFAULT_SETTINGS, "2021-11-01");
    await door.applyFormats(ratingColourFormats(analysis));
    expect(door.lastFormatOutcome.rules).toBeGreaterThanOrEqual(4);
    expect(door.lastFormatOutcome.lists).toBe(1);
  });

  it("refuses a plan for a sheet that is not there, and adds nothing", async () => {
    const door = await openDoor(await trackerBytes());
    await expect(door.applyFormats([colours(), { ...problems(), sheet: "Gone" }])).rejects.toThrow('There is no sheet named "Gone" in this workbook, so no formats were added.');
    expect(rulesOf(await planSheet(door)).flatMap((cf) => cf.rules)).toHaveLength(1);
  });
});
