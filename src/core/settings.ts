import { z } from "zod";
import { columnNumber } from "./cells";
import { MAX_COLUMNS } from "./excelLimits";
import { isIsoDate } from "./dates";
import { ROLE_LABELS } from "./columnRoles";

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

/** The columns that say what an action is: its recommendation, its actions, or its measure. */
export const ACTION_TEXT_ROLES = ["recommendation", "actions", "measure"] as const satisfies readonly ColumnRole[];

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

/** The settings with one value each, named as the task pane's settings name them. */
const SETTING_NAMES: Record<string, string> = { staleDays: "the stale threshold", asOf: "the report date", locale: "the date order", completeRating: "the complete rating" };
const LOCALE_WORDS = "UK (en-GB) or US (en-US)";

/** A stored value as a sentence can show it: text quoted, a number as it is; anything else by what it is. */
function shownValue(value: unknown): string {
  if (typeof value === "string") return value.trim() === "" ? "blank" : `"${value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "empty";
  return Array.isArray(value) ? "a list" : "a group of values";
}

const at = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);

/** What is wrong with the stored settings, said with the names the task pane gives them and no field path. */
function settingsIssue(input: unknown, issue: z.core.$ZodIssue): string {
  const { path, message: expected } = issue;
  // A column named by a key no role has is reported on the sheet, with the keys.
  const [field, sheet, role = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined] = path;
  const value = at(input, path);
  if (path.length === 0) return "they are not stored as settings";
  if (typeof field === "string" && SETTING_NAMES[field] && path.length === 1) {
    // A value of the wrong kind (a date saved as a number) gets the field's own words, not the validator's.
    const should = field === "locale" ? LOCALE_WORDS : field === "completeRating" ? "the name or code of a rating" : issue.code === "invalid_type" && field === "asOf" ? "a date written YYYY-MM-DD" : expected;
    // "90" stored as text reads as the number it shows: said as text.
    const stored = field === "staleDays" && typeof value === "string" ? `stored as the text ${shownValue(value)}` : shownValue(value);
    return `${SETTING_NAMES[field]} is ${stored}, where it should be ${should}`;
  }
  if (field === "trackerSheets") return path.length === 1 ? "the tracker sheets are not stored as a list of sheets' names" : `the tracker sheets list holds ${shownValue(value)}, where it should hold sheets' names`;
  if (field === "columnOverrides") {
    if (typeof sheet !== "string" || typeof role !== "string") return "the column overrides are not stored as sheets with their columns";
    const label = (ROLE_LABELS as Record<string, string | undefined>)[role];
    if (!label) return `the column overrides of sheet "${sheet}" name a column "${role}" that RAG Tracker does not read`;
    return `the column override for the ${label} column of sheet "${sheet}" is ${shownValue(value)}, where it should be ${expected}`;
  }
  if (field === "sheetReviews") return typeof sheet === "string" ? `the review of sheet "${sheet}" is ${shownValue(value)}, where it should be a review's name` : "the reviews of sheets are not stored as sheets with their reviews";
  return "they hold a value RAG Tracker does not read";
}

/**
 * Of stored settings that cannot be used as a whole, what can: each field that reads on its own, and
 * of a list (the tracker sheets, the reviews of sheets, the column overrides) each entry that does
 * (`trimmed`, where some do not); the default for each other field (`unusable`), in the schema's order.
 * A form that replaces them then keeps what the team chose, not only the defaults.
 */
export function usableSettings(input: unknown): { settings: Settings; unusable: (keyof Settings)[]; trimmed: (keyof Settings)[] } {
  const stored = isRecord(input) ? input : {};
  const kept: Record<string, unknown> = {};
  const unusable: (keyof Settings)[] = [];
  const trimmed: (keyof Settings)[] = [];
  for (const field of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (!(field in stored)) continue;
    const value = stored[field];
    if (settingsSchema.shape[field].safeParse(value).success) {
      kept[field] = value;
      continue;
    }
    const entries = usableEntries(field, value);
    if (entries === undefined) unusable.push(field);
    else {
      kept[field] = entries;
      trimmed.push(field);
    }
  }
  return { settings: settingsSchema.parse(kept), unusable, trimmed };
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** Of a list setting that cannot be used whole, the entries that can; undefined for another setting, or a value no list. */
function usableEntries(field: keyof Settings, value: unknown): unknown {
  const sheetName = settingsSchema.shape.trackerSheets.unwrap().element;
  if (field === "trackerSheets") return Array.isArray(value) ? value.filter((v) => sheetName.safeParse(v).success) : undefined;
  if (!isRecord(value)) return undefined;
  if (field === "sheetReviews") return Object.fromEntries(Object.entries(value).filter(([, review]) => settingsSchema.shape.sheetReviews.safeParse({ s: review }).success));
  if (field === "columnOverrides") {
    const columns = ([sheet, roles]: [string, unknown]) => [sheet, isRecord(roles) ? Object.fromEntries(Object.entries(roles).filter(([role, letters]) => settingsSchema.shape.columnOverrides.safeParse({ s: { [role]: letters } }).success)) : {}] as const;
    return Object.fromEntries(Object.entries(value).map(columns).filter(([, roles]) => Object.keys(roles).length > 0));
  }
  return undefined;
}

/** Reads settings from untrusted JSON, returning one sentence on failure. */
export function parseSettings(input: unknown): { ok: true; settings: Settings } | { ok: false; message: string } {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return { ok: true, settings: result.data };
  const issue = result.error.issues[0];
  const what = issue ? settingsIssue(input, issue) : "they hold a value RAG Tracker does not read";
  return { ok: false, message: `The RAG Tracker settings saved in this workbook cannot be used: ${what}; save the settings again in the task pane.` };
}
