/**
 * What a door should write, as data. The engine decides every value, style and chart;
 * a door only translates this into Office.js calls or spreadsheet-library calls.
 */
import type { CellRange } from "./cells";

/** Stable identity of a generated sheet, recorded in the workbook as its marker. */
export type GeneratedSheetKey = "summary" | "stale" | "history" | "pack";

export type PlanCellStyle = "title" | "subtitle" | "header" | "body" | "wrap" | "total" | "note";

/**
 * A cell's own horizontal alignment, where its column's other values sit otherwise than its kind
 * would: a text set right among dates ("never", a heading over counts), a date set left among texts
 * (a time scale written as a date).
 */
export type PlanCellAlign = "left" | "right";

export type PlanCell =
  /** Always written as text: a leading =, +, - or @ must never become a formula. */
  | { kind: "text"; value: string; style?: PlanCellStyle; fill?: string; fontColour?: string; align?: PlanCellAlign }
  | { kind: "number"; value: number; style?: PlanCellStyle; fill?: string; fontColour?: string }
  /** A calendar date as YYYY-MM-DD, shown with the plan's date format. */
  | { kind: "date"; value: string; style?: PlanCellStyle; fill?: string; fontColour?: string; align?: PlanCellAlign }
  | { kind: "blank"; style?: PlanCellStyle; fill?: string };

export interface ChartSeries {
  name: string;
  /** One column of values, aligned with the chart's categories. */
  values: CellRange;
  colour: string;
  /**
   * The colour of each bar's count written on it, readable on `colour`: printed in black and white,
   * the counts still read where the colours no longer tell the ratings apart.
   */
  labelColour: string;
  /**
   * The number format of this series' counts, where it names the rating ("B 30", chartLabelFormat's
   * `initial`): printed in black and white, Blue and Red fill as near the same grey, so each count says
   * whose it is. The chart's labelFormat where absent.
   */
  labelFormat?: string;
}

/**
 * Of the longest bar's length, the least a segment needs for a count of one digit to fit on it (9 pt, on a
 * page-wide chart whose bars take its whole width); a count of two digits needs twice as much.
 */
const DIGIT_ROOM = 0.015;
/** Of the tallest column's height, the least a segment needs for a line of its count (a column chart is about a third of a page high). */
const LINE_ROOM = 0.06;

/**
 * The number format of a bar's count on it, for a chart whose longest bar counts `longest`: a segment too
 * short for its count (too narrow in a bar chart, too low in a column chart) shows none, where counts of 1 side by side would print as "111" over one another,
 * and zero never shows. The tables above the chart give every count. `labelsShare`: of a bar chart's width,
 * the share its category labels take beside the bars (a delivery plan's long aims take about half), leaving the bars less.
 */
export function chartLabelFormat(longest: number, kind: ChartSpec["kind"], labelsShare = 0, initial?: string): string {
  const plain = `[>=${leastShown(longest, kind, labelsShare, 0)}]0;""`;
  if (initial === undefined) return plain;
  // `initial`: written before each count ("B 30"), taking its letters and a space more of the segment's width;
  // a segment with room for its count alone shows the count alone, as it did.
  const named = leastShown(longest, kind, labelsShare, initial.length + 1);
  const withInitial = `[>=${named}]"${initial.replace(/"/g, '""')} "0`;
  const least = leastShown(longest, kind, labelsShare, 0);
  return named > least ? `${withInitial};[>=${least}]0;""` : `${withInitial};""`;
}

/** The least count a segment shows on it, where `extra` characters go before the count's digits. */
function leastShown(longest: number, kind: ChartSpec["kind"], labelsShare: number, extra: number): number {
  if (kind === "stackedColumn") return Math.max(1, Math.ceil(longest * LINE_ROOM));
  const room = DIGIT_ROOM / (1 - labelsShare);
  const oneDigit = Math.max(1, Math.ceil(longest * (1 + extra) * room));
  const twoDigits = Math.ceil(longest * (2 + extra) * room);
  // Every count of two digits fits where the least that does is 10 or less; else the format holds the larger least for all.
  return twoDigits <= 10 ? oneDigit : twoDigits;
}

/**
 * The letter written before each count of a rating's segments ("B", "G", "A", "R", "U", "I"): the first
 * of its name, or its whole name where two ratings' names begin alike, so no two series share one.
 */
export function ratingInitials(names: readonly string[]): string[] {
  const first = names.map((n) => n.trim().charAt(0).toUpperCase());
  return names.map((n, i) => (first.filter((f) => f === first[i]).length === 1 && first[i] !== "" ? first[i]! : n.trim()));
}

/** A stacked bar or column chart of counts; every door starts its value axis at 0, so each bar's length is its count. */
export interface ChartSpec {
  title: string;
  kind: "stackedBar" | "stackedColumn";
  /** One column of category labels (review, category or reporting date). */
  categories: CellRange;
  series: ChartSeries[];
  /** Where the chart sits on the sheet. */
  anchor: CellRange;
  /** The number format of the counts on the bars (chartLabelFormat). */
  labelFormat: string;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToPagesWide: 1;
  /** Rows repeated at the top of every printed page (Excel row numbers). */
  repeatRows?: { first: number; last: number };
  /**
   * The first row printed: the rows above it are for the team on screen (the note that the sheet is
   * generated), not for the councillors reading the printed pages. Each door sets a print area from
   * it to the sheet's last row and printed column (printArea); from row 1 where absent.
   */
  firstPrintedRow?: number;
  /** Header centre text; the footer is PAGE_FOOTER. */
  header: string;
}

/**
 * Every generated sheet's footer, in Excel's header codes: the sheet's name (&A) and its page
 * number (&P), counted from 1 on each sheet. Not "of &N": printing the whole workbook, &N counts
 * every sheet's pages, so a two-page sheet would say "Page 1 of 12".
 */
export const PAGE_FOOTER = "&A – page &P";

export interface SheetPlan {
  key: GeneratedSheetKey;
  /** The name this sheet should get; see resolveSheetNames for clashes with user sheets. */
  name: string;
  /**
   * The sheet this key's marker points at, where the user renamed it: it is kept as it stands
   * (its marker becomes a kept marker) and this sheet is written as a new one.
   */
  keeps?: string;
  /** The user's own sheet that has the name this sheet would have had: left alone, and this sheet named otherwise. */
  besideOwn?: string;
  /** That sheet is very hidden, so the user cannot see it: said so rather than named as theirs. */
  besideOwnUnseen?: true;
  /** Rows from A1 down; a row may be shorter than others. */
  rows: PlanCell[][];
  /** Column widths in Excel character units, from column A. */
  columnWidths: number[];
  merges: CellRange[];
  charts: ChartSpec[];
  /** Number format for date cells. */
  dateFormat: string;
  freezeRows: number;
  print: PrintSetup;
  /** Rows that start a new printed page (manual breaks), chosen by withPageBreaks; none where absent. */
  pageBreaks?: number[];
}

export interface WritePlan {
  sheets: SheetPlan[];
}

/** A chart over an empty table (no categories or no series) is left out by every door. */
export function hasData(chart: ChartSpec): boolean {
  return chart.series.length > 0 && chart.categories.bottom >= chart.categories.top;
}
