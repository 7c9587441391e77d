/**
 * "Sept 28" is read as September 2028, as two digits after a month are its year ("Mar 22", as UK trackers write it). A plan's
 * team may have meant the 28th: read so, the action is never overdue for years, with no word. Where that year is more
 * than a few years after the report date's, which few plans' actions are, the reading is said with the day the team may
 * have meant; the date read is still used, as the documented rule, and "Mar 22" style years on real plans, stay as written.
 */
import { format, parseISO } from "date-fns";
import { formatMonth } from "./longDate";

/** Years after the report date's beyond which a month's two-digit year is more likely a day: a plan runs three years or so. */
export const YEARS_AHEAD_TO_SAY = 3;

/** The sentence for a time scale `written` ("Sept 28") read as due at `due`, where its year is far after `asOf`'s; undefined where it is not. */
export function farYearOrDayMessage(row: number, written: string, digits: string, due: string, asOf: string): string | undefined {
  const asOfYear = Number(asOf.slice(0, 4));
  if (Number(due.slice(0, 4)) - asOfYear <= YEARS_AHEAD_TO_SAY) return undefined;
  const month = format(parseISO(due), "MMMM");
  const day = Number(digits);
  return `Row ${row}: the time scale "${written}" is read as ${formatMonth(due)}, as two digits after a month are its year, so the action is not overdue before then; if ${day} ${month} is meant, write its year too, such as ${day} ${month} ${asOfYear}.`;
}
