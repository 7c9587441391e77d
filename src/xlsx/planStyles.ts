/** How each plan cell style looks in the file: fonts, fills, borders and wrapping. */
import type ExcelJS from "exceljs";
import type { PlanCell, PlanCellStyle } from "../core/writePlan";

const THIN_GREY: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN_GREY, left: THIN_GREY, bottom: THIN_GREY, right: THIN_GREY };

interface Look {
  font?: Partial<ExcelJS.Font>;
  fill?: string;
  border?: Partial<ExcelJS.Borders>;
  wrap?: boolean;
}

/** Table cells are boxed; titles and notes are free text above or beside the tables. */
const LOOKS: Record<PlanCellStyle, Look> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { bold: true, size: 12 } },
  header: { font: { bold: true }, fill: "#DDEBF7", border: BOX, wrap: true },
  body: { border: BOX },
  wrap: { border: BOX, wrap: true },
  total: { font: { bold: true }, border: { ...BOX, top: { style: "thin", color: { argb: "FF595959" } } } },
  note: { font: { italic: true, color: { argb: "FF595959" } } },
};

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

  styleOf(cell: PlanCell, numFmt: string | undefined): Partial<ExcelJS.Style> {
    const fontColour = "fontColour" in cell && cell.fontColour ? argb(cell.fontColour) : null;
    const key = JSON.stringify([cell.style ?? null, cell.fill ?? null, fontColour, numFmt ?? null]);
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
  const font: Partial<ExcelJS.Font> = { ...(look?.font ?? {}) };
  if (fontColour) font.color = { argb: fontColour };
  if (Object.keys(font).length > 0) style.font = font;
  const fill = cell.fill ?? look?.fill;
  const solid = fill ? solidFill(fill) : undefined;
  if (solid) style.fill = solid;
  if (look?.border) style.border = look.border;
  // Top alignment reads better beside wrapped neighbours.
  style.alignment = { vertical: "top", wrapText: look?.wrap === true };
  return style;
}
