/**
 * Last year's plan, closed, kept below this year's on the same sheet: a blank row or two, a title that
 * says so ("Previous action plan 2019-20 (closed)", "Completed actions - archive"), its own header or
 * none, then its rated rows. The plan above is the one reported: the table ends at the title, and the
 * closed plan's rows are said once, not counted into this year's. Where only the title stands over the
 * rows, it still says they are a closed plan's: the team keeps them for the record, not for the count.
 * A title naming done actions alone ("Completed actions", "Closed actions") heads a section of the live
 * plan, as teams move done actions to its foot and the committee counts them as blue; so does one of
 * actions carried forward from the previous plan.
 */
import type { Finding } from "./findings";
import type { RagIndex } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { ratedRowsBelow } from "./emptyAboveOtherTable";

/** "Completed actions - archive", "Archived actions 2019-20". */
const ARCHIVE = /\barchived?\b/i;
/** "Previous action plan 2019-20 (closed)", "2019-20 Previous plan", "Last year's action plan": begun by the word, not "Strategic Aim 2 – previous plan's actions". */
const PREVIOUS_PLAN = /^(?:(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?\s+)?(?:previous|prior|former|old|last\s+year['’]?s?)\s+(?:[\w&'’-]+\s+){0,3}?plans?\b/i;
/** "Action plan 2019-20 (closed)", "Delivery Plan 2019-2020 – completed", "Closed action plan 2019/20". */
const CLOSED_PLAN = /\bplans?\b.*(?:\(\s*(?:closed|completed|superseded|archived)\s*\)|[-–—:]\s*(?:closed|completed|superseded|archived))\s*$|\b(?:closed|completed|superseded)\s+(?:[\w&'’-]+\s+){0,2}?plans?\b/i;
/** "Actions carried forward from the previous plan": the live plan's own. */
const CARRIED_FORWARD = /\b(?:carried|brought|rolled|moved)\s+(?:forward|over|across|into)\b|\bcarry[- ]?forward\b/i;
/** A title runs to a few words; a longer text, or one ending in a full stop, is a sentence about the plan. */
const MAX_TITLE_WORDS = 12;

export function isClosedPlanTitle(text: string): boolean {
  const title = text.trim();
  if (title === "" || title.endsWith(".") || title.split(/\s+/).length > MAX_TITLE_WORDS || CARRIED_FORWARD.test(title)) return false;
  return ARCHIVE.test(title) || PREVIOUS_PLAN.test(title) || CLOSED_PLAN.test(title);
}

/** The row's title, where it holds one cell alone and that is a closed plan's title. */
export function closedPlanTitleAt(grid: SheetGrid, row: number): string | undefined {
  if (grid.filledCount(row, 2) !== 1) return undefined;
  const value = grid.original(row, grid.filledColumns(row)[0]!);
  return typeof value === "string" && isClosedPlanTitle(value) ? value.trim() : undefined;
}

/** Said once, on the title's row: where the closed plan starts, and how many rated rows it holds, to `lastRow`. */
export function closedPlanFinding(grid: SheetGrid, row: number, title: string, headerRow: number, index: RagIndex, lastRow: number): Finding {
  const rated = ratedRowsBelow(grid, row, index, lastRow);
  const first = rated[0];
  const leftOut =
    first === undefined
      ? "so the rows below it are not counted; if they belong"
      : rated.length === 1
        ? `so its rated row, row ${first}, is not counted; if it belongs`
        : `so its ${rated.length} rated rows, from row ${first} down, are not counted; if they belong`;
  return {
    sheet: grid.name,
    row,
    code: "closed-plan",
    severity: "info",
    value: title,
    message: `Row ${row} ("${title}") heads a closed plan below the table headed on row ${headerRow}, ${leftOut} to the plan reported, move ${rated.length === 1 ? "it" : "them"} above row ${row}.`,
  };
}
