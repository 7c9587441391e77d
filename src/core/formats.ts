/**
 * The formats the add-in offers on a tracker: rating colours with a drop-down list, a
 * highlight of invalid and missing ratings, and a highlight of stale and overdue rows.
 * Formulas are relative to the top-left cell of a rule's first range, as Excel reads a
 * conditional format over several areas.
 */
import type { CellRange } from "./cells";
import { columnLetter } from "./cells";
import type { Analysis, Tracker } from "./model";
import type { RagEntry, RagIndex } from "./ragIndex";
import { holdsPlainRating, holdsRating } from "./ratingFormula";
import type { ConditionalRule, FormatPlan, FormatTag } from "./formatPlan";
import { formatTagText } from "./formatPlan";
import { MAX_ALERT, MAX_COLUMNS, MAX_LIST_SOURCE, MAX_ROWS, fitText, fitsInFormula } from "./excelLimits";

/**
 * Rows below the last action that rating colours and the list also cover, so new actions are
 * coloured too; only as many as are empty there (Tracker.roomBelow).
 */
export const ROOM_FOR_NEW_ROWS = 200;

export const PROBLEM_STYLES = {
  invalid: { fill: "#FFC7CE", fontColour: "#9C0006", bold: true },
  unrated: { fill: "#FFEB9C", fontColour: "#7F4F00", bold: true },
  stale: { fill: "#FCE4D6", fontColour: "#000000" },
  // Bold as well as a deeper pink: the two highlights differ in more than colour.
  overdue: { fill: "#F4B6B6", fontColour: "#000000", bold: true },
} as const;

type RatingMatch = (cell: string, entry: RagEntry) => string;

/**
 * How many of a sheet's ratings written with words ("Blue - Complete") the rules match as written,
 * most used first, and how long each may be: the plain match stays short, and Excel allows a text
 * of at most 255 characters in a formula.
 */
export const MAX_WORDED_MATCHED = 12;
export const MAX_WORDED_LENGTH = 100;

/** Excel's longest cell reference: a rule that fits with it fits wherever a tracker stands. */
const LONGEST_CELL = `$${columnLetter(MAX_COLUMNS)}${MAX_ROWS}`;

/** The sheet's wordings of the entry that the rules match as written. */
function wordingsOf(tracker: Tracker, entry: RagEntry): string[] {
  return tracker.wordedRatings
    .filter((w) => w.text.length <= MAX_WORDED_LENGTH)
    .slice(0, MAX_WORDED_MATCHED)
    .filter((w) => w.name === entry.name)
    .map((w) => w.text);
}

/** The entry's name or code, or one of the sheet's own wordings of it, alone: short, so it always fits. */
function plainMatch(tracker: Tracker): RatingMatch {
  return (cell, entry) => holdsPlainRating(cell, entry, wordingsOf(tracker, entry));
}

function colourFormula(cell: string, entry: RagEntry, matches: RatingMatch): string {
  return withTag(`IFERROR(${matches(cell, entry)},FALSE)`, "rating-colours");
}

/**
 * How each colour rule matches its rating: as the engine reads it, any words after it included
 * (ratingFormula.ts), and the sheet's own wordings as written, where that rule fits in an Excel
 * formula at the longest cell reference (about 1,500 characters each); else by the plain match.
 */
function colourMatch(tracker: Tracker, index: RagIndex): RatingMatch {
  const plain = plainMatch(tracker);
  const worded: RatingMatch = (cell, entry) => holdsRating(cell, entry, index, wordingsOf(tracker, entry));
  const fits = new Set(index.entries.filter((entry) => fitsInFormula(colourFormula(LONGEST_CELL, entry, worded))));
  return (cell, entry) => (fits.has(entry) ? worded(cell, entry) : plain(cell, entry));
}

/** TRUE where the cell holds something other than a rating: what the invalid highlight shows on. */
function notRating(cell: string, index: RagIndex, matches: RatingMatch): string {
  return `AND(TRIM(${cell})<>"",NOT(OR(${index.entries.map((e) => matches(cell, e)).join(",")})))`;
}

/**
 * The invalid highlight: every colour rule's match in one formula, so a flagged cell shows its
 * colour or the highlight, never both and never neither. Where that passes Excel's limits (seven
 * ratings or more, about 1,500 characters each), it falls back to the plain match, names, codes and
 * the sheet's own wordings alone, which a colour rule always also matches: those still show one or
 * the other. A wording new to the sheet ("Amber - awaiting sign-off" typed later) then meets both
 * its colour and the highlight, and Excel shows the rule higher in its list, the one added last,
 * until Check ratings is run again and no longer finds the cell invalid.
 */
function invalidFormula(cell: string, tracker: Tracker, index: RagIndex): string {
  const formula = (matches: RatingMatch) => withTag(`IFERROR(${notRating(cell, index, matches)},TRUE)`, "rating-problems");
  const full = formula(colourMatch(tracker, index));
  return fitsInFormula(full) ? full : formula(plainMatch(tracker));
}

/**
 * The ratings the drop-down list offers: each as the sheet writes it, by code or name, or with its
 * words where the sheet mostly writes that rating so ("Blue - Complete"). Plain codes or names where
 * a wording holds a comma or the list grows longer than Excel allows.
 */
function listedRatings(tracker: Tracker, entries: readonly RagEntry[]): string[] {
  const plain = entries.map((e) => (tracker.ratingSpelling === "code" ? e.code : e.name));
  if (tracker.wordedRatings.length === 0) return plain;
  const plainUses = new Map<string, number>();
  for (const a of tracker.actions) {
    if (a.rating.kind === "rated" && !a.rating.withWords) plainUses.set(a.rating.entry.name, (plainUses.get(a.rating.entry.name) ?? 0) + 1);
  }
  const listed = entries.map((e, i) => {
    const wordings = tracker.wordedRatings.filter((w) => w.name === e.name);
    const worded = wordings.reduce((sum, w) => sum + w.uses, 0);
    return wordings.length > 0 && worded > (plainUses.get(e.name) ?? 0) ? wordings[0]!.text : plain[i]!;
  });
  return listed.some((l) => l.includes(",")) || listed.join(",").length > MAX_LIST_SOURCE ? plain : listed;
}

function withTag(condition: string, tag: FormatTag): string {
  return `=(${condition})+${formatTagText(tag)}`;
}

/** Runs of consecutive rows as ranges from `left` to `right`. */
export function rowRuns(rows: number[], left: number, right: number): CellRange[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: CellRange[] = [];
  for (const row of sorted) {
    const last = runs.at(-1);
    if (last && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, bottom: row, left, right });
  }
  return runs;
}

function ratingCell(tracker: Tracker, row: number): string {
  return `$${columnLetter(tracker.columns.rating!)}${row}`;
}

/**
 * The rating column from the first action down through the empty rows below the last, stopping
 * short of whatever is below (the RAG key, notes, another table) and of the next tracker on the
 * sheet, so no two plans' lists overlap; null when there is no row at all.
 */
export function ratingFormatRange(tracker: Tracker, trackers: readonly Tracker[]): CellRange | null {
  const column = tracker.columns.rating!;
  const nextHeader = Math.min(...trackers.filter((t) => t.sheet === tracker.sheet && t.headerRow > tracker.headerRow).map((t) => t.headerRow));
  const bottom = Math.min(tracker.lastRow + Math.min(tracker.roomBelow, ROOM_FOR_NEW_ROWS), nextHeader - 1, MAX_ROWS);
  return bottom >= tracker.firstRow ? { top: tracker.firstRow, bottom, left: column, right: column } : null;
}

export function ratingColourFormats(analysis: Analysis): FormatPlan[] {
  return analysis.trackers
    .filter((t) => t.columns.rating !== undefined)
    .flatMap((tracker) => {
      const range = ratingFormatRange(tracker, analysis.trackers);
      if (!range) return [];
      const cell = ratingCell(tracker, tracker.firstRow);
      const matches = colourMatch(tracker, analysis.index);
      const rules: ConditionalRule[] = analysis.index.entries.map((entry) => ({
        ranges: [range],
        formula: colourFormula(cell, entry, matches),
        fill: entry.colour,
        fontColour: entry.textColour,
        bold: true,
      }));
      const allowed = listedRatings(tracker, analysis.index.entries);
      const meanings = analysis.index.entries.map((e) => `${e.name}: ${e.meaning}`).join(" ");
      return [
        {
          tag: "rating-colours" as const,
          sheet: tracker.sheet,
          rules,
          validation: { range, allowed, message: fitText(`Choose a rating from the RAG index. ${meanings}`, MAX_ALERT) },
        },
      ];
    });
}

export function ratingProblemFormats(analysis: Analysis): FormatPlan[] {
  const plans: FormatPlan[] = [];
  for (const tracker of analysis.trackers) {
    if (tracker.columns.rating === undefined) continue;
    const column = tracker.columns.rating;
    const rowsOf = (code: string) => analysis.findings.filter((f) => f.sheet === tracker.sheet && f.code === code && f.row !== undefined).map((f) => f.row!);
    const rules: ConditionalRule[] = [];
    const invalidRuns = rowRuns(rowsOf("rating-invalid"), column, column);
    if (invalidRuns.length > 0) {
      const cell = ratingCell(tracker, invalidRuns[0]!.top);
      // Still flagged only while the cell is still not a rating: a corrected cell clears itself, worded as the team likes.
      rules.push({ ranges: invalidRuns, formula: invalidFormula(cell, tracker, analysis.index), ...PROBLEM_STYLES.invalid });
    }
    const unratedRuns = rowRuns(rowsOf("rating-unrated"), column, column);
    if (unratedRuns.length > 0) {
      const cell = ratingCell(tracker, unratedRuns[0]!.top);
      rules.push({ ranges: unratedRuns, formula: withTag(`IFERROR(TRIM(${cell})="",FALSE)`, "rating-problems"), ...PROBLEM_STYLES.unrated });
    }
    if (rules.length > 0) plans.push({ tag: "rating-problems", sheet: tracker.sheet, rules });
  }
  return plans;
}

export function staleRowFormats(analysis: Analysis): FormatPlan[] {
  const plans: FormatPlan[] = [];
  for (const tracker of analysis.trackers) {
    const columns = Object.values(tracker.columns);
    const left = Math.min(...columns);
    const right = Math.max(...columns);
    const overdueRows = analysis.overdue.filter((f) => f.action.sheet === tracker.sheet).map((f) => f.action.row);
    const overdue = new Set(overdueRows);
    const staleRows = analysis.stale.filter((f) => f.action.sheet === tracker.sheet && !overdue.has(f.action.row)).map((f) => f.action.row);
    // The rating cell keeps its own colour (or its invalid or missing highlight): the row's highlight goes either side of it.
    const rating = tracker.columns.rating;
    const spans: [number, number][] = rating === undefined ? [[left, right]] : [[left, rating - 1], [rating + 1, right]];
    const runs = (rows: number[]) => spans.filter(([from, to]) => from <= to).flatMap(([from, to]) => rowRuns(rows, from, to));
    const rules: ConditionalRule[] = [];
    // Overdue first: Excel applies the first matching rule, and overdue is the stronger signal.
    if (overdueRows.length > 0) rules.push({ ranges: runs(overdueRows), formula: withTag("TRUE", "stale-rows"), ...PROBLEM_STYLES.overdue });
    if (staleRows.length > 0) rules.push({ ranges: runs(staleRows), formula: withTag("TRUE", "stale-rows"), ...PROBLEM_STYLES.stale });
    if (rules.length > 0) plans.push({ tag: "stale-rows", sheet: tracker.sheet, rules });
  }
  return plans;
}
