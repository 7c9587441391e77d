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
 *
 * Two more repeats are left out. Sheets named for periods ("Q1 2022-23", "Q2 2022-23") holding the
 * same actions are rounds of one plan, rated again each quarter: the latest rated round is the plan
 * now, and the committee would otherwise hear each action once a quarter (roundTrackers.ts). And a sheet
 * whose every action is another sheet's, rated the same ("Exceptions", the red and amber actions
 * pulled out by formula), counts nothing the other does not.
 */
import type { Action, Tracker } from "./model";
import { groupingKey } from "./text";
import { countText, listInWords, plural } from "./sentences";
import { roundSheets } from "./sheetPeriods";
import { planRounds, roundActionCount, samePlan } from "./roundTrackers";
import type { Settings } from "./settings";
import { CHOOSE_TRACKER_SHEETS } from "./settingsPlaces";
import { isNamedAsList } from "./listNames";
import { isCopyName } from "./copyNames";

/**
 * How a sheet repeats another. Left out of the counts (leavesOut): `copy`, the same in every count;
 * `extract`, every action the other's, rated the same; `earlierRound`, a period before the latest
 * rated one; `laterRound`, a period after it with nothing rated yet. Counted: `repeats`, sharing review,
 * number and wording; `repeatsByNumber`, sharing review and number but not wording (perhaps reworded since);
 * `repeatsByWording`, two sheets naming no review that hold one plan by its wording (roundTrackers.ts), their
 * names no rounds of it ("Dce 2022" beside "Mar 2023").
 */
export type RepeatKind = "copy" | "extract" | "earlierRound" | "laterRound" | "repeats" | "repeatsByNumber" | "repeatsByWording";

export interface RepeatedTracker {
  /** The sheet that repeats the other's actions. */
  sheet: string;
  /** The sheet it repeats: for a round, the latest rated one; for an extract, the first it draws on. */
  of: string;
  /** The other sheets an extract draws on. */
  alsoOf?: string[];
  /** Its rows whose action is also on `of`, by review, number and wording; by review and number alone for `repeatsByNumber`, by wording alone for a round and `repeatsByWording`. */
  repeated: number;
  kind: RepeatKind;
  /** What its repeated actions have the same besides their rating, where it is said: no review where the sheets name none, no number where its actions have none. */
  same?: SamePart[];
  /** Of an extract, what its actions are told by besides their rating: what it shows of them, said and no more. */
  shownBy?: ExtractShownBy;
  /** Of a round, its actions with no wording (a number and a rating) found on `of` by their number, beside the `repeated` worded the same. */
  numbered?: number;
  /** Of an earlier round, its actions not on the latest (closed since, or its own): said, as they are not counted. */
  unshared?: number;
  /**
   * An earlier round before the one before the latest: its actions dropped since were news at an earlier report, not
   * this one, so it is said with the plan's other such rounds in one sentence (olderRoundsSentence), no `unshared` given.
   */
  older?: true;
}

/** What two sheets' actions are matched by. */
export type SamePart = "review" | "number" | "wording";

/**
 * What an extract's actions share with the sheets it draws on besides their rating: a number on each
 * and the wording on each, the one or the other on each ("either": some numbered, the others worded).
 */
export type ExtractShownBy = "number" | "wording" | "both" | "either";

/** Whether the sheet is left out of the counts, as nothing it counts is not counted on `of`. */
export const leavesOut = (r: RepeatedTracker): boolean => r.kind !== "repeats" && r.kind !== "repeatsByNumber" && r.kind !== "repeatsByWording";

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

const ratingKey = (a: Action): string => (a.rating.kind === "rated" ? a.rating.entry.name : a.rating.kind);

/** Everything of the action that a count reads: its rating, dates, lead and category. */
function countedKey(a: Action, withReview: boolean, grouped: Grouped): string {
  return `${actionKey(a, withReview, grouped)}\u0001${ratingKey(a)}\u0001${a.due}\u0001${a.dueText}\u0001${a.updated}\u0001${grouped.of(a.lead)}\u0001${grouped.of(a.category)}`;
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
 * copy of the other: one sheet per review, written from one template, is no copy. Two such sheets
 * that hold one plan by its wording (roundTrackers.ts) are rounds where their names are its periods,
 * and said counted twice where not. An extract is left out whatever its sheets (extractSources).
 */
export function repeatedTrackers(trackers: readonly Tracker[], locale: Settings["locale"], ratingNames: readonly string[] = []): RepeatedTracker[] {
  // One sheet alone cannot repeat another: nothing to build for the commonest workbook.
  if (trackers.length < 2) return [];
  const grouped = new Grouped();
  const reviewed = trackers.map((t) => t.columns.review !== undefined);
  // Each sheet's actions by review and number first: two sheets that share too few of those share too few actions, and their wording is never keyed.
  const numbers = trackers.map((t, i) => new Set(t.actions.map((a) => `${reviewed[i] ? grouped.of(a.review) : ""}\u0001${a.ref}`)));
  const numbered = (i: number) => [...numbers[i]!].filter((k) => !k.endsWith("\u0001"));
  // A sheet with no Review column counts its actions under its own name, so two such sheets share no review; an action with no number shares none.
  const sameParts = (i: number, by: "wording" | "number"): SamePart[] => [
    ...(reviewed[i] ? (["review"] as const) : []),
    ...(by === "number" || trackers[i]!.actions.every((a) => a.ref !== "") ? (["number"] as const) : []),
    ...(by === "wording" ? (["wording"] as const) : []),
  ];
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
    for (let j = i + 1; j < trackers.length; j++) {
      // A quarter's tab copied forward, or its later version ("… final"), its progress written but nothing re-rated, is the next round, not a copy (rounds, below).
      if (keptFor[j] === j && comparable(i, j) && keys(i).length >= FEWEST_REPEATED && sameActions(i, j) && sameKeys(counted(i), counted(j)) && !areRounds(trackers[i]!.sheet, trackers[j]!.sheet, locale)) group.push(j);
    }
    const kept = group.find((g) => !namedCopy(g)) ?? i;
    for (const g of group) keptFor[g] = kept;
  }
  const found: RepeatedTracker[] = [];
  for (let i = 0; i < trackers.length; i++) {
    if (keptFor[i] !== i) found.push({ sheet: trackers[i]!.sheet, of: trackers[keptFor[i]!]!.sheet, repeated: trackers[i]!.actions.length, kind: "copy", same: sameParts(i, "wording") });
  }

  // Rounds: of each plan kept a sheet per period, the latest rated round is counted and the others left out.
  for (const periods of roundSheets(trackers.map((t) => t.sheet), locale)) {
    for (const { latest, others } of planRounds(trackers, periods.filter((i) => keptFor[i] === i))) {
      const before = others.filter((o) => o.earlier).at(-1);
      for (const round of others) {
        const { sheet: i, shared, numbered, earlier } = round;
        keptFor[i] = latest;
        const unshared = roundActionCount(trackers[i]!) - shared - numbered;
        const older = earlier && round !== before;
        found.push({
          sheet: trackers[i]!.sheet,
          of: trackers[latest]!.sheet,
          repeated: shared,
          kind: earlier ? "earlierRound" : "laterRound",
          ...(numbered > 0 ? { numbered } : {}),
          ...(older ? { older: true as const } : unshared > 0 ? { unshared } : {}),
        });
      }
    }
  }

  // Extracts: a sheet whose every action is on the other sheets, with the same rating, counts nothing they do not. The
  // smallest first, so an extract drawing on another ("Exceptions" gathering "For the board" and more) names the sheets counted.
  // It may draw on a sheet left out (an Exceptions sheet still pointing at last quarter's tab): it counts nothing either.
  const bySize = trackers.map((_, i) => i).sort((a, b) => trackers[a]!.actions.length - trackers[b]!.actions.length);
  const extracts = new Set<number>();
  for (const i of bySize) {
    if (keptFor[i] !== i) continue;
    // The sheets counted first, so an extract of this round's actions names this round's sheet.
    // Not its own copies, which hold what it holds.
    const candidates = trackers.map((_, j) => j).filter((j) => j !== i && keptFor[j] !== i && !extracts.has(j)).sort((a, b) => Number(keptFor[a] !== a) - Number(keptFor[b] !== b));
    const namedAsList = isNamedAsList(trackers[i]!.sheet, ratingNames);
    const shownBy = extractShownBy(trackers[i]!);
    const sources = shownBy ? extractSources(trackers, i, candidates, reviewed, grouped, (j) => namedAsList && keptFor[j] === j) : [];
    if (sources.length === 0) continue;
    extracts.add(i);
    keptFor[i] = sources[0]!;
    found.push({ sheet: trackers[i]!.sheet, of: trackers[sources[0]!]!.sheet, ...(sources.length > 1 ? { alsoOf: sources.slice(1).map((j) => trackers[j]!.sheet) } : {}), repeated: trackers[i]!.actions.length, kind: "extract", shownBy: shownBy! });
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
        found.push({ sheet: trackers[repeating]!.sheet, of: trackers[other]!.sheet, repeated: shared, kind: "repeats", same: sameParts(repeating, "wording") });
        continue;
      }
      // Reworded since: told by the numbers alone, where each sheet numbers its actions.
      const mine = numbered(repeating);
      const theirs = numbered(other);
      const sharedNumbers = mine.filter((k) => numbers[other]!.has(k)).length;
      if (sharedNumbers < FEWEST_REPEATED || sharedNumbers * 2 < Math.min(mine.length, theirs.length)) continue;
      said.add(repeating);
      found.push({ sheet: trackers[repeating]!.sheet, of: trackers[other]!.sheet, repeated: sharedNumbers, kind: "repeatsByNumber", same: sameParts(repeating, "number") });
    }
  }
  // Sheets naming no review, and no copy or rounds of each other by their names, that hold one plan ("Dce 2022" beside "Mar 2023").
  for (let i = 0; i < trackers.length; i++) {
    for (let j = i + 1; j < trackers.length; j++) {
      if (keptFor[i] !== i || keptFor[j] !== j || reviewed[i] || reviewed[j] || comparable(i, j)) continue;
      // The smaller, or of two alike the earlier tab: a round's sheet mistyped as it was copied forward.
      const repeating = trackers[i]!.actions.length <= trackers[j]!.actions.length ? i : j;
      const other = repeating === i ? j : i;
      if (said.has(repeating)) continue;
      const shared = samePlan(trackers[repeating]!, trackers[other]!);
      if (shared === null) continue;
      said.add(repeating);
      found.push({ sheet: trackers[repeating]!.sheet, of: trackers[other]!.sheet, repeated: shared, kind: "repeatsByWording" });
    }
  }
  return found;
}

/**
 * The sheets an extract draws on, where every action of sheet `i` is on them with the same review,
 * number, wording as far as the extract shows it (its recommendation, or its action, or both) and
 * rating: an "Exceptions" sheet of the red and amber actions of one sheet or several. None where it
 * is no extract. With a Review column its reviews must be theirs (a sheet naming no review counts its
 * actions under its own name). Without one it must show fewer of the actions' columns than each
 * sheet it draws on ("Ref | Action | RAG"), unless its name says it is such a list ("Exceptions",
 * listNames.ts) and the sheet is counted (`pastedFrom`), and hold at least FEWEST_REPEATED actions: a
 * review's sheet of two standard actions, worded and rated as another review's, is no extract. Either way it
 * holds fewer actions than the largest sheet it draws on. The sheets it draws on are the fewest, in the
 * order of `candidates`, that hold its actions.
 */
function extractSources(trackers: readonly Tracker[], i: number, candidates: readonly number[], reviewed: readonly boolean[], grouped: Grouped, pastedFrom: (j: number) => boolean): number[] {
  const extract = trackers[i]!;
  if (extract.actions.length < (reviewed[i] ? 2 : FEWEST_REPEATED)) return [];
  // Its numbers first: most sheets hold numbers no other sheet does, and their wording is never keyed.
  for (const a of extract.actions) if (!candidates.some((j) => refsOf(trackers[j]!).has(a.ref))) return [];
  const shown = (a: Action) =>
    `${reviewed[i] ? grouped.of(a.review) : ""}\u0001${a.ref}\u0001${extract.columns.recommendation === undefined ? "" : a.recommendation}\u0001${extract.columns.actions === undefined ? "" : a.actions}\u0001${ratingKey(a)}`;
  const wanted = new Set(extract.actions.map(shown));
  const columnsRead = (t: Tracker) => Object.values(t.columns).filter((c) => c !== undefined).length;
  const held = new Set<string>();
  const sources: number[] = [];
  for (const j of candidates) {
    if (held.size === wanted.size) break;
    // A sheet draws on it where it holds an action no sheet before it in `candidates` holds.
    let draws = false;
    for (const a of trackers[j]!.actions) {
      const k = shown(a);
      if (!wanted.has(k) || held.has(k)) continue;
      held.add(k);
      draws = true;
    }
    if (!draws) continue;
    if (!reviewed[i] && columnsRead(extract) >= columnsRead(trackers[j]!) && !pastedFrom(j)) return [];
    sources.push(j);
  }
  // Smaller than a sheet it draws on: of two sheets alike, neither is the other's extract.
  const largest = Math.max(0, ...sources.map((j) => trackers[j]!.actions.length));
  return held.size === wanted.size && extract.actions.length < largest ? sources : [];
}

/**
 * What each of a sheet's actions is shown by besides its rating, where each has a number or wording:
 * an action shown by its review or rating alone ("Business Manager | Blue") could be any action so
 * rated, so a sheet with one is no extract (undefined).
 */
function extractShownBy(t: Tracker): ExtractShownBy | undefined {
  const { recommendation, actions } = t.columns;
  let numbered = 0;
  let worded = 0;
  for (const a of t.actions) {
    const hasNumber = a.ref.trim() !== "";
    const hasWording = (recommendation !== undefined && a.recommendation.trim() !== "") || (actions !== undefined && a.actions.trim() !== "");
    if (!hasNumber && !hasWording) return undefined;
    if (hasNumber) numbered++;
    if (hasWording) worded++;
  }
  const all = t.actions.length;
  return numbered === all && worded === all ? "both" : numbered === all ? "number" : worded === all ? "wording" : "either";
}

/** What an extract's actions have the same as those it repeats. */
const EXTRACT_SAME: Record<ExtractShownBy, string> = {
  both: "number, wording and rating",
  number: "number and rating",
  wording: "wording and rating",
  either: "number or wording, and the same rating",
};

/** Each sheet's action numbers, made once however many extracts are looked for. */
const refSets = new WeakMap<Tracker, Set<string>>();
function refsOf(t: Tracker): Set<string> {
  let refs = refSets.get(t);
  if (!refs) refSets.set(t, (refs = new Set(t.actions.map((a) => a.ref))));
  return refs;
}

/**
 * Whether two sheets are rounds of one plan ("Q1 2026-27" and "Q2 2026-27", or "Q3 2026-27" and its
 * later version "Q3 2026-27 final"), not a sheet and its copy ("Q3 2026-27 (2)", as Excel names one,
 * which roundSheets never takes for a round): alike in every count, the later is still the plan now.
 */
export function areRounds(a: string, b: string, locale: Settings["locale"]): boolean {
  return roundSheets([a, b], locale).length > 0;
}

/**
 * "12 actions worded the same", or of a round with actions of its own, "10 of its 12 actions worded the same"; with
 * actions found by their number alone, ", and 1 with no wording but the same number".
 */
const roundShared = (r: RepeatedTracker) => {
  const numbered = r.numbered ?? 0;
  const worded = r.unshared ? `${countText(r.repeated)} of its ${plural(r.repeated + numbered + r.unshared, "action")} worded the same` : `${plural(r.repeated, "action")} worded the same`;
  return numbered > 0 ? `${worded}, and ${countText(numbered)} with no wording but the same number` : worded;
};

/** "the same review, number and wording", or no more than the sheets share: an extract counted as chosen shares what it shows. */
function sameInWords(r: RepeatedTracker): string {
  if (r.shownBy) return `the same ${r.shownBy === "both" ? "number and wording" : r.shownBy === "either" ? "number or wording" : r.shownBy}`;
  return `the same ${listInWords(r.same ?? ["review", "number", "wording"])}`;
}

/** Said with the counts: what was left out, and why, and what is counted twice. */
const REPEAT_SENTENCES: Record<RepeatKind, (r: RepeatedTracker) => string> = {
  copy: (r) => `Not counted: sheet "${r.sheet}", a copy of sheet "${r.of}" (the same ${plural(r.repeated, "action")}, with the same ratings, dates and leads).`,
  earlierRound: (r) =>
    `Not counted: sheet "${r.sheet}", an earlier round of sheet "${r.of}", the latest rated (${roundShared(r)}); ${r.unshared ? `${plural(r.unshared, "action")} of it ${r.unshared === 1 ? "is" : "are"} on no later round, so ${r.unshared === 1 ? "is" : "are"} not counted either; if it is no earlier round, ${CHOOSE_TRACKER_SHEETS}` : `to count another round, ${CHOOSE_TRACKER_SHEETS}`}.`,
  laterRound: (r) => `Not counted: sheet "${r.sheet}", a later round of sheet "${r.of}" with no rating given yet (${roundShared(r)}).`,
  extract: (r) =>
    `Not counted: sheet "${r.sheet}", whose ${plural(r.repeated, "action")} all repeat actions on ${r.alsoOf ? `sheets ${listInWords([r.of, ...r.alsoOf].map((s) => `"${s}"`))}` : `sheet "${r.of}"`} with the same ${EXTRACT_SAME[r.shownBy ?? "both"]}.`,
  repeatsByNumber: (r) =>
    `Counted twice, perhaps: ${plural(r.repeated, "action")} on sheet "${r.sheet}" have ${sameInWords(r)} as actions on sheet "${r.of}", though worded differently; if one sheet is an old version, delete it or ${CHOOSE_TRACKER_SHEETS}, and if not, give each action its own number.`,
  repeatsByWording: (r) =>
    `Counted twice, perhaps: ${plural(r.repeated, "action")} on sheet "${r.sheet}" are worded as actions on sheet "${r.of}", and neither sheet's name says it is an earlier round or a copy; if one is, delete it or ${CHOOSE_TRACKER_SHEETS}.`,
  repeats: (r) =>
    `Counted twice: ${plural(r.repeated, "action")} on sheet "${r.sheet}" repeat those on sheet "${r.of}" (${sameInWords(r)}); ${
      // Named as two rounds of one plan, though sharing too few of their own actions to be read as such: a quarter's tab is kept, not deleted.
      roundSheets([r.of, r.sheet], "en-GB").length > 0 ? `if one is an earlier round, ${CHOOSE_TRACKER_SHEETS} to count the latest alone` : `if one sheet is an old copy, delete it or ${CHOOSE_TRACKER_SHEETS}`
    }.`,
};

export function repeatedTrackersSentences(repeated: readonly RepeatedTracker[]): string[] {
  return repeated.map((r) => REPEAT_SENTENCES[r.kind](r));
}

/**
 * 'Not counted: sheets "Q1 2022-23" and "Q2 2022-23", older rounds of sheet "Q4 2022-23", the latest rated (before
 * "Q3 2022-23", the round before it); …': a plan's rounds before the one before its latest, in one sentence, so a sheet added each quarter
 * adds no sentence to the pack. Undefined where there are none.
 */
export function olderRoundsSentence(older: readonly RepeatedTracker[], before: string | undefined): string | undefined {
  if (older.length === 0) return undefined;
  const one = older.length === 1;
  const sheets = listInWords(older.map((r) => `"${r.sheet}"`));
  return `Not counted: ${one ? "sheet" : "sheets"} ${sheets}, ${one ? "an older round" : "older rounds"} of sheet "${older[0]!.of}", the latest rated${before ? ` (before "${before}", the round before it)` : ""}; to count another round, ${CHOOSE_TRACKER_SHEETS}.`;
}
