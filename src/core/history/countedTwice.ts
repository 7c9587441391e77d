/**
 * A differing copy of the tracker kept in the workbook ("Case Reviews (2)", taken before a big edit)
 * is counted beside the sheet it repeats (repeatedTrackers.ts). Compared with a report recorded
 * before the copy was taken, its actions have no earlier counterpart, yet nothing new was agreed:
 * they repeat actions already reported. So the earlier report is compared with the plan as if the
 * copy were not there, and every edit of the original (a rating moved, a row deleted, reworded,
 * renumbered, a review renamed) reads exactly as it would without the copy. Then the copy's rows
 * that repeat an action of the sheet it repeats, now or as the earlier report held it, are counted
 * twice, not new; one that repeats an earlier action the sheet no longer holds is still counted
 * ("held only by the copy"), not removed; any other is new. The other way, a copy an earlier report
 * counted, deleted since while its sheet still holds its actions, is no longer counted twice: those
 * actions are not removed.
 *
 * A sheet repeats another where the other was in both the earlier report and the later side, the
 * sheet in only one of them, and at least half the actions of the smaller (three or more) have the
 * same review, number and wording on both, the other's taken from both sides: so a copy kept of the
 * original's old wording, the original reworded since, repeats the original as the earlier report
 * held it. A sheet with no review column counts its actions under its own name, so its actions are
 * compared by number and wording, with a sheet it is named a copy of (as repeatedTrackers links them).
 * Told from the reports' own rows, so the comparison between two recorded reports tells them as the
 * comparison with the plan now does. A copy both sides hold is compared as any sheet is.
 */
import { shownTitle, type SnapshotAction } from "./snapshot";
import { fewInWords, listInWords, plural } from "../sentences";
import { formatLongDate } from "../longDate";
import { rememberedGroupingKey } from "../text";
import { sheetNameKey } from "../sheetMatch";
import { FEWEST_REPEATED } from "../repeatedTrackers";
import { isCopyName } from "../copyNames";
import { CHOOSE_TRACKER_SHEETS } from "../settingsPlaces";

/** Actions of a sheet that repeats another: counted twice, not new (or, the other way, no longer counted twice, not removed). */
export interface CountedTwice {
  /** The sheet that repeats the other. */
  sheet: string;
  /** The sheet it repeats. */
  of: string;
  /** Its actions that repeat an action on `of`, in the plan's order. */
  actions: SnapshotAction[];
  /**
   * Of a sheet no longer counted twice: still in the workbook, now left out of the counts (as an
   * earlier round or a copy of its sheet, where a report recorded by an earlier version counted it);
   * or told between two recorded reports, which keep no list of the sheets there. Gone where not said.
   */
  whereabouts?: "leftOut" | "unknown";
  /**
   * Of an earlier round's sheet a report counted beside the latest (roundsCountedTwice.ts): set apart whole, its actions on
   * no later round too, so `repeated` of `actions` repeat one on a later round (by number and wording).
   */
  round?: { repeated: number; later?: true };
}

/** An action of the earlier report gone from its sheet since, that a sheet repeating that sheet still holds: still counted. */
export interface HeldOnlyByCopy {
  before: SnapshotAction;
  /** The action as the repeating sheet holds it. */
  after: SnapshotAction;
  /** Other repeating sheets that hold it too, whose rows are counted twice. */
  alsoOn?: string[];
}

type Pair = { before: SnapshotAction; after: SnapshotAction };
type Matched = { pairs: Pair[]; added: SnapshotAction[]; removed: SnapshotAction[] };
type Sheets = Map<string, { sheet: string; rows: SnapshotAction[] }>;
type Repeating = { sheet: string; of: string; rows: SnapshotAction[] };

/**
 * The action as the committee knows it: its review, number and wording. A sheet with no review column names
 * none (its sheet's name, or, on a copy, the name of the sheet it is named a copy of, stands in): so its
 * actions and its copy's compare alike.
 */
function keyer(): (a: SnapshotAction) => string {
  const keyOf = rememberedGroupingKey();
  const sheetNamed = new Map<string, boolean>();
  const namesSheet = (a: SnapshotAction) => {
    const k = `${a.sheet}\u0001${a.review}`;
    let named = sheetNamed.get(k);
    if (named === undefined) sheetNamed.set(k, (named = keyOf(a.review) === keyOf(a.sheet) || isCopyName(a.sheet, a.review)));
    return named;
  };
  return (a) => `${namesSheet(a) ? "\u0003" : keyOf(a.review)}\u0001${a.ref.trim()}\u0001${a.text}`;
}

/** A report's actions by sheet (sheetNameKey), each sheet under its name as first met, in the report's order. */
export function bySheet(actions: readonly SnapshotAction[]): Sheets {
  const sheets = new Map<string, { sheet: string; rows: SnapshotAction[] }>();
  for (const a of actions) {
    const k = sheetNameKey(a.sheet);
    const s = sheets.get(k);
    if (s) s.rows.push(a);
    else sheets.set(k, { sheet: a.sheet, rows: [a] });
  }
  return sheets;
}

/**
 * The sheets of `side` the `other` side does not hold that repeat a sheet both sides hold, by sheetNameKey,
 * each with the sheet it repeats most; `withOther`: whether the other side's rows of that sheet count too.
 */
function repeatsTaken(side: Sheets, other: Sheets, key: (a: SnapshotAction) => string, withOther: boolean): Map<string, Repeating> {
  const found = new Map<string, Repeating>();
  const candidates = [...side].filter(([k]) => !other.has(k));
  const bases = [...side].filter(([k]) => other.has(k));
  if (candidates.length === 0 || bases.length === 0) return found;
  const keysOf = new Map<string, Set<string>>();
  const baseKeys = (k: string) => {
    let keys = keysOf.get(k);
    if (!keys) keysOf.set(k, (keys = new Set([...side.get(k)!.rows, ...(withOther ? other.get(k)!.rows : [])].map(key))));
    return keys;
  };
  for (const [k, { sheet, rows }] of candidates) {
    let best: { of: string; n: number } | undefined;
    for (const [b, base] of bases) {
      // Actions under no review are alike on any such sheet: only a sheet named a copy of the other repeats it.
      if (rows.some((a) => key(a).startsWith("\u0003")) && !isCopyName(sheet, base.sheet)) continue;
      const keys = baseKeys(b);
      let n = 0;
      for (const a of rows) if (keys.has(key(a))) n++;
      if (enough(n, rows.length, base.rows.length) && (!best || n > best.n)) best = { of: base.sheet, n };
    }
    if (best) found.set(k, { sheet, of: best.of, rows });
  }
  return found;
}

/** Whether `n` actions repeated make a sheet of `rows` actions repeat one of `baseRows`: at least three, and half the smaller. */
export const enough = (n: number, rows: number, baseRows: number) => n >= FEWEST_REPEATED && n * 2 >= Math.min(rows, baseRows);

function add(list: CountedTwice[], sheet: string, of: string, a: SnapshotAction): void {
  let entry = list.find((c) => c.sheet === sheet && c.of === of);
  if (!entry) list.push((entry = { sheet, of, actions: [] }));
  entry.actions.push(a);
}

type Settled = { countedTwice: CountedTwice[]; heldOnlyByCopy: HeldOnlyByCopy[]; noLongerCountedTwice: CountedTwice[] };

/**
 * The matching of the earlier report's actions with the later side's, with the sheets that repeat another in one
 * side only left out of it and settled after; undefined where there is none, and the caller matches as before.
 * `deleted`: whether the earlier report's rows of a sheet the later side lacks are gone from the workbook, not
 * hidden or left unread (those are no longer counted, as any sheet's). A sheet taken since is a copy only where
 * the sheet it repeats still holds those actions, edited or not, once matched: a sheet the actions were moved to
 * (an archive kept visible) repeats nothing, and is matched as before.
 */
export function settleCopies<M extends Matched>(
  older: SnapshotAction[],
  newer: SnapshotAction[],
  deleted: (rows: SnapshotAction[]) => boolean,
  match: (older: SnapshotAction[], newer: SnapshotAction[]) => M,
): (M & Settled) | undefined {
  const then = bySheet(older);
  const now = bySheet(newer);
  // The commonest plan, the same sheets on both sides, costs one pass of each side.
  if ([...now.keys()].every((k) => then.has(k)) && [...then.keys()].every((k) => now.has(k))) return undefined;
  const key = keyer();
  const taken = repeatsTaken(now, then, key, true);
  // A copy gone since repeated its sheet as the earlier report held both.
  const gone = new Map([...repeatsTaken(then, now, key, false)].filter(([, r]) => deleted(r.rows)));
  const keysOn = (actions: readonly SnapshotAction[]) => {
    const keys = new Map<string, Map<string, SnapshotAction>>();
    for (const a of actions) {
      const k = sheetNameKey(a.sheet);
      let m = keys.get(k);
      if (!m) keys.set(k, (m = new Map()));
      if (!m.has(key(a))) m.set(key(a), a);
    }
    return (sheet: string, a: SnapshotAction) => keys.get(sheetNameKey(sheet))?.get(key(a));
  };
  for (;;) {
    if (taken.size === 0 && gone.size === 0) return undefined;
    const apart = new Set([...taken.values(), ...gone.values()].flatMap((r) => r.rows));
    const olderCounted = older.filter((a) => !apart.has(a));
    const newerCounted = newer.filter((a) => !apart.has(a));
    const matched = match(olderCounted, newerCounted);
    const paired = new Set(matched.pairs.map((p) => p.before));
    const onNow = keysOn(newerCounted);
    const onThen = keysOn(olderCounted);
    // Whether the sheet repeated still holds the action now, as it is or edited since.
    const stillHeld = (of: string, a: SnapshotAction) => {
      const earlier = onThen(of, a);
      return onNow(of, a) !== undefined || (earlier !== undefined && paired.has(earlier));
    };
    const moved = [...taken].filter(([, r]) => !enough(r.rows.filter((a) => stillHeld(r.of, a)).length, r.rows.length, now.get(sheetNameKey(r.of))!.rows.length));
    if (moved.length > 0) {
      for (const [k] of moved) taken.delete(k);
      continue;
    }
    return { ...matched, ...settled(matched, onThen, stillHeld) };
  }

  function settled({ pairs, added, removed }: Matched, onThen: (sheet: string, a: SnapshotAction) => SnapshotAction | undefined, stillHeld: (of: string, a: SnapshotAction) => boolean) {
    const stillRemoved = new Set(removed);
    const countedTwice: CountedTwice[] = [];
    const heldOnlyByCopy: HeldOnlyByCopy[] = [];
    const heldBy = new Map<SnapshotAction, HeldOnlyByCopy>();
    const newOnCopy: SnapshotAction[] = [];
    // A copy renamed since reads as one gone and one taken: an action only they held is on both, and is that action, kept.
    const onGoneCopy = new Map<string, SnapshotAction[]>();
    for (const a of older) {
      if (!gone.has(sheetNameKey(a.sheet))) continue;
      const rows = onGoneCopy.get(key(a));
      if (rows) rows.push(a);
      else onGoneCopy.set(key(a), [a]);
    }
    const kept: Pair[] = [];
    // The copy's rows in the plan's order, as the sentences list them.
    for (const a of newer) {
      const rep = taken.get(sheetNameKey(a.sheet));
      if (!rep) continue;
      const earlier = onThen(rep.of, a);
      if (stillHeld(rep.of, a)) add(countedTwice, rep.sheet, rep.of, a);
      else if (earlier && heldBy.has(earlier)) {
        // Held by another copy too: this one repeats that copy's row.
        const held = heldBy.get(earlier)!;
        (held.alsoOn ??= []).push(rep.sheet);
        add(countedTwice, rep.sheet, held.after.sheet, a);
      } else if (earlier && stillRemoved.has(earlier)) {
        stillRemoved.delete(earlier);
        const held = { before: earlier, after: a };
        heldBy.set(earlier, held);
        heldOnlyByCopy.push(held);
      } else if (onGoneCopy.get(key(a))?.length) {
        // Each gone copy's row is one taken copy's: two copies renamed at once keep both.
        kept.push({ before: onGoneCopy.get(key(a))!.shift()!, after: a });
      } else newOnCopy.push(a);
    }
    const keptBefore = new Set(kept.map((p) => p.before));
    // A copy gone since: its rows of actions the sheet it repeated held too were counted twice, and are not removed
    // now; one deleted from that sheet as well is removed once, as that sheet's row. Only the copy's own go as removed.
    const noLongerCountedTwice: CountedTwice[] = [];
    const goneFromBoth: SnapshotAction[] = [];
    for (const a of older) {
      const rep = gone.get(sheetNameKey(a.sheet));
      if (!rep) continue;
      if (stillHeld(rep.of, a) || onThen(rep.of, a) !== undefined) add(noLongerCountedTwice, rep.sheet, rep.of, a);
      else if (!keptBefore.has(a)) goneFromBoth.push(a);
    }
    return {
      ...(kept.length > 0 ? { pairs: [...pairs, ...kept] } : {}),
      added: newOnCopy.length > 0 ? [...added, ...newOnCopy] : added,
      removed: goneFromBoth.length > 0 || stillRemoved.size < removed.length ? [...removed.filter((a) => stillRemoved.has(a)), ...goneFromBoth] : removed,
      countedTwice,
      heldOnlyByCopy,
      noLongerCountedTwice,
    };
  }
}

/** "Frankie 2", or the review and the start of its wording where it has no number. */
const named = (a: SnapshotAction) => (a.ref.trim() ? `${a.review} ${a.ref.trim()}` : `${a.review}: ${shownTitle(a.title)}`);
const quoted = (sheet: string) => `“${sheet}”`;

/**
 * One sentence per repeating sheet, one per sheet its actions are gone from, and one per repeating sheet gone
 * since, as every door says them: "Sheet “Case Reviews (2)” repeats 15 actions of sheet “Case Reviews”, so they
 * are counted twice since 15 January 2026; they are not new actions, and the counts by review and by category
 * leave them out. If it is an old copy, delete it or choose the tracker sheets in the settings." `since`: the
 * earlier report's date in words, and the later one's where it is a report; `then`: the earlier report's date in words.
 */
export function countedTwiceNotes(
  {
    countedTwice,
    heldOnlyByCopy,
    noLongerCountedTwice,
    earlierRoundsCounted = [],
  }: { countedTwice: CountedTwice[]; heldOnlyByCopy: HeldOnlyByCopy[]; noLongerCountedTwice: CountedTwice[]; earlierRoundsCounted?: { sheet: string; of: string; count: number; reports: string[]; later?: true }[] },
  since: string,
  then: string,
): string[] {
  const notes = countedTwice.map(({ sheet, of, actions }) => {
    const one = actions.length === 1;
    return `Sheet ${quoted(sheet)} repeats ${plural(actions.length, "action")} of sheet ${quoted(of)}, so ${one ? "it is" : "they are"} counted twice ${since}; ${one ? "it is not a new action" : "they are not new actions"}, and the counts by review and by category leave ${one ? "it" : "them"} out. If it is an old copy, delete it or ${CHOOSE_TRACKER_SHEETS}.`;
  });
  const byWay = new Map<string, { from: string; copies: string[]; actions: SnapshotAction[] }>();
  for (const { before, after, alsoOn = [] } of heldOnlyByCopy) {
    const copies = [after.sheet, ...alsoOn];
    const k = [before.sheet, ...copies].map(sheetNameKey).join("\u0001");
    const entry = byWay.get(k) ?? { from: before.sheet, copies, actions: [] };
    entry.actions.push(before);
    byWay.set(k, entry);
  }
  for (const { from, copies, actions } of byWay.values()) {
    const one = actions.length === 1;
    const holders = copies.length === 1 ? `only sheet ${quoted(copies[0]!)}, which repeats that sheet,` : `only sheets ${fewInWords(copies.map(quoted), copies.length)}, which repeat that sheet,`;
    notes.push(`${fewInWords(actions.map(named))} ${one ? "is" : "are"} no longer on sheet ${quoted(from)}; ${holders} still ${copies.length === 1 ? "holds" : "hold"} ${one ? "it" : "them"}, so ${one ? "it is" : "they are"} still counted, not removed.`);
  }
  for (const { sheet, of, count, reports, later } of earlierRoundsCounted) {
    const at = reports.length === 1 ? `The report of ${formatLongDate(reports[0]!)}` : `The reports of ${listInWords(reports.map(formatLongDate))}`;
    notes.push(
      `${at} counted sheet ${quoted(sheet)}, ${later ? "a later round not rated then" : "an earlier round"}, beside sheet ${quoted(of)}; its ${plural(count, "action")} ${count === 1 ? "is" : "are"} left out here, as the plan counts its latest round rated alone, so each action is compared once, as on sheet ${quoted(of)}.`,
    );
  }
  for (const { sheet, of, actions, whereabouts, round } of noLongerCountedTwice) {
    const one = actions.length === 1;
    const now = whereabouts === "leftOut" ? "is now left out of the counts" : whereabouts === "unknown" ? "is not counted by the later report" : "is gone";
    if (round?.later) {
      notes.push(
        `The report of ${then} counted sheet ${quoted(sheet)}, a later round not rated then, beside sheet ${quoted(of)}; its ${plural(actions.length, "action")} ${one ? "is" : "are"} left out of that report here, as the plan counts the latest round rated, so each action is compared once.`,
      );
      continue;
    }
    if (round) {
      const all = round.repeated === actions.length;
      const repeated = all ? (one ? "it repeated an action there" : "all of them repeated there") : `${round.repeated} of them repeated there`;
      notes.push(
        `Sheet ${quoted(sheet)}, an earlier round of sheet ${quoted(of)} that the report of ${then} counted beside it (${plural(actions.length, "action")}, ${repeated}), ${now}; ${one ? "its action is" : "its actions are"} not counted as removed.`,
      );
      continue;
    }
    notes.push(
      `Sheet ${quoted(sheet)}, which repeated ${plural(actions.length, "action")} of sheet ${quoted(of)} at the report of ${then}, ${now}, so ${one ? "it is" : "they are"} no longer counted twice; its ${one ? "row is" : "rows are"} not counted as removed.`,
    );
  }
  return notes;
}
