/**
 * Actions moved to a sheet the plan leaves out. A team closes a review's actions and cuts their rows
 * to an "Archive" sheet, then hides it: the actions are still in the workbook, no longer counted, and
 * must not be reported as removed. Found as the reports are searched for an action back
 * (backActions.ts): the same review, number and wording.
 *
 * A hidden backup copy of the tracker is no archive: it repeats the counted sheets' actions, and an
 * action deleted from them is still in the copy because the copy is older, not because it was moved.
 * So a left-out sheet counts as an archive only where most of its actions are on no counted sheet, and
 * not where the report the action was last counted in left it out as a copy (leftOutAsCopy): a backup
 * copy whose tracker was emptied since holds, by then, mostly actions on no counted sheet.
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
import { actionText, type SheetLeftOut, type Snapshot, type SnapshotAction } from "./snapshot";

/** The same review (as the summaries group it), the same number and the same wording (its fingerprint, kept when wording is removed). */
export function sameActionKey(groupOf: (name: string) => string, a: Pick<SnapshotAction, "review" | "ref" | "text">): string {
  return `${groupOf(a.review)}\u0001${a.ref.trim()}\u0001${a.text}`;
}

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
 * Whether `earlier`, a report that counted an action, left the sheet out keeping no fingerprints of it: a
 * copy then, or a report recorded before they were kept. A hidden backup copy holds the actions it was
 * copied with, so one found there later, deleted from the sheets read, was not moved there.
 */
export function leftOutAsCopy(earlier: Pick<Snapshot, "leftOut">, sheet: string): boolean {
  const key = sheetNameKey(sheet);
  return earlier.leftOut?.some((x) => sheetNameKey(x.sheet) === key && x.archived === undefined) ?? false;
}

/**
 * The archive a report left out that held the action (by sameActionKey), where one did, but not one
 * `earlier` (the report that last counted it) left out as a copy (leftOutAsCopy).
 */
export function archiveHolding(report: Pick<Snapshot, "leftOut">, key: string, earlier: Pick<Snapshot, "leftOut">): SheetLeftOut | undefined {
  const print = archivedFingerprint(key);
  return report.leftOut?.find((x) => x.archived !== undefined && archivedFingerprints(x).has(print) && !leftOutAsCopy(earlier, x.sheet));
}

/** An action on an archive the plan leaves out: the sheet, and its rating there. */
export interface ArchivedAction {
  sheet: string;
  rating: string;
}

/**
 * The actions of the left-out sheets that are archives, by sameActionKey, each on no counted sheet:
 * `counted`, the plan's counted actions; `leftOut`, the actions of the sheets it leaves out.
 */
export function archivedActions(counted: readonly Action[], leftOut: readonly Action[]): Map<string, ArchivedAction> {
  const archived = new Map<string, ArchivedAction>();
  if (leftOut.length === 0) return archived;
  const groupOf = rememberedGroupingKey();
  const keyOf = (a: Action) => sameActionKey(groupOf, { review: a.review, ref: a.ref, text: actionText(a) });
  const countedKeys = new Set(counted.map(keyOf));
  const bySheet = new Map<string, Action[]>();
  for (const a of leftOut) {
    const list = bySheet.get(a.sheet);
    if (list) list.push(a);
    else bySheet.set(a.sheet, [a]);
  }
  for (const [sheet, actions] of bySheet) {
    const off = actions.filter((a) => !countedKeys.has(keyOf(a)));
    // Most of a backup copy's actions are still counted: the rest were deleted since it was taken.
    if (off.length * 2 <= actions.length) continue;
    for (const a of off) {
      const key = keyOf(a);
      if (!archived.has(key)) archived.set(key, { sheet, rating: ratingBucket(a) });
    }
  }
  return archived;
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
