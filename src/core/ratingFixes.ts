/**
 * Fix ratings: every rating the engine can read but that is not written as the sheet writes them, or
 * is a colour with no word; and, where ratings are kept a round a column, an earlier round's rating
 * given by colour alone on an action the round read has not rated (said, never counted: typing it
 * changes no count).
 */
import type { Analysis } from "./model";
import type { CellEdit } from "./formatPlan";
import type { FindingCode } from "./findings";
import { columnNumber } from "./cells";

const FIXED: readonly FindingCode[] = ["rating-not-canonical", "rating-colour-only", "rating-earlier-colour-only"];

export function ratingFixes(analysis: Analysis): CellEdit[] {
  return analysis.findings
    .filter((f) => FIXED.includes(f.code) && f.row !== undefined && f.column !== undefined && f.fix !== undefined)
    .map((f) => ({ sheet: f.sheet, row: f.row!, column: columnNumber(f.column!), from: f.value ?? "", to: f.fix!, ...(f.code === "rating-earlier-colour-only" && { earlierRound: true as const }) }));
}
