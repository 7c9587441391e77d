/** Text output of `rag-tracker changes`. */
import type { ChangesResult } from "../door/historyOperations";
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
    lines.push("By review: improved / worsened / changed, neither better nor worse / new / removed / no progress");
    for (const g of changes.byReview) lines.push(`  ${g.name}: ${g.improved} / ${g.worsened} / ${g.neitherBetterNorWorse} / ${g.added} / ${g.removed} / ${g.noProgress}`);
    lines.push("");
  }
  for (const p of problems) lines.push(`Note: ${p}`);
  return `${lines.join("\n").trimEnd()}\n`;
}
