/**
 * The plan changed after the report of its date was recorded. The committee pack and the changes
 * read the workbook as it stands, while RAG History shows the report as recorded: unsaid, the two
 * disagree in one pack, and the next cycle counts the late change again. Recording the report
 * again puts the plan as it stands in its place.
 */
import { compareSnapshots } from "./changes";
import type { Snapshot, SnapshotAction } from "./snapshot";
import { formatLongDate } from "../longDate";
import { listInWords, plural } from "../sentences";

/** How many actions differ between the recorded report and the plan as it stands. */
export interface UnrecordedChanges {
  /** Actions in both whose rating differs. */
  ratings: number;
  /** Actions in both whose rating is the same but whose progress update, dates, number, review, category or wording differ. */
  edited: number;
  /** Actions in the plan that the report does not hold, and those it holds that the plan no longer does. */
  added: number;
  removed: number;
  /** Actions the report holds that the plan now leaves out though they are there (a sheet hidden or not read since): never "removed". */
  noLongerCounted?: number;
}

/**
 * What the pack and the changes count from: where a row sits, and the identity matching gives it, are not
 * among them; nor is what an invalid rating says (typedRating), as "Yellow" retyped "TBC" is no rating
 * moved and changes no count or list the pack shows (its lists quote the plan as it stands).
 */
const COUNTED: (keyof SnapshotAction)[] = ["review", "ref", "category", "due", "updated", "response", "text"];

/** `now` is the plan as it stands (liveSnapshot), whichever report its identities were carried from: matching does not rely on them alone. */
export function unrecordedChanges(report: Snapshot, now: Snapshot): UnrecordedChanges {
  const changes = compareSnapshots(report, now, "now");
  const moved = new Set(changes.moves.map((m) => m.after));
  const before = new Map(report.actions.map((a) => [a.id, a]));
  const edited = changes.modified.filter(({ beforeId, after }) => !moved.has(after) && COUNTED.some((f) => before.get(beforeId)?.[f] !== after[f])).length;
  const leftOut = changes.noLongerCounted.length;
  return { ratings: changes.moves.length, edited, added: changes.added.length, removed: changes.removed.length, ...(leftOut > 0 ? { noLongerCounted: leftOut } : {}) };
}

/**
 * "The plan has changed since the report recorded for 2 August 2022: 1 rating differs; record the
 * report again to include it.", or undefined when the plan holds what the report holds.
 */
export function unrecordedChangesSentence(date: string, { ratings, edited, added, removed, noLongerCounted = 0 }: UnrecordedChanges): string | undefined {
  const parts = [
    ratings > 0 ? `${plural(ratings, "rating")} ${ratings === 1 ? "differs" : "differ"}` : "",
    edited > 0 ? `${plural(edited, ratings > 0 ? "other action" : "action")} ${edited === 1 ? "was" : "were"} edited (progress, dates, number or wording)` : "",
    added > 0 ? `${plural(added, "action")} ${added === 1 ? "was" : "were"} added` : "",
    removed > 0 ? `${plural(removed, "action")} ${removed === 1 ? "was" : "were"} removed` : "",
    noLongerCounted > 0 ? `${plural(noLongerCounted, "action")} ${noLongerCounted === 1 ? "is" : "are"} no longer counted` : "",
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  const them = ratings + edited + added + removed + noLongerCounted === 1 ? "it" : "them";
  return `The plan has changed since the report recorded for ${formatLongDate(date)}: ${listInWords(parts)}; record the report again to include ${them}.`;
}
