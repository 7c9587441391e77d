/**
 * "Sept 28" is read as September 2028, as two digits after a month are its year ("Mar 22", as UK trackers write it). A plan's
 * team may have meant the 28th: read so, the action is never overdue for years, with no word. Where that year is more
 * than a few years after the report date's, which few plans' actions are, the reading is said with the day the team may
 * have meant; the date read is still used, as the documented rule, and "Mar 22" style years on real plans, stay as written.
 * The same holds the other way: "Dec 12", read as December 2012, would list the action as overdue by thousands of days.
 */
import { format, parseISO } from "date-fns";
import { formatMonth } from "./longDate";

/** Years after the report date's beyond which a month's two-digit year is more likely a day: a plan runs three years or so. */
export const YEARS_AHEAD_TO_SAY = 3;

/**
 * Years before the report date's beyond which the same is said: a plan's three years or so, and two more that a late action may
 * be carried on into the next plan, so a 2021 plan's "Sept 21" read in 2026 stays as written, while "Dec 12" or "Jun 15" read in
 * 2022 (December 2012, June 2015), years before any action of the plan was set, is said.
 */
export const YEARS_BEFORE_TO_SAY = 5;

/**
 * The sentence for a time scale `written` ("Sept 28") read as due at `due`, where its year is far after or far before `asOf`'s,
 * or, before `asOf`'s year, more than a year before `planFirstYear`, the earliest due year of the plan's other actions: "Dec 16"
 * in a plan whose other actions are due from 2019 is December 2016, before any of them was set, though within five years of a
 * report as at 2020; undefined where it is none of these.
 */
export function farYearOrDayMessage(row: number, written: string, digits: string, due: string, asOf: string, planFirstYear?: number): string | undefined {
  const asOfYear = Number(asOf.slice(0, 4));
  const dueYear = Number(due.slice(0, 4));
  const yearsAhead = dueYear - asOfYear;
  const beforePlan = yearsAhead < 0 && planFirstYear !== undefined && dueYear < planFirstYear - 1;
  if (yearsAhead <= YEARS_AHEAD_TO_SAY && -yearsAhead <= YEARS_BEFORE_TO_SAY && !beforePlan) return undefined;
  const month = format(parseISO(due), "MMMM");
  const day = Number(digits);
  const soThe = yearsAhead > 0 ? "so the action is not overdue before then" : "so the action is overdue since then";
  return `Row ${row}: the time scale "${written}" is read as ${formatMonth(due)}, as two digits after a month are its year, ${soThe}; if ${day} ${month} is meant, write its year too, such as ${day} ${month} ${asOfYear}.`;
}

/**
 * The year a plan's actions start to be due, for weighing a month's two digits read as a year: the earliest year written plainly
 * ("March 2019", 31/03/2019), or, where that is later, the earliest of the run of years back from the plan's middle year with no
 * year missing. A two-digit year below that run ("Dec 16" and "Sept 17" among "Dec 19", "Mar 20") is not the plan's, so two of
 * them cannot hide each other. `years` counts the dated actions by due year.
 */
export function planFirstYear(years: ReadonlyMap<number, number>, plainFirst: number): number {
  const sorted = [...years.keys()].sort((a, b) => a - b);
  const total = [...years.values()].reduce((sum, n) => sum + n, 0);
  let seen = 0;
  let middle = sorted[0] ?? Infinity;
  for (const y of sorted) {
    seen += years.get(y)!;
    middle = y;
    if (seen * 2 >= total) break;
  }
  let first = middle;
  while (years.has(first - 1)) first--;
  return Math.min(first, plainFirst);
}
