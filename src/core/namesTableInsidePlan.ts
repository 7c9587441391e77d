/**
 * A small table of names a team keeps under a wider plan, typed inside the plan's own columns and holding no date: under
 * "No | Recommendation | Action | Lead | Response | RAG", a blank row, then
 *   Partner   | Representative
 *   Police    | DI Jane Smith
 *   Health    | Designated Nurse
 *   Education | Head of Inclusion
 * With no dates to tell it (tableInsidePlan.ts), it is told by what its rows cannot be: an action. Each holds a few short
 * words, no number, no date, no rating and no words of an action, in the columns its headings fill, and its headings name
 * none of the plan's columns. A new action added unrated has a number, a lead's heading, a date or an action's words, so
 * any doubt leaves the rows counted.
 */
import { type CellValue, cellText } from "./cells";
import { roleForHeader } from "./columnRoles";
import type { ColumnMap } from "./model";
import { readsAsActionWords } from "./ratingMeaning";
import type { SheetGrid } from "./sheetGrid";
import { readsAsHeadings } from "./trackerLayout";

/** A name, a role or an agency ("Head of Inclusion", "Designated Nurse"): an action's words run longer. */
const NAME_WORDS = 4;
const NAME_LENGTH = 30;
/** A heading over one row is likelier an action and its words typed below a gap: a table lists two at least. */
const MIN_ROWS = 2;

/**
 * Where `row`, below a blank row, heads such a table: its last row, the table ending at a blank row or the sheet's last
 * row read. Undefined where any row of it may be an action: one that does not fit, or an action straight under it.
 */
export function namesTableInsidePlan(grid: SheetGrid, row: number, lastRow: number, columns: ColumnMap, headerRow: number, isRating: (value: CellValue) => boolean): number | undefined {
  if (row >= lastRow || !readsAsHeadings(grid, row)) return undefined;
  const headed = grid.filledColumns(row);
  if (columns.rating !== undefined && headed.includes(columns.rating)) return undefined;
  const planHeadings = new Set(grid.filledColumns(headerRow).map((c) => folded(grid.original(headerRow, c))));
  const isName = (r: number, c: number) => {
    const value = grid.original(r, c);
    if (typeof value !== "string") return false;
    const text = value.trim();
    return text.length <= NAME_LENGTH && text.split(/\s+/).length <= NAME_WORDS && !/\d/.test(text) && !isRating(value) && !readsAsActionWords(text);
  };
  if (!headed.every((c) => isName(row, c) && roleForHeader(cellText(grid.original(row, c))) === null && !planHeadings.has(folded(grid.original(row, c))))) return undefined;
  let end = row;
  for (let r = row + 1; r <= lastRow; r++) {
    const filled = grid.filledColumns(r);
    if (filled.length === 0) break;
    if (!filled.every((c) => headed.includes(c) && isName(r, c))) return undefined;
    end = r;
  }
  return end - row >= MIN_ROWS ? end : undefined;
}

const folded = (value: CellValue): string => cellText(value).trim().toLowerCase();
