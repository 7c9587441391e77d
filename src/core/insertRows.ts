/**
 * Rows inserted into a plan, as Excel inserts them: everything at and below a row moves down, and
 * a merge, chart or chart range that spans it grows over the new rows. A page break at the place
 * of an insertion stays before the new rows, so they start the page.
 */
import type { CellRange } from "./cells";
import type { ChartSpec, PlanCell, SheetPlan } from "./writePlan";

export interface Insertion {
  /** The Excel row the new rows go before. */
  at: number;
  rows: PlanCell[][];
  /** Merges within the new rows, counted from the first of them (row 1). */
  merges: CellRange[];
}

/** `plan` with each insertion made (in the plan's rows as they stand, in order of `at`, one per row). */
export function insertRows(plan: SheetPlan, insertions: Insertion[]): SheetPlan {
  // above[i] is how many rows the first i insertions add; a long list has many, so rows are placed by binary search.
  const above = [0];
  for (const insertion of insertions) above.push(above.at(-1)! + insertion.rows.length);
  /** Where the rows inserted at `r` begin. */
  const before = (r: number) => r + above[firstAtOrBelow(insertions, r)]!;
  /** Where row `r` goes. */
  const moved = (r: number) => before(r + 1) - 1;
  const range = (r: CellRange): CellRange => ({ ...r, top: moved(r.top), bottom: moved(r.bottom) });
  const chart = (c: ChartSpec): ChartSpec => ({ ...c, categories: range(c.categories), series: c.series.map((s) => ({ ...s, values: range(s.values) })), anchor: range(c.anchor) });
  const rows: PlanCell[][] = [];
  const merges = plan.merges.map(range);
  let next = 0;
  // Row by row, not by spreading: a plan can have more rows than a call takes arguments.
  for (const insertion of insertions) {
    while (next < insertion.at - 1) rows.push(plan.rows[next++]!);
    const top = rows.length;
    for (const row of insertion.rows) rows.push(row);
    for (const m of insertion.merges) merges.push({ ...m, top: m.top + top, bottom: m.bottom + top });
  }
  while (next < plan.rows.length) rows.push(plan.rows[next++]!);
  const repeat = plan.print.repeatRows;
  return {
    ...plan,
    rows,
    merges,
    charts: plan.charts.map(chart),
    freezeRows: moved(plan.freezeRows),
    print: repeat ? { ...plan.print, repeatRows: { first: moved(repeat.first), last: moved(repeat.last) } } : plan.print,
    ...(plan.pageBreaks && { pageBreaks: plan.pageBreaks.map(before) }),
  };
}

/** The index of the first insertion at or below row `row`. */
function firstAtOrBelow(insertions: Insertion[], row: number): number {
  let lo = 0;
  let hi = insertions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (insertions[mid]!.at < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
