/** A small row-by-row builder for generated sheets, so plan code reads like the sheet it makes. */
import type { CellRange } from "./cells";
import type { ChartSpec, PlanCell, PlanCellStyle } from "./writePlan";

export const text = (value: string, style: PlanCellStyle = "body", extra: Partial<Pick<PlanCell & { kind: "text" }, "fill" | "fontColour">> = {}): PlanCell => ({
  kind: "text",
  value,
  style,
  ...extra,
});
export const num = (value: number, style: PlanCellStyle = "body"): PlanCell => ({ kind: "number", value, style });
export const date = (value: string, style: PlanCellStyle = "body"): PlanCell => ({ kind: "date", value, style });
export const blank = (style?: PlanCellStyle): PlanCell => (style ? { kind: "blank", style } : { kind: "blank" });

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
