/**
 * The generated sheets: "RAG Summary" (committee sentences, totals, counts by review,
 * category and lead, the index used, stacked-bar charts) and "Stale Actions" (stale and
 * overdue actions with their texts quoted exactly). Plain data; a door writes it.
 */
import { judgesStale } from "./volatileDates";
import type { Action, Analysis, FlaggedAction, GroupCount } from "./model";
import type { ChartSpec, PlanCell, SheetPlan, WritePlan } from "./writePlan";
import { chartLabelFormat, hasData, ratingInitials } from "./writePlan";
import type { RagEntry } from "./ragIndex";
import { INVALID, countNames, leadShown, ratingLabel, sheetsWithoutLeads } from "./grouping";
import { notJudged, notJudgedSentence } from "./notJudged";
import { SheetBuilder, blank, columnHeading, date, num, refCell, rightText, text } from "./sheetBuilder";
import { countText, plural } from "./sentences";
import { formatLongDate } from "./longDate";
import { dateFormatFor } from "./dates";
import { PROBLEM_STYLES } from "./formats";
import { cutShortSentence, type QuotedColumn } from "./cutTexts";
import { FIRST_PRINTED_ROW, GENERATED_NOTE } from "./generatedCopy";
import { countingNotes } from "./countingNotes";
import { withPageBreaks } from "./pageBreaks";
import { sheetReviewNote } from "./sheetReviews";
import { COMMITTEE_HEADING, COUNT_TABLES, hasLeadTable, type CountTableKey } from "./summaryHeadings";

export const SUMMARY_SHEET = "RAG Summary";
export const STALE_SHEET = "Stale Actions";

export function buildSummaryPlan(analysis: Analysis): WritePlan {
  return { sheets: [summarySheet(analysis), staleSheet(analysis)] };
}

function colourFor(analysis: Analysis, name: string): { fill: string; fontColour: string } {
  const entry = analysis.index.entries.find((e) => e.name === name);
  if (entry) return { fill: entry.colour, fontColour: entry.textColour };
  return name === INVALID ? { fill: PROBLEM_STYLES.invalid.fill, fontColour: PROBLEM_STYLES.invalid.fontColour } : { fill: "#D9D9D9", fontColour: "#000000" };
}

/** A count table: header row, one row per group; returns the rows used, for charts. */
function countTable(b: SheetBuilder, analysis: Analysis, table: (typeof COUNT_TABLES)[CountTableKey], groups: GroupCount[]): { first: number; last: number } {
  const names = countNames(analysis.index);
  b.add(text(table.heading, "subtitle"));
  // Each count's heading sits over its numbers, on the right.
  b.add(text(table.nameHeader, "header"), ...names.map((n) => rightText(n, "header", colourFor(analysis, n))), rightText("Total", "header"));
  const first = b.nextRow;
  for (const g of groups) b.add(text(g.name, "wrap"), ...names.map((n) => num(g.counts[n] ?? 0)), num(g.total, "total"));
  const last = b.nextRow - 1;
  b.gap();
  return { first, last };
}

/**
 * A stacked-bar chart of a count table's rows, as wide as the tables and tall enough for every
 * bar's label, from row `top` down.
 */
function chartOf(analysis: Analysis, title: string, groups: readonly GroupCount[], rows: { first: number; last: number }, top: number): ChartSpec {
  const names = countNames(analysis.index);
  const longest = Math.max(0, ...groups.map((g) => g.total));
  const share = labelsShare(groups.map((g) => g.name));
  const initials = ratingInitials(names);
  return {
    title,
    kind: "stackedBar",
    categories: { top: rows.first, bottom: rows.last, left: 1, right: 1 },
    series: names.map((name, i) => {
      const { fill, fontColour } = colourFor(analysis, name);
      // Each count with its rating's initial ("B 30"): in grey, Blue and Red print alike.
      const labelFormat = chartLabelFormat(longest, "stackedBar", share, initials[i]);
      return { name, values: { top: rows.first, bottom: rows.last, left: 2 + i, right: 2 + i }, colour: fill, labelColour: fontColour, labelFormat };
    }),
    anchor: { top, left: 1, bottom: top + chartRows(groups.map((g) => g.name)), right: names.length + 2 },
    labelFormat: chartLabelFormat(longest, "stackedBar", share),
  };
}

/** Rows a page holds at 100% (A4 landscape, 15-point rows), less a little for each application's rounding. */
const PAGE_ROWS = 30;
/** Lines of bar labels a chart of one page's height still gives room for (10-point text). */
const LABEL_LINES_ON_A_PAGE = 24;
/** Characters of a bar's label on one line: the labels take about half the chart's width. */
const LABEL_LINE = 50;

/** Of a bar chart's width, the share its labels take: wrapped at LABEL_LINE characters, about half at most. */
function labelsShare(labels: readonly string[]): number {
  return (Math.min(LABEL_LINE, Math.max(0, ...labels.map((l) => l.length))) / LABEL_LINE) * 0.5;
}

/**
 * A chart's height in rows below its top: a row and a half a bar, with room for its title and legend;
 * no taller than a page where a page gives each label room enough (a delivery plan's long aims take
 * two lines each), so it prints whole. Past that, each bar keeps its room, and the chart runs over a page.
 */
function chartRows(labels: readonly string[]): number {
  const roomy = Math.max(14, Math.ceil(labels.length * 1.5) + 6);
  const lines = labels.reduce((n, label) => n + Math.max(1, Math.ceil(label.length / LABEL_LINE)), 0);
  return lines <= LABEL_LINES_ON_A_PAGE ? Math.min(roomy, PAGE_ROWS - 1) : roomy;
}

/** Adds a chart at the sheet's next row, with a gap below it; a chart with nothing to draw takes no rows. */
function addChart(b: SheetBuilder, chart: (top: number) => ChartSpec): void {
  const spec = chart(b.nextRow);
  b.charts.push(spec);
  if (hasData(spec)) while (b.nextRow <= spec.anchor.bottom + 1) b.gap();
}

function summarySheet(analysis: Analysis): SheetPlan {
  const b = new SheetBuilder();
  const width = countNames(analysis.index).length + 2;
  b.addSpanning(text(GENERATED_NOTE, "note"), width);
  b.addSpanning(text("RAG Summary", "title"), width);
  b.addSpanning(
    text(
      `As at ${formatLongDate(analysis.asOf)}: ${plural(analysis.actions.length, "action")} in ${plural(analysis.byReview.length, "review")}, from ${plural(analysis.trackers.length, "tracker sheet")}.`,
      "note",
    ),
    width,
  );
  for (const note of countingNotes(analysis.findings)) b.addSpanning(text(note, "note"), width);
  b.gap();

  b.add(text(COMMITTEE_HEADING, "subtitle"));
  for (const sentence of analysis.sentences) b.addSpanning(text(sentence, "wrap"), width);
  const reviewsNamedBySheets = sheetReviewNote(analysis.trackers);
  if (reviewsNamedBySheets) b.addSpanning(text(reviewsNamedBySheets, "note"), width);
  b.gap();

  countTable(b, analysis, COUNT_TABLES.totals, [analysis.totals]);
  const reviewRows = countTable(b, analysis, COUNT_TABLES.byReview, analysis.byReview);
  const categoryRows = countTable(b, analysis, COUNT_TABLES.byCategory, analysis.byCategory);
  if (hasLeadTable(analysis.trackers)) countTable(b, analysis, COUNT_TABLES.byLead, analysis.byLead);

  b.add(text("RAG index used", "subtitle"));
  // The meaning is the long text, so it goes last and spans the count columns.
  const meaning = (row: number) => b.merges.push({ top: row, bottom: row, left: 4, right: width });
  meaning(b.add(text("Rating", "header"), text("Code", "header"), text("Complete", "header"), text("Meaning", "header")));
  for (const e of analysis.index.entries) {
    meaning(b.add(text(e.name, "body", { fill: e.colour, fontColour: e.textColour }), text(e.code), text(e.complete ? "Yes" : ""), text(e.meaning, "wrap")));
  }

  // The charts come last, as wide as the tables: beside them, they made the sheet so wide that it
  // printed at about 70% (11 pt text at 7.5 pt); under each table, a tall chart was cut across pages.
  b.gap();
  addChart(b, (top) => chartOf(analysis, "Ratings by review", analysis.byReview, reviewRows, top));
  addChart(b, (top) => chartOf(analysis, "Ratings by category", analysis.byCategory, categoryRows, top));

  return withPageBreaks({
    key: "summary",
    name: SUMMARY_SHEET,
    rows: b.rows,
    columnWidths: [46, ...countNames(analysis.index).map(() => 10), 9],
    merges: b.merges,
    charts: b.charts,
    dateFormat: dateFormatFor(analysis.locale),
    freezeRows: 0,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, header: `RAG Summary as at ${formatLongDate(analysis.asOf)}`, firstPrintedRow: FIRST_PRINTED_ROW },
  });
}

/**
 * What a business manager needs to find and chase each action, narrow enough to print one page
 * wide at 8 pt or more (74% of Calibri 11). The category is left to the plan itself and the
 * summary's counts: a delivery plan's aims run to 150 characters, a dozen lines in any column
 * the page has room for, and Sheet and Row lead to the action's row.
 */
const STALE_HEADERS = ["Flag", "Review", "No", "Action", "Response", "Rating", "Lead", "Time scale", "Due", "Last updated", "Days since update", "Days overdue", "Sheet", "Row"];
// 180 in all. Short texts wrap at their spaces ("Stale and / overdue", "Invalid: / Yellow"); each word and
// each dd/mm/yyyy (or mm/dd/yyyy) date fits its column on one line, and "Plan 2019-20" too (Calc would break a narrower
// one after "2019-"). Action and response share the rest.
const STALE_WIDTHS = [9, 12, 6, 35, 31, 9, 12, 11, 11, 11, 8, 8, 12, 5];
/** The texts the list quotes whole, which a long response can make taller than a row can be. */
const STALE_QUOTES: QuotedColumn[] = [
  { name: "action", width: STALE_WIDTHS[3]!, text: (a) => a.actions || a.recommendation },
  { name: "response", width: STALE_WIDTHS[4]!, text: (a) => a.response },
];

function staleSheet(analysis: Analysis): SheetPlan {
  const b = new SheetBuilder();
  const width = STALE_HEADERS.length;
  const listed = listedRows(analysis);
  b.addSpanning(text(GENERATED_NOTE, "note"), width);
  b.addSpanning(text("Stale and overdue actions", "title"), width);
  b.addSpanning(text(staleHeadline(analysis, listed.length), "note"), width);
  // A note of its own for each sheet whose actions are not judged, under the counts it qualifies.
  for (const n of notJudged(analysis.trackers)) b.addSpanning(text(notJudgedSentence(n), "note"), width);
  const cutShort = cutShortSentence(listed.map((r) => r.action), STALE_QUOTES);
  if (cutShort) b.addSpanning(text(cutShort, "note"), width);
  b.gap();
  // Headings over dates and numbers sit right, over their values.
  const headerRow = b.add(...STALE_HEADERS.map(columnHeading));

  const shared = new SharedCells();
  // "never" is said only of actions on a sheet that keeps a last-updated column; elsewhere there is nothing to say.
  const keepsUpdates = new Set(analysis.trackers.filter(judgesStale).map((t) => t.sheet));
  if (listed.length === 0) b.addSpanning(text("No action is stale or overdue.", "body"), width);
  const withoutLeads = sheetsWithoutLeads(analysis.trackers);
  for (const r of listed) addFlaggedRow(b, shared, keepsUpdates, withoutLeads, r.action, r.stale, r.overdue);
  return {
    key: "stale",
    name: STALE_SHEET,
    rows: b.rows,
    columnWidths: STALE_WIDTHS,
    merges: b.merges,
    charts: [],
    dateFormat: dateFormatFor(analysis.locale),
    freezeRows: headerRow,
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      repeatRows: { first: headerRow, last: headerRow },
      header: `Stale and overdue actions as at ${formatLongDate(analysis.asOf)}`,
      firstPrintedRow: FIRST_PRINTED_ROW,
    },
  };
}

/** One row of the list: an action, with its stale flag, its overdue flag, or both. */
export interface ListedRow {
  action: Action;
  stale: FlaggedAction | undefined;
  overdue: FlaggedAction | undefined;
}

/**
 * The list's rows, each action once: the stale actions first, each with its overdue flag where it has one,
 * then the overdue actions that are not stale. Both lists follow the trackers' order (sheet, then row), so
 * one walk down both pairs them.
 */
export function listedRows(analysis: Pick<Analysis, "stale" | "overdue" | "trackers">): ListedRow[] {
  const { stale, overdue } = analysis;
  const sheetOrder = new Map(analysis.trackers.map((t, i) => [t.sheet, i]));
  const precedes = (a: Action, b: Action): boolean => (a.sheet === b.sheet ? a.row < b.row : sheetOrder.get(a.sheet)! < sheetOrder.get(b.sheet)!);
  const pairedWithStale = new Uint8Array(overdue.length);
  const rows: ListedRow[] = [];
  let next = 0;
  for (let i = 0; i < stale.length; i++) {
    const flagged = stale[i]!;
    while (next < overdue.length && precedes(overdue[next]!.action, flagged.action)) next++;
    const alsoOverdue = next < overdue.length && overdue[next]!.action === flagged.action ? overdue[next] : undefined;
    if (alsoOverdue) pairedWithStale[next++] = 1;
    rows.push({ action: flagged.action, stale: flagged, overdue: alsoOverdue });
  }
  for (let i = 0; i < overdue.length; i++) if (pairedWithStale[i] === 0) rows.push({ action: overdue[i]!.action, stale: undefined, overdue: overdue[i] });
  return rows;
}

/** The counts, and how many actions are both, so that they add up to the rows listed (each action is listed once). */
function staleHeadline(analysis: Analysis, listed: number): string {
  const { stale, overdue } = analysis;
  const counts = `As at ${formatLongDate(analysis.asOf)}: ${countText(stale.length)} stale (not complete and not updated for more than ${plural(analysis.staleDays, "day")}, or never) and ${countText(overdue.length)} overdue (not complete and past the time scale)`;
  const both = stale.length + overdue.length - listed;
  if (both === 0) return `${counts}.`;
  return `${counts}; ${countText(both)} ${both === 1 ? "is" : "are"} both, so ${plural(listed, "action")} ${listed === 1 ? "is" : "are"} listed.`;
}

function addFlaggedRow(b: SheetBuilder, shared: SharedCells, keepsUpdates: Set<string>, withoutLeads: Set<string>, a: Action, stale: FlaggedAction | undefined, overdue: FlaggedAction | undefined): void {
  const sinceUpdate = stale?.days ?? null;
  const pastDue = overdue?.days ?? null;
  b.add(
    shared.flag(stale !== undefined, overdue !== undefined),
    shared.text(a.review, "wrap"),
    shared.ref(a.ref),
    text(a.actions || a.recommendation, "wrap"),
    text(a.response, "wrap"),
    shared.rating(a),
    shared.text(leadShown(a, withoutLeads), "wrap"),
    // The time scale as the sheet has it: its text, or the date a date cell holds (never empty beside a due date), set left as the texts are.
    a.dueText ? shared.text(a.dueText, "wrap") : a.due ? shared.timeScaleDate(a.due) : shared.blank,
    a.due ? shared.date(a.due) : shared.blank,
    // A cell that gives no date but is not empty ("#VALUE!", "Ongoing") shows what it holds: "never" would not be true.
    a.updated ? shared.date(a.updated) : a.updatedWritten !== undefined ? shared.text(a.updatedWritten, "wrap") : keepsUpdates.has(a.sheet) ? shared.never : shared.blank,
    // Two measures, each in its own column: a "Stale and overdue" row shows both.
    sinceUpdate === null ? shared.blank : shared.days(sinceUpdate),
    pastDue === null ? shared.blank : shared.days(pastDue),
    shared.text(a.sheet, "wrap"),
    num(a.row),
  );
}

/** The list's Flag column: "Stale", "Overdue" or "Stale and overdue". */
export function staleFlag(isStale: boolean, isOverdue: boolean): string {
  return isStale && isOverdue ? "Stale and overdue" : isOverdue ? "Overdue" : "Stale";
}

/** The list's Rating column: the rating's name, or what is wrong with it ("Invalid: Yellow"). */
export function listedRating(a: Action): string {
  return a.rating.kind === "rated" ? a.rating.entry.name : ratingLabel(a);
}

/**
 * The cells that repeat down the Stale Actions sheet (flags, reviews, action numbers,
 * leads, ratings, dates, day counts, the sheet), each made once and shown by every row that needs it: a plan is
 * data that doors only read, and a long list then holds a few cells per action rather than 14.
 */
class SharedCells {
  /** Boxed like the cells beside it: a bare blank would leave a hole in the table's grid. */
  readonly blank = blank("body");
  /** Set right, as the dates above and below it are. */
  readonly never = rightText("never");
  // Made up front and picked by place, not made or named on first use: "Overdue" rows come last, and
  // a lookup the optimised code had not yet seen would throw that code away near the end of the list.
  private readonly flags = [
    text(staleFlag(true, false), "wrap", PROBLEM_STYLES.stale),
    text(staleFlag(false, true), "wrap", PROBLEM_STYLES.overdue),
    text(staleFlag(true, true), "wrap", PROBLEM_STYLES.overdue),
  ];
  private readonly texts = { body: new Map<string, PlanCell>(), wrap: new Map<string, PlanCell>() };
  private readonly ratings = new Map<RagEntry, PlanCell>();
  private readonly refs = new Map<string, PlanCell>();
  private readonly dates = new Map<string, PlanCell>();
  private readonly timeScaleDates = new Map<string, PlanCell>();
  private readonly dayCounts = new Map<number, PlanCell>();

  flag(isStale: boolean, isOverdue: boolean): PlanCell {
    return this.flags[isStale && isOverdue ? 2 : isOverdue ? 1 : 0]!;
  }

  text(value: string, style: "body" | "wrap"): PlanCell {
    const cells = this.texts[style];
    let cell = cells.get(value);
    if (!cell) cells.set(value, (cell = text(value, style)));
    return cell;
  }

  /** Each review numbers its actions from 1, so the same few numbers come back on every review. */
  ref(value: string): PlanCell {
    let cell = this.refs.get(value);
    if (!cell) this.refs.set(value, (cell = refCell(value)));
    return cell;
  }

  rating(a: Action): PlanCell {
    const { rating } = a;
    // "Invalid: Yellow" wraps at its space; a rating's name is one word.
    if (rating.kind !== "rated") return this.text(listedRating(a), "wrap");
    let cell = this.ratings.get(rating.entry);
    if (!cell) this.ratings.set(rating.entry, (cell = text(rating.entry.name, "body", { fill: rating.entry.colour, fontColour: rating.entry.textColour })));
    return cell;
  }

  date(iso: string): PlanCell {
    let cell = this.dates.get(iso);
    if (!cell) this.dates.set(iso, (cell = date(iso)));
    return cell;
  }

  /** A time scale written as a date, in a column whose other time scales are texts. */
  timeScaleDate(iso: string): PlanCell {
    let cell = this.timeScaleDates.get(iso);
    if (!cell) this.timeScaleDates.set(iso, (cell = { kind: "date", value: iso, style: "body", align: "left" }));
    return cell;
  }

  days(n: number): PlanCell {
    let cell = this.dayCounts.get(n);
    if (!cell) this.dayCounts.set(n, (cell = num(n)));
    return cell;
  }
}
