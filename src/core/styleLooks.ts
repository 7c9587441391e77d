/**
 * How each plan cell style looks, whichever door writes it: font, fill, wrapping and border.
 * Table cells are boxed in thin grey, blank ones included, so a table reads as one; a total row's
 * top edge is dark. Titles and notes are free text above or beside the tables, unboxed.
 */
import type { PlanCellStyle } from "./writePlan";

/** "box": thin grey on every edge. "total": the same, with a dark top edge. */
export type BorderKind = "box" | "total";

export interface StyleLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  fill?: string;
  fontColour?: string;
  border?: BorderKind;
}

/** The grey of a table's grid lines. */
export const GRID_COLOUR = "#BFBFBF";
/** The dark grey of a total row's top edge and of notes' text. */
export const DARK_GREY = "#595959";

export const STYLE_LOOKS: Record<PlanCellStyle, StyleLook> = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  header: { bold: true, wrap: true, fill: "#DDEBF7", border: "box" },
  body: { border: "box" },
  wrap: { wrap: true, border: "box" },
  total: { bold: true, border: "total" },
  // A note spans the sheet's width and wraps; its row height counts the lines.
  note: { italic: true, fontColour: DARK_GREY, wrap: true },
};
