/**
 * A tracker whose header is followed by another table's header with no rated action between them
 * (none at all, or a row of sub-headings read as an unrated action) counts nothing the committee
 * asks for, while the other table's rated rows are left out: the summary would be empty, and a
 * check that passes would send it on. Said as an error, so the command line exits 1, where the same
 * finding below rated actions stays a warning.
 */
import type { CellValue } from "./cells";
import { isCountText } from "./countLabels";
import { isCountLabel } from "./countTables";
import type { Finding } from "./findings";
import type { RagIndex } from "./ragIndex";
import { looksLikeRating } from "./ratings";
import type { SheetGrid } from "./sheetGrid";
import type { Tracker } from "./model";

/** The tracker's "another table below" warning, made an error where no rated action is counted above it and rated rows follow. */
export function emptyAboveOtherTable(grid: SheetGrid, tracker: Tracker, findings: readonly Finding[], index: RagIndex): Finding[] {
  if (tracker.actions.some((action) => action.rating.kind === "rated")) return [...findings];
  return findings.map((finding) => {
    if (finding.code !== "another-table" || finding.sheet !== grid.name || finding.row === undefined || finding.row <= tracker.headerRow || finding.column !== undefined) return finding;
    const rated = ratedRowsBelow(grid, finding.row, index);
    if (rated === 0) return finding;
    const counted = tracker.actions.length === 0 ? "No action is counted" : "No rated action is counted";
    const rows = finding.row === tracker.headerRow + 1 ? `rows ${tracker.headerRow} and ${finding.row}` : `rows ${tracker.headerRow} to ${finding.row}`;
    return {
      ...finding,
      severity: "error" as const,
      message: `${counted} on sheet "${grid.name}": row ${finding.row} reads as the header of another table below the header on row ${tracker.headerRow}, so the ${rated === 1 ? "rated row" : `${rated} rated rows`} from row ${finding.row + 1} down ${rated === 1 ? "is" : "are"} not counted; if ${rows} are one header, head each column in one of them (or merge its heading down over all of them), or move the other table to a sheet of its own.`,
    };
  });
}

/**
 * How many rows below `row` read as rated actions: a rating of the index in some cell, beside words
 * that could say what an action is. The index's own rows ("B | Complete") and a count of each rating
 * ("Blue | 0") are not actions left out, so a new plan not yet rated with its key below it passes.
 */
function ratedRowsBelow(grid: SheetGrid, row: number, index: RagIndex): number {
  let rated = 0;
  for (let r = row + 1; r <= grid.lastRow; r++) {
    const values = grid.filledColumns(r).map((c) => grid.original(r, c));
    if (values.some((value) => looksLikeRating(value, index)) && values.some((value) => isActionWording(value, index))) rated++;
  }
  return rated;
}

/** Text with words in it that is neither a rating, a count's label, nor what a rating of the index means. */
function isActionWording(value: CellValue, index: RagIndex): boolean {
  if (typeof value !== "string" || !/[A-Za-z]{3}/.test(value) || looksLikeRating(value, index) || isCountLabel(value, index) || isCountText(value)) return false;
  const text = value.trim().toLowerCase();
  return !index.entries.some((entry) => entry.meaning.trim().toLowerCase() === text);
}
