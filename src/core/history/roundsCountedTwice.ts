/**
 * Versions before 5 December 2026 counted every round's sheet of a plan kept a sheet per quarter
 * ("Q2 2026-27" beside "Q3 2026-27"), so a report they recorded holds most actions twice: as the
 * earlier round rated them and as the latest did. Compared as it stands, an action's earlier copy is
 * matched first, so moves are measured from a rating already superseded at that report and the latest
 * round's copies read as removed; its counts, shown beside today's, look twice the plan. So such a
 * report is compared, and its trend drawn, by each plan's latest round, as the plan is counted today:
 * an earlier round's sheet whose actions a later round of that report mostly repeats (the same number
 * and wording, whatever review they are under, as a review renamed on the new round's sheet is; half
 * of the smaller sheet's, as rounds are told apart) is set apart whole, with its actions on no later
 * round (a review closed that round), and said once; so is a later round not rated yet, as the plan
 * counts the latest round rated. The latest round's actions not rated yet keep the complete rating the
 * round before gave them, as this version records them. A sheet named as a round's copy ("Q3 2026-27 (2)")
 * is no round (roundSheets) but a copy, kept for the copies' sentences (countedTwice.ts).
 */
import type { Snapshot, SnapshotAction } from "./snapshot";
import { roundSheets } from "../sheetPeriods";
import { sheetNameKey } from "../sheetMatch";
import { bySheet, enough, type CountedTwice } from "./countedTwice";
import { INVALID, UNRATED } from "../grouping";

export interface LatestRounds {
  /** The report with the earlier rounds' sheets taken out; the report itself where there are none. */
  report: Snapshot;
  /** Per earlier round's sheet: its actions, set apart, and the latest round's sheet, in the report's order. */
  setApart: CountedTwice[];
}

/** `keep`: the sheets the other report counts, by sheetNameKey: a round it counts beside this one's latest is not set apart, so the two are compared alike. */
export function latestRoundsOnly(report: Snapshot, keep: ReadonlySet<string> = new Set()): LatestRounds {
  const sheets = bySheet(report.actions);
  if (sheets.size < 2) return { report, setApart: [] };
  const counted = [...sheets.values()];
  const plans = roundSheets(
    counted.map((s) => s.sheet),
    report.locale ?? "en-GB",
  );
  if (plans.length === 0) return { report, setApart: [] };
  // By number and wording alone: a review renamed on the later round's sheet holds the same actions.
  const key = (a: SnapshotAction) => `${a.ref.trim()}\u0001${a.text}`;
  const apart = new Set<string>();
  const setApart: CountedTwice[] = [];
  // The latest round's actions not rated yet that the round before it rated complete, as this version records them.
  const lastRated = new Map<SnapshotAction, string>();
  const completeRatings = new Set(report.index.filter((e) => e.complete).map((e) => e.name));
  for (const order of plans) {
    // The latest round rated, as the plan is counted: a later one not rated yet (a template copied forward, "TBC" typed in one cell) is set apart too.
    const ratedRounds = order.filter((i) => counted[i]!.rows.some((a) => a.rating !== UNRATED && a.rating !== INVALID));
    const at = ratedRounds.at(-1) ?? order.at(-1)!;
    const latest = counted[at]!;
    // What a later round holds, gathered from the latest back: an action dropped from the latest round but kept by the one before is counted there.
    const later = new Set(latest.rows.map(key));
    const others = [...order.slice(0, order.indexOf(at)).reverse(), ...order.slice(order.indexOf(at) + 1)];
    const before = order.slice(0, order.indexOf(at)).at(-1);
    const renamedSince = !keep.has(sheetNameKey(latest.sheet)) && [...keep].some((k) => !sheets.has(k));
    for (const i of others) {
      const { sheet, rows } = counted[i]!;
      const repeated = rows.filter((a) => later.has(key(a))).length;
      // Both counted by the other report too, or this one beside a sheet this report lacks where the latest is not (its tab renamed since): compared as they are.
      const keptBoth = keep.has(sheetNameKey(sheet)) && (keep.has(sheetNameKey(latest.sheet)) || renamedSince);
      if (!keptBoth && enough(repeated, rows.length, latest.rows.length)) {
        apart.add(sheetNameKey(sheet));
        if (i === before) completeBefore(rows, latest.rows, completeRatings, key, lastRated);
        setApart.push({ sheet, of: latest.sheet, actions: rows, round: { repeated, ...(order.indexOf(i) > order.indexOf(at) ? { later: true as const } : {}) } });
      } else for (const a of rows) later.add(key(a));
    }
  }
  if (apart.size === 0) return { report, setApart: [] };
  // In the report's order, earliest round first, as the sentences list sheets.
  setApart.sort((a, b) => report.actions.indexOf(a.actions[0]!) - report.actions.indexOf(b.actions[0]!));
  const actions = report.actions.flatMap((a) => {
    if (apart.has(sheetNameKey(a.sheet))) return [];
    const rating = lastRated.get(a);
    return [rating === undefined ? a : { ...a, lastRoundRating: rating, complete: true, stale: false, overdue: false }];
  });
  return { report: { ...report, actions }, setApart };
}

/**
 * The latest round's actions not rated yet, and not given a rating of the round before by the report
 * (recorded before that was kept), that the round before rated complete: complete when last rated, as
 * this version records them, so a rating given since is compared with that one ("Blue → Green, worsened").
 */
function completeBefore(before: readonly SnapshotAction[], latest: readonly SnapshotAction[], complete: ReadonlySet<string>, key: (a: SnapshotAction) => string, found: Map<SnapshotAction, string>): void {
  const rated = new Map(before.filter((a) => complete.has(a.rating)).map((a) => [key(a), a.rating]));
  for (const a of latest) {
    const rating = a.rating === UNRATED && a.lastRoundRating === undefined ? rated.get(key(a)) : undefined;
    if (rating !== undefined) found.set(a, rating);
  }
}
