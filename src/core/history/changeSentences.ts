/** "Since 13 July 2021: 3 actions moved to blue; 1 action worsened to amber." */
import type { Changes } from "./changes";
import { formatLongDate } from "../longDate";
import { plural } from "../sentences";

export function changeSentence(changes: Changes): string {
  const parts: string[] = [];
  const byTarget = new Map<string, { direction: string; rating: string; n: number }>();
  for (const m of changes.moves) {
    const key = `${m.direction}\u0001${m.after.rating}`;
    const entry = byTarget.get(key) ?? { direction: m.direction, rating: m.after.rating, n: 0 };
    entry.n++;
    byTarget.set(key, entry);
  }
  const order = { improved: 0, worsened: 1, changed: 2 } as Record<string, number>;
  for (const { direction, rating, n } of [...byTarget.values()].sort((a, b) => order[a.direction]! - order[b.direction]!)) {
    const verb = direction === "improved" ? "moved to" : direction === "worsened" ? "worsened to" : "changed to";
    parts.push(`${plural(n, "action")} ${verb} ${rating.toLowerCase()}`);
  }
  if (changes.added.length) parts.push(`${plural(changes.added.length, "new action")}`);
  if (changes.removed.length) parts.push(`${plural(changes.removed.length, "action")} removed`);
  if (changes.noProgress.length) parts.push(`${plural(changes.noProgress.length, "action")} with no progress reported`);
  if (changes.newlyStale.length) parts.push(`${changes.newlyStale.length} newly stale`);
  if (changes.newlyOverdue.length) parts.push(`${changes.newlyOverdue.length} newly overdue`);
  const since = `Since ${formatLongDate(changes.from)}`;
  return parts.length === 0 ? `${since}: no action changed.` : `${since}: ${parts.join("; ")}.`;
}
