/**
 * A generated sheet's <sheetData> rendered straight from its plan, exactly as ExcelJS would
 * render the cells writeSheetCells makes of that plan (cells, merges, row heights). Saving a
 * generated sheet that nothing has read since it was planned uses this, so its tens of thousands
 * of cells never become ExcelJS cells nor even row models: for a long stale-action list those
 * objects cost more than the writing. Every rule here mirrors what ExcelJS does for the calls
 * writeSheetCells makes, in the same order (styles and strings are numbered in the order they are
 * first met); the tests compare the two renderings byte for byte.
 */
import ExcelJS from "exceljs";
import type { PlanCell, SheetPlan } from "../core/writePlan";
import { columnLetter } from "../core/cells";
import { dateToSerial } from "../core/dates";
import type { OwnSheetData, WriteRegistries } from "./ownSheetData";
import { sheetDataEnd } from "./ownSheetData";
import { Utf8Builder } from "./utf8Builder";
import { PlanStyles } from "./planStyles";
import { wrappedRowHeights } from "../core/rowHeights";
import { cellContent } from "./writeSheet";

const { Null, Merge, Number: NumberType, String: StringType, Date: DateType } = ExcelJS.ValueType;
/** Cells are keyed by number, row × 16,384 + column (Excel's column count). */
const ROW_KEY = 16_384;

export interface PlanSheetData extends OwnSheetData {
  /** The <dimension> reference ExcelJS would write ("A1:N11177"). */
  dimension: string;
}

/** Renders a plan's cells with ExcelJS's registries, when ExcelJS writes the workbook. */
export type PlanCells = (registries: WriteRegistries, date1904: boolean) => PlanSheetData;

/** A style sheet that numbers cell styles (ExcelJS's, or the streaming door's). */
export type StyleRegistry = WriteRegistries["styles"];

/** The XML of a cell holding text, given its address and its ` s="…"` attribute (or ""). */
export type TextCell = (address: string, styleAttribute: string, text: string) => string;

interface Covered {
  master: string;
  style: object;
  range: string;
}

export function planCells(plan: SheetPlan): PlanCells {
  return ({ styles, sharedStrings }, date1904) => renderPlan(plan, styles, date1904, (address, s, text) => `<c r="${address}"${s} t="s"><v>${sharedStrings.add(text)}</v></c>`);
}

/** The plan's <sheetData>, merges and extent; `textCell` writes text as the package keeps it (shared or inline). */
export function renderPlan(plan: SheetPlan, registry: StyleRegistry, date1904: boolean, textCell: TextCell): PlanSheetData {
  const styles = new PlanStyles();
  const letters: string[] = [];
  const letter = (column: number) => (letters[column] ??= columnLetter(column));
  const cellStyle = (cell: PlanCell) => styles.styleOf(cell, cellContent(cell, plan.dateFormat).numFmt);
  // A row's own style, and that of a cell ExcelJS creates itself (a merge corner the plan has no
  // cell for): empty. One object serves them all, as each gets the same style number.
  const empty = {};

  // Merged areas: every cell but the corner keeps no value and takes the corner's style; cells a
  // merge reaches beyond a row's plan cells are created.
  const covered = new Map<number, Covered>();
  const added = new Map<number, number[]>();
  const add = (row: number, column: number) => {
    const planRow = plan.rows[row - 1];
    if (planRow?.[column - 1] !== undefined) return;
    const columns = added.get(row);
    if (columns) columns.push(column);
    else added.set(row, [column]);
  };
  let lastRow = plan.rows.length;
  for (const m of plan.merges) {
    const corner = plan.rows[m.top - 1]?.[m.left - 1];
    const cover = { master: `${letter(m.left)}${m.top}`, style: corner ? cellStyle(corner) : empty, range: `${letter(m.left)}${m.top}:${letter(m.right)}${m.bottom}` };
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        add(r, c);
        if (r !== m.top || c !== m.left) covered.set(r * ROW_KEY + c, cover);
      }
    }
    lastRow = Math.max(lastRow, m.bottom);
  }
  const heights = wrappedRowHeights(plan);
  for (const row of heights.keys()) lastRow = Math.max(lastRow, row);

  const out = new Utf8Builder();
  out.append("<sheetData>");
  let rowCount = 0;
  const mergeCells = new Set<string>();
  let top = 0;
  let left = 0;
  let bottom = 0;
  let right = 0;
  for (let r = 1; r <= lastRow; r++) {
    const planRow = plan.rows[r - 1] ?? [];
    const extra = added.get(r);
    const height = heights.get(r);
    let columns: number[] | null = null;
    if (extra) {
      columns = [...extra];
      planRow.forEach((_, i) => columns!.push(i + 1));
      columns.sort((a, b) => a - b);
    }
    const count = columns ? columns.length : planRow.length;
    if (count === 0 && !height) continue;
    let min = 0;
    let max = 0;
    let cells = "";
    // As ExcelJS: the row's style first, then each cell's style and string in column order.
    const rowStyle = registry.addStyleModel(empty);
    for (let i = 0; i < count; i++) {
      const column = columns ? columns[i]! : i + 1;
      const cell = planRow[column - 1];
      if (!columns && cell === undefined) continue;
      if (!min || min > column) min = column;
      if (max < column) max = column;
      const address = `${letter(column)}${r}`;
      const cover = covered.size > 0 ? covered.get(r * ROW_KEY + column) : undefined;
      if (cover) {
        const id = registry.addStyleModel(cover.style, Merge);
        mergeCells.add(cover.range);
        cells += id ? `<c r="${address}" s="${id}"/>` : `<c r="${address}"/>`;
        continue;
      }
      if (cell === undefined) {
        // A merge corner ExcelJS made: no value, an empty style.
        const id = registry.addStyleModel(empty, Null);
        if (id) cells += `<c r="${address}" s="${id}"/>`;
        continue;
      }
      const { value, numFmt } = cellContent(cell, plan.dateFormat);
      const style = styles.styleOf(cell, numFmt);
      const type = typeof value === "string" ? StringType : typeof value === "number" ? NumberType : value instanceof Date ? DateType : Null;
      const id = registry.addStyleModel(style, type);
      const s = id ? ` s="${id}"` : "";
      if (type === StringType) cells += textCell(address, s, value as string);
      else if (type === NumberType) cells += `<c r="${address}"${s}><v>${String(value)}</v></c>`;
      else if (type === DateType) cells += `<c r="${address}"${s}><v>${dateToSerial(value as Date, date1904)}</v></c>`;
      else if (id) cells += `<c r="${address}"${s}/>`;
    }
    let xml = `<row r="${r}"`;
    if (height) xml += ` ht="${height}" customHeight="1"`;
    if (min > 0 && max > 0 && min <= max) xml += ` spans="${min}:${max}"`;
    if (rowStyle) xml += ` s="${rowStyle}" customFormat="1"`;
    xml += ` x14ac:dyDescent="0.25"`;
    out.append(cells === "" ? `${xml}/>` : `${xml}>${cells}</row>`);
    rowCount++;
    // As ExcelJS's Range.expand, which the sheet's dimension comes from.
    if (!top || r < top) top = r;
    if (!left || min < left) left = min;
    if (!bottom || r > bottom) bottom = r;
    if (!right || max > right) right = max;
  }
  return {
    xml: sheetDataEnd(out, rowCount > 0),
    mergeCells: [...mergeCells],
    dimension: rowCount === 0 ? "A1:A1" : `${letter(left)}${top}:${letter(right)}${bottom}`,
  };
}
