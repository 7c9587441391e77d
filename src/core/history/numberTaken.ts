/**
 * An action removed and another new under the same review and number: the lists show the two apart
 * ("New: Frankie 7 …", "Removed: Frankie 7 …"), and a reader of the pack would take it for a slip.
 * It is said once why: the matching took the two for different actions, as their wordings differ.
 */
import type { Changes } from "./changes";
import type { SnapshotAction } from "./snapshot";
import { fewInWords } from "../sentences";
import { groupingKey } from "../text";

const numberKey = (a: Pick<SnapshotAction, "review" | "ref">) => `${groupingKey(a.review)}\u0001${a.ref.trim().toLowerCase()}`;

/** The actions new under a number that an action removed had, each number once, in the order of `added`. */
export function numbersTaken(changes: Pick<Changes, "added" | "removed">): SnapshotAction[] {
  const removed = new Set(changes.removed.filter((r) => r.ref.trim() !== "").map(numberKey));
  const said = new Set<string>();
  return changes.added.filter((a) => {
    const key = numberKey(a);
    if (a.ref.trim() === "" || !removed.has(key) || said.has(key)) return false;
    said.add(key);
    return true;
  });
}

export function numberTakenNotes(changes: Pick<Changes, "added" | "removed">): string[] {
  const taken = numbersTaken(changes);
  const [only] = taken;
  if (!only) return [];
  if (taken.length === 1)
    return [
      `${only.review} ${only.ref} is both removed and new: the action numbered ${only.ref} now is not worded like the one before it, so it is counted as new and the earlier one as removed; if it is that action reworded, its rating history starts again here.`,
    ];
  return [
    `${fewInWords(taken.map((a) => `${a.review} ${a.ref}`))} are each both removed and new: the action under each number now is not worded like the one before it, so each is counted as new and the earlier one as removed; where one is that action reworded, its rating history starts again here.`,
  ];
}
