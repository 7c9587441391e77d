/** Reading a tracker's rows into actions, with a finding for every rating or date problem. */
import type { CellValue } from "./cells";
import { cellText, columnLetter, isBlank, isUncalculatedFormula, trimmed } from "./cells";
import type { Finding } from "./findings";
import type { Action, ColumnMap, RatingStatus, Tracker } from "./model";
import type { RagEntry, RagIndex } from "./ragIndex";
import type { Settings } from "./settings";
import type { SheetGrid } from "./sheetGrid";
import type { TrackerLayout } from "./trackerLayout";
import { normaliseRating } from "./ratings";
import { parseTimeScale, parseTimeScaleText } from "./timeScale";
import { cellDate } from "./dates";
import { ratingFindings } from "./ratingFindings";

/** Columns whose own value makes a row an action; a ref or a category alone does not. */
const CONTENT_ROLES = ["recommendation", "actions", "response", "measure", "rating"] as const;

export interface TrackerRead {
  tracker: Tracker;
  findings: Finding[];
}

export function readTracker(grid: SheetGrid, layout: TrackerLayout, lastRow: number, index: RagIndex, settings: Settings): TrackerRead {
  const { columns } = layout;
  // cellText already folds a string's whitespace to single spaces.
  const text = (row: number, column: number | undefined) => (column === undefined ? "" : cellText(grid.get(row, column)));
  // Long texts keep their own line breaks: reports quote them exactly.
  const exact = (row: number, column: number | undefined) => (column === undefined ? "" : exactText(grid.get(row, column)));
  const headerTexts = rowTexts(grid, layout.headerRow, layout);
  const actions: Action[] = [];
  const findings: Finding[] = [];
  let section = "";
  // Trackers repeat the same few rating spellings on every row.
  const ratings = new Map<CellValue, RatingStatus>();
  const rate = (value: CellValue): RatingStatus => {
    if (typeof value !== "string") return normaliseRating(value, index);
    let status = ratings.get(value);
    if (!status) ratings.set(value, (status = normaliseRating(value, index)));
    return status;
  };

  for (let row = layout.headerRow + 1; row <= lastRow; row++) {
    const filledCount = grid.filledCount(row, 2);
    if (filledCount === 0) continue;
    if (repeatsHeader(grid, row, layout, headerTexts)) continue; // a header repeated after a page break
    if (filledCount === 1) {
      const only = grid.filledColumns(row)[0]!;
      if (isSectionRow(grid, row, only, layout)) {
        section = cellText(grid.original(row, only));
        continue;
      }
    }
    if (!hasActionContent(grid, row, columns)) continue;

    const ratingValue: CellValue = columns.rating === undefined ? null : grid.get(row, columns.rating);
    if (isCountBesideTable(grid, row, columns, ratingValue)) continue;
    const due = readDue(grid, row, columns.due, settings);
    const updated = readUpdated(grid, row, columns.updated, settings);
    const action: Action = {
      sheet: grid.name,
      row,
      review: text(row, columns.review) || grid.name,
      ref: text(row, columns.ref),
      category: text(row, columns.category) || section,
      recommendation: exact(row, columns.recommendation),
      actions: exact(row, columns.actions),
      response: exact(row, columns.response),
      lead: text(row, columns.lead),
      rating: rate(ratingValue),
      ratingValue,
      dueText: text(row, columns.due),
      due: due.due,
      updated: updated.date,
    };
    actions.push(action);
    if (due.problem && columns.due !== undefined) findings.push(dateFinding(grid.name, row, columns.due, action.dueText, due.problem, "time scale"));
    if (updated.problem && columns.updated !== undefined)
      findings.push(dateFinding(grid.name, row, columns.updated, text(row, columns.updated), updated.problem, "last-updated date"));
  }

  const spelling = ratingSpelling(actions);
  // Concatenated, not spread into push: a large sheet has more findings than a call may take arguments.
  const allFindings = findings.concat(columns.rating !== undefined ? ratingFindings(actions, columns.rating, spelling, index) : [], duplicateRefFindings(actions, columns));

  const tracker: Tracker = {
    sheet: grid.name,
    headerRow: layout.headerRow,
    firstRow: actions[0]?.row ?? layout.headerRow + 1,
    lastRow: actions.at(-1)?.row ?? layout.headerRow,
    columns,
    headers: layout.headers,
    actions,
    ratingSpelling: spelling,
  };
  return { tracker, findings: allFindings };
}

function exactText(value: CellValue): string {
  return typeof value === "string" ? trimmed(value) : cellText(value);
}

function repeatsHeader(grid: SheetGrid, row: number, layout: TrackerLayout, headerTexts: string): boolean {
  // Cheap test first: most rows differ from the header in their first cell.
  const first = grid.original(row, layout.firstColumn);
  const headerFirst = grid.original(layout.headerRow, layout.firstColumn);
  if (typeof first !== typeof headerFirst || (typeof first === "string" && first.trim().toLowerCase() !== String(headerFirst).trim().toLowerCase())) return false;
  return rowTexts(grid, row, layout) === headerTexts;
}

function rowTexts(grid: SheetGrid, row: number, layout: TrackerLayout): string {
  const parts: string[] = [];
  for (let c = layout.firstColumn; c <= layout.lastColumn; c++) parts.push(cellText(grid.original(row, c)).toLowerCase());
  return parts.join("\u0001");
}

/**
 * "Strategic Aim 1 – Safeguarding is everyone's business" on a row of its own: only the
 * table's first column is filled (perhaps merged across the row), with text, and no rating.
 */
function isSectionRow(grid: SheetGrid, row: number, only: number, layout: TrackerLayout): boolean {
  if (only !== layout.firstColumn && only !== grid.firstColumn) return false;
  if (only === layout.columns.rating) return false;
  const value = grid.original(row, only);
  return typeof value === "string" && /[A-Za-z]{3}/.test(value);
}

function hasActionContent(grid: SheetGrid, row: number, columns: ColumnMap): boolean {
  return CONTENT_ROLES.some((role) => {
    const c = columns[role];
    return c !== undefined && !isBlank(grid.original(row, c));
  });
}

/**
 * "Blue actions | 2" kept under the table: a number in the rating column (never a rating) with
 * nothing in the other action columns is a count the team keeps, not an action. A formula whose
 * result the file does not hold, alone on its row, is taken for the same.
 */
function isCountBesideTable(grid: SheetGrid, row: number, columns: ColumnMap, ratingValue: CellValue): boolean {
  if (typeof ratingValue !== "number" && !isUncalculatedFormula(ratingValue)) return false;
  return CONTENT_ROLES.every((role) => role === "rating" || columns[role] === undefined || isBlank(grid.original(row, columns[role])));
}

function readDue(grid: SheetGrid, row: number, column: number | undefined, settings: Settings) {
  if (column === undefined) return { due: null };
  return parseTimeScale(grid.get(row, column), grid.numberFormat(row, column), settings.locale);
}

function readUpdated(grid: SheetGrid, row: number, column: number | undefined, settings: Settings): { date: string | null; problem?: string } {
  if (column === undefined) return { date: null };
  const value = grid.get(row, column);
  const date = cellDate(value, grid.numberFormat(row, column));
  if (date) return { date };
  if (typeof value !== "string" || value.trim() === "") return { date: null };
  const parsed = parseTimeScaleText(value, settings.locale);
  return parsed.problem ? { date: null, problem: parsed.problem } : { date: parsed.due };
}

function dateFinding(sheet: string, row: number, column: number, value: string, problem: string, what: string): Finding {
  return {
    sheet,
    row,
    column: columnLetter(column),
    code: "date-invalid",
    severity: "warning",
    value,
    message: `Row ${row}: the ${what} ${problem}, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.`,
  };
}

/** The spelling most of the sheet's valid ratings use (codes on ties go to names). */
function ratingSpelling(actions: Action[]): "code" | "name" {
  // Each distinct spelling is judged once: a sheet repeats a handful of them on every row.
  const uses = new Map<string, { entry: RagEntry; count: number }>();
  for (const a of actions) {
    if (a.rating.kind !== "rated" || typeof a.ratingValue !== "string") continue;
    const use = uses.get(a.ratingValue);
    if (use) use.count++;
    else uses.set(a.ratingValue, { entry: a.rating.entry, count: 1 });
  }
  let codes = 0;
  let names = 0;
  for (const [value, { entry, count }] of uses) {
    const typed = value.trim().toLowerCase();
    if (typed === entry.code.toLowerCase() && typed !== entry.name.toLowerCase()) codes += count;
    else names += count;
  }
  return codes > names ? "code" : "name";
}

function duplicateRefFindings(actions: Action[], columns: ColumnMap): Finding[] {
  if (columns.ref === undefined) return [];
  // Review (any case) → number → first action: no key string built per action.
  const byReview = new Map<string, Map<string, Action>>();
  // The same maps by the review as written, so most actions need no lower-cased copy of it.
  const numbersOf = new Map<string, Map<string, Action>>();
  const findings: Finding[] = [];
  for (const a of actions) {
    if (a.ref === "") continue;
    let numbers = numbersOf.get(a.review);
    if (!numbers) {
      const review = a.review.toLowerCase();
      numbers = byReview.get(review);
      if (!numbers) byReview.set(review, (numbers = new Map()));
      numbersOf.set(a.review, numbers);
    }
    const ref = a.ref.toLowerCase();
    const first = numbers.get(ref);
    if (!first) {
      numbers.set(ref, a);
      continue;
    }
    findings.push({
      sheet: a.sheet,
      row: a.row,
      column: columnLetter(columns.ref),
      code: "duplicate-ref",
      severity: "warning",
      value: a.ref,
      message: `Row ${a.row}: action number ${a.ref} of ${a.review} is also used on row ${first.row}; give each action its own number so reports can follow it.`,
    });
  }
  return findings;
}
