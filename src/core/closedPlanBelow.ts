/**
 * Last year's plan, closed, kept below this year's on the same sheet: a blank row or two, a title that
 * says so ("Previous action plan 2019-20 (closed)", "Completed actions - archive"), then its own header
 * row, as another table has, and its rated rows. The plan above is the one reported: the table ends at
 * the title, and the closed plan's rows are said once, not counted into this year's.
 * Leaving a live plan's actions out (its open ones too, so the committee sees all blue) is far worse than
 * counting a closed plan's, so both are asked: a title saying the PLAN is closed, superseded or archived,
 * or that it is last year's with no word of actions still live; and a header of its own under it. A title
 * alone over rated rows heads a section of the live plan, and is counted; so does one naming done actions
 * ("Completed action plan items", "Plan actions - completed", "Actions archived once evidence is in"), as
 * teams move done actions to the plan's foot and the committee counts them as blue.
 */
import type { Finding } from "./findings";
import type { RagIndex } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { ratedRowsBelow } from "./emptyAboveOtherTable";

/** A year or two ("2019-20", "2019/2020"), all that may stand between a plan and the word closing it. */
const YEAR = String.raw`(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?`;
/** What closes a plan: the word itself, not "complete" of its actions. */
const CLOSING = "(?:closed|completed|superseded|archived)";
/** "Action plan 2019-20 (closed)", "Delivery Plan 2019-2020 – completed": the plan, a year at most, then the word; not "Plan actions - completed". */
const PLAN_THEN_CLOSED = new RegExp(String.raw`\bplans?(?:\s+${YEAR})?\s*(?:\(\s*${CLOSING}\s*\)|[-–—:]\s*${CLOSING})\s*$`, "i");
/** "Closed action plan 2019/20", "Superseded plan": the word, up to two words naming the plan, the plan, a year at most; not "Completed action plan items". */
const CLOSED_THEN_PLAN = new RegExp(String.raw`^${CLOSING}\s+(?:[\w&'’-]+\s+){0,2}?plans?(?:\s+${YEAR})?\s*$`, "i");
/** "Completed actions - archive", "Archive", "Archive: action plan 2019-20", "Archived actions 2019-20": an archive said as such, not "Evidence archive" nor "Actions archived once evidence is in". */
const ARCHIVE = new RegExp(String.raw`[-–—:]\s*archived?\s*$|\(\s*archived?\s*\)\s*$|^archive\s*(?:[-–—:]|$)|^archived\s+actions(?:\s+${YEAR})?\s*$`, "i");
/** "Previous action plan 2019-20", "2019-20 Previous plan", "Last year's action plan": begun by the word, not "Strategic Aim 2 – previous plan's actions". */
const PREVIOUS_PLAN = new RegExp(String.raw`^(?:${YEAR}\s+)?(?:previous|prior|former|old|last\s+year['’]?s?)\s+(?:[\w&'’-]+\s+){0,3}?plans?\b`, "i");
/** Words saying the actions under the title are live: "still open", "outstanding", "not yet complete", "carried forward", "in progress", "to do". */
const LIVE_ACTIONS =
  /\b(?:open|outstanding|not\s+(?:yet\s+)?(?:complete|completed|done|finished|closed|achieved)|incomplete|uncompleted|unfinished|remaining|ongoing|on-going|in\s+progress|to[- ]do|pending|continuing|still|live|current)\b|\b(?:carried|brought|rolled|moved)\s+(?:forward|over|across|into)\b|\bcarry[- ]?forward\b/i;
/** A title runs to a few words; a longer text, or one ending in a full stop, is a sentence about the plan. */
const MAX_TITLE_WORDS = 12;
/** The closed plan's header stands under its title, a blank row or two at most between. */
const MAX_BLANKS_TO_HEADER = 2;

/** Whether a title says the plan under it is closed: the plan closed, superseded or archived, or last year's, with no word of live actions. */
export function isClosedPlanTitle(text: string): boolean {
  const title = text.trim();
  if (title === "" || title.endsWith(".") || title.split(/\s+/).length > MAX_TITLE_WORDS || LIVE_ACTIONS.test(title)) return false;
  return PLAN_THEN_CLOSED.test(title) || CLOSED_THEN_PLAN.test(title) || ARCHIVE.test(title) || PREVIOUS_PLAN.test(title);
}

/** The first filled row under `row`, a blank row or two at most between, where it reads as a table's header. */
export function headerRowUnder(grid: SheetGrid, row: number, readsAsHeader: (row: number) => boolean): number | undefined {
  const last = Math.min(grid.lastRow, row + 1 + MAX_BLANKS_TO_HEADER);
  for (let r = row + 1; r <= last; r++) if (grid.filledColumns(r).length > 0) return readsAsHeader(r) ? r : undefined;
  return undefined;
}

/**
 * The closed plan's rows under its header, to `lastRow`, that say what an action is (`saysAction`): kept on the
 * tracker as not counted (rowsNotCounted.ts), since a report recorded before closed plans were told apart counted them.
 */
export function closedPlanRows(headerRow: number, lastRow: number, saysAction: (row: number) => boolean): number[] {
  const rows: number[] = [];
  for (let row = headerRow + 1; row <= lastRow; row++) if (saysAction(row)) rows.push(row);
  return rows;
}

/** The row's title, where it holds one cell alone, that is a closed plan's title, and a header of its own stands under it. */
export function closedPlanTitleAt(grid: SheetGrid, row: number, readsAsHeader: (row: number) => boolean): string | undefined {
  if (grid.filledCount(row, 2) !== 1) return undefined;
  const value = grid.original(row, grid.filledColumns(row)[0]!);
  return typeof value === "string" && isClosedPlanTitle(value) && headerRowUnder(grid, row, readsAsHeader) !== undefined ? value.trim() : undefined;
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
