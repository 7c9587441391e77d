/**
 * The Committee Pack's Due, where the plan writes its time scale as text. The one place that decides
 * between the plan's words and the date they were read as:
 * - one date in digits ("3/4/2022", "31/03/2022"), which a UK reader takes day first and a US one
 *   month first: the date it was read as, with the month spelled ("4 Mar 2022", as the pack's date
 *   cells show theirs), which the days overdue count from;
 * - any other text: the plan's own, as the committee agreed it. A date in words alone would hide a
 *   second or revised date ("Dec 2021, March 2022", "March 2022 / June 2022") or give a day the plan
 *   never gave ("2021", "2021/22"). Where that text holds a date in digits ("31/3/2022 - 30/6/2022"),
 *   the date it was read as follows on a line of its own: "(read as 30 Jun 2022)".
 */
import { formatShortDate } from "../longDate";
import { rightText, text } from "../sheetBuilder";
import type { PlanCell } from "../writePlan";

/** Day and month in digits, with a year ("3/4/2022", "31.03.22") or, by a slash, without ("14/2"). */
const IN_DIGITS = /(?<!\d|\d[/.])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d|[/.]\d)/g;

/** Two numbers a reader could take as a day and a month, one way round or the other: not "21/22", a year. */
function couldBeDayAndMonth(a: number, b: number): boolean {
  const day = (n: number) => n >= 1 && n <= 31;
  const month = (n: number) => n >= 1 && n <= 12;
  return (day(a) && month(b)) || (month(a) && day(b));
}

/** The dates in digits `dueText` holds, each as written. */
function datesInDigits(dueText: string): string[] {
  return [...dueText.matchAll(IN_DIGITS)]
    .filter(([, a, separator, b, year]) => (year !== undefined || separator === "/") && couldBeDayAndMonth(Number(a), Number(b)))
    .map(([written]) => written);
}

/** True where the time scale is one date in digits with its year, and nothing else ("3/4/2022", "31/03/2022"). */
export function isOneDateInDigits(dueText: string): boolean {
  const said = dueText.trim();
  const dates = datesInDigits(said);
  return dates.length === 1 && dates[0] === said && said.split(/[/.-]/).length === 3;
}

/** `due`: the date `dueText` was read as (YYYY-MM-DD), if any. A date alone is set right, as the dates in its column are. */
export function dueInWords(dueText: string, due: string | null): PlanCell {
  if (due === null) return text(dueText, "wrap");
  if (isOneDateInDigits(dueText)) return rightText(formatShortDate(due), "wrap");
  return datesInDigits(dueText).length > 0 ? text(`${dueText.trim()}\n(read as ${formatShortDate(due)})`, "wrap") : text(dueText, "wrap");
}
