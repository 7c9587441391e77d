/**
 * Last year's plan, closed, kept above this year's on the same sheet: its title saying so ("Previous
 * action plan 2019-20 (closed)") over its own header and rated rows, a blank row or more, then this
 * year's plan under a title naming it ("Peer Review Action Plan 2021-22") and its header. The plan below
 * is the one reported: it is read from its own header, and the closed plan's rows are said once, not counted.
 * Only a title naming a plan starts the live one: a header repeated after a page break, or under a
 * section's heading ("Strategic Aim 2 – Early help"), goes on with the closed plan, and a sheet holding a
 * closed plan alone is read as ever (closedPlanBelow.ts says which titles close a plan).
 */
import type { Finding } from "./findings";
import type { RagIndex } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { ratedRowsBelow } from "./emptyAboveOtherTable";
import { closedPlanTitleAt, headerRowUnder, isClosedPlanTitle } from "./closedPlanBelow";

export interface ClosedPlanAbove {
  titleRow: number;
  title: string;
  headerRow: number;
  /** Its last filled row, above the blank rows before the live plan's title. */
  lastRow: number;
}

/** The closed plan's title stands over its header, a blank row or two at most between. */
const MAX_BLANKS_TO_HEADER = 2;
/** A title runs to a few words; a longer text, or one ending in a full stop, is a sentence about the plan. */
const MAX_TITLE_WORDS = 12;
/** A title naming a plan: "Peer Review Action Plan 2021-22", "Delivery plan 2021/22". */
const NAMES_A_PLAN = /\bplans?\b/i;

/** Whether one cell's text is the live plan's title: a few words naming a plan, not saying it is closed. */
function isLivePlanTitle(text: string): boolean {
  const title = text.trim();
  return NAMES_A_PLAN.test(title) && !title.endsWith(".") && title.split(/\s+/).length <= MAX_TITLE_WORDS && !isClosedPlanTitle(title);
}

/**
 * The closed plan headed on `headerRow`, where a closed plan's title stands over it, and the live plan's header below it: the first header
 * (`readsAsHeader`) under a one-cell title naming a plan, after a blank row. Rows are walked only under a closed plan's title, and the walk
 * stops at the live plan's title; undefined where there is no such title above, or no live plan below.
 */
export function closedPlanAbove(grid: SheetGrid, headerRow: number, readsAsHeader: (row: number) => boolean): { closed: ClosedPlanAbove; liveHeaderRow: number } | undefined {
  const titleRow = titleRowAbove(grid, headerRow);
  const title = titleRow === undefined ? undefined : closedPlanTitleAt(grid, titleRow, readsAsHeader);
  if (titleRow === undefined || title === undefined) return undefined;
  let lastRow = headerRow;
  let belowGap = false;
  for (let row = headerRow + 1; row <= grid.lastRow; row++) {
    if (grid.isBlankRow(row)) {
      belowGap = true;
      continue;
    }
    if (belowGap && grid.filledCount(row, 2) === 1) {
      const text = grid.original(row, grid.filledColumns(row)[0]!);
      const liveHeaderRow = typeof text === "string" && isLivePlanTitle(text) ? headerRowUnder(grid, row, readsAsHeader) : undefined;
      if (liveHeaderRow !== undefined) return { closed: { titleRow, title, headerRow, lastRow }, liveHeaderRow };
    }
    belowGap = false;
    lastRow = row;
  }
  return undefined;
}

/** The first filled row above `row`, a blank row or two at most between. */
function titleRowAbove(grid: SheetGrid, row: number): number | undefined {
  const first = Math.max(grid.firstRow, row - 1 - MAX_BLANKS_TO_HEADER);
  for (let r = row - 1; r >= first; r--) if (!grid.isBlankRow(r)) return r;
  return undefined;
}

/** Said once, on the closed plan's title row: which rows it holds, rated, to the plan read below it. */
export function closedPlanAboveFinding(grid: SheetGrid, closed: ClosedPlanAbove, liveHeaderRow: number, index: RagIndex): Finding {
  const rated = ratedRowsBelow(grid, closed.titleRow, index, closed.lastRow);
  const leftOut =
    rated.length === 0
      ? "so its rows are not counted; if they belong"
      : rated.length === 1
        ? `so its rated row, row ${rated[0]}, is not counted; if it belongs`
        : `so its ${rated.length} rated rows, between rows ${rated[0]} and ${rated.at(-1)}, are not counted; if they belong`;
  return {
    sheet: grid.name,
    row: closed.titleRow,
    code: "closed-plan",
    severity: "info",
    value: closed.title,
    message: `Row ${closed.titleRow} ("${closed.title}") heads a closed plan above the table headed on row ${liveHeaderRow}, ${leftOut} to the plan reported, move ${rated.length === 1 ? "it" : "them"} under the header on row ${liveHeaderRow}.`,
  };
}
