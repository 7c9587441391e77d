/**
 * The rows of a table read and deliberately not counted as actions: a recommendation heading its
 * numbered actions (recommendationHeadings.ts), notes under the table (notesBelowTable.ts), the actions of a
 * closed plan kept below or above it (closedPlanBelow.ts, closedPlanAbove.ts), the rows of a small table of the team's
 * own below it (tableRunningPast.ts, tableInsidePlan.ts), and a section's title an earlier version counted as an action with no
 * rating ("Strategic Aim 1 – …" alone in the Action column, or its label split from its number). Kept
 * on the tracker so a comparison with a report that counted them can tell them from removed actions.
 */
import type { RowNotCounted, Tracker } from "./model";

/** The tracker's field, in row order, or nothing where every row was counted (the tracker stays as before). */
export function rowsNotCounted(
  headingRows: readonly number[],
  noteRows: readonly number[],
  textsAt: (row: number) => Pick<RowNotCounted, "recommendation" | "actions">,
  closedPlanRows: readonly number[] = [],
  sectionRows: readonly number[] = [],
  tableRows: readonly number[] = [],
): Pick<Tracker, "rowsNotCounted"> {
  const rows: RowNotCounted[] = [
    ...headingRows.map((row) => ({ row, readAs: "heading" as const, ...textsAt(row) })),
    ...noteRows.map((row) => ({ row, readAs: "note" as const, ...textsAt(row) })),
    ...closedPlanRows.map((row) => ({ row, readAs: "closedPlan" as const, ...textsAt(row) })),
    ...sectionRows.map((row) => ({ row, readAs: "section" as const, ...textsAt(row) })),
    ...tableRows.map((row) => ({ row, readAs: "table" as const, ...textsAt(row) })),
  ];
  return rows.length === 0 ? {} : { rowsNotCounted: rows.sort((a, b) => a.row - b.row) };
}
