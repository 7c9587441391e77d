/**
 * What the workbench grid draws, from the file door's view of a workbook: the sheet's own looks,
 * the add-in's highlights on top in Excel's priority order, merges, hidden sheets, the row limit
 * (and no cell read beyond it), and the name of a downloaded result.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { colourRatings, highlightRatingProblems, highlightStaleRows } from "../../src/door/operations";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { ROW_LIMIT, gridModel, shownRowsSentence, skippedRulesSentence } from "../../src/workbench/gridModel";
import type { GridModel } from "../../src/workbench/gridModel";
import type { SheetView } from "../../src/xlsx/sheetView";
import { downloadName } from "../../src/workbench/downloadName";
import { sampleBytes } from "../helpers/workbooks";

function cellAt(model: GridModel, row: number, column: number) {
  return model.rows.find((r) => r.row === row)?.cells.find((c) => c.column === column);
}

async function door(build: (workbook: ExcelJS.Workbook) => void, name = "plan.xlsx"): Promise<XlsxDoor> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return XlsxDoor.open(new Uint8Array(await workbook.xlsx.writeBuffer()), name);
}

describe("the grid of a sheet", () => {
  it("shows the sample's highlights as Excel stacks them: the newest rules first, the sheet's own fill beneath", async () => {
    const sample = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
    // A fixed report date, so what is overdue does not depend on the day the test runs.
    await sample.writeSettings({ ...DEFAULT_SETTINGS, asOf: "2025-01-01" });
    await highlightRatingProblems(sample);
    const delivery = () => gridModel(sample.sheetViews().find((v) => v.name === "Delivery Plan 2019-20")!);
    expect(cellAt(delivery(), 63, 7)).toMatchObject({ text: "Yellow", look: { fill: "#FFC7CE", colour: "#9C0006", bold: true } });
    expect(cellAt(delivery(), 54, 7)!.look.fill).toBe("#FFEB9C");
    // Row 11's own blue fill, as typed by the team, with no rule on it.
    expect(cellAt(delivery(), 11, 7)).toMatchObject({ text: "blue ", look: { fill: "#0070C0" } });

    await highlightStaleRows(sample);
    const caseReviews = gridModel(sample.sheetViews().find((v) => v.name === "Case Reviews")!);
    expect(cellAt(caseReviews, 9, 1)!.look.fill).toBe("#F4B6B6");
    // On an overdue row with an invalid rating, the row shows the overdue fill and the rating cell keeps its own highlight.
    expect(cellAt(delivery(), 63, 2)!.look.fill).toBe("#F4B6B6");
    expect(cellAt(delivery(), 63, 7)!.look.fill).toBe("#FFC7CE");

    await colourRatings(sample);
    expect(cellAt(delivery(), 11, 7)).toMatchObject({ look: { fill: "#0070C0", colour: "#FFFFFF", bold: true } });
    expect(delivery().skippedRules).toBe(0);
  });

  it("lets unwrapped text run over the empty cells to its right, as Excel does, up to the first filled cell", async () => {
    const d = await door((wb) => {
      const s = wb.addWorksheet("Plan");
      s.getCell("A1").value = "Changes since the last report, by review";
      s.getCell("E1").value = "Next";
      s.getCell("A2").value = "Composite Action Plan";
      s.getCell("B2").value = "Lead";
      s.getCell("A3").value = "A long note kept inside its own cell";
      s.getCell("A3").alignment = { wrapText: true };
      s.getCell("A4").value = "Ends at a merge";
      s.mergeCells("C4:D4");
      s.getCell("A5").value = 12345;
    });
    const model = gridModel(d.sheetViews()[0]!);
    // B1 to D1 are empty; E1 is not.
    expect(cellAt(model, 1, 1)!.spill).toBe(3);
    expect(cellAt(model, 1, 5)!.spill).toBe(0);
    expect(cellAt(model, 2, 1)!.spill).toBe(0);
    expect(cellAt(model, 3, 1)!.spill).toBe(0);
    expect(cellAt(model, 4, 1)!.spill).toBe(1);
    // A number is not text: Excel shows ### rather than run it on.
    expect(cellAt(model, 5, 1)!.spill).toBe(0);
  });

  it("lets text in the last column used run on into empty columns past it, as Excel shows them, as far as it needs", async () => {
    // A sheet of minutes kept in column A only, in the committee minutes' own words.
    const minutes = [
      "Items Raised by Thurrock Local Safeguarding Children Partnership - Verbal Update",
      "1. Frankie – 14 actions identified (11 blue and 3 amber)",
      "4. Shay and Ashley – learning published but not yet ratified through governance processes.",
    ];
    const d = await door((wb) => {
      const s = wb.addWorksheet("Minutes");
      minutes.forEach((line, i) => (s.getCell(i + 1, 1).value = line));
      s.getCell("A4").value = "Wrapped, so kept in its own cell whatever its length, as Excel keeps it";
      s.getCell("A4").alignment = { wrapText: true };
    });
    const model = gridModel(d.sheetViews()[0]!);
    // Column A and the empty columns the longest line (91 characters) needs at about 7 px a character.
    expect(model.widths.length).toBeGreaterThan(1);
    const reach = (row: number) => model.widths.slice(0, 1 + cellAt(model, row, 1)!.spill).reduce((a, b) => a + b, 0);
    minutes.forEach((line, i) => expect(reach(i + 1), line).toBeGreaterThanOrEqual(line.length * 7));
    expect(cellAt(model, 4, 1)!.spill).toBe(0);
    // Every row has the columns drawn, empty past A.
    expect(model.rows.every((r) => r.cells.length === model.widths.length)).toBe(true);

    // A tracker whose last column holds short ratings draws no column past it.
    const plan = await door((wb) => wb.addWorksheet("Plan").addRows([["No", "Specific actions", "RAG"], [1, "Refresh the escalation policy", "Blue"]]));
    expect(gridModel(plan.sheetViews()[0]!).widths).toHaveLength(3);
  });

  it("draws merges as spans, numbers and dates on the right as their formats show them, and the sheet's column widths", async () => {
    const d = await door((wb) => {
      const s = wb.addWorksheet("Plan");
      s.getColumn(1).width = 30;
      s.getCell("A1").value = "Strategic Aim 1";
      s.mergeCells("A1:C1");
      s.getCell("A2").value = 0.25;
      s.getCell("A2").numFmt = "0%";
      s.getCell("B2").value = new Date(Date.UTC(2021, 5, 14));
      s.getCell("B2").numFmt = "dd/mm/yyyy";
      s.getCell("C2").value = new Date(Date.UTC(2019, 11, 31));
      s.getCell("C2").numFmt = "mmm yyyy";
    });
    const model = gridModel(d.sheetViews()[0]!);
    expect(model.rows[0]!.cells.map((c) => [c.column, c.colSpan, c.text])).toEqual([[1, 3, "Strategic Aim 1"]]);
    expect(model.rows[1]!.cells.map((c) => [c.text, c.alignRight])).toEqual([
      ["25%", true],
      ["14/06/2021", true],
      ["Dec 2019", true],
    ]);
    expect(model.widths[0]).toBe(215);
    expect(model.widths[1]).toBe(64);
  });

  it("knows which sheets a person can see, and stops at the row limit unless a selected cell lies beyond it", async () => {
    const d = await door((wb) => {
      const big = wb.addWorksheet("Big");
      for (let r = 1; r <= ROW_LIMIT + 50; r++) big.getCell(r, 1).value = `Row ${r}`;
      wb.addWorksheet("Hidden").state = "hidden";
      wb.addWorksheet("Store").state = "veryHidden";
    });
    const views = d.sheetViews();
    expect(views.map((v) => [v.name, v.visibility])).toEqual([
      ["Big", "visible"],
      ["Hidden", "hidden"],
      ["Store", "veryHidden"],
    ]);
    expect(gridModel(views[0]!).rows).toHaveLength(ROW_LIMIT);
    expect(gridModel(views[0]!).lastRow).toBe(ROW_LIMIT + 50);
    expect(gridModel(views[0]!, ROW_LIMIT + 20).rows).toHaveLength(ROW_LIMIT + 20);
  });

  it("says at its foot how many rows it draws of how many, as they are drawn, with thousands grouped", () => {
    expect(shownRowsSentence(1000, 1201)).toBe("Showing rows 1 to 1,000 of 1,201; the download has them all.");
    // Drawn down to a selected cell past the first thousand rows.
    expect(shownRowsSentence(1160, 1201)).toBe("Showing rows 1 to 1,160 of 1,201; the download has them all.");
  });

  it("reads only the cells of the rows it draws, however long the sheet, its highlights and merges", () => {
    const lastRow = 100_000;
    const rowsRead = new Set<number>();
    // A rule reaching every row, as Check ratings writes on a long tracker, and a merge far down.
    const everyRow = Array.from({ length: lastRow / 10 }, (_, i) => ({ top: i * 10 + 2, left: 2, bottom: i * 10 + 2, right: 2 }));
    const view: SheetView = {
      name: "Actions",
      visibility: "visible",
      lastRow,
      lastColumn: 3,
      merges: [{ top: 50_000, left: 1, bottom: 50_010, right: 3 }],
      widths: {},
      rules: [{ ranges: everyRow, formula: 'B2="Red"', priority: 1, look: { fill: "#FF0000" } }],
      otherRules: [],
      cellAt: (row, column) => {
        rowsRead.add(row);
        return { row, column, value: row % 2 === 0 ? "Red" : "Blue", text: row % 2 === 0 ? "Red" : "Blue", look: {}, wrap: false, alignRight: false };
      },
    };
    const model = gridModel(view);
    expect(model.rows).toHaveLength(ROW_LIMIT);
    expect(model.lastRow).toBe(lastRow);
    expect(cellAt(model, 12, 2)!.look.fill).toBe("#FF0000");
    expect(cellAt(model, 13, 2)!.look.fill).toBeUndefined();
    expect(Math.max(...rowsRead)).toBe(ROW_LIMIT);
    expect(rowsRead.size).toBe(ROW_LIMIT);
  });

  it("counts conditional formats it cannot work out instead of guessing them", async () => {
    const d = await door((wb) => {
      const s = wb.addWorksheet("Plan");
      s.getCell("A1").value = 5;
      s.addConditionalFormatting({ ref: "A1:A3", rules: [{ type: "expression", priority: 1, formulae: ["TODAY()-A1>90"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } } }] });
      s.addConditionalFormatting({ ref: "A1:A3", rules: [{ type: "dataBar", priority: 2, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } } as ExcelJS.ConditionalFormattingRule] });
    });
    const model = gridModel(d.sheetViews()[0]!);
    expect(model.skippedRules).toBe(2);
    expect(cellAt(model, 1, 1)!.look.fill).toBeUndefined();
  });

  it("counts each rule it cannot show, not each type of rule, and says so in true words", async () => {
    const fill = { fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: "FFFFC7CE" } } };
    const d = await door((wb) => {
      const s = wb.addWorksheet("Plan");
      s.getCell("D2").value = "Red";
      // Three text rules (one begins-with, as a team marks "r" for Red), two data bars and one readable rule.
      s.addConditionalFormatting({ ref: "D2:D7", rules: [{ type: "containsText", operator: "beginsWith", text: "r", priority: 1, style: fill } as unknown as ExcelJS.ConditionalFormattingRule] });
      s.addConditionalFormatting({ ref: "D2:D7", rules: [{ type: "containsText", operator: "containsText", text: "Amber", priority: 2, style: fill } as ExcelJS.ConditionalFormattingRule] });
      s.addConditionalFormatting({ ref: "C2:C7", rules: [{ type: "containsText", operator: "containsText", text: "GP", priority: 3, style: fill } as ExcelJS.ConditionalFormattingRule] });
      const bar = { type: "dataBar", cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } };
      s.addConditionalFormatting({ ref: "A2:A7", rules: [{ ...bar, priority: 4 } as ExcelJS.ConditionalFormattingRule, { ...bar, priority: 5 } as ExcelJS.ConditionalFormattingRule] });
      s.addConditionalFormatting({ ref: "D2:D7", rules: [{ type: "expression", priority: 6, formulae: ['D2="Red"'], style: fill }] });
    });
    expect(gridModel(d.sheetViews()[0]!).skippedRules).toBe(5);
    expect(skippedRulesSentence(5)).toBe("5 conditional formatting rules of this sheet cannot be shown here; Excel will show them.");
    expect(skippedRulesSentence(1)).toBe("1 conditional formatting rule of this sheet cannot be shown here; Excel will show it.");
  });
});

describe("the downloaded file's name", () => {
  it("is the workbook's name with (RAG Tracker), never twice", () => {
    expect(downloadName("sample-action-plans.xlsx")).toBe("sample-action-plans (RAG Tracker).xlsx");
    expect(downloadName("Plan.XLSX")).toBe("Plan (RAG Tracker).xlsx");
    expect(downloadName("Plan (RAG Tracker).xlsx")).toBe("Plan (RAG Tracker).xlsx");
    expect(downloadName(".xlsx")).toBe("Workbook (RAG Tracker).xlsx");
    // Saved as an .xlsx workbook whatever it was opened as: not "Plan.xlsm (RAG Tracker).xlsx".
    expect(downloadName("Plan.xlsm")).toBe("Plan (RAG Tracker).xlsx");
    expect(downloadName("Plan template.xltx")).toBe("Plan template (RAG Tracker).xlsx");
  });
});
