/**
 * One cell of an ExcelJS worksheet as a person would see it, read when the grid asks for it: its
 * shown text, its own fill and font, wrapping and alignment. Nothing is created in the worksheet
 * to read it: a place the sheet holds no cell for looks as its row's or column's style says.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/cells";
import { cellText, isCellError, isUncalculatedFormula } from "../core/cells";
import { cellValue } from "./cellValues";
import type { FillSpec, Palette } from "./fillColour";
import { fillColour } from "./fillColour";

/** How a cell looks beyond its text; colours are "#RRGGBB". */
export interface CellLook {
  fill?: string;
  colour?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ViewCell {
  row: number;
  column: number;
  /** The value, for conditional-format formulas (text, number, boolean; a date as its text). */
  value: string | number | boolean | null;
  /** What the cell shows. */
  text: string;
  look: CellLook;
  wrap: boolean;
  /** Numbers and dates sit on the right, as in Excel. */
  alignRight: boolean;
}

/** The parts of a style the grid shows. */
export type ShownStyle = Pick<Partial<ExcelJS.Style>, "numFmt" | "font" | "alignment" | "fill">;

/** "FF1F4E79" → "#1F4E79"; theme and indexed colours give undefined (the default look). */
function hexColour(colour: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = colour?.argb;
  return typeof argb === "string" && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

/** A conditional format's solid fill: its background colour, which the add-in writes as ARGB. */
function conditionalFill(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  return hexColour(fill.bgColor) ?? hexColour(fill.fgColor);
}

/** A cell's look; `palette` (the workbook's theme and indexed colours) for a cell's own fill, none for a conditional format's. */
export function look(style: ShownStyle | undefined, palette: Palette | null): CellLook {
  const out: CellLook = {};
  const fill = palette ? (fillColour(style?.fill as FillSpec | undefined, palette) ?? undefined) : conditionalFill(style?.fill);
  if (fill) out.fill = fill;
  const colour = hexColour(style?.font?.color);
  if (colour) out.colour = colour;
  if (style?.font?.bold) out.bold = true;
  if (style?.font?.italic) out.italic = true;
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as its number format asks, in the two shapes trackers use: "14 Jun 2021" or "14/06/2021". */
function dateText(date: Date, numberFormat: string): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  if (/mmm/i.test(numberFormat)) return /d/i.test(numberFormat) ? `${d} ${MONTHS[m]} ${y}` : `${MONTHS[m]} ${y}`;
  return `${pad(d)}/${pad(m + 1)}/${y}`;
}

function numberText(n: number, numberFormat: string): string {
  if (numberFormat.includes("%")) {
    const places = /\.(0+)%/.exec(numberFormat)?.[1]?.length ?? 0;
    return `${(n * 100).toFixed(places)}%`;
  }
  const fixed = /0\.(0+)/.exec(numberFormat);
  if (fixed) return n.toFixed(fixed[1]!.length);
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
}

function shown(value: CellValue, numberFormat: string): { value: ViewCell["value"]; text: string; right: boolean } {
  if (value === null) return { value: null, text: "", right: false };
  if (value instanceof Date) {
    const text = dateText(value, numberFormat);
    return { value: text, text, right: true };
  }
  if (isCellError(value)) return { value: value.error, text: value.error, right: false };
  if (isUncalculatedFormula(value)) {
    const text = cellText(value);
    return { value: text, text, right: false };
  }
  if (typeof value === "number") return { value, text: numberText(value, numberFormat), right: true };
  if (typeof value === "boolean") return { value, text: value ? "TRUE" : "FALSE", right: false };
  return { value, text: value, right: false };
}

/** The style a place without a cell of its own shows: its row's parts, else its column's, as ExcelJS would give a cell made there. */
function placeStyle(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, column: number): ShownStyle {
  // A row's style parts read as its own style's (undefined where the row has none).
  const own: ShownStyle = row;
  const columnStyle: ShownStyle = sheet.columns?.[column - 1]?.style ?? {};
  return { numFmt: own.numFmt || columnStyle.numFmt, font: own.font || columnStyle.font, alignment: own.alignment || columnStyle.alignment, fill: own.fill || columnStyle.fill };
}

/** A value (as cellValue reads it) in a cell of this style, as the grid shows it; undefined when it is empty and unfilled. */
export function shownCell(row: number, column: number, value: CellValue, style: ShownStyle, palette: Palette): ViewCell | undefined {
  const cellLook = look(style, palette);
  if (value === null && cellLook.fill === undefined) return undefined;
  const s = shown(value, style.numFmt || "General");
  // A cell's own horizontal alignment wins, as in Excel: a right-aligned text ("never", a count heading) shows on the right.
  const horizontal = style.alignment?.horizontal;
  const alignRight = horizontal === "right" ? true : horizontal === "left" || horizontal === "center" ? false : s.right;
  return { row, column, value: s.value, text: s.text, look: cellLook, wrap: style.alignment?.wrapText === true, alignRight };
}

/** Whether a value in a cell of this fill shows anything: cheaper than shownCell, the fill worked out only for an empty cell. */
export function showsSomething(value: CellValue, fill: ShownStyle["fill"], palette: Palette): boolean {
  return value !== null || (fill !== undefined && fillColour(fill as FillSpec, palette) !== null);
}

/**
 * The cell at this place as the grid shows it; undefined where there is nothing to see: an empty
 * cell without a fill, or a row without a value (a row holding only styles shows nothing, as the
 * grid has always drawn it). A place beyond its row's last cell holds nothing.
 */
export function viewCell(sheet: ExcelJS.Worksheet, rowNumber: number, column: number, palette: Palette): ViewCell | undefined {
  const row = sheet.findRow(rowNumber);
  if (!row || column > row.cellCount || !row.hasValues) return undefined;
  const cell = row.findCell(column);
  return shownCell(rowNumber, column, cell ? cellValue(cell) : null, cell ? cell.style : placeStyle(sheet, row, column), palette);
}

/** Whether the place of a row with values shows anything (see viewCell). */
export function placeShowsSomething(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, column: number, palette: Palette): boolean {
  const cell = row.findCell(column);
  return showsSomething(cell ? cellValue(cell) : null, cell ? cell.style?.fill : placeStyle(sheet, row, column).fill, palette);
}
