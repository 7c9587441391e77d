/**
 * Trackers whose actions cannot be judged stale or overdue: the sheet keeps no last-updated
 * column, or no time-scale column, or one that gives no date anywhere ("As per meeting cycle" on
 * every row). "0 stale" there means "not judged", and every place that gives the counts says so.
 * The committee pack's changes use the same rule on a recorded report (history/notChecked.ts):
 * a sheet none of whose actions has a due date is not checked for becoming overdue.
 */
import type { Tracker } from "./model";
import { isChased } from "./flags";
import type { Finding } from "./findings";
import { countText, plural } from "./sentences";
import { judgesStale } from "./volatileDates";

export interface NotJudged {
  sheet: string;
  /** The sheet's open actions: a complete one is never stale or overdue, so needs no judging. */
  actions: number;
  stale: boolean;
  overdue: boolean;
  /** Whether the sheet has a time-scale column (that gives no date): said apart from having none, as the fix differs. */
  timeScale: boolean;
  /** The formula that dates its last-updated column, changing by itself ("TODAY()"): said apart from having no column. */
  updatedByFormula?: string;
  /** `actions` are those of the sheet's open actions whose time scale gives no date RAG Tracker reads (Action.dueUnread), the others checked. */
  unread?: true;
}

export function notJudged(trackers: readonly Tracker[]): NotJudged[] {
  const sheets: NotJudged[] = [];
  for (const t of trackers) {
    const timeScale = t.columns.due !== undefined;
    // One due date anywhere on the sheet, a complete action's too, and it is checked: the rule of the changes (sheetsWithDueDates).
    const overdue = !timeScale || !t.actions.some((a) => a.due !== null);
    const stale = !judgesStale(t);
    // Most sheets are judged both ways: their actions need no counting.
    if (!stale && !overdue) continue;
    const actions = openActions(t);
    if (actions === 0) continue;
    const judged: NotJudged = { sheet: t.sheet, actions, stale, overdue, timeScale };
    if (t.updatedByFormula) judged.updatedByFormula = t.updatedByFormula.formula;
    sheets.push(judged);
  }
  // On a sheet checked for being overdue, the open actions whose time scale could not be read are not: counted apart.
  for (const t of trackers) {
    if (sheets.some((n) => n.sheet === t.sheet && n.overdue)) continue;
    let unread = 0;
    for (const a of t.actions) if (a.dueUnread && isChased(a)) unread++;
    if (unread > 0) sheets.push({ sheet: t.sheet, actions: unread, stale: false, overdue: true, timeScale: true, unread: true });
  }
  return sheets;
}

function openActions(tracker: Tracker): number {
  let open = 0;
  for (const a of tracker.actions) if (isChased(a)) open++;
  return open;
}

/** The sentences for the sheets whose open actions are not judged `stale` or `overdue` ("" where none is). */
export function notJudgedSentences(trackers: readonly Tracker[], judged: "stale" | "overdue"): string {
  return notJudged(trackers)
    .filter((n) => n[judged])
    .map((n) => notJudgedSentence({ ...n, stale: judged === "stale", overdue: judged === "overdue" }))
    .join(" ");
}

/** "has no last-updated or time-scale column", "has no date in its time-scale column": what the sheet lacks, for the checks asked of it. */
export function sheetLacks({ stale, overdue, timeScale, updatedByFormula }: Pick<NotJudged, "stale" | "overdue" | "timeScale" | "updatedByFormula">): string {
  if (stale && updatedByFormula !== undefined) {
    // A date that changes every day says nothing of when an action was updated.
    const stamped = `dates its last-updated column by =${updatedByFormula}, which changes every day rather than when an action is updated`;
    return overdue ? `${stamped}, and ${timeScale ? "has no date in its time-scale column" : "has no time-scale column"}` : stamped;
  }
  if (stale && overdue) return timeScale ? "has no last-updated column and no date in its time-scale column" : "has no last-updated or time-scale column";
  if (stale) return "has no last-updated column";
  return timeScale ? "has no date in its time-scale column" : "has no time-scale column";
}

/**
 * What each sheet of the plan lacks for a check it cannot have ("has no time-scale column"), or
 * undefined where the plan checks it: so the notes on the changes since the last report say a
 * sheet's lack as the notes under the lists of every overdue and not updated action do.
 */
export function sheetLacksIn(trackers: readonly Tracker[]): (sheet: string, judged: "stale" | "overdue") => string | undefined {
  // A sheet with some time scales not read is checked: the changes' notes speak of sheets that lack a check.
  const sheets = new Map(notJudged(trackers).filter((n) => !n.unread).map((n) => [n.sheet, n]));
  return (sheet, judged) => {
    const n = sheets.get(sheet);
    return n?.[judged] ? sheetLacks({ ...n, stale: judged === "stale", overdue: judged === "overdue" }) : undefined;
  };
}

/**
 * 'Sheet "Peer Review" has no last-updated or time-scale column, so its 26 actions are not checked for being stale or overdue.'
 * `checkedFor` names the check in other words, and `named` the sheet: the committee pack says
 * "being not updated for more than 90 days", never "stale", and quotes names “so”.
 */
export function notJudgedSentence(n: NotJudged, { checkedFor, named = (sheet) => `Sheet "${sheet}"` }: { checkedFor?: string; named?: (sheet: string) => string } = {}): string {
  const { sheet, actions, stale, overdue } = n;
  const judged = checkedFor ?? `being ${stale && overdue ? "stale or overdue" : stale ? "stale" : "overdue"}`;
  if (n.unread) {
    const these = actions === 1 ? "1 time scale that gives no date RAG Tracker reads, so that open action is" : `${countText(actions)} time scales that give no date RAG Tracker reads, so those ${countText(actions)} open actions are`;
    return `${named(sheet)} has ${these} not checked for ${judged}.`;
  }
  const its = actions === 1 ? "its one open action is" : `its ${plural(actions, "open action")} are`;
  return `${named(sheet)} ${sheetLacks(n)}, so ${its} not checked for ${judged}.`;
}

/** The finding: the sentence, and how to have the actions judged. */
export function notJudgedFinding(n: NotJudged): Finding {
  const them = n.actions === 1 ? "it" : "them";
  // Each such time scale has a warning of its own, naming its cell.
  if (n.unread) return { sheet: n.sheet, code: "not-judged", severity: "info", message: `${notJudgedSentence(n).slice(0, -1)}; the warnings on ${them} name each cell.` };
  const columns = [n.stale && n.updatedByFormula === undefined ? '"Last updated"' : "", n.overdue && !n.timeScale ? '"Time scale"' : ""].filter((h) => h !== "");
  const both = columns.length === 2;
  const add = columns.length > 0 ? `add ${both ? "columns" : "a column"} headed ${columns.join(" and ")}, or choose ${both ? "them" : "it"} under Column overrides in the task pane's settings` : "";
  // A time scale of "As per meeting cycle" names no day: only a date there ("March 2023") can be passed.
  const date = n.overdue && n.timeScale ? `give ${them} a date in the time-scale column, such as "March 2023"` : "";
  const typed = n.stale && n.updatedByFormula !== undefined ? `type the date each action was last updated in place of =${n.updatedByFormula}` : "";
  return {
    sheet: n.sheet,
    code: "not-judged",
    // A sheet that looks judged, every action updated today, is worth a warning; a column missing shows itself.
    severity: typed !== "" ? "warning" : "info",
    message: `${notJudgedSentence(n).slice(0, -1)}; to have ${them} checked, ${[typed, add, date].filter((s) => s !== "").join(", and ")}.`,
  };
}
