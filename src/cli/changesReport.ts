/** Text output of `rag-tracker changes`. */
import type { ChangesResult } from "../door/historyOperations";
import type { ChangeCount } from "../core/history/changes";
import { shownTitle } from "../core/history/snapshot";
import { DIRECTION_WORDS } from "../core/history/moveWords";

export function changesText({ changes, sentence, notes, problems }: ChangesResult): string {
  const lines = [sentence, ...notes, ""];
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length})`, ...items.map((i) => `  ${i}`), "");
  };
  const name = (a: { review: string; ref: string; title: string }) => `${a.review} ${a.ref || "–"}: ${shownTitle(a.title)}`;
  list("Moved rating", changes.moves.map((m) => `${name(m.after)} — ${m.before.rating} → ${m.after.rating} (${DIRECTION_WORDS[m.direction]})`));
  list("New", changes.added.map(name));
  list("Removed", changes.removed.map(name));
  list("No progress reported", changes.noProgress.map(name));
  // The words of the sentence above ("passed 90 days without an update"), not the team's "stale".
  list(`Passed ${changes.staleDays} days without an update`, changes.newlyStale.map(name));
  list("Newly overdue", changes.newlyOverdue.map(name));
  if (changes.byReview.length > 0) {
    // The pack's "Changes by review" columns, in its order, so the two can be read side by side.
    const columns: [string, (g: ChangeCount) => number][] = [
      ["improved", (g) => g.improved],
      ["worsened", (g) => g.worsened],
      ["changed, neither better nor worse", (g) => g.neitherBetterNorWorse],
      ["new", (g) => g.added],
      ["removed", (g) => g.removed],
      ["no progress", (g) => g.noProgress],
      ["newly overdue", (g) => g.newlyOverdue],
      [`passed ${changes.staleDays} days without an update`, (g) => g.newlyStale],
    ];
    lines.push(`By review: ${columns.map(([name]) => name).join(" / ")}`);
    for (const g of changes.byReview) lines.push(`  ${g.name}: ${columns.map(([, count]) => count(g)).join(" / ")}`);
    lines.push("");
  }
  for (const p of problems) lines.push(`Note: ${p}`);
  return `${lines.join("\n").trimEnd()}\n`;
}
