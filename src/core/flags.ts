/**
 * Stale: not complete and not updated for longer than the threshold (or never, where the
 * sheet keeps a last-updated column). Overdue: not complete and its due date has passed.
 */
import type { Action, FlaggedAction, Tracker } from "./model";
import { daysUntil } from "./dates";

export function isComplete(action: Action): boolean {
  return action.rating.kind === "rated" && action.rating.entry.complete;
}

export function staleActions(trackers: Tracker[], asOf: string, staleDays: number): FlaggedAction[] {
  const flagged: FlaggedAction[] = [];
  const daysTo = daysUntil(asOf);
  for (const tracker of trackers) {
    if (tracker.columns.updated === undefined) continue;
    const { actions } = tracker;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i]!;
      if (isComplete(action)) continue;
      if (action.updated === null) flagged.push({ action, days: null });
      else {
        const days = daysTo(action.updated);
        if (days > staleDays) flagged.push({ action, days });
      }
    }
  }
  return flagged;
}

export function overdueActions(actions: Action[], asOf: string): FlaggedAction[] {
  const daysTo = daysUntil(asOf);
  const flagged: FlaggedAction[] = [];
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i]!;
    if (action.due !== null && action.due < asOf && !isComplete(action)) flagged.push({ action, days: daysTo(action.due) });
  }
  return flagged;
}
