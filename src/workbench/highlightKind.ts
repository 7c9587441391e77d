/**
 * Which of the add-in's highlights a conditional format is, read from the workbook itself (its
 * tagged formula and its fill), so the grid can say in words what a sighted user sees as colour,
 * after a download and reopening too.
 */
import { hasFormatTag } from "../core/formatPlan";
import { PROBLEM_STYLES } from "../core/formats";
import type { CellLook } from "../xlsx/sheetView";

export type HighlightKind = "overdue" | "stale" | "invalid" | "unrated";

export function highlightKind(formula: string, look: CellLook): HighlightKind | undefined {
  const fill = look.fill?.toUpperCase();
  if (hasFormatTag(formula, "stale-rows")) {
    if (fill === PROBLEM_STYLES.overdue.fill) return "overdue";
    if (fill === PROBLEM_STYLES.stale.fill) return "stale";
  }
  if (hasFormatTag(formula, "rating-problems")) {
    if (fill === PROBLEM_STYLES.invalid.fill) return "invalid";
    if (fill === PROBLEM_STYLES.unrated.fill) return "unrated";
  }
  return undefined;
}
