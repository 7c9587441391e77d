/**
 * The plan changed after the report of its date was recorded. The committee pack and the changes
 * read the workbook as it stands, while RAG History shows the report as recorded: unsaid, the two
 * disagree in one pack, and the next cycle counts the late change again. Recording the report
 * again puts the plan as it stands in its place.
 */
import { compareSnapshots } from "./changes";
import type { Snapshot } from "./snapshot";
import { formatLongDate } from "../longDate";
import { listInWords, plural } from "../sentences";

/** How many actions differ between the recorded report and the plan as it stands. */
export interface UnrecordedChanges {
  /** Actions in both whose rating differs. */
  ratings: number;
  /** Actions in the plan that the report does not hold, and those it holds that the plan no longer does. */
  added: number;
  removed: number;
}

/** `now` is the plan as it stands (liveSnapshot), whichever report its identities were carried from: matching does not rely on them alone. */
export function unrecordedChanges(report: Snapshot, now: Snapshot): UnrecordedChanges {
  const changes = compareSnapshots(report, now, "now");
  return { ratings: changes.moves.length, added: changes.added.length, removed: changes.removed.length };
}

/**
 * "The plan has changed since the report recorded for 2 August 2022: 1 rating differs; record the
 * report again to include it.", or undefined when the plan holds what the report holds.
 */
export function unrecordedChangesSentence(date: string, { ratings, added, removed }: UnrecordedChanges): string | undefined {
  const parts = [
    ratings > 0 ? `${plural(ratings, "rating")} ${ratings === 1 ? "differs" : "differ"}` : "",
    added > 0 ? `${plural(added, "action")} ${added === 1 ? "was" : "were"} added` : "",
    removed > 0 ? `${plural(removed, "action")} ${removed === 1 ? "was" : "were"} removed` : "",
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  const them = ratings + added + removed === 1 ? "it" : "them";
  return `The plan has changed since the report recorded for ${formatLongDate(date)}: ${listInWords(parts)}; record the report again to include ${them}.`;
}
