/**
 * The Excel stand-in's equivalent of xlsxFingerprint: every cell a user owns (value, formula,
 * error, number format) and each sheet's merges, visibility and protection, in the same print
 * shape, so differences() proves an action through the Excel door changed only what it declared.
 */
import { columnLetter } from "../../src/core/cells";
import type { FakeExcel } from "../fakes/fakeExcel";
import type { CellPrint, WorkbookPrint } from "./xlsxFingerprint";
import { MERGES_KEY, SHEET_KEY } from "./xlsxFingerprint";

function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function fingerprintFake(excel: FakeExcel, ignoreSheets: (name: string) => boolean = () => false): WorkbookPrint {
  const print: WorkbookPrint = new Map();
  for (const sheet of excel.workbook.sheets) {
    if (ignoreSheets(sheet.name)) continue;
    const cells = new Map<string, CellPrint>();
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      const value = cell.error !== undefined ? `error:${cell.error}` : cell.value === undefined ? "" : `${typeof cell.value}:${String(cell.value)}`;
      const format = cell.numberFormat ?? "General";
      // A cell with only a look (fill, font) holds nothing the user typed; an empty General cell is no cell. Looks are the file doors' to keep: Excel keeps them itself.
      if (value === "" && cell.formula === undefined && format === "General") continue;
      cells.set(a1(row, column), { value, formula: cell.formula ?? null, numFmt: format, look: "" });
    }
    const merges = sheet.merges.map((m) => (m.top === m.bottom && m.left === m.right ? a1(m.top, m.left) : `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`)).sort();
    cells.set(MERGES_KEY, { value: merges.join(" "), formula: null, numFmt: "", look: "" });
    cells.set(SHEET_KEY, { value: `${sheet.visibility}${sheet.protected ? " protected" : ""}`, formula: null, numFmt: "", look: "" });
    print.set(sheet.name, cells);
  }
  return print;
}
