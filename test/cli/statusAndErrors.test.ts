/** The command line on real workbooks with a Status column of words, and with formulas that give error values. */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/program";
import { jsonReportSchema } from "../../src/core/jsonReport";
import { memoryIo } from "../helpers/memoryIo";

const HEADER = ["Review", "No", "Action", "Lead", "Target date", "Last updated"];
const OLD = new Date(Date.UTC(2021, 4, 10));
const PAST = new Date(Date.UTC(2021, 5, 30));
const NEXT_YEAR = new Date(Date.UTC(2022, 2, 31));

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Twelve actions, all long since updated and past their dates, with a Status column of words and no RAG column. */
async function statusOnly(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Case Reviews");
  sheet.addRow([...HEADER, "Status"]);
  const statuses = ["Complete", "Complete", "Complete", "Complete", "Complete", "In progress", "In progress", "In progress", "Not started", "Complete", "In progress", "Complete"];
  statuses.forEach((status, i) => sheet.addRow(["Frankie", i + 1, `Action ${i + 1}`, "Health", PAST, OLD, status]));
  return bytesOf(workbook);
}

describe("check on a sheet whose rating column holds statuses", () => {
  it("leads with one sentence for the column and prints each alike finding once, naming its cells", async () => {
    const io = memoryIo({ "status.xlsx": await statusOnly() });
    expect(await runCli(["check", "status.xlsx", "--as-of", "2021-11-01"], io)).toBe(1);
    const lines = io.out.join("").split("\n");
    expect(lines.slice(3, 7)).toEqual([
      "Errors (13)",
      '  Column G ("Status") on sheet "Case Reviews" holds statuses such as "Complete" and "In progress", not RAG ratings, so 12 actions are counted with an invalid rating (the 7 it marks complete are not listed as stale or overdue); rate each action Blue (B), Green (G), Amber (A) or Red (R) in a column headed RAG, or, if another column holds the ratings, choose it under Column overrides in the task pane\'s settings.',
      "  'Case Reviews'!G2:G6, G11, G13 (7 cells): \"Complete\" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R) (did you mean Blue?); as it says the action is complete, the action is not listed as stale or overdue.",
      "  'Case Reviews'!G7:G9, G12 (4 cells): \"In progress\" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R).",
    ]);
    expect(lines[7]).toBe("  'Case Reviews'!G10: \"Not started\" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R).");
    // The outcome line below the findings does not say the column's sentence again.
    expect(lines.at(-2)).toBe("12 actions in 1 review; 12 invalid ratings, 0 missing ratings, 5 stale, 5 overdue.");
  });

  it("keeps one finding per cell in the JSON output, and lists only the open actions as stale and overdue", async () => {
    const io = memoryIo({ "status.xlsx": await statusOnly() });
    await runCli(["check", "status.xlsx", "--json", "--as-of", "2021-11-01"], io);
    const report = jsonReportSchema.parse(JSON.parse(io.out.join("")));
    expect(report.findings.filter((f) => f.code === "rating-invalid")).toHaveLength(12);
    expect(report.findings.filter((f) => f.code === "rating-column-statuses")).toHaveLength(1);
    expect(report.stale.map((s) => s.ref)).toEqual(["6", "7", "8", "9", "11"]);
    expect(report.overdue.map((s) => s.ref)).toEqual(["6", "7", "8", "9", "11"]);
  });

  it("leads the summary's outcome line with the column's sentence", async () => {
    const io = memoryIo({ "status.xlsx": await statusOnly() });
    expect(await runCli(["summarize", "status.xlsx", "-o", "out.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    expect(io.out.join("")).toContain('\nColumn G ("Status") on sheet "Case Reviews" holds statuses such as "Complete" and "In progress", not RAG ratings');
  });
});

describe("check on formulas that give error values", () => {
  it("names each error cell in a date column, and says a rating's error comes from its formula", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Plan");
    sheet.addRow([...HEADER, "RAG"]);
    sheet.addRow(["Leo", 1, "Refresh the neglect toolkit", "Health", NEXT_YEAR, OLD, "Green"]);
    sheet.addRow(["Leo", 2, "Brief frontline staff", "Police", NEXT_YEAR, OLD, "Amber"]);
    sheet.addRow(["Leo", 3, "Audit assessments", "Education", NEXT_YEAR, OLD, "Amber"]);
    sheet.getCell("F2").value = { formula: "MAX(Log!C:C)", result: { error: "#VALUE!" } } as ExcelJS.CellFormulaValue;
    sheet.getCell("E3").value = { formula: "Dates!B4", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
    sheet.getCell("G4").value = { formula: "VLOOKUP(A4,Lookups!A:B,2,FALSE)", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
    const io = memoryIo({ "errors.xlsx": await bytesOf(workbook) });
    expect(await runCli(["check", "errors.xlsx", "--as-of", "2021-11-01"], io)).toBe(1);
    const text = io.out.join("");
    expect(text).toContain(
      "Plan!G4: Cell G4 holds the error #N/A, which a formula gives when it fails, not a rating; correct the formula (or the cell it looks up) so it gives Blue (B), Green (G), Amber (A) or Red (R), or type the rating.",
    );
    expect(text).toContain("Plan!F2: Cell F2 holds the error #VALUE!, so the action's last update cannot be read and it is listed as stale, with the error shown in place of a date; correct the formula, or type the date.");
    expect(text).toContain("Plan!E3: Cell E3 holds the error #REF!, so the action's due date cannot be read and it is not checked for being overdue; correct the formula, or type the date.");
    expect(text).toContain("3 actions in 1 review; 1 invalid rating, 0 missing ratings, 3 stale, 0 overdue (1 not checked: time scale not read).");
  });
});
