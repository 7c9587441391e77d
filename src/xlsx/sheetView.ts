/**
 * What a person would see of each worksheet, as plain data for the browser workbench's grid:
 * the cells' shown text and their own fills and fonts, merges, column widths, whether the sheet
 * is visible, and the conditional-format rules still to be worked out per cell. ExcelJS stays
 * inside the file door; the grid only gets these values.
 */
import type ExcelJS from "exceljs";
import type { CellRange, CellValue } from "../core/cells";
import { a1Range, cellText, isCellError, isUncalculatedFormula } from "../core/cells";
import { cellValue } from "./cellValues";
import type { FillSpec, Palette } from "./fillColour";
import { fillColour } from "./fillColour";
import { conditionalFormats, sheetMerges } from "./internals";

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

/** A conditional-format rule of the "expression" kind, the only kind the add-in writes. */
export interface ViewRule {
  ranges: CellRange[];
  /** Relative to the top-left cell of the first range, without the leading "=". */
  formula: string;
  priority: number;
  look: CellLook;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetView {
  name: string;
  visibility: SheetVisibility;
  /** The last row and column holding a value or a style worth showing. */
  lastRow: number;
  lastColumn: number;
  cells: ViewCell[];
  merges: CellRange[];
  /** Column widths in Excel's character units, by column number; absent means the default. */
  widths: Record<number, number>;
  rules: ViewRule[];
  /** Rule kinds found on the sheet that the view does not work out (icon sets, data bars…). */
  otherRuleKinds: string[];
}

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
function look(style: Partial<ExcelJS.Style> | undefined, palette: Palette | null): CellLook {
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

/** "F5:F240 H5" → ranges; anything unreadable is left out. */
function refRanges(ref: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const part of ref.trim().split(/\s+/)) {
    const range = a1Range(part);
    if (range) ranges.push(range);
  }
  return ranges;
}

function visibility(sheet: ExcelJS.Worksheet): SheetVisibility {
  return sheet.state === "hidden" || sheet.state === "veryHidden" ? sheet.state : "visible";
}

/** One worksheet as the grid shows it. */
export function sheetView(sheet: ExcelJS.Worksheet, palette: Palette): SheetView {
  const cells: ViewCell[] = [];
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // Empty cells too: a blank cell may show a fill (a rating given by colour alone).
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = cellValue(cell);
      const cellLook = look(cell.style, palette);
      if (value === null && cellLook.fill === undefined) return;
      const s = shown(value, cell.numFmt || "General");
      // A cell's own horizontal alignment wins, as in Excel: a right-aligned text ("never", a count heading) shows on the right.
      const horizontal = cell.alignment?.horizontal;
      const alignRight = horizontal === "right" ? true : horizontal === "left" || horizontal === "center" ? false : s.right;
      cells.push({ row: rowNumber, column, value: s.value, text: s.text, look: cellLook, wrap: cell.alignment?.wrapText === true, alignRight });
      lastRow = Math.max(lastRow, rowNumber);
      lastColumn = Math.max(lastColumn, column);
    });
  });

  const widths: Record<number, number> = {};
  (sheet.columns ?? []).forEach((column, i) => {
    if (typeof column.width === "number") widths[i + 1] = column.width;
  });

  const rules: ViewRule[] = [];
  const otherRuleKinds = new Set<string>();
  for (const format of conditionalFormats(sheet)) {
    const ranges = refRanges(format.ref);
    for (const rule of format.rules) {
      const formula = rule.type === "expression" ? rule.formulae?.[0] : undefined;
      if (typeof formula !== "string" || ranges.length === 0) {
        otherRuleKinds.add(rule.type);
        continue;
      }
      rules.push({ ranges, formula: formula.replace(/^=/, ""), priority: rule.priority ?? Number.MAX_SAFE_INTEGER, look: look(rule.style, null) });
    }
  }
  rules.sort((a, b) => a.priority - b.priority);

  return { name: sheet.name, visibility: visibility(sheet), lastRow, lastColumn, cells, merges: sheetMerges(sheet), widths, rules, otherRuleKinds: [...otherRuleKinds] };
}
