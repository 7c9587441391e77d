/**
 * A differing copy of the tracker kept in the workbook ("Case Reviews (2)", taken before a big edit)
 * is counted beside the sheet it repeats (repeatedTrackers.ts). Compared with a report recorded
 * before the copy was taken, its actions have no earlier counterpart, yet nothing new was agreed:
 * they repeat actions already reported. So they are counted twice, not new; and an action deleted
 * from the sheet since, which the copy still holds, is still counted, so it is said, not lost.
 *
 * Told from the report's own rows, so the comparison between two recorded reports tells them as
 * the comparison with the plan now does: a sheet repeats another where at least half the actions
 * of the smaller (three or more) have the same review, number and wording on both, as
 * repeatedTrackers tells it. A sheet that repeats another by number alone (an old version
 * reworded since) is not taken: its actions' wording differs, so each may as well be a new action
 * given a number the other sheet uses, and they stay new.
 */
import { shownTitle, type SnapshotAction } from "./snapshot";
import { fewInWords, plural } from "../sentences";
import { rememberedGroupingKey } from "../text";
import { sheetNameKey } from "../sheetMatch";
import { isCopyName } from "../repeatedTrackers";

/** Below this many actions in common, two sheets share a few generic actions; they are no copies (as repeatedTrackers). */
const FEWEST_REPEATED = 3;

/** Actions of a sheet that repeats another, not in the earlier report: counted twice, not new. */
export interface CountedTwice {
  /** The sheet that repeats the other, as the later side names it. */
  sheet: string;
  /** The sheet it repeats. */
  of: string;
  /** Its actions with no earlier counterpart that repeat an action on `of` (same review, number and wording), in the plan's order. */
  actions: SnapshotAction[];
}

/** An action of the earlier report gone from its sheet since, that a sheet repeating that sheet still holds: still counted. */
export interface HeldOnlyByCopy {
  before: SnapshotAction;
  /** The action as the repeating sheet holds it. */
  after: SnapshotAction;
}

type Pair = { before: SnapshotAction; after: SnapshotAction };

/** The action as the committee knows it: its review, number and wording. */
function keyer(): (a: SnapshotAction) => string {
  const keyOf = rememberedGroupingKey();
  return (a) => `${keyOf(a.review)}\u0001${a.ref.trim()}\u0001${a.text}`;
}

/**
 * Each sheet of `actions` that repeats another, by its sheetNameKey, with the sheet it repeats: of two
 * sheets that share enough, the one named as a copy of the other, or else the smaller, or else the later.
 * A sheet with no review column counts its actions under its own name, so it shares none with another.
 */
export function repeatingSheets(actions: readonly SnapshotAction[]): Map<string, { sheet: string; of: string }> {
  const found = new Map<string, { sheet: string; of: string }>();
  // One sheet alone repeats nothing: the commonest plan costs one pass, and no action is keyed.
  const first = actions[0] && sheetNameKey(actions[0].sheet);
  if (actions.every((a) => a.sheet === actions[0]!.sheet || sheetNameKey(a.sheet) === first)) return found;
  const bySheet = new Map<string, { sheet: string; index: number; rows: number }>();
  const key = keyer();
  // Which sheets hold each action, in one pass: a plan of many sheets and no copy finds each action on one.
  const holders = new Map<string, number[]>();
  const rowKeys: [sheet: number, key: string][] = [];
  for (const a of actions) {
    const k = sheetNameKey(a.sheet);
    let s = bySheet.get(k);
    if (!s) bySheet.set(k, (s = { sheet: a.sheet, index: bySheet.size, rows: 0 }));
    s.rows++;
    const ak = key(a);
    rowKeys.push([s.index, ak]);
    const held = holders.get(ak);
    if (!held) holders.set(ak, [s.index]);
    else if (!held.includes(s.index)) held.push(s.index);
  }
  const sheets = [...bySheet.values()];
  // shared.get(i)?.get(j): the rows of sheet i whose action sheet j holds too.
  const shared = new Map<number, Map<number, number>>();
  for (const [i, ak] of rowKeys) {
    const held = holders.get(ak)!;
    if (held.length < 2) continue;
    let row = shared.get(i);
    if (!row) shared.set(i, (row = new Map()));
    for (const j of held) if (j !== i) row.set(j, (row.get(j) ?? 0) + 1);
  }
  for (let i = 0; i < sheets.length; i++) {
    for (let j = i + 1; j < sheets.length; j++) {
      const a = sheets[i]!;
      const b = sheets[j]!;
      if (!shared.get(i)?.get(j)) continue;
      const repeating = isCopyName(a.sheet, b.sheet) ? a : isCopyName(b.sheet, a.sheet) ? b : a.rows < b.rows ? a : b;
      const other = repeating === a ? b : a;
      if (found.has(sheetNameKey(repeating.sheet))) continue;
      const n = shared.get(repeating.index)?.get(other.index) ?? 0;
      if (n >= FEWEST_REPEATED && n * 2 >= Math.min(a.rows, b.rows)) found.set(sheetNameKey(repeating.sheet), { sheet: repeating.sheet, of: other.sheet });
    }
  }
  return found;
}

/**
 * Takes out of `added` the actions of a sheet that repeats another and repeat an action on it (countedTwice),
 * and finds the earlier actions the repeating sheet alone holds now (heldOnlyByCopy). Where the matching paired an
 * earlier action with the copy's row while the sheet it was on still holds it (the copy before it in tab order),
 * the pair is made with the sheet's own row, so a rating moved there is reported, and the copy's row is counted twice.
 * `added` and `pairs` are as the matching gave them; a plan with no repeating sheet gets them back as they were.
 */
export function settleCountedTwice(pairs: Pair[], added: SnapshotAction[], older: readonly SnapshotAction[], newer: readonly SnapshotAction[]): { pairs: Pair[]; added: SnapshotAction[]; countedTwice: CountedTwice[]; heldOnlyByCopy: HeldOnlyByCopy[] } {
  const repeating = repeatingSheets(newer);
  if (repeating.size === 0) return { pairs, added, countedTwice: [], heldOnlyByCopy: [] };
  const key = keyer();
  const repeated = new Set([...repeating.values()].map((r) => sheetNameKey(r.of)));
  // Only the rows of the sheets concerned are keyed: a copy of one sheet of a many-sheet plan costs that sheet.
  const keysOn = (actions: readonly SnapshotAction[], on: (sheet: string) => boolean) => {
    const keys = new Map<string, Set<string>>();
    for (const a of actions) {
      const sheet = sheetNameKey(a.sheet);
      if (!on(sheet)) continue;
      let set = keys.get(sheet);
      if (!set) keys.set(sheet, (set = new Set()));
      set.add(key(a));
    }
    return (sheet: string, a: SnapshotAction) => keys.get(sheetNameKey(sheet))?.has(key(a)) ?? false;
  };
  // A row the repeating sheet held at the earlier report too is compared as the matching paired it, as before: only a row new to it is the copy's doing.
  const heldThen = keysOn(older, (sheet) => repeating.has(sheet));
  // The sheets repeated, as the later side holds them, outside the repeating sheets.
  const onOf = keysOn(newer, (sheet) => repeated.has(sheet) && !repeating.has(sheet));
  const ofSheet = (a: SnapshotAction) => repeating.get(sheetNameKey(a.sheet));
  const newToCopy = (p: Pair, rep: { sheet: string; of: string }) => sheetNameKey(p.before.sheet) === sheetNameKey(rep.of) && !heldThen(rep.sheet, p.after);
  // The new actions on each repeated sheet, by review, number and wording, to pair in place of a copy's row.
  const addedOn = new Map<string, SnapshotAction[]>();
  for (const a of added) {
    if (!repeated.has(sheetNameKey(a.sheet))) continue;
    const k = `${sheetNameKey(a.sheet)}\u0002${key(a)}`;
    const list = addedOn.get(k);
    if (list) list.push(a);
    else addedOn.set(k, [a]);
  }
  const stillAdded = new Set(added);
  let repaired = false;
  const settled = pairs.map((p) => {
    const rep = ofSheet(p.after);
    if (!rep || !newToCopy(p, rep)) return p;
    const own = addedOn.get(`${sheetNameKey(rep.of)}\u0002${key(p.after)}`)?.find((a) => stillAdded.has(a));
    if (!own) return p;
    stillAdded.delete(own);
    stillAdded.add(p.after);
    repaired = true;
    return { before: p.before, after: own };
  });
  const repeats = (a: SnapshotAction) => {
    const rep = ofSheet(a);
    return rep !== undefined && onOf(rep.of, a);
  };
  // In the plan's order, as `added` is: the copy's rows the re-pairing freed come in their place.
  const order = repaired ? new Map(newer.map((a, i) => [a, i])) : undefined;
  const left = order ? [...stillAdded].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)) : added;
  const countedTwice: CountedTwice[] = [];
  const stillNew: SnapshotAction[] = [];
  for (const a of left) {
    if (!repeats(a)) {
      stillNew.push(a);
      continue;
    }
    const rep = ofSheet(a)!;
    let entry = countedTwice.find((c) => c.sheet === rep.sheet);
    if (!entry) countedTwice.push((entry = { sheet: rep.sheet, of: rep.of, actions: [] }));
    entry.actions.push(a);
  }
  // Gone from the sheet it was on, which holds it nowhere now: only the repeating sheet keeps it counted.
  const heldOnlyByCopy = settled.filter((p) => {
    const rep = ofSheet(p.after);
    return rep !== undefined && newToCopy(p, rep) && !onOf(rep.of, p.before) && !onOf(rep.of, p.after);
  });
  return { pairs: settled, added: stillNew, countedTwice, heldOnlyByCopy };
}

/** "Frankie 2", or the review and the start of its wording where it has no number. */
const named = (a: SnapshotAction) => (a.ref.trim() ? `${a.review} ${a.ref.trim()}` : `${a.review}: ${shownTitle(a.title)}`);
const quoted = (sheet: string) => `“${sheet}”`;

/**
 * One sentence per repeating sheet, and one per sheet its actions are gone from, as every door says them:
 * "Sheet “Case Reviews (2)” repeats 15 actions of sheet “Case Reviews”, so they are counted twice since 15 January
 * 2026; they are not new actions, and the counts by review and by category leave them out. If it is an old copy, delete it or choose
 * the tracker sheets in the settings." `since`: the earlier report's date in words, and the later one's where it is a report.
 */
export function countedTwiceNotes({ countedTwice, heldOnlyByCopy }: { countedTwice: CountedTwice[]; heldOnlyByCopy: HeldOnlyByCopy[] }, since: string): string[] {
  const notes = countedTwice.map(({ sheet, of, actions }) => {
    const one = actions.length === 1;
    return `Sheet ${quoted(sheet)} repeats ${plural(actions.length, "action")} of sheet ${quoted(of)}, so ${one ? "it is" : "they are"} counted twice ${since}; ${one ? "it is not a new action" : "they are not new actions"}, and the counts by review and by category leave ${one ? "it" : "them"} out. If it is an old copy, delete it or choose the tracker sheets in the settings.`;
  });
  const byWay = new Map<string, { from: string; copy: string; actions: SnapshotAction[] }>();
  for (const { before, after } of heldOnlyByCopy) {
    const k = `${sheetNameKey(before.sheet)}\u0001${sheetNameKey(after.sheet)}`;
    const entry = byWay.get(k) ?? { from: before.sheet, copy: after.sheet, actions: [] };
    entry.actions.push(before);
    byWay.set(k, entry);
  }
  for (const { from, copy, actions } of byWay.values()) {
    const one = actions.length === 1;
    notes.push(
      `${fewInWords(actions.map(named))} ${one ? "is" : "are"} no longer on sheet ${quoted(from)}; only sheet ${quoted(copy)}, which repeats that sheet, still holds ${one ? "it" : "them"}, so ${one ? "it is" : "they are"} still counted, not removed.`,
    );
  }
  return notes;
}
