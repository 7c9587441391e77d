/** Shared set-up for the Excel door tests: workbooks in the fake, and a readable dump of its state. */
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { isCellError, isUncalculatedFormula } from "../../src/core/cells";
import { isoToSerial } from "../../src/core/dates";
import type { FakeExcel, FakeSheet } from "../fakes/fakeExcel";

/** Puts an engine snapshot into the fake as the user's sheet (dates as serials formatted as dates). */
export function putSnapshot(excel: FakeExcel, snapshot: SheetSnapshot): FakeSheet {
  const sheet = excel.sheet(snapshot.name);
  snapshot.values.forEach((row, r) =>
    row.forEach((v: CellValue, c) => {
      if (v === null || v === "") return;
      const cell = sheet.ensure(snapshot.firstRow + r, snapshot.firstColumn + c);
      if (v instanceof Date) {
        cell.value = isoToSerial(v.toISOString().slice(0, 10));
        cell.numberFormat = "dd/mm/yyyy";
      } else if (isCellError(v)) cell.error = v.error;
      else if (isUncalculatedFormula(v)) cell.formula = `=${v.formula}`;
      else cell.value = v;
    }),
  );
  sheet.merges.push(...snapshot.merges);
  return sheet;
}

/** Everything a sheet holds, in a form two workbooks can be compared by. */
export function dumpSheet(sheet: FakeSheet) {
  const cells = [...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells,
    merges: sheet.merges,
    charts: sheet.charts,
    tables: sheet.tables,
    freezeRows: sheet.freezeRows,
    columnWidths: [...sheet.columnWidths.entries()],
    page: sheet.page,
    pageBreaks: sheet.pageBreaks,
    rowHeights: [...sheet.rowHeights.entries()].sort(([a], [b]) => a - b),
  };
}

export function dumpWorkbook(excel: FakeExcel) {
  return {
    sheets: excel.workbook.sheets.map(dumpSheet),
    names: excel.workbook.names.map((n) => ({ name: n.name, sheet: n.sheet?.name ?? null, range: n.range, visible: n.visible })),
  };
}
