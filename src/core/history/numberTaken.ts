/**
 * An action removed and another new under the same review and number: the lists show the two apart
 * ("New: Frankie 7 …", "Removed: Frankie 7 …"), and a reader of the pack would take it for a slip.
 * It is said once why: the matching took the two for different actions, as their wordings differ.
 */
import { reviewNow, type Changes } from "./changes";
import { SIMILAR_WORDING, wordingSimilarity } from "./matching";
import type { SnapshotAction } from "./snapshot";
import { listInWords, plural } from "../sentences";
import { groupingKey } from "../text";

/** An action's number within its review, as both notes of an action removed and new compare them ("Sam & Kyle" is "Sam and Kyle", "5B" is "5b"). */
export const numberKey = (review: string, ref: string): string => `${groupingKey(review)}\u0001${ref.toLowerCase()}`;

type Taken = Pick<Changes, "added" | "back" | "removed" | "renamedReviews">;

/**
 * The numbers that one removed action and one new action hold in a review (a removed action's review
 * named as now, through a rename), where the new action is not an earlier action moved from another
 * review with its wording (reviews' names swapped), nor one back after being removed (its own line
 * says so), each with the earlier action.
 */
function numbersTaken(changes: Taken): { now: SnapshotAction; before: SnapshotAction }[] {
  const reviewOf = reviewNow(changes.renamedReviews);
  const byNumber = <X extends SnapshotAction>(actions: X[], review: (a: X) => string) => {
    const found = new Map<string, X[]>();
    for (const a of actions) if (a.ref !== "") found.set(numberKey(review(a), a.ref), [...(found.get(numberKey(review(a), a.ref)) ?? []), a]);
    return found;
  };
  const removed = byNumber(changes.removed, reviewOf);
  const added = byNumber(changes.added, (a) => a.review);
  const removedTexts = new Set(changes.removed.map((r) => r.text));
  const back = new Set(changes.back.map((b) => b.id));
  return [...added].flatMap(([number, [now, ...more]]) => {
    const [before, ...others] = removed.get(number) ?? [];
    // Several under one number: which is which is not for a note to say.
    return now && before && more.length === 0 && others.length === 0 && !removedTexts.has(now.text) && !back.has(now.id) ? [{ now, before }] : [];
  });
}

/**
 * The note speaks of the new and the removed action under each number, as the lists show them: a
 * review may hold other actions of that number, matched as before.
 */
export function numberTakenNotes(changes: Taken): string[] {
  const taken = numbersTaken(changes);
  // A report whose wording was removed keeps only a fingerprint: "not worded like" is not known, only "not worded as".
  const kept = taken.filter((t) => t.before.title !== "");
  const notKept = taken.filter((t) => t.before.title === "");
  // Worded alike but not taken for one: other actions of the review are as alike (one template's instances, or a tie).
  const alike = kept.filter((t) => wordingSimilarity(t.before.title, t.now.title) >= SIMILAR_WORDING);
  const unlike = kept.filter((t) => !alike.includes(t));
  const reworded = (n: number) => (n === 1 ? "if it is that action reworded" : "where one is the removed action reworded") + ", its rating history starts again from its new wording";
  const notes: string[] = [];
  if (unlike.length > 0) notes.push(`${bothRemovedAndNew(unlike)}${each(unlike, "is not worded like the removed one")}, so they are counted apart; ${reworded(unlike.length)}.`);
  if (alike.length > 0)
    notes.push(
      `${bothRemovedAndNew(alike)}${each(alike, "is worded like the removed one, but other actions of the review are worded alike too, so it is not taken for it")}, and they are counted apart; ${reworded(alike.length)}.`,
    );
  if (notKept.length > 0) notes.push(`${bothRemovedAndNew(notKept)}${each(notKept, "is not worded exactly as the removed one, and the earlier report keeps no wording to compare them by")}, so they are counted apart.`);
  return notes;
}

/** "Frankie 6 is both removed and new: ", "Frankie 6 and Leo 2 are each …", "6 numbers are each …, among them …". */
function bothRemovedAndNew(taken: { now: SnapshotAction }[]): string {
  const names = taken.map((t) => `${t.now.review} ${t.now.ref}`);
  if (names.length === 1) return `${names[0]} is both removed and new: `;
  // Past four, the count first: "Sam and Kyle 1 and 3 more" would read as two of its numbers.
  if (names.length > 4) return `${plural(names.length, "number")} are each both removed and new, among them ${listInWords(names.slice(0, 3))}: `;
  return `${listInWords(names)} are each both removed and new: `;
}

function each(taken: unknown[], differs: string): string {
  return taken.length === 1 ? `the new action of that number ${differs}` : `under each number, the new action ${differs}`;
}
