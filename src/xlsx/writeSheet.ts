/**
 * One SheetPlan onto a fresh ExcelJS worksheet: values (text always as text), number formats,
 * styles, widths, merges, frozen rows and print setup. The plan is checked first, whole, so a
 * bad plan stops before the workbook changes.
 */
import type ExcelJS from "exceljs";
import type { CellRange } from "../core/cells";
import { columnLetter, rangesOverlap } from "../core/cells";
import { isIsoDate } from "../core/dates";
import type { PlanCell, SheetPlan, WritePlan } from "../core/writePlan";
import { PAGE_FOOTER, hasData } from "../core/writePlan";
import { STORE_SHEET_NAME } from "../core/store";
import { MAX_CELL_TEXT, MAX_COLUMNS, MAX_ROWS, fitText, textFormatFits } from "../core/excelLimits";
import { PlanStyles } from "./planStyles";
import { wrappedRowHeights } from "../core/rowHeights";
import { PAGE_MARGINS, printArea } from "../core/printedPage";

/** Excel's limit on a header or footer. */
const MAX_HEADER = 200;
const TEXT_FORMAT = "@";
/** Excel's paper size number for A4. */
export const A4 = 9;

function validRange(r: CellRange): boolean {
  return [r.top, r.left, r.bottom, r.right].every((n) => Number.isInteger(n) && n >= 1) && r.bottom >= r.top && r.right >= r.left && r.bottom <= MAX_ROWS && r.right <= MAX_COLUMNS;
}

/** Why Excel would refuse this sheet name, or null when it is a valid one. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "is blank";
  if (name.length > 31) return "is longer than Excel's 31 characters";
  if (/[\\/?*:[\]]/.test(name)) return "contains one of \\ / ? * : [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "is reserved by Excel";
  return null;
}

/** `validDates` remembers the dates already checked: a long stale list repeats the same few hundred. */
function cellProblem(cell: PlanCell, validDates: Set<string>): string | null {
  if (cell.kind === "number" && !Number.isFinite(cell.value)) return `the number ${String(cell.value)}, which Excel cannot store`;
  if (cell.kind === "date" && !validDates.has(cell.value)) {
    if (!isIsoDate(cell.value)) return `the date "${cell.value}", which is not written YYYY-MM-DD`;
    validDates.add(cell.value);
  }
  return null;
}

/** Throws one sentence for the first thing in the plan that Excel could not hold; changes nothing. */
export function checkPlan(plan: WritePlan): void {
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const lower = sheet.name.toLowerCase();
    if (seen.has(lower)) throw new Error(`The summary plan names two sheets "${sheet.name}", so nothing was written.`);
    seen.add(lower);
    const nameProblem = sheetNameProblem(sheet.name);
    if (nameProblem) throw new Error(`The sheet name "${sheet.name}" ${nameProblem}, so nothing was written.`);
    if (lower === STORE_SHEET_NAME.toLowerCase()) throw new Error(`The sheet name "${sheet.name}" is RAG Tracker's own data sheet, so nothing was written.`);
    const validDates = new Set<string>();
    // Plain loops: this visits every cell of every generated sheet.
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        const problem = cell === undefined ? null : cellProblem(cell, validDates);
        if (problem) throw new Error(`Row ${r + 1}, column ${c + 1} of the "${sheet.name}" plan holds ${problem}, so nothing was written.`);
      }
    }
    sheet.merges.forEach((m, i) => {
      if (!validRange(m)) throw new Error(`A merged area of the "${sheet.name}" plan lies outside the sheet, so nothing was written.`);
      if (sheet.merges.slice(0, i).some((o) => rangesOverlap(o, m))) throw new Error(`Two merged areas of the "${sheet.name}" plan overlap, so nothing was written.`);
    });
    for (const chart of sheet.charts.filter(hasData)) {
      const ranges = [chart.categories, chart.anchor, ...chart.series.map((s) => s.values)];
      if (!ranges.every(validRange)) throw new Error(`The chart "${chart.title}" of the "${sheet.name}" plan refers to cells outside the sheet, so nothing was written.`);
    }
  }
}

/** What a plan cell holds in the file: its value (null for a blank) and its number format. */
export function cellContent(cell: PlanCell, dateFormat: string): { value: string | number | Date | null; numFmt: string | undefined } {
  switch (cell.kind) {
    case "text": {
      // A string is stored as a string: "=SUM(A1)" or "+44…" never becomes a formula, whatever its format.
      const value = fitText(cell.value, MAX_CELL_TEXT);
      return { value, numFmt: textFormatFits(value) ? TEXT_FORMAT : undefined };
    }
    case "number":
      return { value: cell.value, numFmt: undefined };
    case "date":
      return { value: new Date(`${cell.value}T00:00:00Z`), numFmt: dateFormat };
    case "blank":
      return { value: null, numFmt: undefined };
  }
}

function writeCell(target: ExcelJS.Cell, cell: PlanCell, dateFormat: string, styles: PlanStyles): void {
  const { value, numFmt } = cellContent(cell, dateFormat);
  if (value !== null) target.value = value;
  target.style = styles.styleOf(cell, numFmt);
}

/** "&" starts a code in an Excel header, so a literal one is doubled. */
export function headerText(text: string): string {
  return text.slice(0, MAX_HEADER).replace(/&/g, "&&");
}

/** The plan's cells, merges and the heights of rows with wrapped text (planRows builds the same rows without ExcelJS). */
export function writeSheetCells(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const styles = new PlanStyles();
  plan.rows.forEach((row, r) => row.forEach((cell, c) => writeCell(sheet.getCell(r + 1, c + 1), cell, plan.dateFormat, styles)));
  for (const m of plan.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const [row, height] of wrappedRowHeights(plan)) sheet.getRow(row).height = height;
}

/** The width ExcelJS takes for a column it is given none for: a column given exactly this is written as if given none. */
const EXCELJS_DEFAULT_WIDTH = 9;

/**
 * `chars` as ExcelJS should be given it: a column 9 wide (the Stale list's Flag and Rating, the summary's
 * Total) would otherwise be left out of the file and drawn at the sheet's default, 8.43. A millionth more
 * is the same width to the pixel (Excel keeps widths to 1/256 of a character), so every door draws the plan's width.
 */
function exceljsWidth(chars: number): number {
  return chars === EXCELJS_DEFAULT_WIDTH ? chars + 1e-6 : chars;
}

/** Everything but the cells: column widths, frozen rows and print setup. */
export function writeSheetLayout(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((chars, i) => {
    if (chars > 0) sheet.getColumn(i + 1).width = exceljsWidth(chars);
  });
  if (plan.freezeRows > 0) sheet.views = [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }];
  const print = plan.print;
  const area = printArea(plan);
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: print.orientation,
    paperSize: A4,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    // 0 pages tall: as many pages as the rows need.
    fitToHeight: 0,
    // Numbered from 1 on every generated sheet: LibreOffice otherwise counts on from the sheets before it.
    firstPageNumber: 1,
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.first}:${print.repeatRows.last}` } : {}),
    // The note above the title is for the team on screen: the councillors' pages start under it.
    // ExcelJS puts a "$" before each corner's column alone: "A$2:H$82" is saved fixed, "$A$2:$H$82" as Excel writes it,
    // where "A2:H82" would be saved "$A2:$H82", whose rows move with the cell it is read from, and which LibreOffice ignores.
    ...(area ? { printArea: `${columnLetter(area.left)}$${area.top}:${columnLetter(area.right)}$${area.bottom}` } : {}),
    margins: { ...PAGE_MARGINS },
  };
  sheet.headerFooter = { oddHeader: `&C${headerText(print.header)}`, oddFooter: `&C${PAGE_FOOTER}` };
  // A break is stored after the last row of a page; column 16,384 is the sheet's last.
  for (const row of plan.pageBreaks ?? []) sheet.getRow(row - 1).addPageBreak(1, MAX_COLUMNS);
}
