/** "2021-07-13" → "13 July 2021", the way committee papers write dates. */
import { format, parseISO } from "date-fns";

export function formatLongDate(iso: string): string {
  return format(parseISO(iso), "d MMMM yyyy");
}
