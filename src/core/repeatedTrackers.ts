/**
 * Trackers that repeat another sheet's actions. Teams keep a copy of their tracker in the same
 * workbook before a big edit ("Case Reviews (2)", "Copy of Case Reviews"), and every sheet with a
 * tracker is counted: the committee would be told each review had twice its actions. A copy that
 * gives every action the same rating, dates, lead and category as the other counts nothing the
 * other does not, so it is left out. One that differs (a copy edited since, or an old sheet the
 * live one grew from) may hold the live plan, so both are counted and the repeat is said wherever
 * the counts are. So is an old version reworded since: most of its actions carry the same review
 * and number as the other sheet's but not the same wording, as a review's number names one action
 * (one sheet using a number twice in a review is warned of too, see duplicate refs).
 */
import type { Action, Tracker } from "./model";
import { groupingKey } from "./text";
import { plural } from "./sentences";

export interface RepeatedTracker {
  /** The sheet that repeats the other's actions. */
  sheet: string;
  /** The sheet it repeats. */
  of: string;
  /** Its rows whose action is also on `of`, by review, number and wording; by review and number alone where `byNumber`. */
  repeated: number;
  /** True where it holds exactly what `of` holds for every count: it is not counted. */
  copy: boolean;
  /** True where the two share review and number but not wording: counted twice, perhaps. */
  byNumber: boolean;
}

/** Below this many actions in common, two sheets are taken to share a few generic actions, not to be copies. */
export const FEWEST_REPEATED = 3;

/** groupingKey, remembered: a sheet's reviews, leads and categories are a few strings over many rows. */
class Grouped {
  private readonly keys = new Map<string, string>();
  of(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) this.keys.set(text, (key = groupingKey(text)));
    return key;
  }
}

/** The action as the committee knows it: its review, number and wording, as written (a copy is written alike). */
function actionKey(a: Action, withReview: boolean, grouped: Grouped): string {
  return `${withReview ? grouped.of(a.review) : ""}\u0001${a.ref}\u0001${a.recommendation}\u0001${a.actions}`;
}

/** Everything of the action that a count reads: its rating, dates, lead and category. */
function countedKey(a: Action, withReview: boolean, grouped: Grouped): string {
  const r = a.rating;
  const rating = r.kind === "rated" ? r.entry.name : r.kind;
  return `${actionKey(a, withReview, grouped)}\u0001${rating}\u0001${a.due}\u0001${a.dueText}\u0001${a.updated}\u0001${grouped.of(a.lead)}\u0001${grouped.of(a.category)}`;
}

/** Whether two lists hold the same keys, as many times each. */
function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const left = new Map<string, number>();
  for (const k of a) left.set(k, (left.get(k) ?? 0) + 1);
  for (const k of b) {
    const n = left.get(k);
    if (!n) return false;
    left.set(k, n - 1);
  }
  return true;
}

/**
 * Each tracker that repeats another. Sheets alike in every count are grouped and one of each group
 * is kept: one not named as a copy of another, or else the first in tab order. Of two sheets that
 * share at least half of the smaller one's actions, the one named as a copy, or else the smaller,
 * or else the later, is the one said to repeat the other. A sheet with no review column counts
 * its actions under its own name, so two such sheets are compared only where one is named as a
 * copy of the other: one sheet per review, written from one template, is no copy.
 */
export function repeatedTrackers(trackers: readonly Tracker[]): RepeatedTracker[] {
  // One sheet alone cannot repeat another: nothing to build for the commonest workbook.
  if (trackers.length < 2) return [];
  const grouped = new Grouped();
  const reviewed = trackers.map((t) => t.columns.review !== undefined);
  // Each sheet's actions by review and number first: two sheets that share too few of those share too few actions, and their wording is never keyed.
  const numbers = trackers.map((t, i) => new Set(t.actions.map((a) => `${reviewed[i] ? grouped.of(a.review) : ""}\u0001${a.ref}`)));
  const numbered = (i: number) => [...numbers[i]!].filter((k) => !k.endsWith("\u0001"));
  const keyLists: (string[] | undefined)[] = [];
  const keySetList: (Set<string> | undefined)[] = [];
  const keys = (i: number) => (keyLists[i] ??= trackers[i]!.actions.map((a) => actionKey(a, reviewed[i]!, grouped)));
  const keySet = (i: number) => (keySetList[i] ??= new Set(keys(i)));
  const countedKeys: (string[] | undefined)[] = [];
  const counted = (i: number) => (countedKeys[i] ??= trackers[i]!.actions.map((a) => countedKey(a, reviewed[i]!, grouped)));
  const sameActions = (i: number, j: number) => keys(i).length === keys(j).length && keys(j).every((k) => keySet(i).has(k));

  const sharesEnoughNumbers = (i: number, j: number) => {
    // A plan that numbers few of its actions is told by its wording alone.
    if (Math.min(numbers[i]!.size, numbers[j]!.size) < FEWEST_REPEATED) return true;
    let shared = 0;
    for (const k of numbers[i]!) if (numbers[j]!.has(k)) shared++;
    return shared >= FEWEST_REPEATED && shared * 2 >= Math.min(numbers[i]!.size, numbers[j]!.size);
  };
  const comparable = (i: number, j: number) =>
    ((reviewed[i] && reviewed[j]) || (!reviewed[i] && !reviewed[j] && (isCopyName(trackers[i]!.sheet, trackers[j]!.sheet) || isCopyName(trackers[j]!.sheet, trackers[i]!.sheet)))) && sharesEnoughNumbers(i, j);
  const namedCopy = (i: number) => trackers.some((o, j) => j !== i && isCopyName(trackers[i]!.sheet, o.sheet));

  // Sheets alike in every count, grouped: each keeps the group's first sheet not named as a copy.
  const keptFor = trackers.map((_, i) => i);
  for (let i = 0; i < trackers.length; i++) {
    if (keptFor[i] !== i) continue;
    const group = [i];
    for (let j = i + 1; j < trackers.length; j++) if (keptFor[j] === j && comparable(i, j) && keys(i).length >= FEWEST_REPEATED && sameActions(i, j) && sameKeys(counted(i), counted(j))) group.push(j);
    const kept = group.find((g) => !namedCopy(g)) ?? i;
    for (const g of group) keptFor[g] = kept;
  }
  const found: RepeatedTracker[] = [];
  for (let i = 0; i < trackers.length; i++) {
    if (keptFor[i] !== i) found.push({ sheet: trackers[i]!.sheet, of: trackers[keptFor[i]!]!.sheet, repeated: trackers[i]!.actions.length, copy: true, byNumber: false });
  }

  // Sheets that share much but differ: both counted, the repeat said once for each sheet that repeats.
  const said = new Set<number>();
  for (let i = 0; i < trackers.length; i++) {
    for (let j = i + 1; j < trackers.length; j++) {
      if (keptFor[i] !== i || keptFor[j] !== j || !comparable(i, j)) continue;
      const repeating = isCopyName(trackers[i]!.sheet, trackers[j]!.sheet) ? i : isCopyName(trackers[j]!.sheet, trackers[i]!.sheet) ? j : trackers[i]!.actions.length < trackers[j]!.actions.length ? i : j;
      const other = repeating === i ? j : i;
      if (said.has(repeating)) continue;
      let shared = 0;
      for (const k of keys(repeating)) if (keySet(other).has(k)) shared++;
      const smaller = Math.min(trackers[i]!.actions.length, trackers[j]!.actions.length);
      if (shared >= FEWEST_REPEATED && shared * 2 >= smaller) {
        said.add(repeating);
        found.push({ sheet: trackers[repeating]!.sheet, of: trackers[other]!.sheet, repeated: shared, copy: false, byNumber: false });
        continue;
      }
      // Reworded since: told by the numbers alone, where each sheet numbers its actions.
      const mine = numbered(repeating);
      const theirs = numbered(other);
      const sharedNumbers = mine.filter((k) => numbers[other]!.has(k)).length;
      if (sharedNumbers < FEWEST_REPEATED || sharedNumbers * 2 < Math.min(mine.length, theirs.length)) continue;
      said.add(repeating);
      found.push({ sheet: trackers[repeating]!.sheet, of: trackers[other]!.sheet, repeated: sharedNumbers, copy: false, byNumber: true });
    }
  }
  return found;
}

/** The suffixes and prefixes Excel and people give a copy's name. */
const COPY_NAME = /^copy of (.+)$|^(.+?)\s*(?:\(\d+\)|[-–]?\s*(?:copy|old|backup|back up)(?:\s*\(\d+\))?)$/;

/**
 * "Case Reviews (2)", "Copy of Case Reviews", "Case Reviews - Copy", "Case Reviews copy",
 * "Case Reviews old", "Case Reviews backup"; and "Local Child Safeguarding Pra (2)" for a name of
 * 31 characters, Excel's longest, which Excel cuts to make room for " (2)".
 */
export function isCopyName(name: string, of: string): boolean {
  const m = COPY_NAME.exec(name.trim().toLowerCase());
  const base = (m?.[1] ?? m?.[2])?.trim();
  if (!base) return false;
  const original = of.trim().toLowerCase();
  return base === original || (name.length >= 30 && original.startsWith(base));
}

/** Said with the counts: what was left out as a copy, and what is counted twice. */
export function repeatedTrackersSentences(repeated: readonly RepeatedTracker[]): string[] {
  return repeated.map((r) =>
    r.copy
      ? `Not counted: sheet "${r.sheet}", a copy of sheet "${r.of}" (the same ${plural(r.repeated, "action")}, with the same ratings, dates and leads).`
      : r.byNumber
        ? `Counted twice, perhaps: ${plural(r.repeated, "action")} on sheet "${r.sheet}" have the same review and number as actions on sheet "${r.of}", though worded differently; if one sheet is an old version, delete it or choose the tracker sheets in the settings, and if not, give each action its own number.`
        : `Counted twice: ${plural(r.repeated, "action")} on sheet "${r.sheet}" repeat those on sheet "${r.of}" (the same review, number and wording); if one sheet is an old copy, delete it or choose the tracker sheets in the settings.`,
  );
}
