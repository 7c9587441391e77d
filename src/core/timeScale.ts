/**
 * Reading a time scale as a due date: "14/06/2021", "December 2019" (end of that month),
 * "Completed by Feb 2020", "Q3 2021". Texts with no date ("As per meeting cycle",
 * "Various dates", "Quarterly") give no due date and no problem.
 */
import { endOfMonth, format, isValid, parse } from "date-fns";
import type { CellValue } from "./cells";
import { cellText, isCellError } from "./cells";
import { cellDate } from "./dates";
import type { Settings } from "./settings";

export interface TimeScale {
  due: string | null;
  /** Set when the text holds something date-shaped that is not a real date ("31/02/2021"). */
  problem?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_WORD = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})\\b`, "i");
const MONTH_YEAR = new RegExp(`\\b${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`, "i");
const QUARTER_YEAR = /\bq([1-4])\s*(\d{4})\b/i;

const REFERENCE = new Date(2000, 0, 1);

function iso(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

function strict(text: string, pattern: string): Date | null {
  const date = parse(text, pattern, REFERENCE);
  return isValid(date) ? date : null;
}

/** A due date from a time-scale cell. */
export function parseTimeScale(value: CellValue, numberFormat: string | null, locale: Settings["locale"]): TimeScale {
  const asDate = cellDate(value, numberFormat);
  if (asDate) return { due: asDate };
  if (typeof value !== "string" || isCellError(value)) return { due: null };
  return parseTimeScaleText(cellText(value), locale);
}

/** Plans repeat the same few time scales on thousands of rows: remember each answer, per locale (no key text built per row). */
const rememberedByLocale = new Map<Settings["locale"], Map<string, TimeScale>>();
const REMEMBER_AT_MOST = 5000;

export function parseTimeScaleText(text: string, locale: Settings["locale"]): TimeScale {
  let remembered = rememberedByLocale.get(locale);
  if (!remembered) rememberedByLocale.set(locale, (remembered = new Map()));
  const known = remembered.get(text);
  if (known) return known;
  const parsed = readTimeScaleText(text, locale);
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  remembered.set(text, parsed);
  return parsed;
}

function readTimeScaleText(text: string, locale: Settings["locale"]): TimeScale {
  const notADate = (found: string): TimeScale => ({ due: null, problem: `"${found}" is not a real date` });

  const isoMatch = ISO.exec(text);
  if (isoMatch) {
    const d = strict(`${isoMatch[1]}-${isoMatch[2]}-${isoMatch[3]}`, "yyyy-M-d");
    return d ? { due: iso(d) } : notADate(isoMatch[0]);
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, a, b, y] = numeric;
    const yearPattern = y!.length === 2 ? "yy" : "yyyy";
    const pattern = locale === "en-US" ? `M/d/${yearPattern}` : `d/M/${yearPattern}`;
    const d = strict(`${a}/${b}/${y}`, pattern);
    return d ? { due: iso(d) } : notADate(numeric[0]);
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const d = strict(`${dmy[1]} ${MONTHS[dmy[2]!.toLowerCase()]} ${dmy[3]}`, "d M yyyy");
    return d ? { due: iso(d) } : notADate(dmy[0]);
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const d = strict(`${mdy[2]} ${MONTHS[mdy[1]!.toLowerCase()]} ${mdy[3]}`, "d M yyyy");
    return d ? { due: iso(d) } : notADate(mdy[0]);
  }
  const my = MONTH_YEAR.exec(text);
  if (my) {
    return { due: iso(endOfMonth(new Date(Number(my[2]), MONTHS[my[1]!.toLowerCase()]! - 1, 1))) };
  }
  const quarter = QUARTER_YEAR.exec(text);
  if (quarter) {
    return { due: iso(endOfMonth(new Date(Number(quarter[2]), Number(quarter[1]) * 3 - 1, 1))) };
  }
  return { due: null };
}
