/** "2021-07-13" → "13 July 2021", the way committee papers write dates. */
import { format, parseISO } from "date-fns";
import { isIsoDate } from "./dates";

export function formatLongDate(iso: string): string {
  return format(parseISO(iso), "d MMMM yyyy");
}

/** "2022-03-04" → "4 Mar 2022": a date in a narrow column of the Committee Pack, as its date cells show one (PACK_DATE_FORMAT). */
export function formatShortDate(iso: string): string {
  return format(parseISO(iso), "d MMM yyyy");
}

/** "2026-03-01" → "March 2026": a month, as a time scale names one. */
export function formatMonth(iso: string): string {
  return format(parseISO(iso), "MMMM yyyy");
}

/** "2021-12-31" → "Dec 2021": a month in a narrow column of the Committee Pack, spelled as its dates are. */
export function formatShortMonth(iso: string): string {
  return format(parseISO(iso), "MMM yyyy");
}

/** A recorded report's id as sentences name it: its date in words, or the id as stored, quoted, when it is no date. */
export function reportLabel(id: string): string {
  return isIsoDate(id) ? formatLongDate(id) : `“${id}”`;
}
