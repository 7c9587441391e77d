/** One ExcelJS worksheet to the engine's SheetSnapshot: the used area's values, number formats, merges, what is hidden, and =TODAY() formulas. */
import ExcelJS from "exceljs";
import type { ColumnRun, SheetSnapshot } from "../core/cells";
import { isDateFormat } from "../core/dates";
import { toTheMillisecond } from "./timeAlone";
import { formulaGivesNothing, isUncalculatedFormula } from "../core/cells";
import { isVolatileDateFormula } from "../core/volatileDates";
import { cellValue } from "./cellValues";
import { sheetMerges } from "./internals";
import type { RowCells } from "./snapshotRows";
import { newRow, place, snapshotFromRows } from "./snapshotRows";

export function readSheet(sheet: ExcelJS.Worksheet, generatedKey: string | undefined): SheetSnapshot {
  // Only rows the file holds are visited (ExcelJS keeps them in a sparse array).
  const rows: RowCells[] = [];
  let formulas: Record<string, string> | undefined;
  let emptyFormulas: string[] | undefined;
  let webLinks: string[] | undefined;
  const date1904 = sheet.workbook.properties.date1904 ?? false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = newRow(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = cellValue(cell);
      const value = read instanceof Date && !isDateFormat(cell.numFmt) ? toTheMillisecond(read, date1904) : read;
      if (value !== null) place(cells, column, value, cell.numFmt || "General");
      // A date =TODAY() gives is a date like any other once read: its formula says it is not the day of an update.
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      if (formula && !isUncalculatedFormula(value) && isVolatileDateFormula(formula)) (formulas ??= {})[cell.address] = formula;
      // An empty text result (found in the package, as ExcelJS reads it as none: XlsxDoor.open), or one of only spaces.
      if (formula && formulaGivesNothing(value)) (emptyFormulas ??= []).push(cell.address);
      // A link to a web address or a file; one to a place in the workbook ("#'Notes'!A1") is no more reading, as the streaming door reads it.
      if (cell.type === ExcelJS.ValueType.Hyperlink && !String((cell.value as ExcelJS.CellHyperlinkValue).hyperlink ?? "#").startsWith("#")) (webLinks ??= []).push(cell.address);
    });
    if (cells.values.length > 0) rows.push(cells);
  });
  const snapshot: SheetSnapshot = { name: sheet.name, firstRow: 1, firstColumn: 1, values: [], numberFormats: [], merges: sheetMerges(sheet) };
  if (sheet.state !== "visible") snapshot.hidden = true;
  const hiddenColumns = hiddenColumnRuns(sheet);
  if (hiddenColumns.length > 0) snapshot.hiddenColumns = hiddenColumns;
  if (generatedKey !== undefined) snapshot.generatedKey = generatedKey;
  if (formulas) snapshot.formulas = formulas;
  if (emptyFormulas) snapshot.emptyFormulas = emptyFormulas;
  if (webLinks) snapshot.webLinks = webLinks;
  return snapshotFromRows(rows, snapshot);
}

/** The hidden columns as runs: ExcelJS keeps one column object for each column of a <col> run. */
function hiddenColumnRuns(sheet: ExcelJS.Worksheet): ColumnRun[] {
  const runs: ColumnRun[] = [];
  // Typed as always a list, but null on a sheet whose file gives no column settings.
  const columns = (sheet.columns as ExcelJS.Column[] | null) ?? [];
  columns.forEach((column, i) => {
    if (!column.hidden) return;
    const last = runs[runs.length - 1];
    if (last && last.last === i) last.last = i + 1;
    else runs.push({ first: i + 1, last: i + 1 });
  });
  return runs;
}
