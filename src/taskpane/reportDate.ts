/** The Record report date field: one sentence when what was typed cannot be a report date. */
import { isIsoDate } from "../core/dates";

export function reportDateProblem(value: string): string | null {
  const text = value.trim();
  if (text === "") return "Enter the report date, for example 2021-07-13.";
  if (!isIsoDate(text)) return `“${text}” is not a date written year-month-day, such as 2021-07-13.`;
  return null;
}
