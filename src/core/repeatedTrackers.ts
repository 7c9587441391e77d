/**
 * Trackers that repeat another sheet's actions. Teams keep a copy of their tracker in the same
 * workbook before a big edit ("Case Reviews (2)", "Copy of Case Reviews"), and every sheet with a
 * tracker is counted: the committee would be told each review had twice its actions. A copy
 * holding the same actions with the same ratings counts nothing the other does not, so it is left
 * out; one that differs (a copy edited since) may be the live plan, so both are counted and the
 * repeat is said wherever the counts are.
 */
import type { Tracker } from "./model";
import { foldText } from "./text";
import { plural } from "./sentences";

export interface RepeatedTracker {
  /** The sheet that repeats the other's actions. */
  sheet: string;
  /** The sheet it repeats. */
  of: string;
  /** Its actions found on `of`, by review, number and wording. */
  repeated: number;
  /** True where it holds exactly the actions of `of`, with the same ratings: it is not counted. */
  copy: boolean;
}

/** Below this many actions in common, two sheets are taken to share a few generic actions, not to be copies. */
const FEWEST_REPEATED = 3;

/**
 * Each tracker that repeats at least half of its actions from another: of the two, the one named as
 * a copy of the other ("Case Reviews (2)"), or else the later in tab order.
 */
export function repeatedTrackers(trackers: readonly Tracker[]): RepeatedTracker[] {
  // One sheet alone cannot repeat another: nothing to build for the commonest workbook.
  if (trackers.length < 2) return [];
  const keys = trackers.map((t) => new Set(t.actions.map((a) => actionKey(t, a))));
  const found: RepeatedTracker[] = [];
  const said = new Set<Tracker>();
  for (let i = 0; i < trackers.length; i++) {
    for (let j = i + 1; j < trackers.length; j++) {
      const [original, repeating] = isCopyName(trackers[i]!.sheet, trackers[j]!.sheet) ? [trackers[j]!, trackers[i]!] : [trackers[i]!, trackers[j]!];
      if (said.has(repeating) || said.has(original)) continue;
      let shared = 0;
      for (const k of keys[trackers.indexOf(repeating)]!) if (keys[trackers.indexOf(original)]!.has(k)) shared++;
      if (shared < FEWEST_REPEATED || shared * 2 < repeating.actions.length) continue;
      said.add(repeating);
      found.push({ sheet: repeating.sheet, of: original.sheet, repeated: shared, copy: sameActionsAndRatings(original, repeating) });
    }
  }
  return found;
}

/** The action as the committee knows it: its review (where the sheet has a review column), number and wording. */
function actionKey(t: Tracker, a: Tracker["actions"][number]): string {
  const review = t.columns.review === undefined ? "" : foldText(a.review);
  return `${review}\u0001${foldText(a.ref)}\u0001${foldText(a.recommendation)}\u0001${foldText(a.actions)}`;
}

function ratingKey(a: Tracker["actions"][number]): string {
  const r = a.rating;
  return r.kind === "rated" ? r.entry.name : r.kind;
}

function sameActionsAndRatings(a: Tracker, b: Tracker): boolean {
  if (a.actions.length !== b.actions.length) return false;
  const line = (t: Tracker) => t.actions.map((x) => `${actionKey(t, x)}\u0001${ratingKey(x)}`).sort();
  const left = line(a);
  const right = line(b);
  return left.every((k, i) => k === right[i]);
}

/** "Case Reviews (2)", "Copy of Case Reviews", "Case Reviews - Copy", "Case Reviews copy", "Case Reviews old", "Case Reviews backup". */
export function isCopyName(name: string, of: string): boolean {
  const n = foldText(name);
  const o = foldText(of);
  if (n === o || !n.includes(o)) return false;
  const rest = n.replace(o, "|");
  return /^copy of \|$|^\|\s*(\(\d+\)|[-–]?\s*(copy|old|backup|back up)(\s*\(\d+\))?)$/.test(rest);
}

/** Said under the counts: what was left out as a copy, and what is counted twice. */
export function repeatedTrackersSentences(repeated: readonly RepeatedTracker[]): string[] {
  return repeated.map((r) =>
    r.copy
      ? `Not counted: sheet "${r.sheet}", a copy of sheet "${r.of}" (the same ${plural(r.repeated, "action")}, with the same ratings).`
      : `Counted twice: ${plural(r.repeated, "action")} on sheet "${r.sheet}" repeat those on sheet "${r.of}" (the same review, number and wording); if one sheet is an old copy, delete it or choose the tracker sheets in the settings.`,
  );
}
