/**
 * A new action and a removed one of its review worded from one template, each with a topic of its own
 * (matching.ts), under different numbers: the matching counts them apart, which is right for an audit
 * dropped beside a new one and wrong for a topic reworded. Said once, so the reader can judge; under
 * one number the note of numberTaken.ts says it.
 */
import type { Changes } from "./changes";
import type { SnapshotAction } from "./snapshot";
import { listInWords, plural } from "../sentences";
import { numberKey } from "./numberTaken";

// Both of a pair are of one review: named as it is now, whichever spelling the earlier report had ("Sam & Kyle").
const numbered = (a: SnapshotAction, review: string) => `${review} ${a.ref || `“${a.title}”`}`;

export function toldApartNotes(changes: Pick<Changes, "toldApart" | "added" | "removed">): string[] {
  // A number both removed and new has its own note (numberTaken.ts); an action under it is not named again here.
  const key = (a: SnapshotAction) => numberKey(a.review, a.ref);
  const removedNumbers = new Set(changes.removed.filter((a) => a.ref !== "").map(key));
  const newNumbers = new Set(changes.added.filter((a) => a.ref !== "").map(key));
  const pairs = changes.toldApart
    .filter((t) => !(t.after.ref !== "" && removedNumbers.has(key(t.after))) && !(t.before.ref !== "" && newNumbers.has(key(t.before))))
    .map((t) => ({ before: numbered(t.before, t.after.review), after: numbered(t.after, t.after.review) }));
  const [one] = pairs;
  if (!one) return [];
  if (pairs.length === 1)
    return [
      `${one.after} is new and ${one.before} removed, though worded alike: both are written from one template, each with a topic of its own, so they are counted apart; if ${one.after} is ${one.before} reworded, its rating history starts again from its new wording.`,
    ];
  const each = pairs.map((t) => `${t.after} (new) with ${t.before} (removed)`);
  const which = pairs.length > 4 ? `${plural(pairs.length, "new action")} with as many removed, among them ${listInWords(each.slice(0, 3))}` : listInWords(each);
  return [
    `${which}: each two are worded alike, written from one template with a topic each, so they are counted apart; where the new one is the removed one reworded, its rating history starts again from its new wording.`,
  ];
}
