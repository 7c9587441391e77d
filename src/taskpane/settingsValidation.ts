/**
 * The settings form's values and their validation. The engine's zod schema decides what is
 * valid; this file turns the form's text into the schema's input and each zod issue into one
 * sentence shown next to its field.
 */
import type { z } from "zod";
import type { Settings } from "../core/settings";
import { settingsSchema } from "../core/settings";
import { isIsoDate } from "../core/dates";
import { capitalised } from "../core/text";
import type { ColumnOverrideRow } from "./columnOverrideRows";
import { overrideRecord, overrideRows } from "./columnOverrideRows";
import type { SheetReviewRow } from "./sheetReviewRows";
import { sheetReviewRecord, sheetReviewRows } from "./sheetReviewRows";

export interface SettingsFormValues {
  trackerSheets: string[];
  columnOverrides: ColumnOverrideRow[];
  sheetReviews: SheetReviewRow[];
  /** As typed; parsed on save. */
  staleDays: string;
  /** "" means the index's own choice. */
  completeRating: string;
  locale: Settings["locale"];
  /** YYYY-MM-DD, or "" for today. */
  asOf: string;
}

export type SettingsField = keyof SettingsFormValues;

export const FIELD_LABELS: Record<SettingsField, string> = {
  trackerSheets: "Tracker sheets",
  columnOverrides: "Column overrides",
  sheetReviews: "Reviews of sheets",
  staleDays: "Stale threshold",
  completeRating: "Complete rating",
  locale: "Date order",
  asOf: "Report date",
};

export function formValues(settings: Settings): SettingsFormValues {
  return {
    trackerSheets: [...settings.trackerSheets],
    columnOverrides: overrideRows(settings.columnOverrides),
    sheetReviews: sheetReviewRows(settings.sheetReviews),
    staleDays: String(settings.staleDays),
    completeRating: settings.completeRating ?? "",
    locale: settings.locale,
    asOf: settings.asOf ?? "",
  };
}

/** "", and anything but a whole number in digits ("1e2", "0x5a", "90.0"), become NaN, which the schema refuses. */
function parseDays(text: string): number {
  const digits = text.trim();
  return /^-?\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  const capital = capitalised(trimmed);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

const dayWord = (n: number | bigint) => (Number(n) === 1 ? "day" : "days");

/** One sentence for a zod issue on a field, in the words of the form. */
export function issueSentence(field: SettingsField, issue: z.core.$ZodIssue): string {
  const label = FIELD_LABELS[field];
  if (field === "staleDays") {
    if (issue.code === "too_small") return `The stale threshold must be at least ${issue.minimum} ${dayWord(issue.minimum)}.`;
    if (issue.code === "too_big") return `The stale threshold must be at most ${issue.maximum} ${dayWord(issue.maximum)}.`;
    if (issue.code === "invalid_type") return "The stale threshold must be a whole number of days.";
  }
  if (field === "trackerSheets" && issue.code === "too_small") return "A tracker sheet name cannot be blank.";
  // The schema's own wording, e.g. "a date written YYYY-MM-DD", completes a sentence about the field.
  if (/^[a-z]/.test(issue.message)) return `The ${label.toLowerCase()} must be ${issue.message}.`;
  return asSentence(`${label}: ${issue.message}`);
}

/** Field messages, and `general` for a problem with settings the form does not show. */
export type SettingsErrors = Partial<Record<SettingsField | "general", string>>;

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors };

const FIELDS = Object.keys(FIELD_LABELS) as SettingsField[];

function isField(key: PropertyKey | undefined): key is SettingsField {
  return typeof key === "string" && (FIELDS as string[]).includes(key);
}

/** Validates the form with the engine's schema; settings the form does not show are kept from `base`. */
export function validateSettings(values: SettingsFormValues, base: Settings): SettingsValidation {
  const input = {
    ...base,
    // As the sheet's tab spells it, a space at its end included; a blank name is refused.
    trackerSheets: values.trackerSheets.map((s) => (s.trim() === "" ? "" : s)),
    columnOverrides: overrideRecord(values.columnOverrides),
    sheetReviews: sheetReviewRecord(values.sheetReviews),
    staleDays: parseDays(values.staleDays),
    completeRating: values.completeRating.trim() === "" ? undefined : values.completeRating.trim(),
    locale: values.locale,
    asOf: values.asOf.trim() === "" ? undefined : values.asOf.trim(),
  };
  const result = settingsSchema.safeParse(input);
  const errors: SettingsErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      const field = isField(key) ? key : undefined;
      if (field && !errors[field]) errors[field] = issueSentence(field, issue);
      if (!field && !errors.general) errors.general = asSentence(`The stored ${issue.path.join(".")} setting is not valid: ${issue.message}`);
    }
  }
  // The field is a date picker: its words, not the stored form's. A slipped key in the year gives a year of five digits.
  const longYear = /^(\d{5,})-/.exec(input.asOf ?? "");
  if (longYear) errors.asOf = `The report date's year, ${longYear[1]}, has more than four digits; choose the date again in the date picker.`;
  else if (input.asOf !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(input.asOf) && !isIsoDate(input.asOf)) errors.asOf = `The report date ${input.asOf} is not a real date.`;
  else if (errors.asOf) errors.asOf = "The report date is not a whole, real date; choose a day, month and year in the date picker.";
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, settings: result.data };
}

/** The form's values as they would be saved, for telling whether they differ from the stored settings (" 30" is 30, "h" is H, order aside). */
function comparable(values: SettingsFormValues): string {
  const days = parseDays(values.staleDays);
  return JSON.stringify({
    trackerSheets: [...values.trackerSheets].sort(),
    columnOverrides: values.columnOverrides.map((r) => [r.sheet, r.role, r.column.trim().toUpperCase()].join("\u0000")).sort(),
    sheetReviews: values.sheetReviews.map((r) => [r.sheet, r.review.trim()].join("\u0000")).sort(),
    staleDays: Number.isNaN(days) ? values.staleDays.trim() : days,
    completeRating: values.completeRating.trim(),
    locale: values.locale,
    asOf: values.asOf.trim(),
  });
}

/** Whether the form holds changes the stored settings (as the form first shows them) do not. */
export function differs(values: SettingsFormValues, stored: SettingsFormValues): boolean {
  return comparable(values) !== comparable(stored);
}

/**
 * The form's values once the stored settings change under it (Count as at today, a save): a setting whose
 * stored value changed shows the new one; every other field keeps what the user has typed.
 */
export function rebased(values: SettingsFormValues, before: SettingsFormValues, after: SettingsFormValues): SettingsFormValues {
  const next = { ...values };
  for (const field of FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) (next as Record<SettingsField, unknown>)[field] = after[field];
  }
  return next;
}
