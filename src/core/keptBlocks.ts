/**
 * The rows a printed page must not split: a section heading with its table's header and first
 * rows (a small section whole, such as the index used), and the rows a chart covers. Read from the
 * plan itself: a section starts at a "subtitle" row and runs to the next empty row or subtitle.
 */
import { hasData, type PlanCell, type SheetPlan } from "./writePlan";

/** Excel rows, first to last, kept on one page. */
export interface KeptBlock {
  first: number;
  last: number;
  /** The rows a chart covers: a chart cut across two pages prints as two halves, worse than a page left part empty. */
  chart?: true;
}

/** A section of up to this many rows (heading included) is kept whole: the index, a table of a few rows. */
export const WHOLE_SECTION_ROWS = 10;
/** A longer section keeps its heading with the header row and the first two rows; the rest flows across pages. */
export const SECTION_HEAD_ROWS = 4;

const isGap = (row: PlanCell[]) => row.every((c) => c.kind === "blank" && c.style === undefined && c.fill === undefined);
const isHeading = (row: PlanCell[]) => row[0]?.style === "subtitle";

/** The sections of `plan` (a heading and the rows under it), in order, each with at least one row under its heading. */
export function sections(plan: SheetPlan): KeptBlock[] {
  const found: KeptBlock[] = [];
  const rows = plan.rows;
  for (let r = 0; r < rows.length; r++) {
    if (!isHeading(rows[r]!)) continue;
    let end = r + 1;
    while (end < rows.length && !isGap(rows[end]!) && !isHeading(rows[end]!)) end++;
    // A heading alone says nothing; a heading with no rows under it is no block.
    if (end - r >= 2) found.push({ first: r + 1, last: end });
  }
  return found;
}

/** The blocks of `plan`, in order of their first row. */
export function keptBlocks(plan: SheetPlan): KeptBlock[] {
  // A table a chart reads is never continued under its heading copied (the copies would fall among the
  // chart's bars): kept whole instead, so it prints on one page wherever one page holds it.
  const readByChart = (first: number, last: number) => plan.charts.some((c) => hasData(c) && c.categories.top <= last && c.categories.bottom >= first);
  const blocks: KeptBlock[] = sections(plan).map(({ first, last }) => ({ first, last: last - first + 1 <= WHOLE_SECTION_ROWS || readByChart(first, last) ? last : first + SECTION_HEAD_ROWS - 1 }));
  for (const chart of plan.charts) if (hasData(chart)) blocks.push({ first: chart.anchor.top, last: chart.anchor.bottom, chart: true });
  return blocks.sort((a, b) => a.first - b.first || a.last - b.last);
}
