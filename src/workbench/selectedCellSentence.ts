/**
 * The grid's caption for the cell a pane link selected, said as a manager reads a place in a
 * workbook ("Delivery Plan 2019-20, cell G21"), not in a formula's notation ('Delivery Plan 2019-20'!G21),
 * with what the cell holds as it shows ("‘Yellow’", or "empty"): the caption is a live region, and
 * focus stays on the link in a wide window, so the sentence is all a screen-reader user hears of the cell.
 * It carries the cell's description too (what its colour means, "rating given by colour: Green"), so a
 * blank cell the pane counts as Green is not heard as just "empty".
 */
import { columnLetter } from "../core/cells";
import type { Analysis } from "../core/model";
import type { SheetView } from "../xlsx/sheetView";
import { cellDescription, sheetFacts } from "./cellDescription";
import { cellHighlights } from "./gridModel";
import type { GridSelection } from "./SheetGrid";

/** A long progress update is cut here: the caption is spoken whole on every selection. */
const LONGEST_SAID = 120;

function contentWords(text: string | undefined): string {
  const shown = (text ?? "").replace(/\s+/g, " ");
  if (shown.trim() === "") return "empty";
  return `‘${shown.length > LONGEST_SAID ? `${shown.slice(0, LONGEST_SAID).trimEnd()}…` : shown}’`;
}

/**
 * `text`: the cell as the grid shows it; undefined or blank is said as "empty". `description`: the
 * cell's aria-description, said after it where the cell has one.
 */
export function selectedCellSentence(selection: GridSelection, text?: string, description?: string): string {
  const said = `Selected: ${selection.sheet}, cell ${columnLetter(selection.column)}${selection.row}, ${contentWords(text)}`;
  return description ? `${said}, ${description}` : said;
}

/**
 * The caption for the selected cell of `sheet`, with the text and description of the cell the grid
 * draws there (a merged area's top-left), and the days of the pane's last reading.
 */
export function selectedCellCaption(sheet: SheetView, selection: GridSelection, analysis: Analysis | null): string {
  const { row, column } = selection;
  const merge = sheet.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
  const [top, left] = [merge?.top ?? row, merge?.left ?? column];
  const description = cellDescription(cellHighlights(sheet, top, left), top, left, sheetFacts(analysis, sheet.name));
  return selectedCellSentence(selection, sheet.cellAt(top, left)?.text, description);
}
