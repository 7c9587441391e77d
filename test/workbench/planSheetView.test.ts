/**
 * A generated sheet still only in its plan is shown from the plan: place by place, what the grid
 * reads must be what it reads once writeSheetCells has made the cells, for every generated sheet
 * and for the awkward corners of a plan (merges over cells it has and lacks, blanks with fills,
 * empty text, rows of nothing).
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/core/model";
import type { SheetPlan } from "../../src/core/writePlan";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import { blank, date, num, text } from "../../src/core/sheetBuilder";
import { makePalette } from "../../src/xlsx/fillColour";
import { planSheetView } from "../../src/xlsx/planSheetView";
import type { SheetView } from "../../src/xlsx/sheetView";
import { sheetView } from "../../src/xlsx/sheetView";
import { writeSheetCells, writeSheetLayout } from "../../src/xlsx/writeSheet";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { handPlan, stalePlan } from "../xlsx/helpers";
import { sampleBytes } from "../helpers/workbooks";

const palette = makePalette(null);

/** The plan's sheet as the grid sees it with its cells made, and from the plan alone. */
function bothViews(plan: SheetPlan): { written: SheetView; fromPlan: SheetView } {
  const workbook = new ExcelJS.Workbook();
  const written = workbook.addWorksheet("Written");
  writeSheetLayout(written, plan);
  writeSheetCells(written, plan);
  const pending = workbook.addWorksheet("Pending");
  writeSheetLayout(pending, plan);
  return { written: sheetView(written, palette), fromPlan: planSheetView(pending, plan, palette) };
}

/** Every place where the two views differ, a little beyond the last row and column, as "A1: …". */
function differences(plan: SheetPlan): string[] {
  const { written, fromPlan } = bothViews(plan);
  const out: string[] = written.lastRow > 0 ? [] : ["the written sheet shows nothing"];
  for (const field of ["lastRow", "lastColumn", "merges", "widths", "rules", "otherRules"] as const) {
    if (JSON.stringify(written[field]) !== JSON.stringify(fromPlan[field])) out.push(`${field}: ${JSON.stringify(fromPlan[field])}, written ${JSON.stringify(written[field])}`);
  }
  for (let row = 1; row <= written.lastRow + 2; row++) {
    for (let column = 1; column <= written.lastColumn + 2; column++) {
      const [a, b] = [JSON.stringify(fromPlan.cellAt(row, column)), JSON.stringify(written.cellAt(row, column))];
      if (a !== b) out.push(`row ${row}, column ${column}: ${a}, written ${b}`);
    }
  }
  return out;
}

/** Merges over cells the plan has, over cells it lacks and over several rows; blanks with and without fills; empty text; a row of nothing. */
function awkwardPlan(): SheetPlan {
  return {
    ...stalePlan(),
    rows: [
      [text("Stale Actions", "title"), blank("title"), blank("title")],
      [],
      [text("Review", "header"), text("Response", "header"), text("Due", "header"), text("Days", "header")],
      [text("Leo", "wrap"), text("A long response ".repeat(20), "wrap"), date("2021-07-13"), num(112.5)],
      [text("Frankie"), blank("body"), date("1999-12-31"), num(-3, "total")],
      [blank("body"), { kind: "blank", fill: "#FFC000" }],
      [text(""), text("", "header")],
      [text("Merged over rows", "wrap")],
      [],
      [text("Under a merge"), text("Hidden by the merge")],
    ],
    columnWidths: [20, 60, 12],
    merges: [
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 8, left: 1, bottom: 10, right: 2 },
      { top: 12, left: 3, bottom: 12, right: 4 },
    ],
  };
}

let sample: Analysis;
beforeAll(async () => {
  const door = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
  sample = analyseWorkbook(await door.read(), { ...(await door.readSettings()), asOf: "2021-11-01" }, "2021-11-01");
});

describe("a generated sheet shown from its plan", () => {
  it("reads as the sheet does once its cells are made, for the awkward corners of a plan", () => {
    expect(differences(awkwardPlan())).toEqual([]);
    expect(differences(handPlan())).toEqual([]);
    expect(differences(stalePlan())).toEqual([]);
  });

  it("reads as the sheet does once its cells are made, for the RAG Summary, the Stale Actions and the Committee Pack of the sample", () => {
    const plans = [...buildSummaryPlan(sample).sheets, buildPackPlan(sample, undefined)];
    expect(plans.map((p) => p.name)).toEqual(["RAG Summary", "Stale Actions", "Committee Pack"]);
    for (const plan of plans) expect(differences(plan), plan.name).toEqual([]);
  });

  it("is how the file door shows a sheet it has written, until the cells are read and made", async () => {
    const door = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
    await door.applyPlan(buildSummaryPlan(sample));
    const shown = door.sheetView("Stale Actions")!;
    expect(shown.cellAt(2, 1)?.text).toBe("Stale and overdue actions");
    // Reading the workbook makes the cells; the view stays the same, as it shows the same.
    await door.read();
    expect(door.sheetView("Stale Actions")).toBe(shown);
  });
});
