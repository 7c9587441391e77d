/**
 * A Stale Actions sheet generated before the plan last changed still reads as the list to chase: a
 * manager printing it would chase an action now complete, or miss one now overdue. Stale and overdue
 * depend on the date, so the sheet is compared with what Generate would write as at the date the
 * sheet says it was made for (its headline "As at 1 December 2026: …"), not today, and with the stale
 * threshold its headline gives ("not updated for more than 90 days"), not the one set now: a list made
 * last week, or under another setting, still holds where nothing in the plan moved. What is compared is its counts and, for each
 * action listed (by its sheet and row, or, where rows were inserted since, by its sheet, review and
 * number), its review and number, flag, rating and day counts; not the order of its rows, its quoted
 * texts or its notes. Rows that moved are said once, as such.
 */
import { format, isValid, parse } from "date-fns";
import type { SheetSnapshot } from "./cells";
import { cellText } from "./cells";
import type { Finding } from "./findings";
import type { Action, Analysis } from "./model";
import { SheetGrid } from "./sheetGrid";
import { isGivenName } from "./sheetNames";
import { STALE_SHEET, listedRating, listedRows, staleFlag, type ListedRow } from "./summaryPlan";
import { flaggedActions } from "./flags";
import { formatLongDate } from "./longDate";
import { countText } from "./sentences";
import { outOfDateFinding, type Difference } from "./sentenceDifferences";

/** The headline's date and counts, as staleHeadline (summaryPlan.ts) writes them. */
const HEADLINE = /^As at (\d{1,2} [A-Za-z]+ \d{4}): ([\d,]+) stale .* and ([\d,]+) overdue \(/s;
/** The stale threshold the headline was written with: "not updated for more than 90 days". */
const THRESHOLD = /not updated for more than ([\d,]+) days?\b/;

/** One action the sheet lists, as it says it. */
interface LineSaid {
  row: number;
  review: string;
  no: string;
  flag: string;
  rating: string | undefined;
  sinceUpdate: number | null | undefined;
  overdue: number | null | undefined;
}

interface StaleSaid {
  asOf: string;
  /** The threshold the sheet was made with, where its headline gives one. */
  staleDays: number | undefined;
  headlineRow: number;
  headerRow: number;
  stale: number;
  overdue: number;
  /** By the action's place: sheet name, then its row. */
  lines: Map<string, LineSaid>;
}

const placeKey = (sheet: string, row: number) => `${sheet}\u0001${row}`;

function readStale(sheet: SheetSnapshot): StaleSaid | undefined {
  const grid = new SheetGrid(sheet);
  const textAt = (row: number, column: number) => cellText(grid.original(row, column)).trim();
  let headline: { row: number; asOf: string; staleDays: number | undefined; stale: number; overdue: number } | undefined;
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    const m = HEADLINE.exec(textAt(row, 1));
    if (!m) continue;
    const date = parse(m[1]!, "d MMMM yyyy", new Date(2000, 0, 1));
    // No date to judge stale and overdue by: the sheet cannot be compared.
    if (!isValid(date)) return undefined;
    const threshold = THRESHOLD.exec(textAt(row, 1));
    const staleDays = threshold ? Number(threshold[1]!.replace(/,/g, "")) : undefined;
    headline = { row, asOf: format(date, "yyyy-MM-dd"), staleDays: staleDays && staleDays > 0 ? staleDays : undefined, stale: Number(m[2]!.replace(/,/g, "")), overdue: Number(m[3]!.replace(/,/g, "")) };
    break;
  }
  if (!headline) return undefined;
  for (let headerRow = headline.row + 1; headerRow <= grid.lastRow; headerRow++) {
    if (textAt(headerRow, 1) !== "Flag") continue;
    // Columns by their heading: an earlier version's sheet may have them in another order.
    const columns = new Map<string, number>();
    for (let column = 1; column <= grid.lastColumn; column++) columns.set(textAt(headerRow, column), column);
    const sheetColumn = columns.get("Sheet");
    const rowColumn = columns.get("Row");
    if (sheetColumn === undefined || rowColumn === undefined) return undefined;
    const text = (row: number, heading: string) => (columns.has(heading) ? textAt(row, columns.get(heading)!) : undefined);
    const days = (row: number, heading: string) => {
      if (!columns.has(heading)) return undefined;
      const value = grid.original(row, columns.get(heading)!);
      return typeof value === "number" ? value : null;
    };
    const lines = new Map<string, LineSaid>();
    for (let row = headerRow + 1; row <= grid.lastRow; row++) {
      const place = grid.original(row, rowColumn);
      const onSheet = textAt(row, sheetColumn);
      // "No action is stale or overdue." and anything else with no place in the plan is not an action.
      if (onSheet === "" || typeof place !== "number") continue;
      lines.set(placeKey(onSheet, place), { row, review: text(row, "Review") ?? "", no: text(row, "No") ?? "", flag: textAt(row, 1), rating: text(row, "Rating"), sinceUpdate: days(row, "Days since update"), overdue: days(row, "Days overdue") });
    }
    return { asOf: headline.asOf, staleDays: headline.staleDays, headlineRow: headline.row, headerRow, stale: headline.stale, overdue: headline.overdue, lines };
  }
  return undefined;
}

/** "Frankie action 7 (row 12 of "Frankie")", or "the action on row 12 of "Frankie"" where it has no number. */
function named(review: string, no: string, sheet: string, row: number): string {
  return no ? `${review ? `${review} action` : "action"} ${no} (row ${row} of "${sheet}")` : `the action on row ${row} of "${sheet}"`;
}

const describe = (a: Action) => named(a.review, a.ref, a.sheet, a.row);
const daysText = (n: number | null) => (n === null ? "none" : countText(n));

/** What the sheet says of one action it lists, against what Generate would write of it: the first thing that differs. */
function lineDifference(said: LineSaid, now: ListedRow): string | undefined {
  const a = now.action;
  const flag = staleFlag(now.stale !== undefined, now.overdue !== undefined);
  if (said.review !== a.review || said.no !== a.ref) return `it lists ${named(said.review, said.no, a.sheet, a.row)}, where the tracker now has ${describe(a)} there`;
  if (said.flag !== flag) return `it lists ${describe(a)} as ${said.flag.toLowerCase()}, where the tracker now gives ${flag.toLowerCase()}`;
  if (said.rating !== undefined && said.rating !== listedRating(a)) return `it rates ${describe(a)} ${said.rating || "blank"}, where the tracker now gives ${listedRating(a)}`;
  const sinceUpdate = now.stale?.days ?? null;
  if (said.sinceUpdate !== undefined && said.sinceUpdate !== sinceUpdate) return `it gives ${describe(a)} ${daysText(said.sinceUpdate)} days since update, where the tracker now gives ${daysText(sinceUpdate)}`;
  const overdue = now.overdue?.days ?? null;
  if (said.overdue !== undefined && said.overdue !== overdue) return `it gives ${describe(a)} ${daysText(said.overdue)} days overdue, where the tracker now gives ${daysText(overdue)}`;
  return undefined;
}

/** An action by what it is, not where: its sheet, review and number; undefined where it has no number. */
const identityKey = (sheet: string, review: string, no: string) => (no ? `${sheet}\u0001${review}\u0001${no}` : undefined);

/** The values of a map whose key occurs once only, by that key: a number repeated cannot say which line is which. */
function uniqueBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T> {
  const found = new Map<string, T | null>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) found.set(k, found.has(k) ? null : item);
  }
  return new Map([...found].filter((entry): entry is [string, T] => entry[1] !== null));
}

function differences(said: StaleSaid, analysis: Plan): Difference[] {
  const { stale, overdue } = flaggedActions(analysis.trackers, said.asOf, said.staleDays ?? analysis.staleDays);
  const asAt = formatLongDate(said.asOf);
  const found: Difference[] = [];
  if (said.stale !== stale.length || said.overdue !== overdue.length) {
    found.push({ row: said.headlineRow, words: `it counts ${countText(said.stale)} stale and ${countText(said.overdue)} overdue as at ${asAt}, where the tracker now gives ${countText(stale.length)} stale and ${countText(overdue.length)} overdue for that date` });
  }
  const listed = listedRows({ trackers: analysis.trackers, stale, overdue });
  // Each action to the line that lists it: at its place where that line names it; else, the plan's rows
  // having moved, the one line naming it by sheet, review and number; else the line at its place.
  const matched = new Map<ListedRow, [string, LineSaid]>();
  const used = new Set<string>();
  for (const now of listed) {
    const key = placeKey(now.action.sheet, now.action.row);
    const line = said.lines.get(key);
    if (line && line.review === now.action.review && line.no === now.action.ref) {
      matched.set(now, [key, line]);
      used.add(key);
    }
  }
  const saidById = uniqueBy([...said.lines].filter(([key]) => !used.has(key)), ([key, line]) => identityKey(key.split("\u0001")[0]!, line.review, line.no));
  const nowById = uniqueBy(listed.filter((now) => !matched.has(now)), (now) => identityKey(now.action.sheet, now.action.review, now.action.ref));
  const moved: { line: LineSaid; from: number; now: ListedRow }[] = [];
  for (const [id, now] of nowById) {
    const entry = saidById.get(id);
    if (!entry) continue;
    matched.set(now, entry);
    used.add(entry[0]);
    moved.push({ line: entry[1], from: Number(entry[0].split("\u0001")[1]), now });
  }
  for (const now of listed) {
    const key = placeKey(now.action.sheet, now.action.row);
    const line = said.lines.get(key);
    if (matched.has(now) || !line || used.has(key)) continue;
    matched.set(now, [key, line]);
    used.add(key);
  }
  for (const now of listed) {
    const entry = matched.get(now);
    if (!entry) {
      const flag = staleFlag(now.stale !== undefined, now.overdue !== undefined).toLowerCase();
      found.push({ row: said.headerRow, words: `it leaves out ${describe(now.action)}, ${flag} as at ${asAt}` });
      continue;
    }
    const words = lineDifference(entry[1], now);
    if (words) found.push({ row: entry[1].row, words });
  }
  // Rows moved are one difference, not one per line: inserting a row above the table moves them all.
  moved.sort((a, b) => a.line.row - b.line.row);
  const [first] = moved;
  if (first) {
    const others = moved.length > 1 ? ` (and ${countText(moved.length - 1)} more)` : "";
    found.push({ row: first.line.row, words: `its rows have moved, so its Row column no longer points at the actions: it lists ${named(first.line.review, first.line.no, first.now.action.sheet, first.from)}, which the tracker now has on row ${first.now.action.row}${others}` });
  }
  for (const [key, line] of said.lines) {
    if (used.has(key)) continue;
    const [sheet, row] = key.split("\u0001") as [string, string];
    found.push({ row: line.row, words: `it lists ${named(line.review, line.no, sheet, Number(row))} as ${line.flag.toLowerCase()}, which the tracker no longer gives as at ${asAt}` });
  }
  return found.sort((a, b) => a.row - b.row);
}

type Plan = Pick<Analysis, "trackers" | "staleDays">;

/**
 * A warning for the Stale Actions sheet RAG Tracker generated whose list is not what the plan gives
 * for the date it was made for, or nothing. A sheet the user renamed to keep it is not compared.
 */
export function staleOutOfDate(sheets: readonly SheetSnapshot[], analysis: Plan): Finding | undefined {
  const sheet = sheets.find((s) => s.generatedKey === "stale" && isGivenName(s.name, STALE_SHEET));
  const said = sheet && readStale(sheet);
  if (!sheet || !said) return undefined;
  return outOfDateFinding(sheet.name, differences(said, analysis), "stale-out-of-date", "This Stale Actions sheet", "generate the RAG summary again before it goes to the committee");
}
