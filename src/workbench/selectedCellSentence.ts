/**
 * The grid's caption for the cell a pane link selected, said as a manager reads a place in a
 * workbook ("Delivery Plan 2019-20, cell G21"), not in a formula's notation ('Delivery Plan 2019-20'!G21),
 * with what the cell holds as it shows ("‘Yellow’", or "empty"): the caption is a live region, and
 * focus stays on the link in a wide window, so the sentence is all a screen-reader user hears of the cell.
 */
import { columnLetter } from "../core/cells";
import type { GridSelection } from "./SheetGrid";

/** A long progress update is cut here: the caption is spoken whole on every selection. */
const LONGEST_SAID = 120;

function contentWords(text: string | undefined): string {
  const shown = (text ?? "").replace(/\s+/g, " ");
  if (shown.trim() === "") return "empty";
  return `‘${shown.length > LONGEST_SAID ? `${shown.slice(0, LONGEST_SAID).trimEnd()}…` : shown}’`;
}

/** `text`: the cell as the grid shows it; undefined or blank is said as "empty". */
export function selectedCellSentence(selection: GridSelection, text?: string): string {
  return `Selected: ${selection.sheet}, cell ${columnLetter(selection.column)}${selection.row}, ${contentWords(text)}`;
}
