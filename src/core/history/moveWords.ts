/** The words a committee reads for each way a rating can move, in the pack's list, the command line and the pane. */
import type { Direction } from "./changes";

/** Said in the list beside "Was" and "Now": "changed" alone would not tell a councillor what happened. */
export const DIRECTION_WORDS: Record<Direction, string> = {
  improved: "improved",
  worsened: "worsened",
  given: "rating given",
  cleared: "rating cleared",
  unreadable: "rating unreadable",
  keyChanged: "key changed",
};

/**
 * The count tables' column for moves to or from a blank or unreadable rating (or a rating the key
 * no longer has). One column, not one per kind: the table stays on the page, the list below names
 * each kind, and no move in the sentence is missing from the table.
 */
export const NEITHER_BETTER_NOR_WORSE = "Changed, neither better nor worse";
