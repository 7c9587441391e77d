/**
 * Reports recorded after the date a comparison with the plan as it stands is made as at (a pack
 * made again for a meeting that slipped, the report date in the settings left behind). The plan as
 * it stands already holds what those reports recorded, so what is counted as at that date is not the
 * plan as it stood then, and the reports that recorded the moves since are not shown beside it.
 */
import { formatLongDate } from "../longDate";
import { listInWords } from "../sentences";

/**
 * One sentence naming the reports recorded after `asOf`, or none; `dates` are the recorded reports',
 * as YYYY-MM-DD. As at today or later, the plan as it stands is the plan as at that date, whatever
 * date a report was recorded for (one for a meeting to come, say).
 */
export function laterReportsNotes(asOf: string, dates: readonly string[], today: string): string[] {
  const later = asOf < today ? dates.filter((d) => d > asOf).sort() : [];
  if (later.length === 0) return [];
  const date = formatLongDate(asOf);
  const reports = later.length === 1 ? "A report was" : "Reports were";
  return [`${reports} recorded after ${date}, on ${listInWords(later.map(formatLongDate))}: what is counted here is the plan as it stands now, not as it stood on ${date}.`];
}
