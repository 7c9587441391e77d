/**
 * The rows and cells the workbench grid draws for one sheet: each cell's text and the look it
 * would have in Excel, its own style with the conditional formats that hold for it on top (the
 * add-in's rating colours and highlights included), merges as spans, text running over the empty
 * cells to its right (past the last column used too, as Excel shows empty columns), and column widths in pixels. Only the rows drawn are built, their cells read
 * from the sheet's view as they are needed, so the cost follows what is drawn, not the sheet's size.
 */
import type { CellRange } from "../core/cells";
import type { CellLook, SheetView, ViewCell } from "../xlsx/sheetView";
import type { CellLookup, CompiledRule } from "./conditionalFormula";
import { UnsupportedFormula, compileRule } from "./conditionalFormula";
import type { HighlightKind } from "./highlightKind";
import { highlightKind } from "./highlightKind";

/** Rows drawn at most (plus any needed to reach the selected cell); the download always has them all. */
export const ROW_LIMIT = 1000;

export interface GridCell {
  column: number;
  text: string;
  look: CellLook;
  wrap: boolean;
  alignRight: boolean;
  rowSpan: number;
  colSpan: number;
  /** How many empty cells to its right the text runs over, as Excel shows text that does not fit. */
  spill: number;
  /** The add-in's highlights that hold for the cell (overdue, invalid…), which its look shows only as colour. */
  highlights: HighlightKind[];
}

export interface GridRow {
  row: number;
  cells: GridCell[];
}

export interface GridModel {
  /** Pixel width of each column, A first. */
  widths: number[];
  rows: GridRow[];
  /** The sheet's last used row; more than rows.length when the grid stops at the limit. */
  lastRow: number;
  /** Conditional-format rules the grid could not work out (formulas outside what it reads). */
  skippedRules: number;
}

const NO_LOOK: CellLook = {};

/** Excel's column width in characters to screen pixels (a character is about 7 px at 11 pt Calibri, plus padding). */
function pixels(width: number | undefined): number {
  if (width === undefined) return 64;
  return Math.min(480, Math.max(24, Math.round(width * 7 + 5)));
}

/**
 * Excel runs unwrapped, unmerged text on over the empty cells to its right (a title, a long
 * heading). Numbers and dates never run on (Excel shows ### instead), nor does text aligned right.
 */

function runsOn(cell: ViewCell | undefined): boolean {
  return typeof cell?.value === "string" && cell.text !== "" && !cell.wrap && !cell.alignRight;
}

/** A generous width of one character of the grid's text (bold titles too), to judge how far a text runs on. */
const CHARACTER_PX = 8;
/** Empty columns drawn past the last used one at most, however long a text running into them. */
const MAX_EMPTY_COLUMNS = 30;

function inside(range: CellRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

interface ActiveRule {
  ranges: CellRange[];
  look: CellLook;
  compiled: CompiledRule;
  highlight: HighlightKind | undefined;
}

/** A later look only fills in what an earlier (higher-priority) one left unset, as Excel stacks its rules. */
function under(top: CellLook, below: CellLook): CellLook {
  return { ...below, ...top };
}

/** Excel's columns (A to XFD): a place's number in the window's cache is row × this + column. */
const COLUMNS = 16_384;

/**
 * Reads each place of the sheet once, as the grid's cells, runs of text and rule formulas ask for
 * it: only the places in and around the rows drawn are read, never the whole sheet.
 */
function readOnce(view: SheetView): (row: number, column: number) => ViewCell | undefined {
  const read = new Map<number, ViewCell | undefined>();
  return (row, column) => {
    const key = row * (COLUMNS + 1) + column;
    if (read.has(key)) return read.get(key);
    const cell = view.cellAt(row, column);
    read.set(key, cell);
    return cell;
  };
}

/** The grid's note when it cannot show some of the sheet's conditional formatting rules: each rule counted, as Excel's Rules Manager lists them. */
export function skippedRulesSentence(skipped: number): string {
  const count = skipped.toLocaleString("en-GB");
  return skipped === 1
    ? "1 conditional formatting rule of this sheet cannot be shown here; Excel will show it."
    : `${count} conditional formatting rules of this sheet cannot be shown here; Excel will show them.`;
}

/** The grid's foot when it draws fewer rows than the sheet has (the first ROW_LIMIT, or as many as reach a selected cell). */
export function shownRowsSentence(shown: number, lastRow: number): string {
  const count = (n: number) => n.toLocaleString("en-GB");
  return `Showing rows 1 to ${count(shown)} of ${count(lastRow)}; the download has them all.`;
}

/** The rows drawn of the sheet: the first ROW_LIMIT, or as many as reach `mustShowRow` (a selected cell). */
export function gridModel(view: SheetView, mustShowRow = 0): GridModel {
  const lastColumn = view.merges.reduce((last, m) => Math.max(last, m.right), Math.max(1, view.lastColumn));
  const lastRow = view.merges.reduce((last, m) => Math.max(last, m.bottom), Math.max(view.lastRow, 0));
  const shownRows = Math.min(Math.max(lastRow, 1), Math.max(ROW_LIMIT, mustShowRow));
  const cellAt = readOnce(view);
  const lookup: CellLookup = (row, column) => cellAt(row, column)?.value ?? null;
  const shown = (range: CellRange) => range.top <= shownRows;

  const rules: ActiveRule[] = [];
  let skippedRules = view.otherRules.length;
  for (const rule of view.rules) {
    let compiled: CompiledRule;
    try {
      compiled = compileRule(rule.formula, rule.ranges[0]!.top, rule.ranges[0]!.left);
    } catch (error) {
      if (!(error instanceof UnsupportedFormula)) throw error;
      skippedRules++;
      continue;
    }
    // Only the rule's ranges among the rows drawn are looked at for each cell (a check may mark thousands of rows).
    const ranges = rule.ranges.filter(shown);
    if (ranges.length > 0) rules.push({ ranges, look: rule.look, compiled, highlight: highlightKind(rule.formula, rule.look) });
  }

  const widthOf = (column: number) => pixels(view.widths[column]);
  const spans = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const m of view.merges.filter(shown)) {
    spans.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= Math.min(m.bottom, shownRows); r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }

  const merged = (row: number, column: number) => spans.has(`${row}:${column}`) || covered.has(`${row}:${column}`);

  /**
   * Excel shows empty columns past the last one used, and text in a row's last cell runs on into
   * them (minutes kept in column A): as many are drawn as the longest such text needs.
   */
  let emptyColumns = 0;
  for (let row = 1; row <= shownRows; row++) {
    let column = lastColumn;
    while (column > 1 && !cellAt(row, column)?.text && !merged(row, column)) column--;
    if (!runsOn(cellAt(row, column)) || merged(row, column)) continue;
    let room = 0;
    for (let c = column; c <= lastColumn; c++) room += widthOf(c);
    let needed = cellAt(row, column)!.text.length * CHARACTER_PX - room;
    let extra = 0;
    while (needed > 0 && extra < MAX_EMPTY_COLUMNS && lastColumn + extra < COLUMNS) {
      extra++;
      needed -= widthOf(lastColumn + extra);
    }
    emptyColumns = Math.max(emptyColumns, extra);
  }
  const shownColumns = lastColumn + emptyColumns;

  /** The empty cells right of this one, up to the first with anything in it or in a merge. */
  const emptyAfter = (row: number, column: number): number => {
    let spill = 0;
    for (let c = column + 1; c <= shownColumns; c++) {
      const key = `${row}:${c}`;
      if (cellAt(row, c)?.text || spans.has(key) || covered.has(key)) break;
      spill++;
    }
    return spill;
  };

  const conditionalLook = (row: number, column: number): { look: CellLook; highlights: HighlightKind[] } => {
    let look = NO_LOOK;
    const highlights: HighlightKind[] = [];
    for (const rule of rules) {
      if (!rule.ranges.some((r) => inside(r, row, column))) continue;
      if (!rule.compiled.appliesAt(row, column, lookup)) continue;
      look = under(look, rule.look);
      if (rule.highlight && !highlights.includes(rule.highlight)) highlights.push(rule.highlight);
    }
    return { look, highlights };
  };

  const rows: GridRow[] = [];
  for (let row = 1; row <= shownRows; row++) {
    const cells: GridCell[] = [];
    for (let column = 1; column <= shownColumns; column++) {
      const key = `${row}:${column}`;
      if (covered.has(key)) continue;
      const cell = cellAt(row, column);
      const merge = spans.get(key);
      const conditional = conditionalLook(row, column);
      cells.push({
        column,
        text: cell?.text ?? "",
        look: { ...(cell?.look ?? NO_LOOK), ...conditional.look },
        highlights: conditional.highlights,
        wrap: cell?.wrap ?? false,
        alignRight: cell?.alignRight ?? false,
        rowSpan: merge ? Math.min(merge.bottom, shownRows) - merge.top + 1 : 1,
        colSpan: merge ? merge.right - merge.left + 1 : 1,
        spill: runsOn(cell) && !merge ? emptyAfter(row, column) : 0,
      });
    }
    rows.push({ row, cells });
  }

  const widths = Array.from({ length: shownColumns }, (_, i) => widthOf(i + 1));
  return { widths, rows, lastRow, skippedRules };
}

/**
 * The add-in's highlights that hold for one cell, in the order the grid finds them, without
 * building the rows: the selected cell's caption says them, whichever rows the grid draws.
 */
export function cellHighlights(view: SheetView, row: number, column: number): HighlightKind[] {
  const cellAt = readOnce(view);
  const lookup: CellLookup = (r, c) => cellAt(r, c)?.value ?? null;
  const highlights: HighlightKind[] = [];
  for (const rule of view.rules) {
    const kind = highlightKind(rule.formula, rule.look);
    if (!kind || highlights.includes(kind) || !rule.ranges.some((r) => inside(r, row, column))) continue;
    let compiled: CompiledRule;
    try {
      compiled = compileRule(rule.formula, rule.ranges[0]!.top, rule.ranges[0]!.left);
    } catch (error) {
      if (!(error instanceof UnsupportedFormula)) throw error;
      continue;
    }
    if (compiled.appliesAt(row, column, lookup)) highlights.push(kind);
  }
  return highlights;
}
