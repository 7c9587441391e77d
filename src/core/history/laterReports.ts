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

/** How each door says to count as at another date: the command line by its options, the task pane by its Settings field, as the pane never speaks of the command line. */
export const AS_OF_WAY = {
  commandLine: (date: string) => `give --as-of ${date} --future`,
  pane: (date: string) => `set the Report date in Settings to ${formatLongDate(date)}`,
} as const;

export type AsOfWay = (typeof AS_OF_WAY)[keyof typeof AS_OF_WAY];

/** What is counted as at a date, as a comparison and as a pack say it. */
export const COUNTED = {
  changes: { counted: "these changes are counted", again: "to count them" },
  pack: { counted: "the pack is made", again: "to make it" },
} as const;

/**
 * One sentence naming the reports recorded ahead (for a date after `asOf`, itself today or later:
 * the committee's date, recorded before the meeting), or none. They are no later reports, as the plan
 * as it stands is the plan as at `asOf`; but a reader who recorded one may take what is counted as at
 * `asOf` for what is counted as at its date, so the way to count as at the first of them is said.
 */
export function aheadReportsNotes(asOf: string, dates: readonly string[], today: string, { counted, again }: (typeof COUNTED)[keyof typeof COUNTED], way: AsOfWay): string[] {
  const ahead = asOf >= today ? dates.filter((d) => d > asOf).sort() : [];
  if (ahead.length === 0) return [];
  const one = ahead.length === 1;
  const at = asOf === today ? `today, ${formatLongDate(asOf)}` : formatLongDate(asOf);
  return [
    `The ${one ? "report" : "reports"} recorded ahead for ${listInWords(ahead.map(formatLongDate))} ${one ? "is" : "are"} left out, as ${counted} as at ${at}; ${again} as at ${formatLongDate(ahead[0]!)}, ${way(ahead[0]!)}.`,
  ];
}
