/**
 * Which cells a link would make notes, asked of a door whose read gives no links (Excel's: a cell's link is one more property
 * of every cell). After a first reading, the door is asked whether each action read from one cell of text alone below a blank
 * row ("Working Together 2018") links to a web address or a file; those that do become the sheet's SheetSnapshot.webLinks, and
 * the row a note (notesBelowTable.ts). A tracker with no such action asks nothing.
 */
import type { CellAddress } from "./cells";
import { columnLetter } from "./cells";
import type { Analysis } from "./model";

/** The lone cells below a blank row that were read as actions: only a link there changes the reading. */
export function linkQuestions(analysis: Analysis): CellAddress[] {
  return analysis.trackers.flatMap((tracker) => (tracker.loneCellsBelowGap ?? []).map(({ row, column }) => ({ sheet: tracker.sheet, row, column })));
}

/**
 * The asked cells that link to a web address or a file, per sheet by A1 address, from the door's answers: the address a
 * cell links to, null where it links nowhere or the host cannot say. A link to a place in the workbook ("#'Notes'!A1") is
 * no more reading, as the file doors read it.
 */
export function linkedCells(cells: readonly CellAddress[], answers: readonly (string | null)[]): Map<string, string[]> {
  const linked = new Map<string, string[]>();
  cells.forEach((cell, i) => {
    const address = answers[i]?.trim();
    if (!address || address.startsWith("#")) return;
    linked.set(cell.sheet, [...(linked.get(cell.sheet) ?? []), `${columnLetter(cell.column)}${cell.row}`]);
  });
  return linked;
}
