/** The generated "RAG History" sheet: counts per rating at each reporting date, with a stacked-column chart. */
import { leftOutAs } from "./noLongerCounted";
import { lateReportNotes } from "./recordedLate";
import { DATE_FORMAT } from "../dates";
import { chartLabelFormat, ratingInitials, type SheetPlan } from "../writePlan";
import type { ReviewTrend, Trend, TrendPoint } from "./trend";
import { SheetBuilder, num, rightText, text } from "../sheetBuilder";
import { fewInWords, listInWords, plural } from "../sentences";
import { formatLongDate } from "../longDate";
import { ratingColour } from "./ratingColour";
import type { Snapshot } from "./snapshot";
import { withPageBreaks } from "../pageBreaks";
import { groupingKey } from "../text";
import { FIRST_PRINTED_ROW, GENERATED_NOTE } from "../generatedCopy";

export const HISTORY_SHEET = "RAG History";

/** Shown for each count of a report at which a review was not in the plan. */
export const NOT_IN_PLAN = "–";

/**
 * What a review's table needs said: the names it had before and the reports that used them ("Named
 * “Peer Review” up to the report of 1 February 2022.", "Named “Leo CSPR” from the report of … to the
 * report of …"), and what its dashes mean: at a report that left its sheet out (hidden, or not read
 * by the settings), not counted, named by date; else by where they fall: before the review's first
 * report, after its last, or between.
 */
export function reviewNotes({ name, points, formerNames, parted }: ReviewTrend): string[] {
  const notes: string[] = [];
  const present = points.flatMap((p, i) => (p.total > 0 ? [i] : []));
  const reports = (f: ReviewTrend["formerNames"][number]) => formerNameReports(f, points[present[0] ?? 0]?.date);
  // A name used in two runs (renamed back, then again) is quoted once, with each run's reports.
  const renamed = new Map<string, ReviewTrend["formerNames"]>();
  for (const f of formerNames) if (f.roundTabs === undefined) renamed.set(groupingKey(f.name), [...(renamed.get(groupingKey(f.name)) ?? []), f]);
  if (renamed.size > 0) notes.push(`Named ${listInWords([...renamed.values()].map((runs) => `“${runs[0]!.name}” ${listInWords(runs.map(reports))}`))}.`);
  // Not renamed: counted under its tab's name while the plan had one tab, under the name its round tabs share while it had more.
  // A later round's tab added, deleted and added again: the tab's name is quoted once, with each run's reports, as a name used again is.
  const counted = new Map<string, ReviewTrend["formerNames"]>();
  for (const f of formerNames) {
    if (f.roundTabs === undefined) continue;
    const key = `${f.roundTabs}\u0001${groupingKey(f.name)}`;
    counted.set(key, [...(counted.get(key) ?? []), f]);
  }
  for (const runs of counted.values()) {
    const [f] = runs as [ReviewTrend["formerNames"][number]];
    const when = listInWords(runs.map(reports));
    if (f.roundTabs === "tab") notes.push(`Counted under “${f.name}”, its tab's name, ${when}; “${name}” is the name its round tabs share besides their periods.`);
    if (f.roundTabs === "shared") notes.push(`Counted under “${f.name}”, the name its round tabs shared besides their periods, ${when}; “${name}” is its one tab's name.`);
  }
  const absent = points.flatMap((p, i) => (p.total > 0 || p.leftOut ? [] : [i]));
  if (present.length === 0) return notes;
  // One note per reason and sheets, naming the reports: the report kept the sheet's name, so only that is said.
  const leftOut = new Map<string, { dates: string[]; was: string }>();
  for (const p of points) {
    if (p.total > 0 || !p.leftOut) continue;
    const { reason, sheets, moved } = p.leftOut;
    const was = leftOutAs(reason);
    const named = moved
      ? `its actions had been moved to sheet “${sheets[0]}”, which was ${was}`
      : `${sheets.length === 1 ? "its sheet" : "its sheets"} ${listInWords(sheets.map((x) => `“${x}”`))} ${sheets.length === 1 ? "was" : "were"} ${was}`;
    leftOut.set(named, { dates: [...(leftOut.get(named)?.dates ?? []), p.date], was: named });
  }
  for (const { dates, was } of leftOut.values()) {
    const one = dates.length === 1;
    notes.push(`A dash at the ${one ? "report" : "reports"} of ${listInWords(dates.map(formatLongDate))} means this review was not counted at ${one ? "that report" : "those reports"}: ${was}.`);
  }
  if (absent.length === 0) return notes;
  const before = absent.every((i) => i < present[0]!);
  const after = absent.every((i) => i > present.at(-1)!);
  const dash = leftOut.size > 0 ? "Any other dash marks" : "A dash marks";
  // Its actions still in the plan under other names: said where they went, lest a reader think them deleted.
  if (after && parted) {
    const where = parted.onSheet ? `were on the sheet “${parted.into[0]}”, counted under the sheet's name` : `were split between ${fewInWords(parted.into.map((r) => `“${r}”`))}`;
    notes.push(`${dash} a report at which this review was no longer in the plan by its name: at the report of ${formatLongDate(parted.date)} its actions ${where}.`);
    return notes;
  }
  notes.push(`${dash} a report at which this review was ${before ? "not yet" : after ? "no longer" : "not"} in the plan.`);
  return notes;
}

/** The reports a former name was used at: "up to" one where it was the review's first name, else the reports of its run, lest a reader take a name it had between two others for its name from the start. */
function formerNameReports({ from, until }: ReviewTrend["formerNames"][number], first: string | undefined): string {
  if (from === first) return `up to the report of ${formatLongDate(until)}`;
  if (from === until) return `at the report of ${formatLongDate(from)}`;
  return `from the report of ${formatLongDate(from)} to the report of ${formatLongDate(until)}`;
}

/**
 * Under the totals, where a report counted an earlier round's sheet beside the latest: "The report of 30 September 2026 counted
 * sheet “Q2 2026-27”, an earlier round, beside sheet “Q3 2026-27”; its 12 actions are left out here, as the plan counts its latest round alone."
 */
export function earlierRoundsLeftOutNotes(list: Trend["earlierRoundsLeftOut"]): string[] {
  const bySheets = new Map<string, { sheet: string; of: string; dates: string[]; counts: number[]; later?: true }>();
  for (const { date, sheet, of, count, later } of list) {
    const k = `${sheet}\u0001${of}`;
    const entry = bySheets.get(k) ?? { sheet, of, dates: [], counts: [], ...(later ? { later } : {}) };
    entry.dates.push(date);
    entry.counts.push(count);
    bySheets.set(k, entry);
  }
  return [...bySheets.values()].map(({ sheet, of, dates, counts, later }) => {
    const one = dates.length === 1;
    const same = counts.every((n) => n === counts[0]);
    const left = same ? plural(counts[0]!, "action") : `actions (${listInWords(counts.map(String))})`;
    return `The ${one ? "report" : "reports"} of ${listInWords(dates.map(formatLongDate))} counted sheet “${sheet}”, ${later ? "a later round not rated then" : "an earlier round"}, beside sheet “${of}”; its ${left} ${same && counts[0] === 1 ? "is" : "are"} left out here, as the plan counts its latest round rated alone.`;
  });
}

/** `none`: what to say instead of "No report is recorded yet" where reports are recorded but none is shown (a pack dated before the first). */
/** `none`: said where no report is shown; `endsEarly`: where the last report shown is before the committee pack's date (historyEndsBefore). */
export function buildHistoryPlan(t: Trend, newest: Snapshot | undefined, none?: string, endsEarly?: string): SheetPlan {
  const b = new SheetBuilder();
  const width = t.ratings.length + 2;
  b.addSpanning(text(GENERATED_NOTE, "note"), width);
  b.addSpanning(text("RAG History", "title"), width);
  // Two short notes rather than one long one: a merged note is cut at its last column in Excel, which fits no merged row to its text.
  // With no report, no table: one with no rating columns and no rows would say nothing.
  const counted = t.totals.length > 0 ? `Ratings at each recorded report (${t.totals.length}).` : (none ?? "No report is recorded yet: record one after each committee meeting, and this sheet shows the ratings at each.");
  b.addSpanning(text(counted, "note"), width);
  if (t.totals.length > 0 && endsEarly) b.addSpanning(text(endsEarly, "note"), width);
  b.gap();

  /** `inPlan`: false for a report at which the review had no action, whose row shows dashes, not noughts a reader would take for a plan emptied. */
  const table = (heading: string, points: TrendPoint[], notes: string[] = [], inPlan: (p: TrendPoint) => boolean = () => true) => {
    b.add(text(heading, "subtitle"));
    b.add(text("Report date", "header"), ...t.ratings.map((r) => text(r, "header", ratingColour(newest, r))), text("Total", "header"));
    const first = b.nextRow;
    for (const p of points) {
      if (inPlan(p)) b.add(text(formatLongDate(p.date)), ...t.ratings.map((r) => num(p.counts[r] ?? 0)), num(p.total, "total"));
      else b.add(text(formatLongDate(p.date)), ...t.ratings.map(() => rightText(NOT_IN_PLAN)), rightText(NOT_IN_PLAN, "total"));
    }
    const last = b.nextRow - 1;
    // Under the table, not between its heading and header: a long table is continued on the next page under both.
    for (const note of notes) b.addSpanning(text(note, "note"), width);
    b.gap();
    return { first, last };
  };

  if (t.totals.length === 0) return historySheet(b, t);
  const totalsTop = b.nextRow;
  const totals = table("All actions", t.totals, [...lateReportNotes(t.recordedLate), ...earlierRoundsLeftOutNotes(t.earlierRoundsLeftOut)]);
  const longestTotal = Math.max(0, ...t.totals.map((p) => p.total));
  const initials = ratingInitials(t.ratings);
  b.charts.push({
    title: "Ratings at each report",
    kind: "stackedColumn",
    categories: { top: totals.first, bottom: totals.last, left: 1, right: 1 },
    series: t.ratings.map((r, i) => {
      const { fill, fontColour } = ratingColour(newest, r);
      // Each count with its rating's initial ("B 51"): in grey, Blue and Red print alike.
      const labelFormat = chartLabelFormat(longestTotal, "stackedColumn", 0, initials[i]);
      return { name: r, values: { top: totals.first, bottom: totals.last, left: 2 + i, right: 2 + i }, colour: fill, labelColour: fontColour, labelFormat };
    }),
    anchor: { top: totalsTop, left: width + 2, bottom: totalsTop + 16, right: width + 10 },
    labelFormat: chartLabelFormat(longestTotal, "stackedColumn"),
  });
  for (const review of t.byReview) table(review.name, review.points, reviewNotes(review), (p) => p.total > 0);
  return historySheet(b, t);
}

function historySheet(b: SheetBuilder, t: Trend): SheetPlan {
  return withPageBreaks({
    key: "history",
    name: HISTORY_SHEET,
    rows: b.rows,
    columnWidths: [22, ...t.ratings.map(() => 10), 9],
    merges: b.merges,
    charts: b.charts,
    dateFormat: DATE_FORMAT,
    freezeRows: 0,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, header: historyHeader(t), firstPrintedRow: FIRST_PRINTED_ROW },
  });
}

/** "RAG History, 13 July 2021 to 1 November 2021": a printed page says which reports it spans, as the other sheets' headers give their date. */
function historyHeader(t: Trend): string {
  const first = t.totals[0]?.date;
  const last = t.totals.at(-1)?.date;
  if (first === undefined || last === undefined) return HISTORY_SHEET;
  return first === last ? `${HISTORY_SHEET}, ${formatLongDate(first)}` : `${HISTORY_SHEET}, ${formatLongDate(first)} to ${formatLongDate(last)}`;
}
