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
  const counted = tracker.actions.length === 0 ? "No action is counted" : "No rated action is counted";
  return findings.map((finding) => {
    // The plan going on under a key, its rated rows left out: as much an error where nothing rated is counted above the key.
    if (finding.code === "actions-below-key" && finding.sheet === grid.name) {
      return { ...finding, severity: "error" as const, message: `${counted} on sheet "${grid.name}": ${finding.message.charAt(0).toLowerCase()}${finding.message.slice(1)}` };
    }
    if (finding.code !== "another-table" || finding.sheet !== grid.name || finding.row === undefined || finding.row <= tracker.headerRow || finding.column !== undefined) return finding;
    const rated = ratedRowsBelow(grid, finding.row, index);
    if (rated.length === 0) return finding;
    const first = rated[0]!;
    const one = rated.length === 1;
    const rowsLeftOut = one ? `the rated row on row ${first} is` : `the ${rated.length} rated rows from row ${first} down are`;
    const actions = one ? `the rated action on row ${first} is` : `the ${rated.length} rated actions from row ${first} down are`;
    // Merging header rows can only help where the rows from the tracker's header to the other's are a header of two or three rows, the actions straight under them.
    const oneHeader = finding.row <= tracker.headerRow + 2 && first === finding.row + 1;
    const rows = finding.row === tracker.headerRow + 1 ? `rows ${tracker.headerRow} and ${finding.row}` : `rows ${tracker.headerRow} to ${finding.row}`;
    const message = oneHeader
      ? `${counted} on sheet "${grid.name}": row ${finding.row} reads as the header of another table below the header on row ${tracker.headerRow}, so ${rowsLeftOut} not counted; if ${rows} are one header, head each column in one of them (or merge its heading down over all of them), or move the other table to a sheet of its own.`
      : `${counted} on sheet "${grid.name}": ${actions} not counted, as one table is read on each sheet and the one headed on row ${tracker.headerRow} comes first; move the table ${one ? "it is" : "they are"} in to a sheet of its own.`;
    return { ...finding, severity: "error" as const, message };
  });
}

/**
 * The rows below `row`, to `lastRow`, that read as rated actions: a rating of the index in some cell, beside words
 * that could say what an action is, standing before the rating (an action's words come first, its
 * rating after) or in two cells or more. A key's line ("B | Complete", "R | Not started / off track")
 * has its rating first and one description after it, whether or not that says the index's meaning
 * word for word; a count of each rating ("Blue | 0") has no words. Neither is an action left out.
 */
export function ratedRowsBelow(grid: SheetGrid, row: number, index: RagIndex, lastRow = grid.lastRow): number[] {
  const rated: number[] = [];
  for (let r = row + 1; r <= lastRow; r++) {
    const values = grid.filledColumns(r).map((c) => grid.original(r, c));
    const firstRating = values.findIndex((value) => looksLikeRating(value, index));
    if (firstRating < 0) continue;
    const wording = values.flatMap((value, i) => (isActionWording(value, index) ? [i] : []));
    if (wording.some((i) => i < firstRating) || wording.length >= 2) rated.push(r);
  }
  return rated;
}

/** Text with words in it that is neither a rating, a count's label, nor what a rating of the index means. */
function isActionWording(value: CellValue, index: RagIndex): boolean {
  if (typeof value !== "string" || !/[A-Za-z]{3}/.test(value) || looksLikeRating(value, index) || isCountLabel(value, index) || isCountText(value)) return false;
  const text = value.trim().toLowerCase();
  return !index.entries.some((entry) => entry.meaning.trim().toLowerCase() === text);
}
