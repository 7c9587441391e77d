/**
 * The headings of the RAG Summary's sections, in column A: written by summaryPlan.ts, and read back
 * by summaryOutOfDate.ts to tell a summary the ratings have moved on from.
 */
import type { Tracker } from "./model";

export const COMMITTEE_HEADING = "Committee summary";

/** The count tables: heading, and the header over their names' column. */
export const COUNT_TABLES = {
  totals: { heading: "Totals", nameHeader: "" },
  byReview: { heading: "By review", nameHeader: "Review" },
  byCategory: { heading: "By category", nameHeader: "Category" },
  byLead: { heading: "By lead", nameHeader: "Lead" },
} as const;

export type CountTableKey = keyof typeof COUNT_TABLES;

/** Without a lead column on any sheet, a table of one row saying so would tell the committee nothing: the summary has no By lead table. */
export function hasLeadTable(trackers: readonly Pick<Tracker, "columns">[]): boolean {
  return trackers.some((t) => t.columns.lead !== undefined);
}
