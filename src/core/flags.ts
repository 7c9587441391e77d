/**
 * Stale: not complete and not updated for longer than the threshold (or never, where the
 * sheet keeps a last-updated column). Overdue: not complete and its due date has passed. An action
 * complete when last rated, which the round read has not rated yet, is neither.
 */
import type { Action, FlaggedAction, Tracker } from "./model";
import { daysUntil } from "./dates";
import { judgesStale } from "./volatileDates";
import { isCompleteRating } from "./completeWords";

/**
 * Complete by its rating, or by a rating cell that says so in words ("Complete"), counted as
 * invalid, or by a Status beside a blank rating that says so, counted as unrated: never chased.
 */
export function isComplete(action: Action): boolean {
  return isCompleteRating(action.rating, action.ratingValue) || action.statusComplete !== undefined;
}

/** Open, and not closed by the round before while the round read has not rated it yet: chased when stale or overdue. */
export function isChased(action: Action): boolean {
  return !isComplete(action) && action.completeLastRound === undefined;
}

export interface Flagged {
  stale: FlaggedAction[];
  overdue: FlaggedAction[];
}

/** The stale and the overdue actions, each in sheet then row order, found in one pass over the actions. */
export function flaggedActions(trackers: Tracker[], asOf: string, staleDays: number): Flagged {
  const stale: FlaggedAction[] = [];
  const overdue: FlaggedAction[] = [];
  const daysTo = daysUntil(asOf);
  for (const tracker of trackers) {
    const keepsUpdates = judgesStale(tracker);
    const { actions } = tracker;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i]!;
      if (!isChased(action)) continue;
      if (keepsUpdates) {
        // A last update that cannot be read (an error value such as #VALUE!, or "Ongoing") counts as none: the list is
        // for chasing open actions with no known recent update, and a finding asks the team to correct the cell.
        if (action.updated === null) stale.push({ action, days: null });
        else {
          const days = daysTo(action.updated);
          if (days > staleDays) stale.push({ action, days });
        }
      }
      if (action.due !== null && action.due < asOf) overdue.push({ action, days: daysTo(action.due) });
    }
  }
  return { stale, overdue };
}
