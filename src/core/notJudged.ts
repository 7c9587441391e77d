/**
 * Trackers whose actions cannot be judged stale or overdue because the sheet keeps no
 * last-updated or no time-scale column: "0 stale" there means "not judged", and every place
 * that gives the counts says so.
 */
import type { Tracker } from "./model";
import { isComplete } from "./flags";
import type { Finding } from "./findings";
import { plural } from "./sentences";

export interface NotJudged {
  sheet: string;
  /** The sheet's open actions: a complete one is never stale or overdue, so needs no judging. */
  actions: number;
  stale: boolean;
  overdue: boolean;
}

export function notJudged(trackers: readonly Tracker[]): NotJudged[] {
  return trackers
    .filter((t) => t.columns.updated === undefined || t.columns.due === undefined)
    .map((t) => ({ sheet: t.sheet, actions: t.actions.filter((a) => !isComplete(a)).length, stale: t.columns.updated === undefined, overdue: t.columns.due === undefined }))
    .filter((n) => n.actions > 0);
}

/** The sentences for the sheets whose open actions are not judged `stale` or `overdue` ("" where none is). */
export function notJudgedSentences(trackers: readonly Tracker[], judged: "stale" | "overdue"): string {
  return notJudged(trackers)
    .filter((n) => n[judged])
    .map((n) => notJudgedSentence({ ...n, stale: judged === "stale", overdue: judged === "overdue" }))
    .join(" ");
}

/**
 * 'Sheet "Peer Review" has no last-updated or time-scale column, so its 26 actions are not checked for being stale or overdue.'
 * `checkedFor` names the check in other words: the committee pack says "going more than 90 days without an update", never "stale".
 */
export function notJudgedSentence({ sheet, actions, stale, overdue }: NotJudged, checkedFor?: string): string {
  const columns = stale && overdue ? "last-updated or time-scale column" : stale ? "last-updated column" : "time-scale column";
  const judged = checkedFor ?? `being ${stale && overdue ? "stale or overdue" : stale ? "stale" : "overdue"}`;
  const its = actions === 1 ? "its one open action is" : `its ${plural(actions, "open action")} are`;
  return `Sheet "${sheet}" has no ${columns}, so ${its} not checked for ${judged}.`;
}

/** The finding: the sentence, and how to have the actions judged. */
export function notJudgedFinding(n: NotJudged): Finding {
  const headings = [n.stale ? '"Last updated"' : "", n.overdue ? '"Time scale"' : ""].filter((h) => h !== "").join(" and ");
  const both = n.stale && n.overdue;
  return {
    sheet: n.sheet,
    code: "not-judged",
    severity: "info",
    message: `${notJudgedSentence(n).slice(0, -1)}; to have ${n.actions === 1 ? "it" : "them"} checked, add ${both ? "columns" : "a column"} headed ${headings}, or choose ${both ? "them" : "it"} under Column overrides in the task pane's settings.`,
  };
}
