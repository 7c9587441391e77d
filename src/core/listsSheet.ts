/**
 * A sheet of drop-down lists (often named "Lists" and hidden) headed like a tracker, Category | Lead |
 * RAG, whose columns are lists of choices for the tracker's cells rather than rows of actions.
 */
import { cellText, isBlank } from "./cells";
import type { SheetGrid } from "./sheetGrid";
import type { TrackerLayout } from "./trackerLayout";

/** Roles whose columns say what an action is: a tracker has at least one. */
const ACTION_TEXT_ROLES = ["recommendation", "actions", "response", "measure"] as const;

/**
 * True when the header names no column that says what an action is and the rating column offers
 * each rating once, as a list of choices does; a tracker's ratings repeat down its rows.
 */
export function isListsSheet(grid: SheetGrid, layout: TrackerLayout, lastRow: number): boolean {
  const rating = layout.columns.rating;
  if (rating === undefined || ACTION_TEXT_ROLES.some((role) => layout.columns[role] !== undefined)) return false;
  const offered = new Set<string>();
  for (let row = layout.headerRow + 1; row <= lastRow; row++) {
    const value = grid.original(row, rating);
    if (isBlank(value)) continue;
    const choice = cellText(value).toLowerCase();
    if (offered.has(choice)) return false;
    offered.add(choice);
  }
  return offered.size > 0;
}

/** Why such a sheet was skipped, naming its rating column's header. */
export function listsSheetMessage(sheet: string, ratingHeader: string): string {
  return `Sheet "${sheet}" was skipped: it names no column that says what an action is (such as Recommendation, Actions or Response), and its "${ratingHeader}" column offers each rating once, as a sheet of drop-down lists does.`;
}
