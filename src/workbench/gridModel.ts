/**
 * The rows and cells the workbench grid draws for one sheet: each cell's text and the look it
 * would have in Excel, its own style with the conditional formats that hold for it on top (the
 * add-in's rating colours and highlights included), merges as spans, text running over the empty
 * cells to its right, and column widths in pixels.
 */
import type { CellRange } from "../core/cells";
import type { CellLook, SheetView, ViewCell } from "../xlsx/sheetView";
import type { CellLookup, CompiledRule } from "./conditionalFormula";
import { UnsupportedFormula, compileRule } from "./conditionalFormula";

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

function inside(range: CellRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

interface ActiveRule {
  ranges: CellRange[];
  look: CellLook;
  compiled: CompiledRule;
}

/** A later look only fills in what an earlier (higher-priority) one left unset, as Excel stacks its rules. */
function under(top: CellLook, below: CellLook): CellLook {
  return { ...below, ...top };
}

export function gridModel(view: SheetView, mustShowRow = 0): GridModel {
  const byPlace = new Map<string, ViewCell>();
  for (const cell of view.cells) byPlace.set(`${cell.row}:${cell.column}`, cell);
  const lookup: CellLookup = (row, column) => byPlace.get(`${row}:${column}`)?.value ?? null;

  const rules: ActiveRule[] = [];
  let skippedRules = view.otherRuleKinds.length;
  for (const rule of view.rules) {
    try {
      rules.push({ ranges: rule.ranges, look: rule.look, compiled: compileRule(rule.formula, rule.ranges[0]!.top, rule.ranges[0]!.left) });
    } catch (error) {
      if (!(error instanceof UnsupportedFormula)) throw error;
      skippedRules++;
    }
  }

  const spans = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const m of view.merges) {
    spans.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }

  const lastColumn = Math.max(1, view.lastColumn, ...view.merges.map((m) => m.right));
  const lastRow = Math.max(view.lastRow, ...view.merges.map((m) => m.bottom), 0);
  const shownRows = Math.min(Math.max(lastRow, 1), Math.max(ROW_LIMIT, mustShowRow));

  /** The empty cells right of this one, up to the first with anything in it or in a merge. */
  const emptyAfter = (row: number, column: number): number => {
    let spill = 0;
    for (let c = column + 1; c <= lastColumn; c++) {
      const key = `${row}:${c}`;
      if (byPlace.get(key)?.text || spans.has(key) || covered.has(key)) break;
      spill++;
    }
    return spill;
  };

  const conditionalLook = (row: number, column: number): CellLook => {
    let look = NO_LOOK;
    for (const rule of rules) {
      if (!rule.ranges.some((r) => inside(r, row, column))) continue;
      if (rule.compiled.appliesAt(row, column, lookup)) look = under(look, rule.look);
    }
    return look;
  };

  const rows: GridRow[] = [];
  for (let row = 1; row <= shownRows; row++) {
    const cells: GridCell[] = [];
    for (let column = 1; column <= lastColumn; column++) {
      const key = `${row}:${column}`;
      if (covered.has(key)) continue;
      const cell = byPlace.get(key);
      const merge = spans.get(key);
      cells.push({
        column,
        text: cell?.text ?? "",
        look: { ...(cell?.look ?? NO_LOOK), ...conditionalLook(row, column) },
        wrap: cell?.wrap ?? false,
        alignRight: cell?.alignRight ?? false,
        rowSpan: merge ? Math.min(merge.bottom, shownRows) - merge.top + 1 : 1,
        colSpan: merge ? merge.right - merge.left + 1 : 1,
        spill: runsOn(cell) && !merge ? emptyAfter(row, column) : 0,
      });
    }
    rows.push({ row, cells });
  }

  const widths = Array.from({ length: lastColumn }, (_, i) => pixels(view.widths[i + 1]));
  return { widths, rows, lastRow, skippedRules };
}
