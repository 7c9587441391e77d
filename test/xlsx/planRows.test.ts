import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/core/writePlan";
import { blank, date, num, text } from "../../src/core/sheetBuilder";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { excelJsParts } from "../../src/xlsx/excelJsParts";
import type { PlanCells } from "../../src/xlsx/planRows";
import { planCells } from "../../src/xlsx/planRows";
import { writeSheetCells, writeSheetLayout } from "../../src/xlsx/writeSheet";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { sampleBytes } from "../helpers/workbooks";
import JSZip from "jszip";
import { handPlan, openDoor, stalePlan, userBytes } from "./helpers";

const PARTS = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/sharedStrings.xml", "xl/styles.xml"];

/** The parts of a workbook holding a user's sheet and `plans`, written by ExcelJS from its cells or by the door from the plans alone. */
async function rendered(plans: SheetPlan[], fromPlan: boolean): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Plan").addRows([["Rec No", "RAG"], [1, "Blue"]]);
  const own = new Map<string, PlanCells>();
  for (const plan of plans) {
    const sheet = workbook.addWorksheet(plan.name);
    if (fromPlan) {
      writeSheetLayout(sheet, plan);
      own.set(plan.name, planCells(plan));
    } else {
      writeSheetCells(sheet, plan);
      writeSheetLayout(sheet, plan);
    }
  }
  // ExcelJS's own writing, zipped, for the cells it wrote; the door's for the plan's.
  const parts = fromPlan ? await excelJsParts(workbook, own) : await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  return Promise.all(PARTS.map(async (p) => (await parts.file(p)?.async("string")) ?? ""));
}

/** Merges over cells the plan has, over cells it lacks, over several rows; long wrapped text; dates; blanks; a row of nothing. */
function awkwardPlan(): SheetPlan {
  const long = "Partners to strengthen information sharing across the partnership, with a practice note, briefings and an audit. ".repeat(3);
  return {
    ...stalePlan(),
    rows: [
      [text("Stale Actions", "title"), blank("title"), blank("title")],
      [],
      [text("Review", "header"), text("Response", "header"), text("Due", "header"), text("Days", "header")],
      [text("Leo", "wrap"), text(long, "wrap"), date("2021-07-13"), num(112.5)],
      [text("Frankie"), blank("body"), date("1999-12-31"), num(-3, "total")],
      [text("Merged over rows", "wrap")],
      [text("Line one\nLine two\r\nLine three", "note")],
    ],
    columnWidths: [20, 60, 12],
    merges: [
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 6, left: 1, bottom: 8, right: 2 },
    ],
  };
}

describe("a generated sheet's rows built from its plan", () => {
  it("renders byte for byte what ExcelJS writes from the same plan's cells", async () => {
    for (const plans of [[handPlan()], [handPlan(), stalePlan()], [awkwardPlan()]]) {
      expect(await rendered(plans, true)).toEqual(await rendered(plans, false));
    }
  });

  it("renders the sample's own summary and stale-action sheets as ExcelJS does", async () => {
    const door = await XlsxDoor.open(sampleBytes(), "sample.xlsx");
    const plan = buildSummaryPlan(analyseWorkbook(await door.read(), DEFAULT_SETTINGS, "2021-11-01"));
    expect(plan.sheets.map((s) => s.rows.length).every((n) => n > 3)).toBe(true);
    expect(await rendered(plan.sheets, true)).toEqual(await rendered(plan.sheets, false));
  });

  it("gives the sheet's extent as ExcelJS's dimension", async () => {
    expect((await rendered([awkwardPlan()], true))[1]).toContain('<dimension ref="A1:F8"/>');
    expect((await rendered([{ ...stalePlan(), rows: [], merges: [] }], true))[1]).toContain('<dimension ref="A1:A1"/>');
  });
});

describe("the door's generated sheets before they are saved", () => {
  async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
    const zip = await JSZip.loadAsync(bytes);
    const out = new Map<string, string>();
    // The core properties carry the time of writing.
    for (const name of Object.keys(zip.files).filter((n) => n !== "docProps/core.xml")) out.set(name, await zip.file(name)!.async("string"));
    return out;
  }

  it("shows their cells to anything that reads the workbook, and saves the same bytes whether or not they were read", async () => {
    const door = await openDoor(await userBytes());
    await door.applyPlan({ sheets: [handPlan(), stalePlan()] });
    const unread = await door.save();
    const snapshot = await door.read();
    const stale = snapshot.sheets.find((s) => s.name === "Stale Actions")!;
    expect(stale.values).toEqual([["Stale Actions"], ["Review", "Response"], ["Leo", "=Practice note drafted; sign-off delayed."]]);
    expect(door.sheetViews().map((v) => v.name)).toContain("RAG Summary");
    expect(await partsOf(await door.save())).toEqual(await partsOf(unread));
  });
});
