/**
 * The plan changed after the report of its date was recorded. The committee pack and the changes
 * read the workbook as it stands, while RAG History shows the report as recorded: unsaid, the two
 * disagree in one pack, and the next cycle counts the late change again. Recording the report
 * again puts the plan as it stands in its place.
 */
import { compareSnapshots } from "./changes";
import { noLongerCountedParts, type LeftOut, type NoLongerCounted } from "./noLongerCounted";
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
  /** Actions the plan holds that the report left out with their sheet, and an earlier report counted: never "added". */
  countedAgain?: number;
  /** Actions the plan holds that the report does not, on a sheet that repeats another (countedTwice.ts): never "added". */
  countedTwice?: number;
  /** Actions the report counted twice, on a copy deleted since whose sheet still holds them (countedTwice.ts): never "removed". */
  noLongerCountedTwice?: number;
  /** The same, on a sheet still there but now left out of the counts (a copy, which an earlier version counted). */
  repeatsLeftOut?: number;
  /** Actions of an earlier round's sheet the report counted beside the latest (roundsCountedTwice.ts), still there and now left out of the counts. */
  earlierRoundLeftOut?: number;
  /**
   * Actions the report holds that the plan now leaves out though they are there (a sheet hidden or not
   * read since, a row now read as a heading or a note): never "removed", and said as the changes say them.
   */
  noLongerCounted?: NoLongerCounted[];
  /** How many of the actions that changed were last updated after the report's date (and by today), and the latest such date: a later report's work, most likely. */
  updatedAfter?: { count: number; latest: string };
}

/**
 * What the pack and the changes count from: where a row sits, and the identity matching gives it, are not
 * among them; nor is what an invalid rating says (typedRating), as "Yellow" retyped "TBC" is no rating
 * moved and changes no count or list the pack shows (its lists quote the plan as it stands).
 */
const COUNTED: (keyof SnapshotAction)[] = ["review", "ref", "category", "due", "updated", "response", "text"];

/**
 * `now` is the plan as it stands (liveSnapshot), whichever report its identities were carried from: matching does not rely on them alone.
 * `leftOut`: what the plan as read now leaves out (leftOutNow), and `reports` every readable report, as the changes are counted with them.
 */
export function unrecordedChanges(report: Snapshot, now: Snapshot, leftOut: LeftOut | undefined, reports?: readonly Snapshot[], today?: string): UnrecordedChanges {
  const changes = compareSnapshots(report, now, "now", leftOut, reports);
  const moved = new Set(changes.moves.map((m) => m.after));
  const before = new Map(report.actions.map((a) => [a.id, a]));
  const editedActions = changes.modified.filter(({ beforeId, after }) => !moved.has(after) && COUNTED.some((f) => before.get(beforeId)?.[f] !== after[f])).map((m) => m.after);
  const edited = editedActions.length;
  // Only the changes' own dates, and none after today (a mistyped year is no later meeting).
  const later = [...moved, ...editedActions, ...changes.added].flatMap((a) => (a.updated !== null && a.updated > report.date && (today === undefined || a.updated <= today) ? [a.updated] : []));
  return {
    ratings: changes.moves.length,
    edited,
    added: changes.added.length,
    removed: changes.removed.length,
    ...(changes.countedAgain.length > 0 ? { countedAgain: changes.countedAgain.length } : {}),
    ...(changes.countedTwice.length > 0 ? { countedTwice: changes.countedTwice.reduce((n, c) => n + c.actions.length, 0) } : {}),
    ...actionsOf("noLongerCountedTwice", changes.noLongerCountedTwice.filter((c) => c.whereabouts !== "leftOut")),
    ...actionsOf("repeatsLeftOut", changes.noLongerCountedTwice.filter((c) => c.whereabouts === "leftOut" && !c.round)),
    ...actionsOf("earlierRoundLeftOut", changes.noLongerCountedTwice.filter((c) => c.whereabouts === "leftOut" && c.round)),
    ...(changes.noLongerCounted.length > 0 ? { noLongerCounted: changes.noLongerCounted } : {}),
    ...(later.length > 0 ? { updatedAfter: { count: later.length, latest: later.reduce((a, b) => (b > a ? b : a)) } } : {}),
  };
}

/** The count of the sheets' actions under `name`, where there are any. */
const actionsOf = (name: "noLongerCountedTwice" | "repeatsLeftOut" | "earlierRoundLeftOut", sheets: { actions: unknown[] }[]) => {
  const n = sheets.reduce((sum, c) => sum + c.actions.length, 0);
  return n > 0 ? { [name]: n } : {};
};

/**
 * "The plan has changed since the report recorded for 2 August 2022: 1 rating differs; record the
 * report again to include it.", or undefined when the plan holds what the report holds. Actions no
 * longer counted are said as the changes say them, and never as included by recording again: a report
 * recorded now would leave them out too. Where `laterReports` (a count) were recorded after it, it is
 * not to be recorded again (it would hold today's plan), so no advice is given; where the plan holds
 * updates dated after it, the advice is a later report date.
 */
export function unrecordedChangesSentence(
  date: string,
  { ratings, edited, added, removed, countedAgain = 0, countedTwice = 0, noLongerCountedTwice = 0, repeatsLeftOut = 0, earlierRoundLeftOut = 0, noLongerCounted = [], updatedAfter }: UnrecordedChanges,
  laterReports = 0,
): string | undefined {
  const parts = [
    ratings > 0 ? `${plural(ratings, "rating")} ${ratings === 1 ? "differs" : "differ"}` : "",
    edited > 0 ? `${plural(edited, ratings > 0 ? "other action" : "action")} ${edited === 1 ? "was" : "were"} edited (progress, dates, number or wording)` : "",
    added > 0 ? `${plural(added, "action")} ${added === 1 ? "was" : "were"} added` : "",
    countedAgain > 0 ? `${plural(countedAgain, "action")} ${countedAgain === 1 ? "is" : "are"} counted again (left out with ${countedAgain === 1 ? "its" : "their"} sheet by that report)` : "",
    countedTwice > 0 ? `${plural(countedTwice, "action")} ${countedTwice === 1 ? "is" : "are"} counted twice (on a sheet that repeats another)` : "",
    removed > 0 ? `${plural(removed, "action")} ${removed === 1 ? "was" : "were"} removed` : "",
    noLongerCountedTwice > 0 ? `${plural(noLongerCountedTwice, "action")} ${noLongerCountedTwice === 1 ? "is" : "are"} no longer counted twice (${noLongerCountedTwice === 1 ? "its" : "their"} copy is gone)` : "",
    repeatsLeftOut > 0 ? `${plural(repeatsLeftOut, "action")} ${repeatsLeftOut === 1 ? "is" : "are"} no longer counted twice (the sheet repeating ${repeatsLeftOut === 1 ? "it" : "them"} is now left out of the counts)` : "",
    earlierRoundLeftOut > 0 ? `${plural(earlierRoundLeftOut, "action")} of another round's sheet ${earlierRoundLeftOut === 1 ? "is" : "are"} now left out of the counts, as the plan counts its latest round rated alone` : "",
  ].filter(Boolean);
  // "7 actions are no longer counted (on a hidden sheet)": the changes' words, made a clause like the others.
  const notCounted = noLongerCountedParts(noLongerCounted, (n) => `${n === 1 ? "is" : "are"} no longer counted`);
  if (parts.length === 0 && notCounted.length === 0) return undefined;
  const them = ratings + edited + added + countedAgain + countedTwice + removed + noLongerCountedTwice + repeatsLeftOut + earlierRoundLeftOut === 1 ? "it" : "them";
  const n = noLongerCounted.length;
  // A sheet the report counted and this version leaves out, all that differs: the plan is as recorded, only its counting is not.
  const countingOnly = parts.length === 1 && (repeatsLeftOut > 0 || earlierRoundLeftOut > 0) && n === 0;
  const opening = countingOnly ? `The counts have changed since the report recorded for ${formatLongDate(date)}, though the plan has not` : `The plan has changed since the report recorded for ${formatLongDate(date)}`;
  // A pack made again for a past meeting: recording that report again would put today's plan in its place, so it is kept as it is.
  if (laterReports > 0) return `${opening}: ${listInWords([...parts, ...notCounted])}; ${laterReports === 1 ? "a report was" : "reports were"} recorded after it, so it stands as recorded.`;
  if (countingOnly) return `${opening}: ${parts[0]}; record the report again to ${repeatsLeftOut > 0 ? `count ${them} once` : `leave ${them} out of its counts too`}.`;
  // Recording again includes what was edited, and leaves out what is no longer counted (or counted once): said apart.
  const changed = ratings + edited + added + countedAgain + countedTwice + removed + noLongerCountedTwice;
  // Updates dated after the report are the next cycle's work: recording this report again would put them in the past meeting's place.
  if (updatedAfter && changed > 0) {
    const one = updatedAfter.count === 1;
    const dated = one ? `last updated after it (${formatLongDate(updatedAfter.latest)})` : `last updated after it (the latest ${formatLongDate(updatedAfter.latest)})`;
    // Some changes dated by the report (a correction), some after: which report they belong to is the team's to say.
    const dateable = ratings + edited + added;
    if (updatedAfter.count < dateable) {
      return `${opening}: ${listInWords([...parts, ...notCounted])}; ${plural(updatedAfter.count, "action")} of those changed ${one ? "was" : "were"} ${dated}, most likely for a later report: record this report again only if the changes belong to it, else give the later meeting's date as the report date.`;
    }
    return `${opening}: ${listInWords([...parts, ...notCounted])}; ${dateable === 1 ? "the action changed was" : `the ${plural(dateable, "action")} changed were`} ${dated}, most likely for a later report: to report ${them}, give that meeting's date as the report date rather than recording this report again.`;
  }
  const leftOut = repeatsLeftOut + earlierRoundLeftOut + n;
  const advice =
    changed === 0
      ? `record the report again to leave ${leftOut === 1 ? "it" : "them"} out of its counts too`
      : `record the report again to include ${changed === 1 ? "it" : "them"}${leftOut > 0 ? ` and to leave out ${leftOut === 1 ? "the one" : "those"} no longer counted` : ""}`;
  return `${opening}: ${listInWords([...parts, ...notCounted])}; ${advice}.`;
}
