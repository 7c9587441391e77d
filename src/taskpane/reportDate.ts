/** The Record report date field: one sentence when what was typed cannot be a report date. */
import { isIsoDate } from "../core/dates";

export function reportDateProblem(value: string): string | null {
  const text = value.trim();
  if (text === "") return "Enter the report date, for example 2021-07-13.";
  if (!isIsoDate(text)) return `“${text}” is not a date; write it as year-month-day, for example 2021-07-13.`;
  return null;
}
