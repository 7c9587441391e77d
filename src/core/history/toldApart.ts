/**
 * A new action and a removed one of its review worded from one template, each with a topic of its own
 * (matching.ts), under different numbers: the matching counts them apart, which is right for an audit
 * dropped beside a new one and wrong for a topic reworded. Said once, so the reader can judge; under
 * one number the note of numberTaken.ts says it.
 */
import type { Changes } from "./changes";
import type { SnapshotAction } from "./snapshot";
import { listInWords, plural } from "../sentences";

const named = (a: SnapshotAction) => `${a.review} ${a.ref || `“${a.title}”`}`;

export function toldApartNotes(changes: Pick<Changes, "toldApart">): string[] {
  const pairs = changes.toldApart.filter((t) => t.before.ref === "" || t.before.ref.toLowerCase() !== t.after.ref.toLowerCase());
  const [one] = pairs;
  if (!one) return [];
  if (pairs.length === 1)
    return [
      `${named(one.after)} is new and ${named(one.before)} removed, though worded alike: both are written from one template, each with a topic of its own, so they are counted apart; if ${named(one.after)} is ${named(one.before)} reworded, its rating history starts again from its new wording.`,
    ];
  const each = pairs.map((t) => `${named(t.after)} (new) with ${named(t.before)} (removed)`);
  const which = pairs.length > 4 ? `${plural(pairs.length, "new action")} with as many removed, among them ${listInWords(each.slice(0, 3))}` : listInWords(each);
  return [
    `${which}: each two are worded alike, written from one template with a topic each, so they are counted apart; where the new one is the removed one reworded, its rating history starts again from its new wording.`,
  ];
}
