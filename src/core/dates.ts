/** Calendar dates as YYYY-MM-DD strings: no time zones, no times of day. */
import type { CellValue } from "./cells";

const MS_PER_DAY = 86_400_000;
/** Excel's serial number for 1 January 1970 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from 1 January 1900 to 1 January 1904 as Excel counts them: a day's 1904 serial is this much smaller. */
export const DATE_1904_OFFSET = 1_462;

/** The number format RAG Tracker gives the dates it writes: a UK partnership's day-first dates. */
export const DATE_FORMAT = "dd/mm/yyyy";

/**
 * The number format of the dates a generated sheet writes, in the order the settings' Date order
 * reads the plan's own ("3/4/2022" is 4 March read month first): a row must not show the plan's
 * month-first time scale beside a day-first Due.
 */
export function dateFormatFor(locale: "en-GB" | "en-US" = "en-GB"): string {
  return locale === "en-US" ? "mm/dd/yyyy" : DATE_FORMAT;
}

/**
 * The number format of the Committee Pack's dates: the month spelled ("4 Mar 2022"), in either Date
 * order, as a paper for councillors must not depend on the reader's habit ("03/04/2022" is 3 April to a
 * UK reader, 4 March to a US one). "d mmm yyyy" fits the pack's 12-wide columns, where Excel would show
 * "####" for a longer "30 September 2021". formatShortDate (longDate.ts) writes the same as text.
 */
export const PACK_DATE_FORMAT = "d mmm yyyy";

/** A moment's serial number in the workbook's date system (a fraction of a day for a time). */
export function dateToSerial(date: Date, date1904 = false): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
}

export function serialToIso(serial: number): string {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY)).toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Trackers repeat a few hundred dates on thousands of rows: each day's text is made once (keyed by day number, a small integer). */
const isoByDay = new Map<number, string>();

/**
 * The UTC calendar day of a date, as YYYY-MM-DD (spreadsheet libraries hand dates over as UTC
 * midnights); "" for an invalid date (a serial past any calendar, read as a date), which has no day.
 */
export function dateToIso(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return "";
  const day = Math.floor(time / MS_PER_DAY);
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    if (isoByDay.size > 20_000) isoByDay.clear();
    isoByDay.set(day, (iso = date.toISOString().slice(0, 10)));
  }
  return iso;
}

const dayByIso = new Map<string, number>();

function dayNumber(iso: string): number {
  let day = dayByIso.get(iso);
  if (day === undefined) {
    if (dayByIso.size > 20_000) dayByIso.clear();
    dayByIso.set(iso, (day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY));
  }
  return day;
}

/** Whole days from each given date to `toIso`; the common date is read once, not once per action. */
export function daysUntil(toIso: string): (fromIso: string) => number {
  const to = dayNumber(toIso);
  return (fromIso) => Math.round(to - dayNumber(fromIso));
}

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && serialToIso(isoToSerial(text)) === text;
}

/** True for number formats that show a date ("dd/mm/yyyy", "d-mmm-yy", "[$-en-GB]mmmm yyyy"). */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat) return false;
  const bare = numberFormat.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
}

/**
 * True for a date format that shows the month and year but no day ("mmm-yy", "mmmm yyyy"): what
 * Excel gives a cell typed "March 2026", holding the 1st of that month. As a time scale it means the
 * month, due at its end, as the same words typed as text are.
 */
export function isMonthFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat || !isDateFormat(numberFormat)) return false;
  // Each section of a format ("mmm-yy;@") shows its own kind of value: the first shows a number.
  const bare = numberFormat.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").split(";")[0]!;
  return /m/i.test(bare) && /y/i.test(bare) && !/[dhs]/i.test(bare);
}

/** The last day of the month of an ISO date. */
export function monthEndOf(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * True for number formats that show a time of day or a length of time and no date ("h:mm",
 * "[h]:mm:ss", "mm:ss"): a number in such a cell shows the user no day, so is no date.
 */
export function isTimeFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat || isDateFormat(numberFormat)) return false;
  const bare = numberFormat.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /\[[hms]+\]/i.test(bare) || /[hs]/i.test(bare.replace(/\[[^\]]*\]/g, ""));
}

/** Plausible serials for an action plan: 1 Jan 1990 to 31 Dec 2099. */
const SERIAL_MIN = 32_874;
const SERIAL_MAX = 73_415;

export function isPlausibleSerial(value: number): boolean {
  return value >= SERIAL_MIN && value <= SERIAL_MAX;
}

/**
 * A date read from a cell that is meant to hold one: a real date, or a serial number that
 * is formatted as a date (or, with no format known, lies in a plausible range). A serial formatted
 * as a date is the 1900 system's, as the doors give it; one with no format known is as the cell
 * holds it, the workbook's own (`date1904`: counted from 1904).
 */
export function cellDate(value: CellValue, numberFormat: string | null, date1904 = false): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToIso(value);
  if (typeof value === "number" && Number.isFinite(value)) {
    if (isDateFormat(numberFormat)) return serialToIso(Math.floor(value));
    const unknownFormat = numberFormat === null || numberFormat === "General";
    const serial = date1904 ? value + DATE_1904_OFFSET : value;
    if (unknownFormat && isPlausibleSerial(serial)) return serialToIso(Math.floor(serial));
  }
  return null;
}
