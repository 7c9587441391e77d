/**
 * The note that a sheet is generated ("edits here are lost…") is for the team on screen: each
 * generated sheet holds it in its first row and prints from the row under it, so the councillors'
 * pages show the title, counts and tables. Every door sets the print area from the plan.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import { buildHistoryPlan } from "../../src/core/history/historyPlan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { GENERATED_NOTE } from "../../src/core/generatedCopy";
import { printArea, printedColumns } from "../../src/core/printedPage";
import { hasData, type SheetPlan } from "../../src/core/writePlan";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { FakeExcel } from "../fakes/fakeExcel";
import { sampleBytes } from "../helpers/workbooks";
import { openDoor, partText } from "./helpers";
import { absoluteRange } from "../../src/core/cells";

const analysis = analyseWorkbook(await (await openDoor(sampleBytes())).read(), DEFAULT_SETTINGS, "2021-11-01");
const plans: SheetPlan[] = [...buildSummaryPlan(analysis).sheets, buildPackPlan(analysis, undefined), buildHistoryPlan({ ratings: [], totals: [], byReview: [], earlierRoundsLeftOut: [], recordedLate: [] }, undefined)];
const value = (plan: SheetPlan, row: number) => {
  const cell = plan.rows[row - 1]?.[0];
  return cell && "value" in cell ? cell.value : undefined;
};

describe("the generated note prints on no councillor's page", () => {
  it("sits in the first row of every generated sheet, its title under it, and the sheet prints from the title", () => {
    for (const plan of plans) {
      expect(value(plan, 1), plan.name).toBe(GENERATED_NOTE);
      expect(value(plan, 2), plan.name).not.toBe(GENERATED_NOTE);
      expect(plan.rows.slice(1).some((row) => row.some((c) => "value" in c && c.value === GENERATED_NOTE)), plan.name).toBe(false);
      const area = printArea(plan)!;
      let bottom = plan.rows.length;
      for (const chart of plan.charts) if (hasData(chart)) bottom = Math.max(bottom, chart.anchor.bottom);
      expect(area, plan.name).toEqual({ top: 2, left: 1, bottom, right: printedColumns(plan) });
    }
  });

  it("is left out of the print area by the streaming writer, the ExcelJS writer and the Excel door", async () => {
    const plan = { sheets: plans.slice(0, 3) };
    const expected = plan.sheets.map((s) => printArea(s)!);
    const a1 = (r: (typeof expected)[number]) => `${String.fromCharCode(64 + r.left)}${r.top}:${String.fromCharCode(64 + r.right)}${r.bottom}`;

    for (const open of [(b: Uint8Array) => StreamingXlsxDoor.open(b, "test.xlsx"), (b: Uint8Array) => openDoor(b)]) {
      const door = await open(sampleBytes());
      await door.applyPlan(plan);
      const workbook = await partText(await door.save(), "xl/workbook.xml");
      const areas = [...workbook.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
      // Fixed rows and columns, as Excel writes a print area: "$A2:$H82" would move with the cell it is read from, and LibreOffice ignores it.
      expect(areas).toEqual(plan.sheets.map((s, i) => `'${s.name}'!${absoluteRange(expected[i]!)}`));
    }

    const excel = new FakeExcel();
    excel.sheet("Plan", [["Category", "RAG"], ["Finance", "B"]]);
    await new ExcelDoor(excel).applyPlan(plan);
    expect(plan.sheets.map((s) => excel.get(s.name).page.printArea)).toEqual(expected.map(a1));
  });

});
