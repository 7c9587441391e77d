/**
 * Formatting the add-in puts on a user's tracker sheet, only when asked. Everything is a
 * conditional format whose formula carries a tag, so a door can remove exactly what it
 * added and nothing the user made; the user's own fills are never touched.
 */
import type { CellRange } from "./cells";

export type FormatTag = "rating-colours" | "rating-problems" | "stale-rows";

export interface ConditionalRule {
  /** The cells the rule applies to. */
  ranges: CellRange[];
  /**
   * An Excel formula, relative to the top-left cell of the first range, that is TRUE where
   * the format shows. It always contains formatTagText(tag), which is how a door finds it again.
   */
  formula: string;
  fill: string;
  fontColour?: string;
  bold?: boolean;
}

export interface FormatPlan {
  tag: FormatTag;
  sheet: string;
  rules: ConditionalRule[];
  /** A drop-down list of allowed ratings for the rating column (rating-colours only). */
  validation?: { range: CellRange; allowed: string[]; message: string };
}

/** The error alert's title that marks a drop-down list of ratings as the add-in's own, in every door. */
export const VALIDATION_TITLE = "RAG Tracker";

/** The marker inside every formula the add-in writes: N("…") is 0, so it changes nothing. */
export function formatTagText(tag: FormatTag): string {
  return `N("RAGTracker:${tag}")`;
}

export function hasFormatTag(formula: string, tag: FormatTag): boolean {
  return formula.includes(`RAGTracker:${tag}`);
}

/** A value the user asked the add-in to change in their sheet (Fix ratings): `from` as the engine read it, `to` written as text. */
export interface CellEdit {
  sheet: string;
  row: number;
  column: number;
  from: string;
  to: string;
  /**
   * A rating merged down beside several actions is one cell, its top-left (`row`, `column`), rated
   * once for all of them: the action rows it covers, in order. Absent for a cell of one action's row.
   */
  rows?: number[];
}
