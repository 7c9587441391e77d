/** A generated sheet's chart with the values its ranges hold, taken from the sheet's plan (its part is written from the plan too). */
import type { CellRange } from "../../core/cells";
import type { ChartSpec, SheetPlan } from "../../core/writePlan";
import type { ChartData } from "../chartParts";
import { cellContent } from "../writeSheet";
import { editText } from "../cellValues";

function column(plan: SheetPlan, range: CellRange): (string | number | Date | null)[] {
  const values: (string | number | Date | null)[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const cell = plan.rows[r - 1]?.[range.left - 1];
    values.push(cell === undefined ? null : cellContent(cell, plan.dateFormat).value);
  }
  return values;
}

export function planChartData(plan: SheetPlan, spec: ChartSpec): ChartData {
  return {
    spec,
    sheet: plan.name,
    categories: column(plan, spec.categories).map((v) => editText(v === "" ? null : v)),
    series: spec.series.map((s) => ({ name: s.name, colour: s.colour, values: column(plan, s.values).map((v) => (typeof v === "number" ? v : null)) })),
  };
}
