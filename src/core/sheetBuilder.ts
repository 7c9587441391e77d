/** A small row-by-row builder for generated sheets, so plan code reads like the sheet it makes. */
import type { CellRange } from "./cells";
import type { ChartSpec, PlanCell, PlanCellStyle } from "./writePlan";

type TextCell = Extract<PlanCell, { kind: "text" }>;
type TextColours = Partial<Pick<TextCell, "fill" | "fontColour">>;

// A stale list makes a dozen of these per action: each is built whole, in one of a few fixed
// shapes, rather than grown a property at a time.
export const text = (value: string, style: PlanCellStyle = "body", colours?: TextColours): PlanCell => {
  // An empty text is an empty cell, not a cell holding "" (which COUNTA counts and Ctrl+arrow stops on).
  if (value === "") return colours?.fill === undefined ? blank(style) : { kind: "blank", style, fill: colours.fill };
  const fill = colours?.fill;
  const fontColour = colours?.fontColour;
  if (fill === undefined) return fontColour === undefined ? { kind: "text", value, style } : { kind: "text", value, style, fontColour };
  return fontColour === undefined ? { kind: "text", value, style, fill } : { kind: "text", value, style, fill, fontColour };
};
/** A text set to the right of its cell, like the numbers and dates in its column. */
export const rightText = (value: string, style: PlanCellStyle = "body", colours?: TextColours): PlanCell => {
  const cell = text(value, style, colours);
  return cell.kind === "text" ? { ...cell, align: "right" } : cell;
};
/** Headings of the columns of dates, day counts and row numbers that generated lists hold: set right, as their values are. */
const RIGHT_HEADINGS = new Set(["Due", "Last updated", "Days since update", "Days overdue", "Row"]);
/** A list's column heading, set right over a column of dates or numbers. */
export const columnHeading = (value: string): PlanCell => (RIGHT_HEADINGS.has(value) ? rightText(value, "header") : text(value, "header"));
export const num = (value: number, style: PlanCellStyle = "body"): PlanCell => ({ kind: "number", value, style });
export const date = (value: string, style: PlanCellStyle = "body"): PlanCell => ({ kind: "date", value, style });
export const blank = (style?: PlanCellStyle): PlanCell => (style ? { kind: "blank", style } : { kind: "blank" });

/**
 * An action number as the tracker most likely held it: a number where the text is exactly one
 * ("12", "3.1"), so Excel marks no "number stored as text"; otherwise text ("1.10", "2a", "007",
 * and "-1", which a list of action numbers keeps as the user typed it).
 */
export const refCell = (ref: string): PlanCell => (/^\d+(\.\d+)?$/.test(ref) && String(Number(ref)) === ref ? num(Number(ref)) : text(ref));

export class SheetBuilder {
  readonly rows: PlanCell[][] = [];
  readonly merges: CellRange[] = [];
  readonly charts: ChartSpec[] = [];

  /** Excel row number the next row will have. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  add(...cells: PlanCell[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  /** A row whose single text spans `width` columns. */
  addSpanning(cell: PlanCell, width: number): number {
    const row = this.add(cell);
    if (width > 1) this.merges.push({ top: row, bottom: row, left: 1, right: width });
    return row;
  }

  gap(): void {
    this.rows.push([]);
  }
}
