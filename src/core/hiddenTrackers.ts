/**
 * Trackers on hidden sheets. Teams hide a superseded version of a tracker ("Leo (2020 version)")
 * rather than delete it; a manager reports what they can see, and would not think rows they
 * cannot see are in the count. So a hidden tracker is left out where the workbook has a visible
 * one, and said wherever the counts are. A workbook whose every tracker is hidden has nothing
 * else to report, so its trackers are counted, and that is said too. Sheets the settings name are
 * read as named, hidden or not (analyse.ts never asks here then).
 */
import type { Tracker } from "./model";
import { plural } from "./sentences";

export interface HiddenTracker {
  sheet: string;
  actions: number;
  /** True where no tracker is visible, so the hidden ones are counted after all. */
  counted: boolean;
  /** The visible sheet of the latest round, where the hidden one is an earlier round of its plan (roundTrackers.ts): unhiding it would not count it. */
  earlierRoundOf?: string;
}

/** Each tracker on a sheet in `hiddenSheets`, and whether it is counted. */
export function hiddenTrackers(trackers: readonly Tracker[], hiddenSheets: ReadonlySet<string>): HiddenTracker[] {
  const hidden = trackers.filter((t) => hiddenSheets.has(t.sheet));
  const counted = hidden.length === trackers.length;
  return hidden.map((t) => ({ sheet: t.sheet, actions: t.actions.length, counted }));
}

/** Said with the counts: each hidden tracker left out, or counted for want of a visible one. */
export function hiddenTrackerSentence(hidden: HiddenTracker): string {
  return hidden.counted
    ? `Counted although hidden: sheet "${hidden.sheet}" (${plural(hidden.actions, "action")}), as the workbook has no visible tracker sheet.`
    : hidden.earlierRoundOf !== undefined
      ? `Not counted: sheet "${hidden.sheet}" (${plural(hidden.actions, "action")}), which is hidden, and an earlier round of sheet "${hidden.earlierRoundOf}", the latest rated.`
      : `Not counted: sheet "${hidden.sheet}" (${plural(hidden.actions, "action")}), which is hidden; unhide it to have its actions counted.`;
}
