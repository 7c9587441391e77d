/**
 * The counts of what changed that a report's sheet may give no means to check: no progress
 * reported (no progress update), passing the limit without an update (no last-updated date) and
 * newly overdue (no due date). A report keeps each action's dates, not its sheet's columns, so which
 * sheets can be checked is read from the dates the report holds.
 */
import type { Snapshot } from "./snapshot";

export const CHECKED_COUNTS = ["noProgress", "newlyStale", "newlyOverdue"] as const;
export type CheckedCount = (typeof CHECKED_COUNTS)[number];

/**
 * Sheets that keep a last-updated column: one of their actions has a date there, or an open one is
 * stale (a blank last update on a sheet with the column counts as never updated, so stale). An
 * open action on any other sheet cannot be stale, so it is not checked.
 */
export function sheetsWithUpdateDates(snapshot: Snapshot): Set<string> {
  const sheets = new Set<string>();
  for (const a of snapshot.actions) if (a.updated !== null || a.stale) sheets.add(a.sheet);
  return sheets;
}

/**
 * Sheets with at least one action due by a date: on any other, no action can be overdue, so none is
 * checked. The rule the summary, `check` and the pack's list of overdue actions use on the plan
 * (notJudged.ts): a time-scale column of "As per meeting cycle" throughout is no means to check.
 */
export function sheetsWithDueDates(snapshot: Snapshot): Set<string> {
  const sheets = new Set<string>();
  for (const a of snapshot.actions) if (a.due !== null) sheets.add(a.sheet);
  return sheets;
}
