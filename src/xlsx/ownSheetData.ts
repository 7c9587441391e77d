/**
 * A sheet's <sheetData> rendered straight from ExcelJS's row models, for a sheet holding only
 * text, numbers, dates, blanks and merges (every generated sheet, and most trackers). ExcelJS
 * renders each cell through a generic tree of objects and millions of small strings: for a
 * tracker of twenty thousand rows that took longer than the rest of the save. This writes the
 * same XML ExcelJS would, registering each style and string with ExcelJS's own style sheet and
 * shared-string table so the rest of the package agrees. A sheet holding any other kind of cell
 * (a formula, a link, rich text, a true/false value, an error, a comment) is left to ExcelJS.
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../core/cells";
import { dateToSerial } from "../core/dates";
import { Utf8Builder } from "./utf8Builder";

/** A cell as ExcelJS's worksheet model holds it before writing. */
export interface CellModel {
  address: string;
  type: ExcelJS.ValueType;
  value?: unknown;
  style?: object;
  master?: string;
  comment?: unknown;
}

/** A row as ExcelJS's worksheet model holds it before writing. */
export interface RowModel {
  number: number;
  cells: CellModel[];
  min?: number;
  max?: number;
  height?: number;
  hidden?: boolean;
  style?: object;
  outlineLevel?: number;
  collapsed?: boolean;
}

/** ExcelJS's style sheet and shared-string table while it writes a workbook. */
export interface WriteRegistries {
  styles: { addStyleModel(style: object | undefined, cellType?: ExcelJS.ValueType): number };
  sharedStrings: { add(value: unknown): number };
}

export interface OwnSheetData {
  /** The <sheetData> element, as UTF-8 chunks. */
  xml: Uint8Array[];
  /** The merged ranges ("A1:H1"), in the order ExcelJS lists them. */
  mergeCells: string[];
}

const { Null, Merge, Number: NumberType, String: StringType, Date: DateType } = ExcelJS.ValueType;

/** True when every cell is of a kind renderSheetData writes exactly as ExcelJS would. */
export function renderable(rows: readonly (RowModel | null | undefined)[]): boolean {
  for (const row of rows) {
    if (!row) return false;
    for (const cell of row.cells) {
      if (cell.comment) return false;
      const t = cell.type;
      if (t !== Null && t !== Merge && t !== NumberType && t !== DateType && (t !== StringType || typeof cell.value !== "string")) return false;
    }
  }
  return true;
}

/** "AB12" → [row 12, column 28]. */
function decodeAddress(address: string): [number, number] {
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return [Number(address.slice(i)), column];
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function widen(box: Box, address: string): void {
  const [row, column] = decodeAddress(address);
  box.top = Math.min(box.top, row);
  box.bottom = Math.max(box.bottom, row);
  box.left = Math.min(box.left, column);
  box.right = Math.max(box.right, column);
}

/**
 * The rows as ExcelJS writes them (cell-xform and row-xform): the same attributes in the same
 * order, styles and strings registered in the same order. Call only on rows that are renderable.
 */
export function renderSheetData(rows: readonly RowModel[], registries: WriteRegistries, date1904: boolean): OwnSheetData {
  const { styles, sharedStrings } = registries;
  const merges = new Map<string, Box>();
  // Each row encoded as it is finished (see Utf8Builder).
  const out = new Utf8Builder();
  out.append("<sheetData>");
  let any = false;
  for (const row of rows) {
    const rowStyle = styles.addStyleModel(row.style);
    let xml = `<row r="${row.number}"`;
    if (row.height) xml += ` ht="${row.height}" customHeight="1"`;
    if (row.hidden) xml += ` hidden="1"`;
    if (row.min !== undefined && row.max !== undefined && row.min > 0 && row.max > 0 && row.min <= row.max) xml += ` spans="${row.min}:${row.max}"`;
    if (rowStyle) xml += ` s="${rowStyle}" customFormat="1"`;
    xml += ` x14ac:dyDescent="0.25"`;
    if (row.outlineLevel) xml += ` outlineLevel="${row.outlineLevel}"`;
    if (row.collapsed) xml += ` collapsed="1"`;
    let cells = "";
    for (const cell of row.cells) {
      const styleId = styles.addStyleModel(cell.style || {}, cell.type);
      if (cell.type === Null && !styleId) continue;
      const s = styleId ? ` s="${styleId}"` : "";
      switch (cell.type) {
        case StringType:
          cells += `<c r="${cell.address}"${s} t="s"><v>${sharedStrings.add(cell.value)}</v></c>`;
          break;
        case NumberType:
          cells += `<c r="${cell.address}"${s}><v>${String(cell.value)}</v></c>`;
          break;
        case DateType:
          cells += `<c r="${cell.address}"${s}><v>${dateToSerial(cell.value as Date, date1904)}</v></c>`;
          break;
        case Merge: {
          if (cell.master) {
            const box = merges.get(cell.master);
            if (box) widen(box, cell.address);
            else {
              const [row, column] = decodeAddress(cell.master);
              const fresh = { top: row, left: column, bottom: row, right: column };
              widen(fresh, cell.address);
              merges.set(cell.master, fresh);
            }
          }
          cells += `<c r="${cell.address}"${s}/>`;
          break;
        }
        default:
          cells += `<c r="${cell.address}"${s}/>`;
      }
    }
    out.append(cells === "" ? `${xml}/>` : `${xml}>${cells}</row>`);
    any = true;
  }
  const mergeCells = [...merges.values()].map((b) => `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom}`);
  return { xml: sheetDataEnd(out, any), mergeCells };
}

const EMPTY = new TextEncoder().encode("<sheetData/>");

/** Closes the <sheetData> begun in `out`, or gives the empty element ExcelJS writes for no rows. */
export function sheetDataEnd(out: Utf8Builder, anyRow: boolean): Uint8Array[] {
  if (!anyRow) return [EMPTY];
  out.append("</sheetData>");
  return out.chunks();
}
