/**
 * An action removed and another new under the same review and number: the lists show the two apart
 * ("New: Frankie 7 …", "Removed: Frankie 7 …"), and a reader of the pack would take it for a slip.
 * It is said once why: the matching took the two for different actions, as their wordings differ.
 */
import { reviewNow, type Changes } from "./changes";
import type { SnapshotAction } from "./snapshot";
import { formatLongDate } from "../longDate";
import { listInWords, plural } from "../sentences";
import { groupingKey } from "../text";

type Taken = Pick<Changes, "added" | "removed" | "renamedReviews" | "to" | "toDate">;

/**
 * The numbers that one removed action and one new action hold in a review (a removed action's review
 * named as now, through a rename), where the new action is not an earlier action moved from another
 * review with its wording (reviews' names swapped), each with the earlier action.
 */
function numbersTaken(changes: Taken): { now: SnapshotAction; before: SnapshotAction }[] {
  const reviewOf = reviewNow(changes.renamedReviews);
  const key = (review: string, ref: string) => `${groupingKey(review)}\u0001${ref.toLowerCase()}`;
  const byNumber = <X extends SnapshotAction>(actions: X[], review: (a: X) => string) => {
    const found = new Map<string, X[]>();
    for (const a of actions) if (a.ref !== "") found.set(key(review(a), a.ref), [...(found.get(key(review(a), a.ref)) ?? []), a]);
    return found;
  };
  const removed = byNumber(changes.removed, reviewOf);
  const added = byNumber(changes.added, (a) => a.review);
  const removedTexts = new Set(changes.removed.map((r) => r.text));
  return [...added].flatMap(([number, [now, ...more]]) => {
    const [before, ...others] = removed.get(number) ?? [];
    // Several under one number: which is which is not for a note to say.
    return now && before && more.length === 0 && others.length === 0 && !removedTexts.has(now.text) ? [{ now, before }] : [];
  });
}

export function numberTakenNotes(changes: Taken): string[] {
  const taken = numbersTaken(changes);
  const at = changes.to === "now" ? "now" : `at the report of ${formatLongDate(changes.toDate)}`;
  // A report whose wording was removed keeps only a fingerprint: "not worded like" is not known, only "not worded as".
  const kept = taken.filter((t) => t.before.title !== "");
  const notKept = taken.filter((t) => t.before.title === "");
  const names = (ts: typeof taken) => {
    const parts = ts.map((t) => `${t.now.review} ${t.now.ref}`);
    return parts.length <= 4 ? listInWords(parts) : `${parts.slice(0, 3).join(", ")} and ${plural(parts.length - 3, "other number")}`;
  };
  const notes: string[] = [];
  const [one] = kept;
  if (kept.length === 1 && one)
    notes.push(
      `${one.now.review} ${one.now.ref} is both removed and new: the action numbered ${one.now.ref} ${at} is not worded like the one before it, so it is counted as new and the earlier one as removed; if it is that action reworded, its rating history starts again here.`,
    );
  else if (kept.length > 1)
    notes.push(
      `${names(kept)} are each both removed and new: the action under each number ${at} is not worded like the one before it, so each is counted as new and the earlier one as removed; where one is the earlier action reworded, its rating history starts again here.`,
    );
  const [blind] = notKept;
  if (notKept.length === 1 && blind)
    notes.push(
      `${blind.now.review} ${blind.now.ref} is both removed and new: the action numbered ${blind.now.ref} ${at} is not worded exactly as the one before it, and the earlier report keeps no wording to compare them by, so it is counted as new and the earlier one as removed.`,
    );
  else if (notKept.length > 1)
    notes.push(
      `${names(notKept)} are each both removed and new: the action under each number ${at} is not worded exactly as the one before it, and the earlier report keeps no wording to compare them by, so each is counted as new and the earlier one as removed.`,
    );
  return notes;
}
