/**
 * A rating cell filled green whose formula gives nothing (=IF(…,"",…)), on a protected sheet where
 * that cell is locked. It is counted as Green by its colour, as any blank rating cell filled so,
 * but its rating is the formula's to give: Fix ratings never overwrites a formula, so the finding
 * advises on the formula and promises no fix, Fix ratings plans none, and the Excel door and the
 * command line's door say the same.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { analyse, fixRatings } from "../../src/door/operations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { FakeExcel } from "../fakes/fakeExcel";

const ROWS = [["Review", "No", "Action", "Response", "RAG"], ...["Blue", "Green", "Amber"].map((r, i) => ["Leo", i + 1, `Action ${i + 1}`, "Started", r])];
const FORMULA = 'IF(D4="Done","Blue","")';
const GREEN = "#00B050";
const FINDING =
  'Row 4: the rating cell is filled green (#00B050) and its formula gives nothing, so it is counted as Green; make the formula give "Green" (Fix ratings leaves formulas as they are), so filters, screen readers and printouts in black and white read the rating too.';

function excelPlan(): FakeExcel {
  const excel = new FakeExcel();
  const sheet = excel.sheet("Leo", ROWS);
  Object.assign(sheet.ensure(4, 5), { formula: `=${FORMULA}`, value: "" });
  sheet.ensure(4, 5).look = { fill: GREEN };
  sheet.protected = true;
  sheet.unlocked.push({ top: 2, bottom: 3, left: 5, right: 5 });
  return excel;
}

/** The same plan as Excel saves it: the formula's empty result kept as <v></v>. */
async function filePlan(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Leo");
  ROWS.forEach((r) => sheet.addRow(r));
  sheet.getCell(4, 5).value = { formula: FORMULA, result: "" } as ExcelJS.CellFormulaValue;
  sheet.getCell(4, 5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const row4 = (findings: { row?: number; code: string; message: string }[]) => findings.filter((f) => f.row === 4).map((f) => [f.code, f.message]);

describe("a rating cell filled green whose formula gives nothing", () => {
  it("in Excel, is counted as Green with advice on the formula, and Fix ratings, planning nothing for it, is not stopped by its lock", async () => {
    const excel = excelPlan();
    const door = new ExcelDoor(excel);
    const { analysis } = await analyse(door);
    expect(row4(analysis.findings)).toEqual([["rating-colour-only", FINDING]]);
    const { edits, notes } = await fixRatings(door);
    expect(edits).toEqual([]);
    expect([...notes, ...door.lastEditOutcome.notes]).toEqual([]);
    expect(excel.workbook.sheets[0]!.cell(4, 5)).toEqual({ formula: `=${FORMULA}`, value: "", look: { fill: GREEN } });
  });

  it("through the command line's door, gives the same finding", async () => {
    const door = await StreamingXlsxDoor.open(await filePlan(), "plan.xlsx");
    const { analysis } = await analyse(door);
    expect(row4(analysis.findings)).toEqual([["rating-colour-only", FINDING]]);
  });

  it("giving only a space, is the formula's to give in every door: the same finding, and Fix ratings plans nothing for it", async () => {
    const SPACE = 'IF(D4="Done","Blue"," ")';
    const excel = new FakeExcel();
    Object.assign(excel.sheet("Leo", ROWS).ensure(4, 5), { formula: `=${SPACE}`, value: " ", look: { fill: GREEN } });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Leo");
    ROWS.forEach((r) => sheet.addRow(r));
    sheet.getCell(4, 5).value = { formula: SPACE, result: " " } as ExcelJS.CellFormulaValue;
    sheet.getCell(4, 5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { analysis } = await analyse(await StreamingXlsxDoor.open(bytes, "plan.xlsx"));
    expect(row4(analysis.findings)).toEqual([["rating-colour-only", FINDING]]);
    // The command line has no Fix ratings; the two doors that do are asked to fix.
    for (const door of [new ExcelDoor(excel), await XlsxDoor.open(bytes, "plan.xlsx")]) {
      expect(row4((await analyse(door)).analysis.findings)).toEqual([["rating-colour-only", FINDING]]);
      expect((await fixRatings(door)).edits).toEqual([]);
    }
  });

  it("merged down beside two actions, gives both rows the finding on the formula, in Excel and through the command line's door", async () => {
    const message = (row: number) => FINDING.replace("Row 4:", `Row ${row}:`);
    const excel = new FakeExcel();
    const sheet = excel.sheet("Leo", ROWS);
    Object.assign(sheet.ensure(3, 5), { formula: `=${FORMULA}`, value: "" });
    sheet.ensure(3, 5).look = { fill: GREEN };
    sheet.cells.delete("4,5");
    sheet.merges.push({ top: 3, bottom: 4, left: 5, right: 5 });
    const workbook = new ExcelJS.Workbook();
    const file = workbook.addWorksheet("Leo");
    ROWS.forEach((r) => file.addRow(r));
    file.getCell("E3").value = { formula: FORMULA, result: "" } as ExcelJS.CellFormulaValue;
    file.getCell("E3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    file.getCell("E4").value = null;
    file.mergeCells("E3:E4");
    const doors = [new ExcelDoor(excel), await StreamingXlsxDoor.open(new Uint8Array(await workbook.xlsx.writeBuffer()), "plan.xlsx")];
    for (const door of doors) {
      const { analysis } = await analyse(door);
      const rows = analysis.findings.filter((f) => f.code === "rating-colour-only").map((f) => f.message);
      expect(rows).toEqual([message(3), message(4)]);
    }
  });
});
