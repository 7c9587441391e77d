/**
 * Actions moved to a sheet the plan leaves out. A team closes a review's actions and cuts their rows
 * to an "Archive" sheet, then hides it: the actions are still in the workbook, no longer counted, and
 * must not be reported as removed. Found by the same number and wording, and the same review (none,
 * where the review was the sheet's own name: a Peer Review-style sheet's actions moved to another sheet
 * take that sheet's name as their review).
 *
 * A hidden backup copy of the tracker is no archive: it repeats the counted sheets' actions, and an
 * action deleted from them is still in the copy because the copy is older, not because it was moved.
 * So a hidden sheet is taken for a copy where at least half of its actions have a counterpart on the counted
 * sheets, paired as the comparison pairs actions (the same wording, or renumbered, reworded or under a
 * renamed review: matching.ts), and for an archive otherwise (an empty one too: what is moved to it
 * later has no counterpart). A report records which (Snapshot.leftOut[].copy), and a sheet any report
 * since the action was last counted left out as a copy is no archive for it (leftOutAsCopy): a copy
 * whose tracker was emptied since holds, by then, mostly actions on no counted sheet.
 *
 * A recorded report keeps, for each archive it left out, a short fingerprint of each of its actions
 * on no counted sheet (Snapshot.leftOut[].archived), so two recorded reports tell a move to it from a
 * deletion too: ARCHIVED_FINGERPRINT_LENGTH hex digits each, about 200 kB for 20,000 actions.
 */
import type { Action } from "../model";
import { ratingBucket } from "../grouping";
import { rememberedGroupingKey } from "../text";
import { fingerprint } from "./fingerprint";
import { sheetNameKey } from "../sheetMatch";
import { actionText, snapshotActionOf, type SheetLeftOut, type Snapshot, type SnapshotAction } from "./snapshot";
import { matchActions } from "./matching";

/** The same review (as the summaries group it), the same number and the same wording (its fingerprint, kept when wording is removed). */
export function sameActionKey(groupOf: (name: string) => string, a: Pick<SnapshotAction, "review" | "ref" | "text">): string {
  return `${groupOf(a.review)}\u0001${a.ref.trim()}\u0001${a.text}`;
}

/**
 * An action's key on an archive: sameActionKey, but with no review where the review is the sheet's own
 * name (a sheet with no Review column): an action moved to such a sheet takes that sheet's name as its review.
 */
export function archiveKey(groupOf: (name: string) => string, a: Pick<SnapshotAction, "sheet" | "review" | "ref" | "text">): string {
  return sheetNamed(a) ? `\u0001${a.ref.trim()}\u0001${a.text}` : sameActionKey(groupOf, a);
}

/**
 * The keys an action counted on a sheet may have on an archive (archiveKey): sameActionKey, and, where its
 * review was its sheet's name, which a move to another sheet changes, the key with no review too.
 */
export function archiveKeys(groupOf: (name: string) => string, a: Pick<SnapshotAction, "sheet" | "review" | "ref" | "text">): string[] {
  const key = sameActionKey(groupOf, a);
  return sheetNamed(a) ? [key, archiveKey(groupOf, a)] : [key];
}

const sheetNamed = (a: Pick<SnapshotAction, "sheet" | "review">) => sheetNameKey(a.review) === sheetNameKey(a.sheet);

/** Hex digits kept per archived action: 40 bits, so a deleted action is taken for an archived one about once in 50 million for a 20,000-action archive. */
export const ARCHIVED_FINGERPRINT_LENGTH = 10;

/** An action's fingerprint as a report keeps it in an archive's list (Snapshot.leftOut[].archived). */
export function archivedFingerprint(key: string): string {
  return fingerprint(key).slice(0, ARCHIVED_FINGERPRINT_LENGTH);
}

/** Each stored archive's fingerprints, read once however often they are looked in. */
const readArchives = new WeakMap<SheetLeftOut, Set<string>>();

/** The fingerprints a report kept of a sheet it left out (none where it is no archive). */
export function archivedFingerprints(x: SheetLeftOut): ReadonlySet<string> {
  let set = readArchives.get(x);
  if (set) return set;
  const stored = x.archived ?? "";
  set = new Set<string>();
  for (let i = 0; i + ARCHIVED_FINGERPRINT_LENGTH <= stored.length; i += ARCHIVED_FINGERPRINT_LENGTH) set.add(stored.slice(i, i + ARCHIVED_FINGERPRINT_LENGTH));
  readArchives.set(x, set);
  return set;
}

/**
 * Whether a sheet is a copy to any of `reports` (those from the one that last counted an action to the
 * one it is looked for in): one of them left it out as a copy, or kept no fingerprints of it (a report
 * recorded before they were kept, compared as it always was). A hidden backup copy holds the actions it
 * was copied with, so one found there later, deleted from the sheets read, was not moved there.
 */
export function leftOutAsCopy(reports: readonly Pick<Snapshot, "leftOut">[], sheet: string): boolean {
  const key = sheetNameKey(sheet);
  return reports.some((r) => r.leftOut?.some((x) => sheetNameKey(x.sheet) === key && (x.copy === true || x.archived === undefined)) ?? false);
}

/**
 * The archive a report left out that held the action (by any of its archiveKeys), where one did, but not one any
 * of `span` (the reports since the one that last counted it) left out as a copy (leftOutAsCopy).
 */
export function archiveHolding(report: Pick<Snapshot, "leftOut">, keys: readonly string[], span: readonly Pick<Snapshot, "leftOut">[]): SheetLeftOut | undefined {
  const prints = keys.map(archivedFingerprint);
  return report.leftOut?.find((x) => x.archived !== undefined && prints.some((print) => archivedFingerprints(x).has(print)) && !leftOutAsCopy(span, x.sheet));
}

/**
 * The archive an action was moved to, as `next`, the first report after `lastCounted` (the one that last
 * counted it), decided it: an archive `next` left out holding it (by any of its archiveKeys), which
 * `lastCounted` did not leave out as a copy. That report decides once: a later one that leaves the sheet
 * out as a copy (an archive that holds mostly copied actions by then) does not make the move a deletion,
 * nor does a later one that takes for an archive what `next` took for a copy make a deletion a move.
 */
export function movedToArchive(lastCounted: Pick<Snapshot, "leftOut">, next: Pick<Snapshot, "leftOut">, keys: readonly string[]): SheetLeftOut | undefined {
  return archiveHolding(next, keys, [lastCounted]);
}

/**
 * How `report`, later than the one that decided an action was moved to `archive` (movedToArchive), still
 * leaves it out: any sheet it left out whose fingerprints, kept as an archive's, include one of the action's
 * (the archive renamed since, or its rows moved on to another hidden sheet); failing that, `archive` by name
 * where it kept no fingerprints of it (it took the sheet for a copy, or the settings did not read it): the
 * action is taken to be there still, as nothing says it went. One whose fingerprints lack it was deleted from it.
 */
export function stillOnArchive(report: Pick<Snapshot, "leftOut">, archive: Pick<SheetLeftOut, "sheet">, keys: readonly string[]): SheetLeftOut | undefined {
  const prints = keys.map(archivedFingerprint);
  const holding = report.leftOut?.find((x) => keptPrints(x) && prints.some((print) => archivedFingerprints(x).has(print)));
  if (holding) return holding;
  const name = sheetNameKey(archive.sheet);
  const x = report.leftOut?.find((l) => sheetNameKey(l.sheet) === name);
  return x && !keptPrints(x) ? x : undefined;
}

/** Whether a report kept the fingerprints of a sheet it left out, as an archive's (not a copy, nor a sheet the settings do not read). */
export function keptPrints(x: SheetLeftOut): boolean {
  return x.archived !== undefined && x.copy !== true;
}

/**
 * Whether `report`, the first after the one that last counted an action on `sheet`, decides whether the
 * action went to an archive: not where it left that sheet out, as the action was then left out with its
 * own sheet, and no move was judged. A later report decides then: the later side of the comparison. One
 * rule for the changes, the actions removed while left out, and RAG History.
 */
export function judgesMove(report: Pick<Snapshot, "leftOut">, sheet: string): boolean {
  const name = sheetNameKey(sheet);
  return !(report.leftOut?.some((x) => sheetNameKey(x.sheet) === name) ?? false);
}

/**
 * For an action of `older` (by identity), the report that last counted it of `older` and `between`
 * (the recorded reports after it, before the later side, oldest first), and the one after that, where
 * one of `between` is: the report that decides whether it was moved to an archive (movedToArchive).
 * Without one, the later side decides.
 */
export function lastCountedOf(older: Snapshot, between: readonly Snapshot[]): (id: string) => { last: Snapshot; next?: Snapshot } {
  const ids = between.map((r) => new Set(r.actions.map((a) => a.id)));
  return (id) => {
    let last = older;
    for (const [i, report] of between.entries()) {
      if (!ids[i]!.has(id)) return { last, next: report };
      last = report;
    }
    return { last };
  };
}

/** Whether `left`, an archive a report left out (not a copy), was without `action` then: none of its fingerprints is the action's. */
export function notOnArchive(left: SheetLeftOut, action: Pick<SnapshotAction, "sheet" | "review" | "ref" | "text">): boolean {
  if (left.archived === undefined || left.copy) return false;
  const prints = archivedFingerprints(left);
  return !archiveKeys(rememberedGroupingKey(), action).some((key) => prints.has(archivedFingerprint(key)));
}

/** An action on an archive the plan leaves out: the sheet, and its rating there. */
export interface ArchivedAction {
  sheet: string;
  rating: string;
}


/**
 * Each hidden sheet holding actions taken for a copy of the counted sheets or for an archive:
 * `counted`, the plan's counted actions; `leftOut`, the actions of the sheets it leaves out. `archived`:
 * the archives' actions on no counted sheet (by archiveKey); `copies`: the sheets taken for copies.
 */
export function hiddenSheetsJudged(counted: readonly Action[], leftOut: readonly Action[]): HiddenSheetsJudged {
  if (leftOut.length === 0) return { archived: new Map(), copies: new Set(), repeatsCounted: new Set(), onCopies: () => new Map() };
  // Judged once per reading of the plan: recording it and comparing it live both ask.
  let byLeftOut = judged.get(counted);
  if (!byLeftOut) judged.set(counted, (byLeftOut = new WeakMap()));
  let result = byLeftOut.get(leftOut);
  if (!result) byLeftOut.set(leftOut, (result = judgeHiddenSheets(counted, leftOut)));
  return result;
}

/** What hiddenSheetsJudged found, by the plan's counted actions and then the hidden sheets' actions it was asked of. */
const judged = new WeakMap<readonly Action[], WeakMap<readonly Action[], HiddenSheetsJudged>>();

export interface HiddenSheetsJudged {
  /** The archives' actions on no counted sheet, by archiveKey. */
  archived: Map<string, ArchivedAction>;
  /** The hidden sheets taken for copies. */
  copies: Set<string>;
  /** The archives that also hold actions counted on other sheets (fewer than half of theirs): unhiding one would count those twice. */
  repeatsCounted: Set<string>;
  /**
   * The copies' actions on no counted sheet, by archiveKey: an action an earlier report found moved to an
   * archive is there still, taken for a copy since. Gathered only when asked, by a live comparison.
   */
  onCopies: () => Map<string, ArchivedAction>;
}

function judgeHiddenSheets(counted: readonly Action[], leftOut: readonly Action[]): HiddenSheetsJudged {
  const archived = new Map<string, ArchivedAction>();
  const copies = new Set<string>();
  const repeatsCounted = new Set<string>();
  const offCopies: { sheet: string; off: Action[] }[] = [];
  const groupOf = rememberedGroupingKey();
  const keyed = (a: Action) => ({ sheet: a.sheet, review: a.review, ref: a.ref, text: actionText(a) });
  const keyOf = (a: Action) => archiveKey(groupOf, keyed(a));
  const countedKeys = new Set(counted.flatMap((a) => archiveKeys(groupOf, keyed(a))));
  const bySheet = new Map<string, Action[]>();
  for (const a of leftOut) {
    const list = bySheet.get(a.sheet);
    if (list) list.push(a);
    else bySheet.set(a.sheet, [a]);
  }
  let countedAsReported: SnapshotAction[] | undefined;
  const pairedWithCounted = (off: readonly Action[]) => {
    countedAsReported ??= counted.map((a, i) => ({ ...snapshotActionOf(a, { stale: false, overdue: false }), id: String(i) }));
    return matchActions(countedAsReported, off.map((a) => snapshotActionOf(a, { stale: false, overdue: false }))).pairs.length;
  };
  for (const [sheet, actions] of bySheet) {
    const off = actions.filter((a) => !countedKeys.has(keyOf(a)));
    // A copy is a sheet at least half of whose actions pair with counted ones. Where half or more are on the counted sheets
    // by key, it is one; else its actions are paired as the comparison pairs them (the costlier test), and only where enough
    // could pair: each counted action pairs with one at most, so a large archive needs no pairing.
    if (off.length * 2 > actions.length) {
      const couldPair = (actions.length - off.length + Math.min(off.length, counted.length)) * 2 >= actions.length;
      const paired = couldPair ? pairedWithCounted(off) : 0;
      const repeated = actions.length - off.length + paired;
      if (repeated * 2 < actions.length) {
        // Unhiding an archive that repeats counted actions would count those twice (paired where the pairing ran; else by key only).
        if (repeated > 0) repeatsCounted.add(sheet);
        for (const a of off) {
          const key = keyOf(a);
          if (!archived.has(key)) archived.set(key, { sheet, rating: ratingBucket(a) });
        }
        continue;
      }
    }
    // Most of a backup copy's actions are still counted, if renumbered or reworded since: the rest were deleted since it was taken.
    copies.add(sheet);
    offCopies.push({ sheet, off });
  }
  let onCopies: Map<string, ArchivedAction> | undefined;
  const gathered = () => {
    if (onCopies) return onCopies;
    onCopies = new Map();
    for (const { sheet, off } of offCopies) {
      for (const a of off) {
        const key = keyOf(a);
        if (!onCopies.has(key)) onCopies.set(key, { sheet, rating: ratingBucket(a) });
      }
    }
    return onCopies;
  };
  return { archived, copies, repeatsCounted, onCopies: gathered };
}

/** The fingerprints a report keeps of each archive's actions on no counted sheet, by sheet: sorted, so the stored text does not depend on row order. */
export function archivedBySheet(archived: ReadonlyMap<string, ArchivedAction>): Map<string, string> {
  const bySheet = new Map<string, string[]>();
  for (const [key, { sheet }] of archived) {
    const list = bySheet.get(sheet);
    if (list) list.push(archivedFingerprint(key));
    else bySheet.set(sheet, [archivedFingerprint(key)]);
  }
  return new Map([...bySheet].map(([sheet, prints]) => [sheet, [...new Set(prints)].sort().join("")]));
}
