/** Fix ratings: every rating the engine can read but that is not written as the sheet writes them, or is a colour with no word. */
import type { Analysis } from "./model";
import type { CellEdit } from "./formatPlan";
import { columnNumber } from "./cells";

export function ratingFixes(analysis: Analysis): CellEdit[] {
  return analysis.findings
    .filter((f) => (f.code === "rating-not-canonical" || f.code === "rating-colour-only") && f.row !== undefined && f.column !== undefined && f.fix !== undefined)
    .map((f) => ({ sheet: f.sheet, row: f.row!, column: columnNumber(f.column!), from: f.value ?? "", to: f.fix! }));
}
