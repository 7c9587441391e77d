/**
 * A sheet of drop-down lists (often named "Lists" and hidden) headed like a tracker, Category | Lead |
 * RAG, whose columns are lists of choices for the tracker's cells rather than rows of actions.
 */
import { cellText, isBlank } from "./cells";
import type { SheetGrid } from "./sheetGrid";
import type { TrackerLayout } from "./trackerLayout";

/**
 * Roles a list of choices has no column for: what an action is, and its number. A small plan headed
 * "Ref | Description | Lead | RAG" has a number, so it is read; a list of time scales is still a list.
 */
const ACTION_ROLES = ["recommendation", "actions", "response", "measure", "ref"] as const;

/** A list offers every rating, or most; fewer distinct ratings is as likely a short plan. */
const LEAST_CHOICES = 3;

/** A choice in a list is a few words; an action, even under a header no role names, says more. */
const MOST_WORDS_IN_A_CHOICE = 4;

/**
 * True when the header names no column an action has (see ACTION_ROLES), every cell below it is a
 * choice of a few words, and the rating column offers each of at least three ratings once, as a list
 * of choices does; a plan's ratings repeat, and its actions are sentences.
 */
export function isListsSheet(grid: SheetGrid, layout: TrackerLayout, lastRow: number): boolean {
  const rating = layout.columns.rating;
  if (rating === undefined || ACTION_ROLES.some((role) => layout.columns[role] !== undefined)) return false;
  const offered = new Set<string>();
  for (let row = layout.headerRow + 1; row <= lastRow; row++) {
    for (const column of grid.filledColumns(row)) {
      const words = cellText(grid.original(row, column)).split(" ").length;
      if (words > MOST_WORDS_IN_A_CHOICE) return false;
    }
    const value = grid.original(row, rating);
    if (isBlank(value)) continue;
    const choice = cellText(value).toLowerCase();
    if (offered.has(choice)) return false;
    offered.add(choice);
  }
  return offered.size >= LEAST_CHOICES;
}

/** Why such a sheet was skipped, naming its rating column's header. */
export function listsSheetMessage(sheet: string, ratingHeader: string): string {
  return `Sheet "${sheet}" was skipped: it names no column that says what an action is (such as Recommendation, Actions or Response), and its "${ratingHeader}" column offers each rating once, as a sheet of drop-down lists does.`;
}
