/**
 * The committee pack: one print-ready sheet with the committee sentences per review, what
 * changed since the last report (counted per review and per category, and each new, removed, moved,
 * newly overdue and newly stale action named), the stale and overdue lists, and the index used.
 */
import { PACK_DATE_FORMAT } from "../dates";
import type { Action, Analysis, FlaggedAction } from "../model";
import type { PlanCell, SheetPlan } from "../writePlan";
import { showsCategories, type ChangeCount, type Changes } from "./changes";
import { actionWording, shownTitle, type SnapshotAction } from "./snapshot";
import { earlierNumbers, numberWithEarlier } from "./renumbered";
import { changeNotes, changeSentence } from "./changeSentences";
import { SheetBuilder, blank, columnHeading, date, num, refCell, rightText, text } from "../sheetBuilder";
import { formatLongDate } from "../longDate";
import { countText, plural } from "../sentences";
import { notJudged, notJudgedSentence, sheetLacksIn } from "../notJudged";
import { INVALID, UNRATED, leadShown, ratingLabel, sheetsWithoutLeads } from "../grouping";
import { saysComplete } from "../indexEntries";
import { changeCountColumns, moveInWords, newlyNotUpdated, ratingInWords, shownCount } from "./moveWords";
import { withPageBreaks } from "../pageBreaks";
import { FIRST_PRINTED_ROW, GENERATED_NOTE, PACK_FIRST_HEADING, PACK_TITLE } from "../generatedCopy";
import { countingNotes } from "../countingNotes";
import { cutShortSentence, type QuotedColumn } from "../cutTexts";
import { backInWords, backOf } from "./backActions";
import { noEarlierReport, type RecordedDates } from "./noEarlierReport";
import { countedAgainInWords, notCountedInWords, removedWhileLeftOutInWords } from "./noLongerCounted";
import { overdueSinceSentence } from "./overdueSince";
import { dueInWords } from "./dueInWords";
import { EARLIER_DUE_NOTE, isMonthEnd, recordedDueCell } from "./recordedDue";
import { TIME_SCALE_MOVED } from "./moveWords";

export const PACK_SHEET = "Committee Pack";
/** Columns A to K: the lists use A to G, the change counts D to K. */
const WIDTH = 11;
const COLUMN_WIDTHS = [22, 8, 42, 12, 12, 12, 12, 12, 12, 12, 12];
/** The stale and overdue lists quote each action whole, in the third column. */
const QUOTED_ACTION: QuotedColumn[] = [{ name: "action", width: COLUMN_WIDTHS[2]!, text: (a) => a.actions || a.recommendation }];
/** The heading over an action's progress update, quoted whole where the lists of worsened and overdue actions give it. */
const PROGRESS_HEADING = "Latest progress update";
/** The lists' Review, No and Action columns, which a count table's group name spans. */
const NAME_COLUMNS = 3;

/** What the pack knows of the recorded reports beyond the changes, where the caller has it. */
export interface PackReports extends RecordedDates {
  /** One sentence per stored report that could not be used (their dates are `unreadable`). */
  problems?: string[];
  /**
   * Said when the plan has changed since the report recorded for the pack's date (unrecordedChanges.ts):
   * the pack counts the plan as it stands, its RAG History the report.
   */
  unrecorded?: string;
  /** Said when reports were recorded after the pack's date (laterReports.ts). */
  later?: string[];
}

export function buildPackPlan(analysis: Analysis, changes: Changes | undefined, reports: PackReports = {}): SheetPlan {
  const b = new SheetBuilder();
  b.addSpanning(text(GENERATED_NOTE, "note"), WIDTH);
  b.addSpanning(text(PACK_TITLE, "title"), WIDTH);
  b.addSpanning(text(`As at ${formatLongDate(analysis.asOf)}: ${plural(analysis.actions.length, "action")} in ${plural(analysis.byReview.length, "review")}.`, "note"), WIDTH);
  for (const note of countingNotes(analysis.findings)) b.addSpanning(text(note, "note"), WIDTH);
  b.gap();

  b.add(text(PACK_FIRST_HEADING, "subtitle"));
  for (const s of analysis.sentences) b.addSpanning(text(s, "wrap"), WIDTH);
  b.gap();

  b.add(text("Changes since the last report", "subtitle"));
  if (!changes) b.addSpanning(text(noEarlierReport(analysis.asOf, reports, true), "wrap"), WIDTH);
  else {
    b.addSpanning(text(changeSentence(changes), "wrap"), WIDTH);
    for (const note of changeNotes(changes, { lacks: sheetLacksIn(analysis.trackers), sheets: analysis.sheets })) b.addSpanning(text(note, "wrap"), WIDTH);
  }
  for (const note of reports.later ?? []) b.addSpanning(text(note, "wrap"), WIDTH);
  if (reports.unrecorded) b.addSpanning(text(reports.unrecorded, "wrap"), WIDTH);
  for (const problem of reports.problems ?? []) b.addSpanning(text(problem, "wrap"), WIDTH);
  if (changes) changeTables(b, changes, shownNow(analysis, changes));
  b.gap();

  const number = numberNow(changes);
  const withoutLeads = sheetsWithoutLeads(analysis.trackers);
  const lead = (a: Action) => leadShown(a, withoutLeads);
  const since = changes && overdueSinceSentence(changes, analysis.overdue.length);
  flaggedList(b, "Overdue actions", analysis.overdue, "Due", "Days overdue", number, lead, notJudgedOf(analysis, "overdue", "being overdue"), since, true);
  flaggedList(b, `Not updated for more than ${plural(analysis.staleDays, "day")}`, analysis.stale, "Last updated", "Days since update", number, lead, notJudgedOf(analysis, "stale", `being not updated for more than ${plural(analysis.staleDays, "day")}`));

  b.add(text("RAG index used", "subtitle"));
  for (const e of analysis.index.entries) {
    // A meaning that says complete ("Action complete.") is not told so again.
    const row = b.add(text(e.name, "body", { fill: e.colour, fontColour: e.textColour }), text(e.complete && !saysComplete(e.meaning) ? completeMeaning(e.meaning) : e.meaning, "wrap"));
    // The meaning spans the rest of the page: column B alone is a number's width.
    b.merges.push({ top: row, bottom: row, left: 2, right: WIDTH });
  }

  return withPageBreaks({
    key: "pack",
    name: PACK_SHEET,
    rows: b.rows,
    // A to C: the lists' review, number and action, and a count table's group name across all three.
    // B holds a renumbered action's number with "(was 15)" on a line of its own under it (numberCell), so it never wraps mid-phrase.
    // D to K: the lists' short columns (rating, lead, date, days) and the eight counts, all one width.
    columnWidths: COLUMN_WIDTHS,
    merges: b.merges,
    charts: [],
    dateFormat: PACK_DATE_FORMAT,
    freezeRows: 0,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, header: `${PACK_TITLE} – ${formatLongDate(analysis.asOf)}`, firstPrintedRow: FIRST_PRINTED_ROW },
  });
}

/** "On track. Counts as complete." or "On track (counts as complete)": the note reads as part of the meaning's own sentence or not. */
function completeMeaning(meaning: string): string {
  const said = meaning.trimEnd();
  if (said === "") return "Counts as complete.";
  return /[.!?]$/.test(said) ? `${said} Counts as complete.` : `${said} (counts as complete)`;
}

/**
 * The group's name spans the lists' first three columns, so a long category takes a line or two, and
 * the counts sit side by side in the narrow columns after it, each under its heading, both set right.
 */
function ratingCount(b: SheetBuilder, heading: string, groups: ChangeCount[], staleDays: number): void {
  b.gap();
  // Each table has its heading, as the lists below do: a councillor turning to it sees what it counts.
  b.add(text(`Changes by ${heading.toLowerCase()}`, "subtitle"));
  const columns = changeCountColumns(staleDays);
  spanName(b, b.add(text(heading, "header"), ...spanned("header"), ...columns.map((c) => rightText(c.heading, "header"))));
  for (const g of groups) spanName(b, b.add(text(g.name, "wrap"), ...spanned("wrap"), ...columns.map((c) => countCell(shownCount(c, g)))));
}

/** A count, or "not checked" set right where its number would be. */
const countCell = (count: number | string): PlanCell => (typeof count === "number" ? num(count) : rightText(count));

/** The cells a group's name covers: blank, in the row's style, so the merged cell keeps the table's border and fill. */
const spanned = (style: "header" | "wrap"): PlanCell[] => Array.from({ length: NAME_COLUMNS - 1 }, () => blank(style));

function spanName(b: SheetBuilder, row: number): void {
  b.merges.push({ top: row, bottom: row, left: 1, right: NAME_COLUMNS });
}

/** The counts, then every action behind them by name, so the committee hears which action, not only how many. */
function changeTables(b: SheetBuilder, changes: Changes, shown: ShownNow): void {
  const { title, rating, number } = shown;
  if (changes.byReview.length > 0) ratingCount(b, "Review", changes.byReview, changes.staleDays);
  if (changes.moves.length > 0) {
    b.gap();
    b.add(text(`Moved rating (${changes.moves.length})`, "subtitle"));
    // Why it moved, in the team's words: a councillor sees an action went red, and what its lead says of it.
    const progress = progressBeside(b, 7, changes.moves.map((m) => shown.action(m.after)));
    progress.heading(b.add(...["Review", "No", "Action", "Was", "Now", "Direction"].map((h) => text(h, "header")), ...progress.headingCells));
    for (const m of changes.moves) {
      progress.row(b.add(text(m.after.review, "wrap"), number(m.after), text(title(m.after), "wrap"), text(ratingInWords(m.before), "wrap"), text(rating(m.after), "wrap"), text(moveInWords(m), "wrap"), ...progress.cells(shown.action(m.after))));
    }
    progress.cutShortNote(b);
  }
  // A note only where a new action already has something to say: a column empty on every row says nothing.
  const back = backOf(changes.back);
  const newNote = (a: SnapshotAction) => {
    const b = back(a);
    const flag = a.overdue ? "already overdue" : a.stale ? `not updated for more than ${plural(changes.staleDays, "day")}` : "";
    return [b ? backInWords(b) : "", flag].filter(Boolean).join("; ");
  };
  const noted = changes.added.some((a) => newNote(a) !== "");
  actionList(b, shown, "New actions", changes.added, noted ? ["Rating", "Note"] : ["Rating"], (a) => (noted ? [text(rating(a), "wrap"), text(newNote(a), "wrap")] : [text(rating(a), "wrap")]));
  // Missing from the earlier report only because it left their sheet out: listed apart from the new, with why.
  const whyAgain = new Map(changes.countedAgain.map((x) => [x.action, countedAgainInWords(x)]));
  actionList(b, shown, "Counted again", [...whyAgain.keys()], ["Rating", "Why"], (a) => [text(rating(a), "wrap"), text(whyAgain.get(a) ?? "", "wrap")]);
  actionList(b, shown, "Removed from the plan", changes.removed, ["Rating when last reported"], (a) => [text(ratingInWords(a), "wrap")]);
  // Not in the earlier report's count: listed apart from the removed, with why.
  const whyRemoved = new Map(changes.removedWhileLeftOut.map((x) => [x.action, removedWhileLeftOutInWords(x)]));
  actionList(b, shown, "Removed since last counted", [...whyRemoved.keys()], ["Rating when last counted", "Why"], (a) => [text(ratingInWords(a), "wrap"), text(whyRemoved.get(a) ?? "", "wrap")]);
  // Still in the workbook, so listed apart from the removed, each with why it is left out of the counts now.
  const whyLeftOut = new Map(changes.noLongerCounted.map((x) => [x.action, notCountedInWords(x)]));
  actionList(b, shown, "No longer counted", [...whyLeftOut.keys()], ["Rating when last reported", "Why"], (a) => [text(ratingInWords(a), "wrap"), text(whyLeftOut.get(a) ?? "", "wrap")]);
  // The headline's count named, with what it means, as a committee asks "which, and who leads them?" of every number.
  actionList(b, shown, "No progress reported", changes.noProgress, ["Rating", "Last updated"], (a) => [text(rating(a), "wrap"), shown.updated(a)], NO_PROGRESS_MEANS);
  actionList(b, shown, "Newly overdue", changes.newlyOverdue, ["Rating", "Due"], (a) => [text(rating(a), "wrap"), shown.due(a)], undefined, true);
  actionList(b, shown, newlyNotUpdated(changes.staleDays), changes.newlyStale, ["Rating", "Last updated"], (a) => [text(rating(a), "wrap"), shown.updated(a)]);
  // A target re-set takes an action off the overdue list with no progress made: the committee sees both time scales, to compare.
  // Now as the plan types it, where it still gives that date; before, as the earlier report kept it, a date only (recordedDue.ts).
  const dueBefore = new Map(changes.timeScaleMoved.map((m) => [m.after, m.before.due]));
  const anyMonthEnd = changes.timeScaleMoved.some(({ before, after }) => [before.due, shown.dueAsPlanned(after) ? null : after.due].some((due) => due && isMonthEnd(due)));
  actionList(b, shown, TIME_SCALE_MOVED, [...dueBefore.keys()], ["Rating", "Was due", "Due now"], (a) => [text(rating(a), "wrap"), recordedDueCell(dueBefore.get(a)), shown.dueAsPlanned(a) ?? recordedDueCell(a.due)], anyMonthEnd ? EARLIER_DUE_NOTE : undefined);
  // A plan with no category column has one group: a table of it would only repeat the totals.
  if (showsCategories(changes)) ratingCount(b, "Category", changes.byCategory, changes.staleDays);
}

/** The rule progressUnchanged (changes.ts) keeps, in the committee's words. */
const NO_PROGRESS_MEANS = "Open at both reports, with the same progress update (or one cleared since), no later last-updated date, and not re-rated better.";

/** How the pack names an action of the later report, and its rating, from the plan as it is now where it can. */
interface ShownNow {
  title: (a: SnapshotAction) => string;
  rating: (a: SnapshotAction) => string;
  /** Its number, with the earlier one under it where it changed: "14", then "(was 15)". */
  number: (a: SnapshotAction) => PlanCell;
  /** Its last update: "never" only on a sheet with a last-updated column, which says so of one never updated; else "not kept", short enough for the column. */
  updated: (a: SnapshotAction) => PlanCell;
  /** Its due date: where the plan now writes its time scale as text giving the same date, that text, or the date it was read as where it is one date in digits (dueInWords.ts), as the overdue list shows it; else the date. */
  due: (a: SnapshotAction) => PlanCell;
  /** Its time scale as the plan now holds it, where it still gives the report's date: the text typed (dueInWords.ts), the date cell, or "no date"; else none. */
  dueAsPlanned: (a: SnapshotAction) => PlanCell | undefined;
  /** The same action in the plan as it stands, where its row still holds it: a report keeps no progress text, only whether it changed. */
  action: (a: SnapshotAction) => Action | undefined;
}

/**
 * An action's number, as the tracker most likely held it, or where it changed since the last report
 * "14" and "(was 15)" on two lines, broken where a reader would, and set right like the numbers
 * above and below it (the row heights count the line break: rowHeights.ts).
 */
function numberCell(ref: string, was: string | undefined): PlanCell {
  return was === undefined ? refCell(ref) : rightText(numberWithEarlier(ref, was, "\n"), "wrap");
}

/**
 * The number of an action of the plan now, in the overdue and not updated lists: its earlier number
 * found by its row, where the changes compare with the plan now (the pack's own), as in the lists of changes.
 */
function numberNow(changes: Changes | undefined): (a: Action) => PlanCell {
  const was = new Map((changes?.to === "now" ? changes.renumbered : []).map((r) => [`${r.after.sheet}\u0001${r.after.row}`, r.before.ref.trim()]));
  return (a) => numberCell(a.ref, was.get(`${a.sheet}\u0001${a.row}`));
}

function shownNow(analysis: Analysis, changes: Changes): ShownNow {
  const earlier = earlierNumbers(changes.renumbered);
  const now = new Map(analysis.actions.map((x) => [`${x.sheet}\u0001${x.row}`, x]));
  const at = (a: SnapshotAction): Action | undefined => now.get(`${a.sheet}\u0001${a.row}`);
  const withoutUpdates = new Set(analysis.trackers.filter((t) => t.columns.updated === undefined).map((t) => t.sheet));
  const dueAsPlanned = (a: SnapshotAction): PlanCell | undefined => {
    const x = at(a);
    if (!x || x.due !== a.due) return undefined;
    return x.dueText ? dueInWords(x.dueText, a.due) : a.due ? date(a.due) : rightText("no date");
  };
  return {
    action: (a) => {
      const x = at(a);
      // A report whose wording was removed keeps no title to compare: the action on its row is taken as the same.
      const said = a.title.endsWith("…") ? a.title.slice(0, -1) : a.title;
      return x && actionWording(x).startsWith(said.replace(/\s+/g, " ").trim()) ? x : undefined;
    },
    number: (a) => numberCell(a.ref, earlier(a)),
    updated: (a) => (a.updated ? date(a.updated) : rightText(withoutUpdates.has(a.sheet) ? "not kept" : "never")),
    due: (a) => dueAsPlanned(a) ?? (a.due ? date(a.due) : rightText("no date")),
    dueAsPlanned,
    /**
     * A report keeps only a shortened title ("… Community…"), so where the plan still holds the
     * action at that row, the pack prints it whole, as its overdue and stale lists do.
     */
    title: (a) => {
      const x = at(a);
      // Without its title (withoutWording) a report cannot tell whether the action now on its row is the same one.
      if (!x || !a.title.endsWith("…")) return shownTitle(a.title);
      const full = actionWording(x);
      return full.startsWith(a.title.slice(0, -1)) ? full : a.title;
    },
    /**
     * A report keeps an invalid rating shortened (TYPED_RATING_LENGTH): where the plan still holds it,
     * the pack quotes it whole ("Invalid: TBC"), as the overdue list does.
     */
    rating: (a) => {
      const x = at(a);
      return a.rating === INVALID && x?.rating.kind === "invalid" ? ratingLabel(x) : ratingInWords(a);
    },
  };
}

/**
 * An overdue or stale action's date as its list shows it. A time scale written as text is shown as the plan
 * writes it, or, where that is one date in digits ("3/4/2022"), as the date it was read as, which its days count
 * from, with the month spelled (dueInWords.ts); a last-updated cell that gives
 * no date but is not empty ("#VALUE!") shows what it holds, where "never" would not be true.
 */
function listedDate(a: Action, dateHeading: string): PlanCell {
  if (dateHeading === "Due") return a.dueText ? dueInWords(a.dueText, a.due) : a.due ? date(a.due) : rightText("never");
  return a.updated ? date(a.updated) : a.updatedWritten !== undefined ? text(a.updatedWritten, "wrap") : rightText("never");
}

/** An action's rating in the plan now, as the lists of changes say it: "Invalid: Yellow" quoted, as on the Stale Actions sheet, and a blank as "no rating". */
const ratingShown = (a: Action): string => (a.rating.kind === "unrated" ? ratingInWords({ rating: UNRATED }) : ratingLabel(a));

/**
 * `note`: under the list, apart from it, as inside it a sentence would be taken for one of its rows.
 * `withProgress`: each action's latest progress update beside it, across the rest of the page.
 */
function actionList(b: SheetBuilder, shown: ShownNow, heading: string, list: SnapshotAction[], headers: string[], cells: (a: SnapshotAction) => PlanCell[], note?: string, withProgress = false): void {
  if (list.length === 0) return;
  const { title, number } = shown;
  b.gap();
  b.add(text(`${heading} (${list.length})`, "subtitle"));
  const progress = progressBeside(b, withProgress ? 4 + headers.length : WIDTH + 1, list.map(shown.action));
  progress.heading(b.add(...["Review", "No", "Action", ...headers].map(columnHeading), ...progress.headingCells));
  for (const a of list) progress.row(b.add(text(a.review, "wrap"), number(a), text(title(a), "wrap"), ...cells(a), ...progress.cells(shown.action(a))));
  progress.cutShortNote(b);
  if (note === undefined) return;
  b.gap();
  b.addSpanning(text(note, "note"), WIDTH);
}

/** A list's progress column: its heading and cells, merged from its first column to the page's edge, and the note naming updates a row cuts short. */
interface ProgressBeside {
  headingCells: PlanCell[];
  heading: (row: number) => void;
  cells: (a: Action | undefined) => PlanCell[];
  row: (row: number) => void;
  cutShortNote: (b: SheetBuilder) => void;
}

/**
 * Each listed action's progress update, quoted whole (a row shows about 27 lines; the note under the
 * list names those it cuts short, as the Stale Actions sheet does), from column `first` to the page's
 * edge. None where `first` is past the page, or where no listed action has an update: a column empty on
 * every row says nothing.
 */
function progressBeside(b: SheetBuilder, first: number, listed: (Action | undefined)[]): ProgressBeside {
  const actions = listed.filter((a): a is Action => a !== undefined);
  if (first > WIDTH || !actions.some((a) => a.response.trim() !== "")) return { headingCells: [], heading: () => {}, cells: () => [], row: () => {}, cutShortNote: () => {} };
  const span = (style: "header" | "wrap") => Array.from({ length: WIDTH - first }, () => blank(style));
  const merge = (row: number) => b.merges.push({ top: row, bottom: row, left: first, right: WIDTH });
  const quoted: QuotedColumn[] = [{ name: "progress update", width: COLUMN_WIDTHS.slice(first - 1).reduce((sum, w) => sum + w, 0), text: (a) => a.response }];
  return {
    headingCells: [text(PROGRESS_HEADING, "header"), ...span("header")],
    heading: merge,
    cells: (a) => [text(a?.response.trim() ?? "", "wrap"), ...span("wrap")],
    row: merge,
    cutShortNote: (builder) => {
      const cutShort = cutShortSentence(actions, quoted);
      if (!cutShort) return;
      builder.gap();
      builder.addSpanning(text(cutShort, "note"), WIDTH);
    },
  };
}

/** The open actions a list could not check, and the sentence per sheet saying why, in the pack's words (never "stale"). */
interface NotJudgedHere {
  actions: number;
  sentences: string[];
}

/** A sheet as the pack's notes name it, as the notes on the changes do. */
const quoted = (sheet: string) => `“${sheet}”`;

function notJudgedOf(analysis: Analysis, judged: "stale" | "overdue", checkedFor: string): NotJudgedHere {
  const sheets = notJudged(analysis.trackers).filter((n) => n[judged]);
  return {
    actions: sheets.reduce((sum, n) => sum + n.actions, 0),
    sentences: sheets.map((n) => notJudgedSentence({ ...n, stale: judged === "stale", overdue: judged === "overdue" }, { checkedFor, named: quoted })),
  };
}


/**
 * `daysHeading` says which days are counted: a bare "Days" reads the same in both lists, which count different things.
 * The heading counts the actions not checked beside those listed, as the outcome line does ("12 stale (50 not checked: …)"),
 * and the sentences under the list say which sheets they are on: a count alone would read as every action checked.
 * `since`: how the list reconciles with the last report's (overdueSince.ts), said first under it.
 */
function flaggedList(
  b: SheetBuilder,
  heading: string,
  list: FlaggedAction[],
  dateHeading: string,
  daysHeading: string,
  number: (a: Action) => PlanCell,
  lead: (a: Action) => string,
  unjudged: NotJudgedHere,
  since?: string,
  withProgress = false,
): void {
  b.add(text(`${heading} (${list.length}${unjudged.actions > 0 ? `; ${countText(unjudged.actions)} not checked` : ""})`, "subtitle"));
  const headers = ["Review", "No", "Action", "Rating", "Lead", dateHeading, daysHeading];
  const progress = progressBeside(b, withProgress ? headers.length + 1 : WIDTH + 1, list.map((f) => f.action));
  if (list.length === 0) b.add(text(unjudged.actions > 0 ? "None among the actions checked." : "None.", "body"));
  else {
    progress.heading(b.add(...headers.map(columnHeading), ...progress.headingCells));
    for (const { action: a, days } of list) {
      progress.row(b.add(text(a.review, "wrap"), number(a), text(a.actions || a.recommendation, "wrap"), text(ratingShown(a), "wrap"), text(lead(a), "wrap"), listedDate(a, dateHeading), days === null ? blank("body") : num(days), ...progress.cells(a)));
    }
  }
  b.gap();
  const quoted = withProgress ? [...QUOTED_ACTION, { name: "progress update", width: COLUMN_WIDTHS.slice(headers.length).reduce((sum, w) => sum + w, 0), text: (a: Action) => a.response }] : QUOTED_ACTION;
  const cutShort = cutShortSentence(list.map((f) => f.action), quoted);
  const notes = [...(since ? [since] : []), ...unjudged.sentences, ...(cutShort ? [cutShort] : [])];
  if (notes.length === 0) return;
  // Under the list, apart from it: inside, a sentence would be taken for one of its rows.
  for (const sentence of notes) b.addSpanning(text(sentence, "note"), WIDTH);
  b.gap();
}
