/**
 * The names a report keeps beside its actions' wording, as Remove wording leaves them. A review is
 * often first entered under a child's or family's real name and given its pseudonym later; each
 * report recorded before keeps the real name as the review's, every later report keeps it inside
 * the identities carried from report to report ("Leo HAWTHORNBY#1"), and RAG History says it ("Named
 * “Leo HAWTHORNBY” up to the report of …"). So a renamed review takes, in every report, the name the
 * latest report holding it gives it (and a sheet named as the review, the same), and every identity
 * becomes a plain number: the same in every report, so each action keeps its history.
 */
import type { Snapshot, SnapshotAction } from "./snapshot";
import { reviewLineages } from "./reviewLineage";
import { groupingKey } from "../text";

export interface NamesAsNow {
  /** The action as its report keeps it once former names are gone. */
  action(date: string, a: SnapshotAction): SnapshotAction;
  /** A sheet name of a report's left-out sheets, as `action` names a sheet. */
  sheet(date: string, sheet: string): string;
  /** How many reviews had another name in some report. */
  renamedReviews: number;
}

/** `snapshots`: every readable report, oldest first. */
export function namesAsNow(snapshots: readonly Snapshot[]): NamesAsNow {
  const names = new Map<string, Map<string, string>>();
  const lines = reviewLineages(snapshots);
  snapshots.forEach((s, i) => {
    const now = new Map<string, string>();
    for (const line of lines) {
      const key = line.keys[i];
      if (key !== undefined && key !== groupingKey(line.name)) now.set(key, line.name);
    }
    names.set(s.date, now);
  });
  const ids = new Map<string, string>();
  for (const s of snapshots) for (const a of s.actions) if (!ids.has(a.id)) ids.set(a.id, `a${ids.size + 1}`);
  const renamedIn = (date: string, name: string) => names.get(date)?.get(groupingKey(name));
  return {
    action: (date, a) => {
      const review = renamedIn(date, a.review);
      // A sheet per review, named as the review: the tab was renamed with it.
      const sheet = review !== undefined && groupingKey(a.sheet) === groupingKey(a.review) ? review : a.sheet;
      return { ...a, id: ids.get(a.id) ?? a.id, review: review ?? a.review, sheet };
    },
    sheet: (date, sheet) => renamedIn(date, sheet) ?? sheet,
    renamedReviews: lines.filter((l) => l.formerNames.length > 0).length,
  };
}
