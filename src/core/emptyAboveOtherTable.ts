/**
 * A tracker whose header is followed by another table's header with no rated action between them
 * (none at all, or a row of sub-headings read as an unrated action) counts nothing the committee
 * asks for, while the other table's rated rows are left out: the summary would be empty, and a
 * check that passes would send it on. Said as an error, so the command line exits 1, where the same
 * finding below rated actions stays a warning.
 */
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

/** How many rows below `row` hold a rating of the index in some cell. */
function ratedRowsBelow(grid: SheetGrid, row: number, index: RagIndex): number {
  let rated = 0;
  for (let r = row + 1; r <= grid.lastRow; r++) if (grid.filledColumns(r).some((c) => looksLikeRating(grid.original(r, c), index))) rated++;
  return rated;
}
