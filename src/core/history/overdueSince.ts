/**
 * The committee reads last quarter's overdue count beside this quarter's: "32 then, 33 now, 6 newly
 * overdue" leaves five unaccounted for. One sentence says what became of each action overdue at the
 * last report and what the actions overdue now are, so the two counts reconcile.
 */
import type { Changes } from "./changes";
import { formatLongDate } from "../longDate";
import { countText, listInWords } from "../sentences";

/** "1 is complete", "3 are complete"; "all 23 are …" where it is every one of `of`. */
const part = (n: number, of: number, one: string, many: string) => `${n === of && n > 1 ? "all " : ""}${countText(n)} ${n === 1 ? one : many}`;

export function overdueSinceSentence(changes: Changes, overdueNow: number): string | undefined {
  const then = changes.overdueBefore;
  const still = then.filter((p) => p.after.overdue).length;
  const complete = then.filter((p) => !p.after.overdue && p.after.complete).length;
  // On a sheet that holds no due dates now (its time-scale column gone or renamed): not judged, so not said to be rescheduled.
  const unchecked = new Set(changes.overdueNotChecked);
  const notChecked = then.filter((p) => !p.after.overdue && !p.after.complete && unchecked.has(p.after)).length;
  // Open and no longer overdue: its time scale gives a later date now, or none ("TBC", cleared).
  const rescheduled = then.length - still - complete - notChecked;
  const removed = changes.removed.filter((a) => a.overdue).length;
  const notCounted = changes.noLongerCounted.filter((x) => x.action.overdue).length;
  const before = then.length + removed + notCounted;
  const newly = changes.newlyOverdue.length;
  // New to the plan: not on a sheet the last report left out, whose actions it kept no rows of (hidden then, or not read).
  const onSheetLeftOut = new Set(changes.newOnSheetLeftOut.map((x) => x.action));
  const added = changes.added.filter((a) => a.overdue && !onSheetLeftOut.has(a)).length;
  // On a sheet whose due dates the last report did not hold: overdue now, never judged newly so.
  const dueReadNow = (changes.dueDatesReadNow ?? []).filter((a) => a.overdue).length;
  // Counted again since (a sheet unhidden or read again, an action back from a left-out sheet): overdue now, in neither list above.
  const again = overdueNow - still - newly - added - dueReadNow;
  // Nothing to reconcile, or counts that would not add up (never seen; then nothing is said rather than a sum that is wrong).
  if ((before === 0 && overdueNow === 0) || again < 0) return undefined;
  const at = `the report of ${formatLongDate(changes.from)}`;
  const fates = [
    ...(still > 0 ? [part(still, before, "is still overdue", "are still overdue")] : []),
    ...(complete > 0 ? [part(complete, before, "is complete", "are complete")] : []),
    ...(rescheduled > 0 ? [part(rescheduled, before, "has a time scale that no longer makes it overdue", "have time scales that no longer make them overdue")] : []),
    ...(notChecked > 0 ? [part(notChecked, before, "is not checked now (its sheet holds no due dates)", "are not checked now (their sheet holds no due dates)")] : []),
    ...(removed > 0 ? [part(removed, before, "is no longer in the plan", "are no longer in the plan")] : []),
    ...(notCounted > 0 ? [part(notCounted, before, "is no longer counted", "are no longer counted")] : []),
  ];
  const thenSaid = before === 0 ? `No action was overdue at ${at}` : `Of the ${countText(before)} ${before === 1 ? "action" : "actions"} overdue at ${at}, ${listInWords(fates)}`;
  const now = [
    ...(still > 0 ? [still === 1 ? "the one still overdue" : `the ${countText(still)} still overdue`] : []),
    ...(newly > 0 ? [`${countText(newly)} newly overdue`] : []),
    ...(added > 0 ? [`${countText(added)} new to the plan`] : []),
    ...(dueReadNow > 0 ? [`${countText(dueReadNow)} on a sheet whose due dates the last report did not hold`] : []),
    ...(again > 0 ? [`${countText(again)} on a sheet the last report left out`] : []),
  ];
  const nowSaid = overdueNow === 0 ? "none is overdue now" : `the ${countText(overdueNow)} overdue now ${overdueNow === 1 ? "is" : "are"} ${listInWords(now)}`;
  return `${thenSaid}; ${nowSaid}.`;
}
