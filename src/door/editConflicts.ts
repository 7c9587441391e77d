/** Why a change of cells was refused as a whole: cells that changed since the workbook was read. */
import type { CellEdit } from "../core/formatPlan";
import { countText, fewCellRowsInWords, fewRowsInWords, rowsInWords } from "../core/sentences";
import { capitalised } from "../core/text";

/** "row 5 of "Plan" now holds "b" where "blue" was read": one cell that no longer holds what was read. */
export function changedCell(edit: CellEdit, now: string): string {
  return `row ${edit.row} of "${edit.sheet}" now holds "${now}" where "${edit.from}" was read`;
}

/** One sentence naming the first changed cell (each as changedCell says it) and how many there are. */
export function changedSinceReadMessage(changed: string[]): string {
  const first = changed[0]!;
  return changed.length === 1
    ? `Nothing was changed because ${first}; check again and retry.`
    : `Nothing was changed because ${changed.length} cells changed since the workbook was read (first, ${first}); check again and retry.`;
}

/**
 * The sentence for ratings a formula gives, left as they are by Fix ratings in every door (writing
 * the value would destroy the formula): `cells` are one sheet's rating cells left, each as the rows
 * it rates (a merged rating, several).
 */
export function formulaRatingsNote(sheet: string, cells: readonly (readonly number[])[]): string {
  const rows = [...new Set(cells.flat())].sort((a, b) => a - b);
  // Rows in many places apart would be a long list: the first three places are named, and how many rows more,
  // never parting a merged rating's rows among several ratings (one merged over rows apart is cut as its rows).
  const few = cells.length === 1 ? fewRowsInWords(rows) : fewCellRowsInWords(cells);
  if (few !== rowsInWords(rows)) {
    return cells.length === 1
      ? `The rating on "${sheet}" merged over ${few} was left as it is because a formula gives it; fix the rating in the cell the formula reads.`
      : `${countText(cells.length)} ratings on "${sheet}" were left as they are because formulas give them (${few}); fix the ratings in the cells the formulas read.`;
  }
  const place = `${capitalised(rowsInWords(rows))} of "${sheet}"`;
  if (cells.length === 1) {
    return cells[0]!.length === 1
      ? `${place} was left as it is because a formula gives its rating; fix the rating in the cell the formula reads.`
      : `${place} were left as they are because a formula gives their merged rating; fix the rating in the cell the formula reads.`;
  }
  return `${place} were left as they are because formulas give their ratings; fix the ratings in the cells the formulas read.`;
}
