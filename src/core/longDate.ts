/** "2021-07-13" → "13 July 2021", the way committee papers write dates. */
import { format, parseISO } from "date-fns";
import { isIsoDate, isPlausibleSerial, serialToIso } from "./dates";

export function formatLongDate(iso: string): string {
  return format(parseISO(iso), "d MMMM yyyy");
}

/**
 * A recorded report's id as sentences name it: its date in words, or the id as stored when it is
 * no date, quoted, or with the date it stands for when Excel turned the date into its serial number.
 */
export function reportLabel(id: string): string {
  if (isIsoDate(id)) return formatLongDate(id);
  const serial = /^\d+$/.test(id) ? Number(id) : NaN;
  return isPlausibleSerial(serial) ? `${id} (Excel's number for ${formatLongDate(serialToIso(serial))})` : `“${id}”`;
}
