/**
 * A plan kept a sheet per round of reporting ("Q1 2022-23", "Q2 2022-23"), each round the same
 * actions rated again: the latest rated round is the plan now, and the others would count each
 * action once a round. Sheets are one plan's rounds where their names are its periods
 * (sheetPeriods.ts) and they hold mostly the same actions (samePlan).
 */
import type { Action, Tracker } from "./model";
import { groupingKey } from "./text";
import { wordingSimilarity } from "./history/matching";
import { ownWordings, renamedReviews, wordingOf } from "./renamedReviews";

const isWorded = (x: Action) => x.recommendation !== "" || x.actions !== "";
/** An action's review, as the other round names it where renamed since (`renamed`, by grouping key). */
const reviewKey = (x: Action, renamed?: ReadonlyMap<string, string>) => {
  const review = groupingKey(x.review);
  return renamed?.get(review) ?? review;
};
const wordingKey = (x: Action, withReview: boolean, renamed?: ReadonlyMap<string, string>) => `${withReview ? reviewKey(x, renamed) : ""}\u0001${wordingOf(x)}`;

/** A row that repeats an earlier row's review, number and wording: a copy of that action (a row copied by mistake), not another. */
function isCopiedRow(x: Action, seen: Set<string>): boolean {
  if (x.ref === "") return false;
  const key = `${groupingKey(x.review)}\u0001${x.ref.toLowerCase()}\u0001${wordingOf(x)}`;
  if (seen.has(key)) return true;
  seen.add(key);
  return false;
}

/** How many of `actions` carry each wording: two actions may be worded alike (one recommendation split in two), and each is an action; a copied row is not. */
function countWordings(actions: readonly Action[], key: (x: Action) => string): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const x of actions) if (isWorded(x) && !isCopiedRow(x, seen)) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
  return counts;
}

/** The sheet's actions, a row copied by mistake not counted again: what an earlier round's actions on no later round are told from. */
export function roundActionCount(t: Tracker): number {
  const seen = new Set<string>();
  return t.actions.filter((x) => !isCopiedRow(x, seen)).length;
}

/** Each sheet's wordings counted, once however many sheets it is compared with (a workbook of many sheets compares each pair). */
const wordingCountsOf = new WeakMap<Tracker, Map<boolean, Map<string, number>>>();
function wordingCounts(t: Tracker, withReview: boolean): Map<string, number> {
  let byReview = wordingCountsOf.get(t);
  if (!byReview) wordingCountsOf.set(t, (byReview = new Map()));
  let keys = byReview.get(withReview);
  if (!keys) byReview.set(withReview, (keys = countWordings(t.actions, (x) => wordingKey(x, withReview))));
  return keys;
}

/** Below this many actions worded alike, two sheets may share only a template's standard actions. */
const ROUND_FEWEST = 5;

/**
 * An action reworded from one round to the next keeps most of its words; two reviews' own actions
 * may share half ("Add exploitation indicators to the MASH referral form." and "Add a prompt on
 * household members to the MASH referral form.", 0.62).
 */
const REWORDED = 0.75;

/**
 * How many of `a`'s actions `b` holds worded the same (and under the same review, where both sheets
 * name reviews: a round may have gained a Review column), where the two hold one plan: at least
 * ROUND_FEWEST actions, three in four of the smaller sheet's (or half, where ROUND_FEWEST or more of
 * them are reviews' own actions, not a template's), whatever their numbers (a round may renumber
 * them), and hardly any number on both given to two different actions. A review of `b` that `a` does
 * not name is compared under the name `a` gave it, where renamed (renamedReviews.ts). Reviews kept a
 * sheet each, written from one template, share its standard actions, then number their own alike
 * ("6", "7" on each): those numbers tell them apart. Null where the two are no one plan.
 */
export function samePlan(a: Tracker, b: Tracker): number | null {
  return sharedActions(a, b)?.worded ?? null;
}

/** What an earlier round shares with a later: its actions worded the same, and those with no wording found by their number. */
export interface SharedActions {
  worded: number;
  /** Its actions with a number but no recommendation or action (a row kept for its rating), the later round holding that number, under the same review. */
  numbered: number;
}

/** How many of `a`'s actions `b` holds (samePlan), and how many of `a`'s with no wording hold a number `b` gives an action not already found by its wording. */
export function sharedActions(a: Tracker, b: Tracker): SharedActions | null {
  const withReview = a.columns.review !== undefined && b.columns.review !== undefined;
  const renamed = withReview ? renamedReviews(b, a) : undefined;
  const onA = wordingCounts(a, withReview);
  const onB = renamed?.size ? countWordings(b.actions, (x) => wordingKey(x, true, renamed)) : wordingCounts(b, withReview);
  const smaller = Math.min(a.actions.length, b.actions.length);
  const needed = Math.max(ROUND_FEWEST, Math.ceil((3 * smaller) / 4));
  // Half will do where reviews' own actions are on both (a review closed and another added that round):
  // one review's own actions on two sheets named for periods are one plan's rounds, never reviews kept a sheet each.
  const halfNeeded = Math.max(ROUND_FEWEST, Math.ceil(smaller / 2));
  // Given up as soon as too few can be left to share: two sheets of different plans are told apart at their first few actions.
  // Each action counted: of two worded alike on `a`, both are shared where `b` holds that wording twice, one where once.
  let [shared, left] = [0, 0];
  for (const n of onA.values()) left += n;
  for (const [k, n] of onA) {
    const held = Math.min(n, onB.get(k) ?? 0);
    shared += held;
    if ((left -= n - held) < halfNeeded) return null;
  }
  if (shared < halfNeeded || (shared < needed && (!withReview || ownActionsShared(a, onB) < ROUND_FEWEST))) return null;
  const numberKey = (x: Action, names?: ReadonlyMap<string, string>) => `${withReview ? reviewKey(x, names) : ""}\u0001${x.ref.toLowerCase()}`;
  const bByNumber = new Map(b.actions.filter((x) => x.ref !== "").map((x) => [numberKey(x, renamed), x]));
  let conflicts = 0;
  for (const x of a.actions) {
    const y = x.ref === "" ? undefined : bByNumber.get(numberKey(x));
    if (y && wordingOf(y) !== wordingOf(x) && wordingSimilarity(`${x.recommendation} ${x.actions}`, `${y.recommendation} ${y.actions}`) < REWORDED) conflicts++;
  }
  // A round may give a closed action's number to a new one, now and then; a template's reviews give every own action's.
  if (conflicts * 10 > shared) return null;
  // An action with no wording is found by its number, on an action of `b` either unworded too or worded since (not one of `a`'s wordings).
  let numbered = 0;
  const taken = new Set<string>();
  const seen = new Set<string>();
  for (const x of a.actions) {
    if (isWorded(x) || isCopiedRow(x, seen)) continue;
    const key = numberKey(x);
    const y = bByNumber.get(key);
    if (!y || taken.has(key) || (isWorded(y) && onA.has(wordingKey(y, withReview, renamed)))) continue;
    taken.add(key);
    numbered++;
  }
  return { worded: shared, numbered };
}

/** How many of `a`'s actions worded as no other review of it words one (a review's own, not a template's) `onB` holds under the same review. */
function ownActionsShared(a: Tracker, onB: ReadonlyMap<string, number>): number {
  const own = ownWordings(a);
  return a.actions.filter((x) => isWorded(x) && own.has(wordingOf(x)) && onB.has(wordingKey(x, true))).length;
}

export interface Round {
  /** The round's sheet, as an index of the trackers. */
  sheet: number;
  /** Its actions worded as actions of the latest round. */
  shared: number;
  /** Its actions with no wording whose number the latest round gives an action. */
  numbered: number;
  /** Earlier than the latest round, or later and not yet rated. */
  earlier: boolean;
}

export interface PlanRounds {
  /** The latest round with a rating given: counted. */
  latest: number;
  /** The plan's other rounds: left out. */
  others: Round[];
}

/**
 * The plans among sheets named for one plan's periods, earliest first (`periods`, from roundSheets):
 * the latest rated sheet that holds the same plan as another, with the rounds of it; then again
 * among the rest. A sheet named for a period but holding actions of its own (a review named "Dec 2022"
 * beside the plan's quarters) is no round of the plan, and is counted.
 */
export function planRounds(trackers: readonly Tracker[], periods: readonly number[]): PlanRounds[] {
  const rated = (i: number) => trackers[i]!.actions.some((a) => a.rating.kind === "rated");
  let remaining = [...periods];
  const plans: PlanRounds[] = [];
  for (;;) {
    let found: PlanRounds | undefined;
    for (const latest of [...remaining].reverse()) {
      if (!rated(latest)) continue;
      const others = remaining.flatMap((i) => {
        const shared = i === latest ? null : sharedActions(trackers[i]!, trackers[latest]!);
        return shared === null ? [] : [{ sheet: i, shared: shared.worded, numbered: shared.numbered, earlier: remaining.indexOf(i) < remaining.indexOf(latest) }];
      });
      if (others.length > 0) {
        found = { latest, others };
        break;
      }
    }
    if (!found) return plans;
    plans.push(found);
    const taken = new Set([found.latest, ...found.others.map((o) => o.sheet)]);
    remaining = remaining.filter((i) => !taken.has(i));
  }
}

/**
 * Each sheet that is an earlier round of a plan whose latest rated round is on a sheet `counted`
 * allows, by its index, with that sheet's: a hidden quarter's sheet is last quarter's, not a plan
 * to unhide and count.
 */
export function earlierRounds(trackers: readonly Tracker[], periodGroups: readonly (readonly number[])[], counted: (i: number) => boolean): Map<number, number> {
  const rounds = new Map<number, number>();
  for (const periods of periodGroups) {
    for (const { latest, others } of planRounds(trackers, periods)) {
      if (!counted(latest)) continue;
      for (const o of others) if (o.earlier) rounds.set(o.sheet, latest);
    }
  }
  return rounds;
}
