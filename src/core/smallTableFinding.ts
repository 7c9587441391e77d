/**
 * What is said of a small table kept below a plan and left out of the count (tableRunningPast.ts, tableInsidePlan.ts): its
 * rows read as another table's, so none is counted as an action. Rows a team meant as actions may be taken for such a table,
 * so they are named, never left out unsaid.
 */
import { cellText } from "./cells";
import type { Finding } from "./findings";
import type { SheetGrid } from "./sheetGrid";
import { rowsInWords } from "./sentences";
import { capitalised, cutTo } from "./text";

/** Headings quoted, as a note's first words are (notesBelowTable.ts): enough to find the table by. */
const QUOTED_HEADINGS = 3;
const HEADING_LENGTH = 30;

/** Said once for each such table, `rows` its own from its row of headings down, quoting the headings. */
export function smallTableFinding(sheet: string, rows: readonly number[], grid: SheetGrid): Finding {
  const headings = grid.filledColumns(rows[0]!).map((c) => `"${cutTo(cellText(grid.original(rows[0]!, c)).trim(), HEADING_LENGTH)}"`);
  const more = headings.length > QUOTED_HEADINGS ? ", …" : "";
  return {
    sheet,
    row: rows[0]!,
    code: "table-below-plan",
    severity: "info",
    message: `${capitalised(rowsInWords(rows))} (${headings.slice(0, QUOTED_HEADINGS).join(", ")}${more}) read as another table below the plan, so they are not counted as actions; if one is an action, give it a rating.`,
  };
}
