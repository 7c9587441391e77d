/**
 * A number formatted to show a time alone ("h:mm"). ExcelJS makes a date of it, but the engine's
 * test, which every door follows, takes only a format showing a day for a date: both file doors
 * give the engine the number, to the millisecond ExcelJS keeps of it.
 */
import { dateToSerial } from "../core/dates";

/** The number back from ExcelJS's date; a date past what JavaScript can hold stays the invalid date ExcelJS made. */
export function toTheMillisecond(date: Date, date1904: boolean): number | Date {
  const serial = dateToSerial(date, date1904);
  return Number.isFinite(serial) ? serial : date;
}
