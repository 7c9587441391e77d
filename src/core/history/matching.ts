/**
 * Which action now is which action then. In order of trust:
 *  1. the same identity (carried from the earlier snapshot) and the same wording;
 *  2. the same review and the same wording (a renumbered or moved row);
 *  then the same identity with similar wording (SIMILAR_WORDING), then
 *  3. the same review and similar wording under the same recommendation, given to that action alone,
 *     then the same review and the same number, with similar wording (reworded in place);
 *  4. the same review and similar wording, where only one pairing fits (reworded and renumbered),
 *     then the same review and number under the same recommendation, given to that action alone;
 *  5. the same sheet, number and wording, where the earlier report counted the action under its
 *     sheet's name and a band row on the sheet now names its review (reviewBands.ts, which earlier
 *     versions did not read): one sheet's actions parted among several reviews. Only where the
 *     caller says which reviews bands name, and several sharing a number and wording pair in row
 *     order only where each side has as many, so no action takes another's rating;
 *  6. passes 2–4 again across a renamed review: one that is gone whose actions, by number and
 *     wording, are mostly those of one that has appeared (a sheet-named review whose tab was renamed);
 *  7. the same sheet, number and wording under another review, each found once in each report, where
 *     one of the two reviews is new or gone and the other in both, and the rating, progress update and
 *     due date are as they were (one row's review mistyped, part of a review renamed);
 *  8. the same number and wording, each found once in each report, now on another sheet that names no
 *     review, so it counts its actions under its own name, the action complete now or rated and due as
 *     it was (closed actions cut from "Open actions" to "Closed actions"); then, where the row was pasted
 *     without its recommendation (the delivery plan's objective), the same number and action wording,
 *     due as it was.
 * Similar wording never pairs two instances of one template (templateSiblings.ts) unless something
 * else in the row vouches for them (vouchedFor); pass 3 pairs best first (wordingPasses).
 * "The same review" is the grouping every summary uses (groupingKey): "Sam & Kyle" is "Sam and Kyle".
 * Anything left is new (now only) or removed (then only): two rows that share neither wording nor
 * similar words are never reported as one action whose rating moved.
 */
import { NO_RESPONSE, type SnapshotAction } from "./snapshot";
import { foldText, rememberedGroupingKey } from "../text";
import { isMeaningful, meaningfulWords, wordTokens } from "./meaningfulWords";
import { partedReviews, type ReviewMovedToSheet, type ReviewSplit } from "./partedReviews";
import { isSubstitution, isThirdInstance, slotsOf, wordingOf, type Slots, type Wording } from "./templateSiblings";
import { isNextRound } from "../sheetPeriods";

export interface Matched<T> {
  pairs: { before: SnapshotAction; after: T }[];
  added: T[];
  removed: SnapshotAction[];
  /** Reviews whose actions are mostly found under a new name (by carried identities or pass 6), as each report writes the name. */
  renamed: { from: string; to: string }[];
  /** Reviews named after their sheet whose actions are now under reviews the sheet names (pass 5, or carried identities), not among `renamed`. */
  namedOnSheet: ReviewNamedOnSheet[];
  /** Reviews gone whose actions are now under several new reviews (partedReviews.ts), not among `renamed`. */
  split: ReviewSplit[];
  /** Reviews gone whose actions are now on a sheet that names no review for them, counted under its name (partedReviews.ts), not among `renamed`. */
  movedToSheet: ReviewMovedToSheet[];
  /**
   * Of `added` and `removed`, those worded alike that were told apart as two instances of one
   * template (templateSiblings.ts), each new action with its closest such earlier one, so a reader
   * can be told why a rewording may read as removed and new.
   */
  toldApart: { before: SnapshotAction; after: T }[];
}

export interface ReviewNamedOnSheet {
  /** The review as the earlier report names it: its sheet's name. */
  from: string;
  /** The reviews its actions are under now, in the order first met. */
  to: string[];
}

type Candidate = Omit<SnapshotAction, "id"> & { id?: string };

/**
 * Two titles count as the same action's when at least half their meaningful words are shared
 * (Dice: twice the shared words over the words of both). "Strategic Partners to discuss and agree
 * budget." and "Strategic Partners to agree the budget, including contingency." share 4 of 5 and 6
 * (0.73); a new action under a deleted one's number shares next to nothing with it.
 */
export const SIMILAR_WORDING = 0.5;

function wordsOf(title: string): Set<string> {
  return new Set(meaningfulWords(title));
}

/**
 * Dice over the two titles' word sets; titles of joining words alone ("To do") are alike only when
 * the same. A title not kept (a report whose wording was removed) says nothing, so it is like no other.
 */
function similarity(a: string, b: string, x: Set<string>, y: Set<string>): number {
  if (a === "" || b === "") return 0;
  if (x.size + y.size === 0) return foldText(a) === foldText(b) ? 1 : 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** How alike two actions' wordings are, from 0 (no meaningful word shared) to 1 (the same words). */
export function wordingSimilarity(a: string, b: string): number {
  return similarity(a, b, wordsOf(a), wordsOf(b));
}

/**
 * Word sets are worked out once per action, not once per comparison. Two actions of similar wording
 * are not the same action where another action of their review shows them to be two instances of one
 * template (templateSiblings.ts): the review's actions in both reports are the witnesses.
 */
class Words {
  private readonly tokens = new Map<Candidate, string[]>();
  private readonly sets = new Map<Candidate, Set<string>>();
  private readonly wordings = new Map<Candidate, Wording>();
  private readonly apart = new Map<Candidate, Map<Candidate, boolean>>();
  // Each review's actions, and by the words of their wording, made when first asked for: most comparisons never ask.
  private members: Map<string, Candidate[]> | undefined;
  private readonly byWord = new Map<string, Map<string, Candidate[]>>();
  constructor(
    private readonly before: readonly Candidate[],
    private readonly after: readonly Candidate[],
    private readonly reviewOf: (x: Candidate) => string,
  ) {}
  // Split once: the word set and the wording in order are both made of them.
  private tokensOf(x: Candidate): string[] {
    let tokens = this.tokens.get(x);
    if (!tokens) this.tokens.set(x, (tokens = wordTokens(x.title)));
    return tokens;
  }
  private wordingOf(x: Candidate): Wording {
    let wording = this.wordings.get(x);
    if (!wording) this.wordings.set(x, (wording = wordingOf(x.title, this.tokensOf(x))));
    return wording;
  }
  of(x: Candidate): Set<string> {
    let set = this.sets.get(x);
    if (!set) this.sets.set(x, (set = new Set(this.tokensOf(x).filter(isMeaningful))));
    return set;
  }
  similarity(a: Candidate, b: Candidate): number {
    return similarity(a.title, b.title, this.of(a), this.of(b));
  }
  /**
   * Whether two actions are worded as one: the same wording, or similar wording of two that are not
   * one template's instances, or are but something else in the row vouches for them (`vouched`:
   * vouchedFor).
   */
  same(a: Candidate, b: Candidate, vouched: boolean): boolean {
    return a.text === b.text || (this.similarity(a, b) >= SIMILAR_WORDING && (vouched || !this.templateSiblings(a, b)));
  }
  /** Where two actions' wordings differ, around what they share. */
  slotsOf(a: Candidate, b: Candidate): Slots {
    return slotsOf(this.wordingOf(a), this.wordingOf(b));
  }
  /** Whether one wording puts words of its own in place of the other's (a topic for a topic), rather than only adding to, cutting or reordering it. */
  substitutes(a: Candidate, b: Candidate): boolean {
    return this.eachHasOwnWord(a, b) && isSubstitution(this.slotsOf(a, b));
  }
  /** Most rewordings only add or cut words: each holding a word the other lacks comes before any substitution. */
  eachHasOwnWord(a: Candidate, b: Candidate): boolean {
    return this.hasOwnWord(a, b) && this.hasOwnWord(b, a);
  }
  private hasOwnWord(a: Candidate, b: Candidate): boolean {
    const inA = this.of(a);
    for (const w of this.of(b)) if (!inA.has(w)) return true;
    return false;
  }
  /** The words of `b`'s wording that `a`'s lacks. */
  ownWords(a: Candidate, b: Candidate): string[] {
    const inA = this.of(a);
    return [...this.of(b)].filter((w) => !inA.has(w));
  }
  /** Whether another action of either one's review, in either report, is a third instance of the template the two share (worked out once a pair). */
  templateSiblings(a: Candidate, b: Candidate): boolean {
    // Remembered in the order asked: where two runs of shared words are as long, the order decides which is taken.
    let row = this.apart.get(a);
    if (!row) this.apart.set(a, (row = new Map()));
    let found = row.get(b);
    if (found === undefined) row.set(b, (found = this.findThird(a, b)));
    return found;
  }
  private findThird(a: Candidate, b: Candidate): boolean {
    if (!this.substitutes(a, b)) return false;
    const slots = this.slotsOf(a, b);
    if (slots.shared.length === 0) return false;
    // A third instance is worded like each of the two, not a long wording that happens to hold their shared words.
    const third = (x: Candidate) =>
      x !== a && x !== b && isThirdInstance(slots, this.wordingOf(x)) && this.similarity(x, a) >= SIMILAR_WORDING && this.similarity(x, b) >= SIMILAR_WORDING;
    return [...new Set([this.reviewOf(a), this.reviewOf(b)])].some((review) => {
      // Only actions holding every shared word can be a third: those holding the rarest of them are enough to look at.
      const index = this.indexOf(review);
      let fewest: Candidate[] = [];
      for (const [i, w] of slots.shared.entries()) {
        const holding = index.get(w) ?? [];
        if (i === 0 || holding.length < fewest.length) fewest = holding;
      }
      return fewest.some(third);
    });
  }
  private indexOf(review: string): Map<string, Candidate[]> {
    let index = this.byWord.get(review);
    if (!index) {
      this.byWord.set(review, (index = new Map()));
      this.members ??= groupBy([...this.before, ...this.after], this.reviewOf);
      for (const x of this.members.get(review) ?? [])
        for (const w of new Set(this.wordingOf(x).words)) {
          const holding = index.get(w);
          if (holding) holding.push(x);
          else index.set(w, [x]);
        }
    }
    return index;
  }
}

type Pairing = (b: Candidate, a: Candidate) => boolean;

/**
 * Both actions answer the same recommendation, which each report gives to this one action of its
 * review alone: a recommendation shared by several actions (the delivery plan's objectives) says
 * nothing of which is which. Reports recorded before recommendations were kept apart have none.
 */
function sameSoleRecommendation(before: readonly Candidate[], after: readonly Candidate[], reviewOf: (x: Candidate) => string): Pairing {
  const sole = (actions: readonly Candidate[]) => {
    const counts = new Map<string, number>();
    for (const x of actions) if (x.recommendation !== undefined) counts.set(`${reviewOf(x)}\u0001${x.recommendation}`, (counts.get(`${reviewOf(x)}\u0001${x.recommendation}`) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n === 1).map(([key]) => key));
  };
  const soleThen = sole(before);
  const soleNow = sole(after);
  return (b, a) =>
    b.recommendation !== undefined && b.recommendation === a.recommendation && soleThen.has(`${reviewOf(b)}\u0001${b.recommendation}`) && soleNow.has(`${reviewOf(a)}\u0001${a.recommendation}`);
}

// Pass 4 compares every pair left in a review; past this many, it is skipped (they stay new and removed).
const MAX_COMPARISONS = 250_000;

// Past this many pairs of a review's new and removed actions left over, the note's pass leaves the review as it is.
const FEW_LEFT_OVER = 2_500;

// How many equally or nearly as close wordings are asked whether they are instances of one template: each asking looks through the review.
const FEW_ALIKE = 3;

/** `bandReviewed`: whether an action's review is named by a band row on its sheet (pass 5 runs only where it is given). */
export function matchActions<T extends Candidate>(before: SnapshotAction[], after: T[], bandReviewed?: (a: Candidate) => boolean): Matched<T> {
  const unmatchedBefore = new Set(before);
  const pairs: Matched<T>["pairs"] = [];
  const pair = (b: SnapshotAction, a: T) => {
    unmatchedBefore.delete(b);
    pairs.push({ before: b, after: a });
  };
  const keyOf = rememberedGroupingKey();
  const reviewOf = (x: Candidate) => keyOf(x.review);
  const words = new Words(before, after, reviewOf);
  const byId = new Map(before.map((b) => [b.id, b]));
  const idPass = (pending: T[], accept: (b: SnapshotAction, a: T) => boolean) =>
    pending.filter((a) => {
      const b = a.id ? byId.get(a.id) : undefined;
      if (!b || !unmatchedBefore.has(b) || !accept(b, a)) return true;
      pair(b, a);
      return false;
    });

  // Same identity and wording first. Two reports recorded apart give new actions ids from their
  // numbers, so an id alone is no better than a number: it is trusted before the wording only with
  // the wording. Reports stored by earlier versions can also hold an id a new action inherited
  // from a deleted one; the wording tells those apart too.
  let pending = idPass(after, (b, a) => b.text === a.text);
  pending = keyedPass(pending, unmatchedBefore, reviewOf, reviewOf, (x) => x.text, () => true, pair);
  const sameRecommendation = sameSoleRecommendation(before, after, reviewOf);
  // An action worded exactly alike, recommendation and all, kept apart in one report and not in the
  // other: that report was recorded before recommendations were kept apart.
  const recommendationsUnknown = pairs.some(({ before: b, after: a }) => (b.recommendation === undefined) !== (a.recommendation === undefined));
  const vouched = vouchedFor(sameRecommendation, recommendationsUnknown);
  // Two reports whose wording was removed: their identities were matched when each was recorded, with the wording, so they stand.
  pending = idPass(pending, (b, a) => words.same(b, a, vouched(b, a)) || (b.title === "" && a.title === ""));
  pending = wordingPasses(pending, unmatchedBefore, reviewOf, reviewOf, words, sameRecommendation, vouched, pair);

  // Pass 5: an action counted under its sheet's name then, under a review a band row on that sheet names now.
  const sheetNamed = (x: Candidate) => reviewOf(x) === keyOf(x.sheet);
  if (bandReviewed) pending = bandPass(pending, unmatchedBefore, sheetNamed, (a) => !sheetNamed(a) && bandReviewed(a), pair);

  // Pass 6: reviews present only then, and reviews present only now.
  const sizeThen = countBy(before, reviewOf);
  const sizeNow = countBy(after, reviewOf);
  // A sheet-named review whose sheet now has band rows was parted among them by pass 5: what is left of it was removed, not renamed.
  const bandedSheets = new Set(bandReviewed ? after.filter(bandReviewed).map((a) => a.sheet) : []);
  const gone = groupBy([...unmatchedBefore].filter((b) => !sizeNow.has(reviewOf(b)) && !(sheetNamed(b) && bandedSheets.has(b.sheet))), reviewOf);
  const appeared = groupBy(pending.filter((a) => !sizeThen.has(reviewOf(a))), reviewOf);
  const renameTo = new Map<string, string>();
  for (const [from, olds] of gone) {
    let best: { to: string; shared: number } | undefined;
    for (const [to, news] of appeared) {
      if ([...renameTo.values()].includes(to)) continue;
      const shared = pairable(olds, news, words, sameRecommendation, vouched);
      if (isRenamed(shared, olds.length, news.length, olds[0]!.review, news[0]!.review) && shared > (best?.shared ?? 0)) best = { to, shared };
    }
    if (best) renameTo.set(from, best.to);
  }
  if (renameTo.size > 0) {
    const thenAsNow = (b: Candidate) => renameTo.get(reviewOf(b)) ?? reviewOf(b);
    pending = keyedPass(pending, unmatchedBefore, thenAsNow, reviewOf, (x) => x.text, () => true, pair);
    pending = wordingPasses(pending, unmatchedBefore, thenAsNow, reviewOf, words, sameRecommendation, vouched, pair);
  }
  // Pass 7: one action whose review cell alone changed (a review's name mistyped on one row, or part of a review renamed).
  pending = reviewCellPass(pending, unmatchedBefore, before, after, reviewOf, sizeThen, sizeNow, pair);
  // Pass 8: a row cut from one sheet that names no review and pasted on another.
  pending = sheetMovePass(pending, unmatchedBefore, before, after, sheetNamed, keyOf, pair);
  const renamedOrParted = renamedReviews(pairs, sizeThen, sizeNow, reviewOf);
  const namedOnSheet = reviewsNamedOnSheet(pairs, renamedOrParted, keyOf);
  const parted = partedReviews(pairs, renamedOrParted, namedOnSheet, sizeThen, sizeNow, keyOf);
  return { pairs, added: pending, removed: [...unmatchedBefore], ...parted, namedOnSheet, toldApart: toldApart(pending, unmatchedBefore, reviewOf, words, vouched) };
}

/**
 * New actions left over, each with an earlier action left over in its review that is another instance
 * of its template and that nothing vouches for (so it was told apart for that), closest pairs first.
 */
function toldApart<T extends Candidate>(news: T[], olds: Set<SnapshotAction>, reviewOf: (x: Candidate) => string, words: Words, vouched: Pairing): Matched<T>["toldApart"] {
  if (news.length === 0 || olds.size === 0) return [];
  // Only an earlier action sharing a word can be worded alike: most plans rewrite an action in words of its own.
  const oldsByWord = wordIndex(olds, reviewOf, words);
  // A review with many actions left over on both sides (rewritten wholesale) is a list for the reader, not a pair to name.
  const oldsIn = countBy([...olds], reviewOf);
  const newsIn = countBy(news, reviewOf);
  const alike: { b: SnapshotAction; a: T; score: number }[] = [];
  for (const a of news) {
    const review = reviewOf(a);
    const index = oldsByWord.get(review);
    if (!index || oldsIn.get(review)! * newsIn.get(review)! > FEW_LEFT_OVER) continue;
    const scored = [...new Set([...words.of(a)].flatMap((w) => index.get(w) ?? []))]
      .map((b) => ({ b, a, score: words.similarity(b, a) }))
      .filter((x) => x.score >= SIMILAR_WORDING)
      .sort((x, y) => y.score - x.score);
    // Closest first, while each is another instance of the template that nothing vouches for: an action as
    // close or closer that is not (a tie, or a pairing the row vouches for) kept the new one apart, not the template.
    // Asked new action first, as the pass pairing by similar wording alone asked it; only the closest few,
    // and none where more are as close (a review's templated actions all replaced: no one pair to name).
    if (scored.filter((x) => x.score === scored[0]!.score).length > FEW_ALIKE) continue;
    for (const x of scored.slice(0, FEW_ALIKE)) {
      if (vouched(x.b, a) || !words.templateSiblings(a, x.b)) break;
      alike.push(x);
    }
  }
  alike.sort((x, y) => y.score - x.score);
  const found: Matched<T>["toldApart"] = [];
  const taken = new Set<Candidate>();
  for (const { b, a } of alike) {
    if (taken.has(b) || taken.has(a)) continue;
    taken.add(b).add(a);
    found.push({ before: b, after: a });
  }
  return found;
}

/**
 * A mistyped review cell leaves the rest of the row as it was; a new review's row written from the
 * same template as one just deleted (the partnership's standard learning actions) is rated and
 * updated afresh. So pass 7 asks the rating, progress update and due date to be the same too.
 */
const restOfRowKept = (b: Candidate, a: Candidate) => b.rating === a.rating && b.response === a.response && b.due === a.due;

/**
 * What vouches for two instances of one template (templateSiblings.ts) being one action reworded,
 * where similar wording alone does not: the same identity, carried by a pairing made when the later
 * report was recorded; the same recommendation, given to this action alone in each report; the rest
 * of the row as it was (restOfRowKept: an annual report's source renamed, "… from LADO" made "… from
 * the Designated Officer"); or the same number, rating and due date ("… to GPs" made "… to general
 * practitioners" in place, with its progress updated). Not the rating alone: a pairing carries the
 * earlier action's identity to later reports, so a new audit rated as a deleted one was would read,
 * a quarter on, as that audit's rating moved; a new action most often has a due date of its own. So
 * the rest of the row counts only where it says something (a progress update or a due date), and a
 * number only with a due date: a sheet with neither column would otherwise vouch by the rating.
 * Where a report recorded before recommendations were kept apart is compared
 * (`recommendationsUnknown`), none can say whether a recommendation changed, so every pair is
 * vouched for, as before templates were told apart.
 */
function vouchedFor(sameRecommendation: Pairing, recommendationsUnknown: boolean): Pairing {
  const rowSaysSomething = (x: Candidate) => x.response !== NO_RESPONSE || x.due !== null;
  const inPlace = (b: Candidate, a: Candidate) => b.ref !== "" && b.ref.toLowerCase() === a.ref.toLowerCase() && b.rating === a.rating && b.due !== null && b.due === a.due;
  return (b, a) =>
    recommendationsUnknown || (a.id !== undefined && a.id === b.id) || sameRecommendation(b, a) || (restOfRowKept(b, a) && rowSaysSomething(b)) || inPlace(b, a);
}

/**
 * Pass 8: the same number and wording, each found once in each report, now on another sheet, one
 * that names no review (so it counts its actions under its own name): a row cut from "Open actions"
 * and pasted under "Closed actions". Where the destination names no review, its name says where a
 * row is kept, not what it answers. It must be complete now (closed), or rated and due as it was
 * (moved as it stood, or closed as superseded, its progress column left behind): a new sheet's
 * action written from a template as one deleted from another, rated afresh, stays new.
 */
function sheetMovePass<T extends Candidate>(
  pending: T[],
  unmatchedBefore: Set<SnapshotAction>,
  before: readonly SnapshotAction[],
  after: readonly T[],
  sheetNamed: (x: Candidate) => boolean,
  keyOf: (name: string) => string,
  pair: (b: SnapshotAction, a: T) => void,
): T[] {
  pending = pairFoundOnce(pending, unmatchedBefore, before, after, {
    key: (x) => `${x.ref.toLowerCase()}\u0001${x.text}`,
    counted: (x) => x.ref !== "",
    movedFrom: () => true,
    movedTo: (a) => sheetNamed(a),
    fits: (b, a) => keyOf(b.sheet) !== keyOf(a.sheet) && (a.complete || (b.rating === a.rating && b.due === a.due)),
    pair,
  });
  // Then a row pasted without its recommendation: completed actions cut from the delivery plan to "Completed Actions"
  // with their number, action, time scale and rating, but not the objective merged beside them. The wording matched
  // above holds the recommendation, so the action's own wording (as the report keeps it: its first TITLE_LENGTH
  // characters) is matched instead, with the number. An objective is shared by several actions and says little of which
  // is which, but the rest of the row must agree: the earlier row had a recommendation and the later has none (that
  // column alone left behind), the time scale is as it was (a recurring action of the next year, due a year later, stays
  // new), and the action is complete now or rated as it was. A report whose wording was removed keeps no title, so its
  // actions are not matched so.
  return pairFoundOnce(pending, unmatchedBefore, before, after, {
    key: (x) => `${x.ref.toLowerCase()}\u0001${x.title.toLowerCase()}`,
    counted: (x) => x.ref !== "" && x.title !== "",
    movedFrom: (b) => b.recommendation !== undefined,
    movedTo: (a) => a.recommendation === undefined && sheetNamed(a),
    fits: (b, a) => keyOf(b.sheet) !== keyOf(a.sheet) && b.due === a.due && (a.complete || b.rating === a.rating),
    pair,
  });
}

/** How pairFoundOnce pairs: by `key`, among the rows `counted`, an earlier row `movedFrom` with a later one `movedTo`, where the two `fit`. */
interface FoundOnceRule<T extends Candidate> {
  key: (x: Candidate) => string;
  counted: (x: Candidate) => boolean;
  movedFrom: (b: SnapshotAction) => boolean;
  movedTo: (a: T) => boolean;
  fits: (b: SnapshotAction, a: T) => boolean;
  pair: (b: SnapshotAction, a: T) => void;
}

/** Pairs each pending row with the unmatched earlier row of its key, where that key is found once in each report; returns those left. */
function pairFoundOnce<T extends Candidate>(pending: T[], unmatchedBefore: Set<SnapshotAction>, before: readonly SnapshotAction[], after: readonly T[], rule: FoundOnceRule<T>): T[] {
  if (pending.length === 0 || unmatchedBefore.size === 0) return pending;
  const onceThen = countBy(before.filter(rule.counted), rule.key);
  const thenByKey = new Map<string, SnapshotAction>();
  for (const b of unmatchedBefore) if (rule.counted(b) && rule.movedFrom(b) && onceThen.get(rule.key(b)) === 1) thenByKey.set(rule.key(b), b);
  if (thenByKey.size === 0) return pending;
  const onceNow = countBy(after.filter(rule.counted), rule.key);
  return pending.filter((a) => {
    if (!rule.counted(a) || !rule.movedTo(a) || onceNow.get(rule.key(a)) !== 1) return true;
    const b = thenByKey.get(rule.key(a));
    if (!b || !rule.fits(b, a)) return true;
    rule.pair(b, a);
    return false;
  });
}

/**
 * Pass 7: the same sheet, number and wording under another review, where that number and wording
 * are on the sheet once in each report (a templated action kept by several reviews is never moved
 * from one to another). Either into a review new since, from one still there (a typo, part of a
 * review renamed), or from a review gone into one there before (the typo put right): a review gone
 * beside one new is pass 6's to judge. A review new since takes such actions only where all its
 * actions are such, and a review gone gives them only where all it had are: a new review's standard
 * first action, worded as an action deleted from another review, beside actions of its own, stays new.
 * The rest of the row must be as it was (restOfRowKept), and the review it goes to must hold no other
 * action of its number now.
 */
function reviewCellPass<T extends Candidate>(
  pending: T[],
  unmatchedBefore: Set<SnapshotAction>,
  before: readonly SnapshotAction[],
  after: readonly T[],
  reviewOf: (x: Candidate) => string,
  sizeThen: Map<string, number>,
  sizeNow: Map<string, number>,
  pair: (b: SnapshotAction, a: T) => void,
): T[] {
  // Most quarters every action is paired by now: nothing to look for.
  if (pending.length === 0 || unmatchedBefore.size === 0) return pending;
  const keyOf = (x: Candidate) => `${x.sheet}\u0001${x.ref.toLowerCase()}\u0001${x.text}`;
  const onceThen = countBy(before.filter((b) => b.ref), keyOf);
  const onceNow = countBy(after.filter((a) => a.ref), keyOf);
  const thenByKey = new Map<string, SnapshotAction>();
  for (const b of unmatchedBefore) if (b.ref && onceThen.get(keyOf(b)) === 1) thenByKey.set(keyOf(b), b);
  // A review holding two actions of one number now (Leo's blank Review cells read as the review above) takes neither.
  const numberedNow = countBy(after.filter((a) => a.ref), (x) => `${reviewOf(x)}\u0001${x.ref.toLowerCase()}`);
  const candidates: { b: SnapshotAction; a: T }[] = [];
  for (const a of pending) {
    const b = a.ref && onceNow.get(keyOf(a)) === 1 ? thenByKey.get(keyOf(a)) : undefined;
    if (b && reviewOf(b) !== reviewOf(a) && restOfRowKept(b, a) && numberedNow.get(`${reviewOf(a)}\u0001${a.ref.toLowerCase()}`) === 1) candidates.push({ b, a });
  }
  if (candidates.length === 0) return pending;
  const movingOut = countBy(candidates.map((c) => c.b), reviewOf);
  const movingIn = countBy(candidates.map((c) => c.a), reviewOf);
  const paired = new Set<T>();
  for (const { b, a } of candidates) {
    const [from, to] = [reviewOf(b), reviewOf(a)];
    const fromStays = sizeNow.has(from);
    const toWasThere = sizeThen.has(to);
    // Exactly one of the two reviews is new or gone: between two reviews in both reports, an action deleted
    // from one and another added to the other under the same number and wording stay removed and new.
    if (fromStays === toWasThere) continue;
    if (!toWasThere && movingIn.get(to) !== sizeNow.get(to)) continue;
    if (!fromStays && movingOut.get(from) !== sizeThen.get(from)) continue;
    pair(b, a);
    paired.add(a);
  }
  return pending.filter((a) => !paired.has(a));
}

/**
 * Pass 5's pairing by sheet, number and wording: in row order where each side has as many sharing
 * them (two reviews on a sheet both numbered from 1, both "Deliver briefings"), else none, so an
 * action deleted from one review never hands its rating to the other's.
 */
function bandPass<T extends Candidate>(pending: T[], unmatchedBefore: Set<SnapshotAction>, then: (b: Candidate) => boolean, now: (a: T) => boolean, pair: (b: SnapshotAction, a: T) => void): T[] {
  const groups = new Map<string, { before: SnapshotAction[]; after: T[] }>();
  const groupOf = (x: Candidate) => {
    const k = `${x.sheet}\u0001${x.ref.toLowerCase()}\u0001${x.text}`;
    let group = groups.get(k);
    if (!group) groups.set(k, (group = { before: [], after: [] }));
    return group;
  };
  for (const b of unmatchedBefore) if (b.ref && then(b)) groupOf(b).before.push(b);
  for (const a of pending) if (a.ref && now(a)) groupOf(a).after.push(a);
  const paired = new Set<T>();
  for (const { before, after } of groups.values()) {
    if (before.length === 0 || before.length !== after.length) continue;
    const byRow = (x: Candidate, y: Candidate) => x.row - y.row;
    before.sort(byRow);
    after.sort(byRow);
    before.forEach((b, i) => {
      pair(b, after[i]!);
      paired.add(after[i]!);
    });
  }
  return pending.filter((a) => !paired.has(a));
}

/**
 * Reviews an earlier report named after their sheet whose actions, by the pairs made, are now under
 * reviews named on that sheet: a review already said to be renamed is not said again.
 */
function reviewsNamedOnSheet<T extends Candidate>(pairs: Matched<T>["pairs"], renamed: Matched<T>["renamed"], keyOf: (name: string) => string): ReviewNamedOnSheet[] {
  const reviewOf = (x: Candidate) => keyOf(x.review);
  const sheetNamed = (x: Candidate) => reviewOf(x) === keyOf(x.sheet);
  const said = new Set(renamed.map((r) => keyOf(r.from)));
  const found = new Map<string, ReviewNamedOnSheet>();
  const keysNow = new Map<string, Set<string>>();
  for (const { before: b, after: a } of pairs) {
    if (b.sheet !== a.sheet || !sheetNamed(b) || sheetNamed(a) || said.has(reviewOf(b))) continue;
    const from = reviewOf(b);
    const entry = found.get(from) ?? { from: b.review, to: [] };
    const seen = keysNow.get(from) ?? new Set<string>();
    if (!seen.has(reviewOf(a))) {
      seen.add(reviewOf(a));
      entry.to.push(a.review);
    }
    found.set(from, entry);
    keysNow.set(from, seen);
  }
  return [...found.values()];
}

/** At least half of each side: most of one review's actions are the other's. */
const isMost = (shared: number, then: number, now: number) => shared > 0 && shared * 2 >= then && shared * 2 >= now;

/**
 * A review gone whose actions are mostly under one appeared: renamed. Where the two are a plan's
 * sheets per round, the later named for the next period ("Q1 2022-23", then "Q2 2022-23"), the plan
 * may have grown that round (12 actions, then 30): most of the earlier round's actions are enough.
 */
const isRenamed = (shared: number, then: number, now: number, from: string, to: string) => isMost(shared, then, isNextRound(from, to) ? 0 : now);

/**
 * A review gone by its old name whose actions are mostly, by the pairs made, those of one that
 * has appeared: whether identities carried it across or pass 6 did.
 */
function renamedReviews<T extends Candidate>(
  pairs: Matched<T>["pairs"],
  sizeThen: Map<string, number>,
  sizeNow: Map<string, number>,
  reviewOf: (x: Candidate) => string,
): Matched<T>["renamed"] {
  const across = new Map<string, { from: string; to: string; shared: number; then: number; now: number }>();
  for (const { before: b, after: a } of pairs) {
    const from = reviewOf(b);
    const to = reviewOf(a);
    if (sizeNow.has(from) || sizeThen.has(to)) continue;
    const key = `${from}\u0001${to}`;
    const entry = across.get(key) ?? { from: b.review, to: a.review, shared: 0, then: sizeThen.get(from)!, now: sizeNow.get(to)! };
    entry.shared++;
    across.set(key, entry);
  }
  return [...across.values()].filter((r) => isRenamed(r.shared, r.then, r.now, r.from, r.to)).map(({ from, to }) => ({ from, to }));
}

/** Pairs on a key within a review (each side's review key given: pass 6 reads an old name as the new one). */
function keyedPass<T extends Candidate>(
  pending: T[],
  unmatchedBefore: Set<SnapshotAction>,
  thenKey: (b: SnapshotAction) => string,
  nowKey: (a: T) => string,
  keyOf: (x: Candidate) => string | null,
  accept: (b: SnapshotAction, a: T) => boolean,
  pair: (b: SnapshotAction, a: T) => void,
): T[] {
  const pool = new Map<string, SnapshotAction[]>();
  for (const b of unmatchedBefore) {
    const k = keyOf(b);
    if (k === null) continue;
    const key = `${thenKey(b)}\u0001${k}`;
    const list = pool.get(key);
    if (list) list.push(b);
    else pool.set(key, [b]);
  }
  return pending.filter((a) => {
    const k = keyOf(a);
    const list = k === null ? undefined : pool.get(`${nowKey(a)}\u0001${k}`);
    const i = list ? list.findIndex((b) => accept(b, a)) : -1;
    if (i < 0) return true;
    pair(list!.splice(i, 1)[0]!, a);
    return false;
  });
}

/**
 * Passes 3 and 4: the same number with similar wording, then similar wording alone where only one
 * pairing fits; then the same number under the same recommendation, given to that action alone
 * (reworded in place), once wording has paired all it can.
 */
function wordingPasses<T extends Candidate>(
  pending: T[],
  unmatchedBefore: Set<SnapshotAction>,
  thenKey: (b: SnapshotAction) => string,
  nowKey: (a: T) => string,
  words: Words,
  sameRecommendation: Pairing,
  vouched: Pairing,
  pair: (b: SnapshotAction, a: T) => void,
): T[] {
  const number = (x: Candidate) => (x.ref ? x.ref.toLowerCase() : null);
  // The strongest sign first: similar wording under the same recommendation, given to that action
  // alone, pairs before a number does, so another action taking the number cannot take its history;
  // but not two instances of one template, whose recommendations may have been moved between rows.
  const recommendation = (x: Candidate) => x.recommendation ?? null;
  pending = keyedPass(pending, unmatchedBefore, thenKey, nowKey, recommendation, (b, a) => sameRecommendation(b, a) && words.same(b, a, false), pair);
  // Best first: an action whose wording now puts one topic for another under its number ("domestic
  // abuse" where "neglect" was) does not take that number's earlier action while an earlier action
  // not yet paired, holding some of the words put in, is closer to it: a deleted audit's number taken
  // by the next audit renumbered, or two audits swapped, pair by wording, not by number. Only the
  // later action's view counts: a new action closer to an earlier one than that action's own
  // rewording is a new half (a split).
  let thenOpen: Map<string, Map<string, SnapshotAction[]>> | undefined;
  // It looks first for an earlier action holding a word the later one put in, which is quick and
  // most often finds none (a word changed across the plan, every action reworded alike), and only
  // then at where the two differ.
  const closerOpen = (b: SnapshotAction, a: T) => {
    if (sameRecommendation(b, a) || !words.eachHasOwnWord(b, a)) return false;
    const score = words.similarity(b, a);
    // Made once, when first needed, of the earlier actions not paired when this pass began.
    thenOpen ??= wordIndex([...unmatchedBefore], thenKey, words);
    const index = thenOpen.get(nowKey(a));
    const holding = (w: string) => index?.get(w) ?? [];
    // The rarest words put in first: an action's own successor holds them, and is found soonest.
    const closer = words
      .ownWords(b, a)
      .sort((x, y) => holding(x).length - holding(y).length)
      .some((w) => holding(w).some((other) => other !== b && unmatchedBefore.has(other) && words.similarity(other, a) > score && !words.templateSiblings(other, a)));
    return closer && words.substitutes(b, a);
  };
  pending = keyedPass(pending, unmatchedBefore, thenKey, nowKey, number, (b, a) => words.same(b, a, vouched(b, a)) && !closerOpen(b, a), pair);

  const thenByReview = groupBy([...unmatchedBefore], thenKey);
  const nowByReview = groupBy(pending, nowKey);
  const taken = new Set<T>();
  for (const [key, news] of nowByReview) {
    const olds = thenByReview.get(key);
    if (!olds || olds.length * news.length > MAX_COMPARISONS) continue;
    // The closest wording not shown to be another instance of its template, unless vouched for; none where two are as close.
    const bestFor = <X extends Candidate, Y extends Candidate>(x: X, ys: Y[], open: (x: X, y: Y) => boolean) => {
      const alike: { y: Y; score: number }[] = [];
      let top = SIMILAR_WORDING;
      for (const y of ys) {
        const score = words.similarity(x, y);
        if (score >= SIMILAR_WORDING) alike.push({ y, score });
        if (score > top) top = score;
      }
      // Most often the closest is no template's other instance, and the rest need no order.
      const closest = alike.filter(({ score }) => score === top);
      // As close to many as to any one (a review's templated actions all replaced) says nothing of which is which.
      if (closest.length > FEW_ALIKE) return undefined;
      const closestOpen = closest.filter(({ y }) => open(x, y));
      if (closestOpen.length > 0) return closestOpen.length === 1 ? closestOpen[0]!.y : undefined;
      alike.sort((p, q) => q.score - p.score);
      // Past the closest few, each another instance of the template, a farther wording is no better a match.
      const first = alike.slice(0, FEW_ALIKE).findIndex(({ y }) => open(x, y));
      if (first < 0) return undefined;
      const { y: best, score } = alike[first]!;
      for (let i = first + 1; i < alike.length && alike[i]!.score === score; i++) if (open(x, alike[i]!.y)) return undefined;
      return best;
    };
    // Each earlier action's best is worked out once: a review of many new actions would otherwise redo it for each.
    const bestNew = new Map<SnapshotAction, T | undefined>();
    for (const a of news) {
      const b = bestFor(a, olds, (a, b) => vouched(b, a) || !words.templateSiblings(a, b));
      if (b && !bestNew.has(b)) bestNew.set(b, bestFor(b, news, (b, a) => vouched(b, a) || !words.templateSiblings(b, a)));
      if (b && bestNew.get(b) === a) {
        pair(b, a);
        taken.add(a);
        olds.splice(olds.indexOf(b), 1);
      }
    }
  }
  pending = pending.filter((a) => !taken.has(a));
  return keyedPass(pending, unmatchedBefore, thenKey, nowKey, number, sameRecommendation, pair);
}

/** Each review's actions by the words of their wording. */
function wordIndex<X extends Candidate>(actions: Iterable<X>, reviewOf: (x: X) => string, words: Words): Map<string, Map<string, X[]>> {
  const byReview = new Map<string, Map<string, X[]>>();
  for (const x of actions) {
    let index = byReview.get(reviewOf(x));
    if (!index) byReview.set(reviewOf(x), (index = new Map()));
    for (const w of words.of(x)) {
      const holding = index.get(w);
      if (holding) holding.push(x);
      else index.set(w, [x]);
    }
  }
  return byReview;
}

function countBy<X>(list: X[], keyOf: (x: X) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(keyOf(x), (counts.get(keyOf(x)) ?? 0) + 1);
  return counts;
}

function groupBy<X>(list: X[], keyOf: (x: X) => string): Map<string, X[]> {
  const groups = new Map<string, X[]>();
  for (const x of list) {
    const key = keyOf(x);
    const group = groups.get(key);
    if (group) group.push(x);
    else groups.set(key, [x]);
  }
  return groups;
}

/** How many of one review's actions have a counterpart in another by wording, or by number and similar wording. */
function pairable(olds: Candidate[], news: Candidate[], words: Words, sameRecommendation: Pairing, vouched: Pairing): number {
  const texts = new Set(news.map((a) => a.text));
  const byRef = new Map(news.filter((a) => a.ref).map((a) => [a.ref.toLowerCase(), a]));
  return olds.filter((b) => {
    const sameRef = b.ref ? byRef.get(b.ref.toLowerCase()) : undefined;
    return texts.has(b.text) || (sameRef !== undefined && (words.same(b, sameRef, vouched(b, sameRef)) || sameRecommendation(b, sameRef)));
  }).length;
}

/**
 * Gives every action an id: the matched earlier one's, else its number or wording, made unique.
 * An action new since an earlier report also takes the report's date, and every earlier id stays
 * reserved, so a new action never takes the id of one deleted since (which pass 1 would pair it with).
 * `notCountedNow`: earlier actions the plan now holds but does not count (a closed plan's rows, closedPlanThen.ts), or
 * held as such rows and deleted since, never matched, so an action of the same wording now does not take one's id.
 */
export function assignIds(previous: SnapshotAction[], current: Omit<SnapshotAction, "id">[], reportDate?: string, bandReviewed?: (a: Candidate) => boolean, notCountedNow: readonly SnapshotAction[] = []): SnapshotAction[] {
  const setAside = new Set(notCountedNow);
  const { pairs } = matchActions(setAside.size > 0 ? previous.filter((p) => !setAside.has(p)) : previous, current, bandReviewed);
  const carried = new Map(pairs.map((p) => [p.after, p.before.id]));
  const used = new Set<string>([...previous.map((p) => p.id), ...carried.values()]);
  const since = previous.length > 0 && reportDate ? `@${reportDate}` : "";
  return current.map((c) => {
    let id = carried.get(c);
    if (!id) {
      const base = `${c.ref ? `${c.review}#${c.ref}` : `${c.review}~${c.text.slice(0, 8)}`}${since}`;
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}(${n})`;
      used.add(id);
    }
    return { id, ...c };
  });
}
