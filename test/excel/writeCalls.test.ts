/**
 * The write of "Generate RAG summary" in as few calls and bytes as Excel allows: number formats as
 * one grid per block of rows, same-looking cells formatted together through getRanges. These
 * tests hold the counts reached, check that every cell still looks exactly as the plan says, and
 * that the writer's size estimate is what the request really carries.
 */
import { describe, expect, it } from "vitest";
import type { PlanCell, SheetPlan, WritePlan } from "../../src/core/writePlan";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { resolveSheetNames } from "../../src/core/sheetNames";
import { settingsSchema } from "../../src/core/settings";
import { isoToSerial } from "../../src/core/dates";
import { generateSummary } from "../../src/door/operations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { STYLE_LOOKS } from "../../src/core/styleLooks";
import { finishStep, planTargets, sheetSteps } from "../../src/excel/sheetWriter";
import { loadLayout } from "../../src/excel/layout";
import { MAX_AREAS_ADDRESS, areaGroups, areasAddress } from "../../src/excel/areaGroups";
import { FakeExcel, FakeOfficeError, type FakeLook, type FakeSheet } from "../fakes/fakeExcel";
import { syntheticFakeExcel, REPORT_DATE, RUN_DATE } from "../../bench/syntheticTracker";
import { dumpSheet } from "./helpers";

const LIMIT = 5_000_000;

/** What a plan cell should look like in Excel, worked out from the plan alone. */
function expectedLook(cell: PlanCell | undefined): FakeLook {
  const look: FakeLook = { verticalAlignment: "Top" };
  if (!cell) return look;
  const style = cell.style ? STYLE_LOOKS[cell.style] : {};
  if (style.bold !== undefined) look.bold = style.bold;
  if (style.italic !== undefined) look.italic = style.italic;
  if (style.size !== undefined) look.size = style.size;
  if (style.wrap !== undefined) look.wrap = style.wrap;
  const fill = cell.fill ?? style.fill;
  if (fill) look.fill = fill;
  const font = ("fontColour" in cell && cell.fontColour) || style.fontColour;
  // Black is Excel's automatic colour already: the writer leaves it unset.
  if (font && font.toUpperCase() !== "#000000") look.fontColor = font;
  if ((cell.kind === "text" || cell.kind === "date") && cell.align) look.horizontalAlignment = cell.align === "right" ? "Right" : "Left";
  return look;
}

function expectedNumberFormat(cell: PlanCell | undefined, dateFormat: string): string {
  if (cell?.kind === "text") return "@";
  if (cell?.kind === "date") return dateFormat;
  return "General";
}

/** Every cell of the plan's area, and nothing outside it, has the value, number format and look the plan gives it. */
function expectSheetAsPlanned(sheet: FakeSheet, plan: SheetPlan): void {
  const width = Math.max(1, ...plan.rows.map((r) => r.length), plan.columnWidths.length);
  const wrong: string[] = [];
  for (let r = 1; r <= plan.rows.length; r++)
    for (let c = 1; c <= width; c++) {
      const cell = plan.rows[r - 1]?.[c - 1];
      const got = sheet.cell(r, c);
      const format = got?.numberFormat ?? "General";
      if (format !== expectedNumberFormat(cell, plan.dateFormat)) wrong.push(`${plan.name} R${r}C${c} number format ${format}`);
      const look = expectedLook(cell);
      if (JSON.stringify(Object.entries(got?.look ?? {}).sort()) !== JSON.stringify(Object.entries(look).sort())) wrong.push(`${plan.name} R${r}C${c} look ${JSON.stringify(got?.look)}`);
      // Writing empty text leaves a cell empty, in Excel as in the stand-in.
      const value = !cell || cell.kind === "blank" || cell.value === "" ? undefined : cell.kind === "date" ? isoToSerial(cell.value) : cell.value;
      if (got?.value !== value) wrong.push(`${plan.name} R${r}C${c} value ${String(got?.value)}`);
    }
  for (const key of sheet.cells.keys()) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (r > plan.rows.length || c > width) wrong.push(`${plan.name} R${r}C${c} written outside the plan`);
  }
  expect(wrong.slice(0, 10)).toEqual([]);
}

/** The summary plan the door writes for the synthetic tracker in this workbook. */
async function summaryPlan(door: ExcelDoor): Promise<WritePlan> {
  const snapshot = await door.read();
  // As the door runs it: today (after every date the rows hold), with the report date from the settings.
  const analysis = analyseWorkbook(snapshot, settingsSchema.parse({ asOf: REPORT_DATE }), RUN_DATE);
  return resolveSheetNames(buildSummaryPlan(analysis), snapshot);
}

describe("the write of Generate RAG summary", () => {
  // The shape, the cells (two syncs at 10,000 actions), the fills of the blank rating cells, the write.
  it("at 10,000 actions: 5 syncs in all, the write one request of under 2.5 MB and 430 calls, every cell as planned", async () => {
    const { excel, door } = await syntheticFakeExcel(10_000);
    await generateSummary(door);
    expect(excel.syncs.length).toBe(5);
    expect(excel.syncs.every((s) => s.ok && s.requestBytes <= LIMIT && s.responseBytes <= LIMIT)).toBe(true);
    const write = excel.syncs.at(-1)!;
    // One call per number-format block and per group of same-looking or same-bordered areas, not one per cell run.
    // 420: three of them mark each new sheet as temporary and unmark it (sheetWriter.ts), and six for each
    // rating of a chart put its counts on its bars, 72 for the summary's two charts.
    expect(write.calls).toBeLessThan(430);
    expect(write.requestBytes).toBeLessThan(2_500_000);

    const plan = await summaryPlan(new ExcelDoor(excel));
    const stale = plan.sheets.find((s) => s.key === "stale")!;
    expect(stale.rows.length).toBeGreaterThan(5_000);
    for (const sheet of plan.sheets) expectSheetAsPlanned(excel.get(sheet.name), sheet);
  });

  it("at 1,000 actions: 4 syncs in all, the write under 370 calls (the tables' headings named for screen readers and the charts' counts among them), every cell as planned", async () => {
    const { excel, door } = await syntheticFakeExcel(1_000);
    await generateSummary(door);
    expect(excel.syncs.length).toBe(4);
    expect(excel.syncs.at(-1)!.calls).toBeLessThan(370);
    const plan = await summaryPlan(new ExcelDoor(excel));
    for (const sheet of plan.sheets) expectSheetAsPlanned(excel.get(sheet.name), sheet);
  });

  it("a host without getRanges (ExcelApi 1.8) gets the same cells, one call per area", async () => {
    const written = await Promise.all(
      ["1.17", "1.8"].map(async (apiVersion) => {
        const { excel: source } = await syntheticFakeExcel(1_000);
        const excel = new FakeExcel({ apiVersion });
        const target = excel.sheet("Actions");
        for (const [key, cell] of source.get("Actions").cells) target.cells.set(key, { ...cell });
        await generateSummary(new ExcelDoor(excel));
        return { excel, calls: excel.syncs.at(-1)!.calls };
      }),
    );
    const [multi, single] = written as [(typeof written)[0], (typeof written)[0]];
    expect(single.calls).toBeGreaterThan(multi.calls * 2);
    for (const name of ["RAG Summary", "Stale Actions"]) {
      // Print setup and page breaks need ExcelApi 1.9, so only the page differs.
      expect({ ...dumpSheet(single.excel.get(name)), page: null, pageBreaks: null }).toEqual({ ...dumpSheet(multi.excel.get(name)), page: null, pageBreaks: null });
    }
  });

  it("estimates the write's size as what the request really carries, never less", async () => {
    const { excel, door } = await syntheticFakeExcel(10_000);
    const plan = await summaryPlan(door);
    const layout = await excel.run((context) => loadLayout(context, { protection: true, dateSystem: true }));
    const targets = planTargets(plan, layout);
    const steps = [...targets.flatMap((t) => sheetSteps(t, { printSetup: true, multiArea: true, date1904: false, chartLabelFormat: true })), finishStep(targets, [], { repoint: true, sheets: layout.sheets.map((s) => s.name), names: layout.names })];
    const estimate = steps.reduce((sum, s) => sum + s.bytes, 0);
    excel.resetSyncs();
    await door.applyPlan(plan);
    expect(excel.syncs.length).toBe(1);
    const sent = excel.syncs[0]!.requestBytes;
    // The runner adds a few hundred bytes of its own (events off and on, calculation paused).
    expect(estimate + 500).toBeGreaterThanOrEqual(sent);
    expect(estimate).toBeLessThan(sent * 1.05);
  });
});

describe("the stand-in's multi-area formatting", () => {
  it("formats every area of getRanges, leaves a cell whose grid entry is null, and needs ExcelApi 1.9", async () => {
    const excel = new FakeExcel();
    const sheet = excel.sheet("S", [["a", "b", "c"]]);
    sheet.ensure(1, 2).numberFormat = "0.00";
    await excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      const areas = s.getRanges("A1:A2, C1");
      areas.format.fill.color = "#FF0000";
      areas.format.font.bold = true;
      s.getRange("A1:C1").numberFormat = [["@", null, "@"]];
      await context.sync();
    });
    expect(sheet.cell(1, 1)?.look).toEqual({ fill: "#FF0000", bold: true });
    expect(sheet.cell(2, 1)?.look).toEqual({ fill: "#FF0000", bold: true });
    expect(sheet.cell(1, 3)?.look).toEqual({ fill: "#FF0000", bold: true });
    expect(sheet.cell(1, 2)?.look).toBeUndefined();
    expect(sheet.cell(1, 2)?.numberFormat).toBe("0.00");
    expect(sheet.cell(1, 3)?.numberFormat).toBe("@");

    const old = new FakeExcel({ apiVersion: "1.8" });
    old.sheet("S");
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRanges("A1,C1").format.fill.color = "#FF0000";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("refuses a multi-area address longer than Excel is known to take, and applies none of it", async () => {
    const excel = new FakeExcel();
    excel.sheet("S");
    const address = Array.from({ length: 1_500 }, (_, i) => `A${2 * i + 1}`).join(",");
    expect(address.length).toBeGreaterThan(8_192);
    const refused = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("S").getRanges(address).format.fill.color = "#FF0000";
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FakeOfficeError);
    expect((refused as FakeOfficeError).code).toBe("InvalidArgument");
    expect(excel.get("S").cells.size).toBe(0);
  });
});

describe("areaGroups", () => {
  const areas = Array.from({ length: 3_000 }, (_, i) => ({ top: 2 * i + 1, bottom: 2 * i + 2, left: 1 + (i % 3), right: 1 + (i % 3) }));

  it("keeps every area, in order, in groups whose address stays under the limit", () => {
    const groups = areaGroups(areas, true);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat()).toEqual(areas);
    for (const g of groups) expect(areasAddress(g).length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
    // Packed, not one area a group: each but the last is nearly full.
    for (const g of groups.slice(0, -1)) expect(areasAddress(g).length).toBeGreaterThan(MAX_AREAS_ADDRESS - 20);
  });

  it("gives each area its own group on a host without getRanges", () => {
    expect(areaGroups(areas.slice(0, 3), false)).toEqual(areas.slice(0, 3).map((a) => [a]));
    expect(areasAddress(areas.slice(0, 2))).toBe("A1:A2,B3:B4");
  });
});
