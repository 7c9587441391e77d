/**
 * Which review of each report is which review now. A review renamed between two reports (the
 * peer review plan's tab renamed "Peer Review Action Plan") is the rename the changes between them
 * find (matchActions' renamed reviews): followed from report to report, it is one review, shown
 * under its latest name, and never a review that dropped to nothing beside a new one.
 */
import type { Snapshot } from "./snapshot";
import { matchActions, type Matched } from "./matching";
import { spellingsOf } from "./spellings";
import { groupingKey } from "../text";
import { roundTabsNamed, type RoundTabsNamed } from "./roundTabsNamed";

export interface ReviewLineage {
  /** The name the latest report holding the review gives it. */
  name: string;
  /** The review's grouping key in each report (by index), where the report holds it. */
  keys: (string | undefined)[];
  /**
   * Names it had before, oldest first: each run of reports under one, with its first and last report's dates (a name used again after another is a second run).
   * `roundTabs`: where the name changed after the run only as another round's tab was kept beside the plan's tab, or deleted (roundTabsNamed.ts): the
   * run's name was its tab's own (`tab`) or the name its round tabs shared besides their periods (`shared`).
   */
  formerNames: { name: string; from: string; until: string; roundTabs?: "tab" | "shared" }[];
  /** Where its actions went when the review ended that way: split among new reviews, or moved to a sheet that names no review (counted under its name). */
  parted?: ReviewParted;
}

export interface ReviewParted {
  /** The first report without the review. */
  date: string;
  /** The reviews its actions went to, or the sheet they went to. */
  into: string[];
  onSheet: boolean;
}

/** Renames, splits and moves to a sheet between two consecutive reports; matching is skipped where no review is gone and none new, as most quarters. */
function renamesBetween(
  then: Snapshot,
  now: Snapshot,
  keysThen: Map<string, string>,
  keysNow: Map<string, string>,
): Pick<Matched<unknown>, "renamed" | "split" | "movedToSheet"> & { roundTabs: RoundTabsNamed[] } {
  const gone = [...keysThen.keys()].some((k) => !keysNow.has(k));
  const appeared = [...keysNow.keys()].some((k) => !keysThen.has(k));
  if (!gone || !appeared) return { renamed: [], split: [], movedToSheet: [], roundTabs: [] };
  const matched = matchActions(then.actions, now.actions);
  return { ...matched, roundTabs: roundTabsNamed(matched.renamed, matched.pairs) };
}

/** The reviews of `snapshots` (oldest first), each followed through its renames, in order of first appearance. */
export function reviewLineages(snapshots: readonly Snapshot[]): ReviewLineage[] {
  const lines: ReviewLineage[] = [];
  /** The line each review key belongs to as of the report being read. */
  const lineOf = new Map<string, ReviewLineage>();
  const named: { line: ReviewLineage; name: string; date: string }[] = [];
  /** By a name's grouping key and the last report of its run: what the name was, where it ended only as round tabs came or went. */
  const roundTabs = new Map<string, "tab" | "shared">();
  const runKey = (name: string, until: string) => `${groupingKey(name)}\u0001${until}`;
  let previous: Map<string, string> | undefined;
  snapshots.forEach((s, i) => {
    const spellings = spellingsOf(s.actions.map((a) => a.review));
    if (previous) {
      const { renamed, split, movedToSheet, roundTabs: tabs } = renamesBetween(snapshots[i - 1]!, s, previous, spellings);
      for (const { from, shared } of tabs) roundTabs.set(runKey(from, snapshots[i - 1]!.date), shared === "now" ? "tab" : "shared");
      for (const { from, to } of renamed) {
        const line = lineOf.get(groupingKey(from));
        if (!line) continue;
        lineOf.delete(groupingKey(from));
        lineOf.set(groupingKey(to), line);
      }
      // Not followed, as the reports name them apart; but its table says where its actions went.
      for (const { from, to } of split) {
        const line = lineOf.get(groupingKey(from));
        if (line) line.parted = { date: s.date, into: to, onSheet: false };
      }
      for (const { from, sheet } of movedToSheet) {
        const line = lineOf.get(groupingKey(from));
        if (line) line.parted = { date: s.date, into: [sheet], onSheet: true };
      }
    }
    for (const [key, name] of spellings) {
      let line = lineOf.get(key);
      if (!line) {
        lines.push((line = { name, keys: [], formerNames: [] }));
        lineOf.set(key, line);
      }
      line.keys[i] = key;
      line.name = name;
      named.push({ line, name, date: s.date });
    }
    previous = spellings;
  });
  // Each line's runs of reports under one name, its runs under the current name included, so a former name's run starts where it did.
  const runs = new Map<ReviewLineage, { name: string; from: string; until: string }[]>();
  for (const { line, name, date } of named) {
    const list = runs.get(line) ?? [];
    const last = list.at(-1);
    if (last && groupingKey(last.name) === groupingKey(name)) last.until = date;
    else list.push({ name, from: date, until: date });
    runs.set(line, list);
  }
  // A former name is one the line no longer answers to by its grouping ("Sam & Kyle" is no former "Sam and Kyle").
  for (const [line, list] of runs) {
    line.formerNames = list.flatMap((r) => {
      if (groupingKey(r.name) === groupingKey(line.name)) return [];
      const kind = roundTabs.get(runKey(r.name, r.until));
      return [kind ? { ...r, roundTabs: kind } : r];
    });
  }
  for (const line of lines) line.keys.length = snapshots.length;
  return lines;
}
