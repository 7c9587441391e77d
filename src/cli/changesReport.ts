/** Text output of `rag-tracker changes`. */
import { countText } from "../core/sentences";
import type { ChangesResult } from "../door/historyOperations";
import { shownTitle, type SnapshotAction } from "../core/history/snapshot";
import { earlierNumbers, numberWithEarlier } from "../core/history/renumbered";
import { backInWords, backOf } from "../core/history/backActions";
import { countedAgainInWords, notCountedInWords, removedWhileLeftOutInWords } from "../core/history/noLongerCounted";
import { TIME_SCALE_MOVED, changeCountColumns, moveInWords, newlyNotUpdated, ratingInWords, shownCount, timeScaleMoveInWords } from "../core/history/moveWords";
import { showsCategories } from "../core/history/changes";

export function changesText({ changes, sentence, notes, problems }: ChangesResult): string {
  const lines = [sentence, ...notes, ""];
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`${title} (${countText(items.length)})`, ...items.map((i) => `  ${i}`), "");
  };
  // An action renumbered since the earlier report is named by both numbers: its new one alone may be another action's old one.
  const earlier = earlierNumbers(changes.renumbered);
  const name = (a: SnapshotAction) => `${a.review} ${numberWithEarlier(a.ref, earlier(a)) || "–"}: ${shownTitle(a.title)}`;
  list("Moved rating", changes.moves.map((m) => `${name(m.after)} — ${ratingInWords(m.before)} → ${ratingInWords(m.after)} (${moveInWords(m)})`));
  const back = backOf(changes.back);
  // An action back since an earlier report is new to these two reports, not to the plan: said so beside it.
  const added = (a: SnapshotAction) => {
    const b = back(a);
    return b ? `${name(a)} — ${backInWords(b)}` : name(a);
  };
  list("New", changes.added.map(added));
  list("Counted again", changes.countedAgain.map((x) => `${name(x.action)} — ${countedAgainInWords(x)}`));
  list("Removed", changes.removed.map(name));
  // Not in the earlier report's count: listed apart from the removed, with why.
  list("Removed since last counted", changes.removedWhileLeftOut.map((x) => `${name(x.action)} — ${removedWhileLeftOutInWords(x)}`));
  list("No longer counted", changes.noLongerCounted.map((x) => `${name(x.action)} — ${notCountedInWords(x)}`));
  list("No progress reported", changes.noProgress.map(name));
  // The pack's words, not the team's "stale".
  list(newlyNotUpdated(changes.staleDays), changes.newlyStale.map(name));
  list("Newly overdue", changes.newlyOverdue.map(name));
  list(TIME_SCALE_MOVED, changes.timeScaleMoved.map((m) => `${name(m.after)} — ${timeScaleMoveInWords(m)}`));
  // The pack's "Changes by review" and "Changes by category" columns, in its order, so the two can be read side by side.
  const columns = changeCountColumns(changes.staleDays);
  for (const [by, groups] of [
    ["review", changes.byReview],
    ["category", showsCategories(changes) ? changes.byCategory : []],
  ] as const) {
    if (groups.length === 0) continue;
    lines.push(`Changes by ${by}: ${columns.map((c) => c.heading.toLowerCase()).join(" / ")}`);
    for (const g of groups) lines.push(`  ${g.name}: ${columns.map((c) => shownCount(c, g)).join(" / ")}`);
    lines.push("");
  }
  for (const p of problems) lines.push(`Note: ${p}`);
  return `${lines.join("\n").trimEnd()}\n`;
}
