/** How each plan cell style looks in the file: fonts, fills, borders and wrapping. */
import type ExcelJS from "exceljs";
import type { PlanCell, PlanCellStyle } from "../core/writePlan";
import { DARK_GREY, GRID_COLOUR, STYLE_LOOKS, type BorderKind } from "../core/styleLooks";

const thin = (colour: string): Partial<ExcelJS.Border> => ({ style: "thin", color: { argb: argb(colour)! } });
const GRID = thin(GRID_COLOUR);
const BORDERS: Record<BorderKind, Partial<ExcelJS.Borders>> = {
  box: { top: GRID, left: GRID, bottom: GRID, right: GRID },
  total: { top: thin(DARK_GREY), left: GRID, bottom: GRID, right: GRID },
};

interface Look {
  font?: Partial<ExcelJS.Font>;
  fill?: string;
  border?: Partial<ExcelJS.Borders>;
  wrap?: boolean;
}

/** The face and size row heights are estimated for (see rowHeights). */
const BODY_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

/** Each style's look (core/styleLooks) as ExcelJS styles it. */
const LOOKS = Object.fromEntries(
  Object.entries(STYLE_LOOKS).map(([style, look]) => {
    const font: Partial<ExcelJS.Font> = {};
    if (look.bold) font.bold = true;
    if (look.italic) font.italic = true;
    if (look.size) font.size = look.size;
    if (look.fontColour) font.color = { argb: argb(look.fontColour)! };
    const file: Look = {};
    if (Object.keys(font).length > 0) file.font = font;
    if (look.fill) file.fill = look.fill;
    if (look.border) file.border = BORDERS[look.border];
    if (look.wrap) file.wrap = true;
    return [style, file];
  }),
) as Record<PlanCellStyle, Look>;

/** "#1F4E79" → "FF1F4E79"; null when it is not a #RRGGBB colour. */
export function argb(colour: string): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  return m ? `FF${m[1]!.toUpperCase()}` : null;
}

export function solidFill(colour: string): ExcelJS.Fill | undefined {
  const c = argb(colour);
  return c ? { type: "pattern", pattern: "solid", fgColor: { argb: c }, bgColor: { argb: c } } : undefined;
}

/**
 * The complete style of a plan cell with this number format. Cells that look the same share one
 * style object, as ExcelJS does for the cells it reads, so saving hashes each look once rather
 * than once per cell. A shared object must never be changed in place.
 */
export class PlanStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  /** The same objects for cells with no fill or font colour of their own (most cells), by look and format: no key to build. */
  private readonly plain = new Map<string, Map<string, Partial<ExcelJS.Style>>>();

  styleOf(cell: PlanCell, numFmt: string | undefined): Partial<ExcelJS.Style> {
    if (cell.fill !== undefined || ("fontColour" in cell && cell.fontColour) || ("align" in cell && cell.align)) return this.keyed(cell, numFmt);
    const look = cell.style ?? "";
    let byFormat = this.plain.get(look);
    if (!byFormat) this.plain.set(look, (byFormat = new Map()));
    const format = numFmt ?? "";
    let style = byFormat.get(format);
    if (!style) byFormat.set(format, (style = this.keyed(cell, numFmt)));
    return style;
  }

  private keyed(cell: PlanCell, numFmt: string | undefined): Partial<ExcelJS.Style> {
    const fontColour = "fontColour" in cell && cell.fontColour ? argb(cell.fontColour) : null;
    // Joined rather than JSON-encoded (this runs for every generated cell; about twice as fast). A
    // given fill is marked, since no fill means the look's own; a missing colour or format and an
    // empty one share a key, and build() treats them alike.
    const key = `${cell.style ?? ""}\u0001${cell.fill === undefined ? "" : `=${cell.fill}`}\u0001${fontColour ?? ""}\u0001${numFmt ?? ""}\u0001${"align" in cell ? (cell.align ?? "") : ""}`;
    let style = this.styles.get(key);
    if (!style) {
      style = build(cell, fontColour, numFmt);
      this.styles.set(key, style);
    }
    return style;
  }
}

function build(cell: PlanCell, fontColour: string | null, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const look = cell.style ? LOOKS[cell.style] : undefined;
  const style: Partial<ExcelJS.Style> = {};
  if (numFmt) style.numFmt = numFmt;
  // Named in full: a font with only "bold" set is drawn in another application's default face (a serif in LibreOffice).
  const font: Partial<ExcelJS.Font> = { ...BODY_FONT, ...(look?.font ?? {}) };
  if (fontColour) font.color = { argb: fontColour };
  style.font = font;
  const fill = cell.fill ?? look?.fill;
  const solid = fill ? solidFill(fill) : undefined;
  if (solid) style.fill = solid;
  if (look?.border) style.border = look.border;
  // Top alignment reads better beside wrapped neighbours.
  style.alignment = { vertical: "top", wrapText: look?.wrap === true };
  if ("align" in cell && cell.align) style.alignment.horizontal = cell.align;
  return style;
}
