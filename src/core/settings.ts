import { z } from "zod";
import { columnNumber } from "./cells";
import { MAX_COLUMNS } from "./excelLimits";
import { isIsoDate } from "./dates";

/** The column roles the engine recognises in a tracker's header row. */
export const COLUMN_ROLES = [
  "review",
  "ref",
  "category",
  "recommendation",
  "actions",
  "measure",
  "response",
  "rating",
  "lead",
  "due",
  "updated",
] as const;
export const columnRoleSchema = z.enum(COLUMN_ROLES);
export type ColumnRole = z.infer<typeof columnRoleSchema>;

/** The stale threshold's range, in days: up to ten years. */
export const STALE_DAYS_MIN = 1;
export const STALE_DAYS_MAX = 3650;
const STALE_DAYS_WORDS = `a number of days from ${STALE_DAYS_MIN} to ${STALE_DAYS_MAX}`;

/** Excel's first date: a report date before it could not be written in a cell. */
export const EARLIEST_DATE = "1900-01-01";
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD")
  .refine(isIsoDate, "a real date")
  .refine((d) => d >= EARLIEST_DATE, `a date from ${EARLIEST_DATE}, the first date Excel can hold`);
const columnLetters = z
  .string()
  .regex(/^[A-Za-z]{1,3}$/, "a column letter such as F")
  .refine((letters) => !/^[A-Za-z]{1,3}$/.test(letters) || columnNumber(letters) <= MAX_COLUMNS, "a column no further right than XFD, Excel's last column");

/**
 * Settings a team stores once in its workbook so every user gets the same results.
 * Every field has a default, so an empty object is a valid settings document.
 */
export const settingsSchema = z.object({
  /** Sheets to read as trackers; empty means every sheet that holds one. */
  trackerSheets: z.array(z.string().min(1)).default([]),
  /** Per sheet name, columns that the header names do not reveal, e.g. {"Plan": {"rating": "H"}}. */
  columnOverrides: z.record(z.string(), z.partialRecord(columnRoleSchema, columnLetters)).default({}),
  /** Per sheet name, the review of the actions on a sheet with no review column, e.g. {"Completed actions": "Frankie"}; the sheet's own name when absent. */
  sheetReviews: z.record(z.string(), z.string().trim().min(1, "a review name, not blank")).default({}),
  staleDays: z.number({ error: STALE_DAYS_WORDS }).int("a whole number of days").min(STALE_DAYS_MIN, STALE_DAYS_WORDS).max(STALE_DAYS_MAX, STALE_DAYS_WORDS).default(90),
  /** Codes or names of the ratings that mean complete ("Green", "Blue, Green"); the index's own choice (Blue) when absent. */
  completeRating: z.string().min(1).optional(),
  /** en-GB reads 04/06/2021 as 4 June, en-US as 6 April. */
  locale: z.enum(["en-GB", "en-US"]).default("en-GB"),
  /** Report as at this date; today when absent. */
  asOf: isoDate.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** The settings with one value each, as a sentence names them. */
const SETTING_NAMES: Record<string, string> = { staleDays: "the stale threshold", asOf: "the report date", locale: "the date order", completeRating: "the complete rating" };

/** Reads settings from untrusted JSON, returning one sentence on failure. */
export function parseSettings(input: unknown): { ok: true; settings: Settings } | { ok: false; message: string } {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return { ok: true, settings: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.length === 1 ? SETTING_NAMES[String(issue.path[0])] : undefined;
  // A setting the form shows is named as it is there, with the value stored.
  if (field && issue && typeof input === "object" && input !== null) {
    const stored = (input as Record<string, unknown>)[String(issue.path[0])];
    return { ok: false, message: `The stored RAG Tracker settings are not valid: ${field} is ${JSON.stringify(stored)}, where it should be ${issue.message}.` };
  }
  const where = issue && issue.path.length > 0 ? ` at "${issue.path.join(".")}"` : "";
  return { ok: false, message: `The stored RAG Tracker settings are not valid${where}: ${issue?.message ?? "unknown problem"}.` };
}
