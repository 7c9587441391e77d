/**
 * The reviews of sheets as the settings form lists them: one row per sheet. The engine's zod
 * schema keeps them as {sheet: review}; the form needs a flat, ordered list.
 */
import type { Settings } from "../core/settings";
import { settingsSchema } from "../core/settings";

export interface SheetReviewRow {
  sheet: string;
  review: string;
}

export function sheetReviewRows(reviews: Settings["sheetReviews"]): SheetReviewRow[] {
  return Object.entries(reviews).map(([sheet, review]) => ({ sheet, review }));
}

export function sheetReviewRecord(rows: SheetReviewRow[]): Settings["sheetReviews"] {
  return Object.fromEntries(rows.map((r) => [r.sheet, r.review.trim()]));
}

/** The row to add, checked by the engine's schema; a sentence when it cannot be added. */
export function newSheetReview(rows: SheetReviewRow[], sheet: string, reviewText: string): { ok: true; rows: SheetReviewRow[] } | { ok: false; message: string } {
  const review = reviewText.trim();
  if (sheet.trim() === "") return { ok: false, message: "Choose the sheet whose actions the review names." };
  const parsed = settingsSchema.shape.sheetReviews.safeParse({ [sheet]: review });
  if (!parsed.success) return { ok: false, message: "Type the review the sheet's actions belong to, such as Frankie." };
  // One review per sheet (any case, as the engine matches sheets): a second would quietly replace the first.
  const taken = rows.find((r) => r.sheet.toLowerCase() === sheet.toLowerCase());
  if (taken) return { ok: false, message: `The actions of ${taken.sheet} are already counted under ${taken.review}; remove that first to choose another review.` };
  return { ok: true, rows: [...rows, { sheet, review }] };
}
