/**
 * The grid's caption for the cell a pane link selected, said as a manager reads a place in a
 * workbook ("Delivery Plan 2019-20, cell G21"), not in a formula's notation ('Delivery Plan 2019-20'!G21).
 */
import { columnLetter } from "../core/cells";
import type { GridSelection } from "./SheetGrid";

export function selectedCellSentence(selection: GridSelection): string {
  return `Selected: ${selection.sheet}, cell ${columnLetter(selection.column)}${selection.row}`;
}
