/** The look of one plan cell in Excel once its own fill, colour and alignment apply to its style's (core/styleLooks). */
import type { PlanCell, PlanCellAlign } from "../core/writePlan";
import { STYLE_LOOKS, type StyleLook } from "../core/styleLooks";

/** A style's look without its border, which is drawn apart (borderSteps), and with the cell's own alignment. */
export type CellLook = Omit<StyleLook, "border"> & { align?: PlanCellAlign };

/** Excel's automatic font colour already is black; setting it would only cost a call. */
const DEFAULT_FONT = "#000000";

export function cellLook(cell: PlanCell | undefined): CellLook | undefined {
  if (!cell) return undefined;
  const { border: _drawnApart, ...look }: CellLook & Pick<StyleLook, "border"> = cell.style ? STYLE_LOOKS[cell.style] : {};
  if (cell.fill) look.fill = cell.fill;
  if ("fontColour" in cell && cell.fontColour) look.fontColour = cell.fontColour;
  if ("align" in cell && cell.align) look.align = cell.align;
  if (look.fontColour?.toUpperCase() === DEFAULT_FONT) delete look.fontColour;
  return Object.keys(look).length > 0 ? look : undefined;
}

/** A stable key for grouping cells that look the same. */
export function lookKey(look: CellLook | undefined): string | undefined {
  if (!look) return undefined;
  return JSON.stringify([look.bold ?? null, look.italic ?? null, look.size ?? null, look.wrap ?? null, look.fill ?? null, look.fontColour ?? null, look.align ?? null]);
}

export function lookFromKey(key: string): CellLook {
  const [bold, italic, size, wrap, fill, fontColour, align] = JSON.parse(key) as [boolean | null, boolean | null, number | null, boolean | null, string | null, string | null, PlanCellAlign | null];
  const look: CellLook = {};
  if (bold !== null) look.bold = bold;
  if (italic !== null) look.italic = italic;
  if (size !== null) look.size = size;
  if (wrap !== null) look.wrap = wrap;
  if (fill !== null) look.fill = fill;
  if (fontColour !== null) look.fontColour = fontColour;
  if (align !== null) look.align = align;
  return look;
}

/**
 * Excel column width in points for a plan's width, which the file doors write as a file's column
 * width (characters of Calibri 11 with the cell's padding): Excel draws it 7 px a character, to the
 * nearest pixel of 0.75 points, as core/printedPage.ts counts it. Not 7 px a character plus 5 px of
 * padding (the width Excel's Column Width box shows): every column would be 5 px wider than the
 * file doors write it, and the sheet would print smaller than the page breaks were chosen for.
 */
export function columnWidthPoints(characters: number): number {
  return Math.trunc(characters * 7 + 0.5) * 0.75;
}
