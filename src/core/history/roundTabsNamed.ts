/**
 * Renames nobody made, where a plan's tab has no Review column: its actions are counted under the tab's
 * name while it is the plan's one tab ("Delivery Plan 2019-20"), and under the name its round tabs share
 * besides their periods ("Delivery Plan") once another round's tab is kept beside it (sheetReviews.ts);
 * back under a tab's name where the other rounds' tabs are deleted: the earlier year's, or the later
 * year's, its actions then back on the tab that was there all along. The review is the same plan.
 */
import { nameBesidesPeriod } from "../sheetPeriods";
import { sheetNameKey } from "../sheetMatch";
import { groupingKey } from "../text";
import type { SnapshotAction } from "./snapshot";

export interface RoundTabsNamed {
  /** The review's name at the earlier report, and at the later. */
  from: string;
  to: string;
  /** Which report counted it under the name its round tabs share; the other counted it under its tab's name. */
  shared: "then" | "now";
  /** The tab its actions are on at the later report: its latest round. */
  tab: string;
  /** The tab its actions were on at the earlier report, where another: the later round's, deleted since. */
  tabThen?: string;
}

type Placed = Pick<SnapshotAction, "sheet" | "review">;

/** What a round tab's name says besides its period, where it says anything: periods in words read alike in either locale. */
const sharedName = (sheet: string) => {
  const name = nameBesidesPeriod(sheet, "en-GB");
  return name === undefined ? undefined : groupingKey(name);
};

const onOwnTab = (a: Placed) => sheetNameKey(a.sheet) === sheetNameKey(a.review);
/** Counted under the name its tab shares with the plan's other round tabs besides their periods. */
const underSharedName = (a: Placed) => !onOwnTab(a) && sharedName(a.sheet) === groupingKey(a.review);

/**
 * Counted under the name its round tabs shared, and now on its own tab, a round of that plan: the other rounds' tabs
 * deleted. Where the later round's was, its actions are back on the tab there all along, not moved to a sheet that
 * names no review (partedReviews.ts).
 */
export const backOnOwnTab = (before: Placed, after: Placed) => underSharedName(before) && onOwnTab(after) && sharedName(after.sheet) === groupingKey(before.review);

/** Of `renamed`, those that are such a change of name, by where one of its actions was at each report. */
export function roundTabsNamed(renamed: readonly { from: string; to: string }[], pairs: readonly { before: Placed; after: Placed }[]): RoundTabsNamed[] {
  return renamed.flatMap(({ from, to }): RoundTabsNamed[] => {
    const pair = pairs.find((p) => groupingKey(p.before.review) === groupingKey(from) && groupingKey(p.after.review) === groupingKey(to));
    if (!pair) return [];
    const { before, after } = pair;
    // Its tab's name then, the name the tabs share now: the later tab is the same plan's round only if its name shares that too.
    if (onOwnTab(before) && underSharedName(after) && sharedName(before.sheet) === groupingKey(to)) return [{ from, to, shared: "now", tab: after.sheet }];
    if (backOnOwnTab(before, after)) return [{ from, to, shared: "then", tab: after.sheet, ...(sheetNameKey(before.sheet) !== sheetNameKey(after.sheet) ? { tabThen: before.sheet } : {}) }];
    return [];
  });
}
