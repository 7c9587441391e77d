/**
 * Writes values the user asked to change (Fix ratings). One sync reads every target cell (value,
 * formula, number format, and whether a merged cell is still merged) and checks it still holds
 * what the engine read; only if all do does the write go ahead.
 *
 * A rating merged down beside several actions is one cell, its top-left: the engine gives one edit
 * there, naming the rows it covers (edits of several rows in one merged cell still become one
 * write). A cell merged in from an earlier column is left as it is, with a note: the write would
 * land in that column's cell; one merged on across the next column is written in its top-left, its
 * own. A cell whose rating a formula gives is left as it is, with a note: writing the value would
 * destroy the formula.
 */
import type { CellRange } from "../core/cells";
import type { LeftMerge } from "../core/leftMergeSentences";
import { beyondColumnSentence, leftMergeSentences } from "../core/leftMergeSentences";
import type { CellEdit } from "../core/formatPlan";
import type { XlContext, XlRange, XlRangeAreas } from "./excelApi";
import { TEXT_FORMAT } from "./cellValues";
import { byIndexes, parseAreas } from "./addresses";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "./payload";
import type { WriteStep } from "./writeSteps";
import { callStep, runSteps } from "./writeSteps";
import { ExcelDoorError } from "./errors";
import { changedCell, changedSinceReadMessage, formulaRatingsNote } from "../door/editConflicts";
import type { WrittenRegion } from "./ownWrites";
import { capitalised } from "../core/text";
import { rowsInWords } from "../core/sentences";

/** The text a cell's value reads as, to compare with CellEdit.from. */
function asText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** One cell to write: an edit, moved to the top-left of the merged area it lies in. */
export interface EditTarget {
  edit: CellEdit;
  /** The merged area the edit's cell lies in, as the last read saw it. */
  merge: CellRange | null;
  /** The rows of the edits that became this one write. */
  rows: number[];
  /** Those edits as asked, so a write left undone can say which changes were not made. */
  asked: CellEdit[];
}

/** What a write of edits did: how many cells it wrote, and the edits it left undone, each group with a sentence. */
export interface EditOutcome {
  written: number;
  left: CellEdit[];
  notes: string[];
}

/** Merged areas per sheet (lower-case name), as the last read saw them. */
export type KnownMerges = ReadonlyMap<string, readonly CellRange[]>;

function mergeAt(merges: KnownMerges, sheet: string, row: number, column: number): CellRange | null {
  return merges.get(sheet.toLowerCase())?.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right) ?? null;
}

function rowList(rows: number[]): string {
  return rowsInWords([...rows].sort((a, b) => a - b));
}

/** The cells to write, and the edits left (with a note) where a merged cell's rows were read with different ratings. */
export function editTargets(edits: CellEdit[], merges: KnownMerges): { targets: EditTarget[]; left: CellEdit[]; notes: string[] } {
  const byCell = new Map<string, EditTarget[]>();
  const left: CellEdit[] = [];
  const notes: string[] = [];
  // The edits in each merge starting in an earlier column, by sheet and area: one sentence each.
  const beyond = new Map<string, { edit: CellEdit; merge: CellRange; rows: number[] }>();
  for (const edit of edits) {
    const merge = mergeAt(merges, edit.sheet, edit.row, edit.column);
    // A merge starting in an earlier column holds its value in that column's cell: the fix would be written there, so it is left. One starting in the edit's column (a rating cell merged across to the next) is written in its top-left as usual.
    if (merge && merge.left !== edit.column) {
      left.push(edit);
      const key = `${edit.sheet.toLowerCase()}\u0001${merge.top}\u0001${merge.left}`;
      const known = beyond.get(key);
      if (known) known.rows.push(...(edit.rows ?? [edit.row]));
      else beyond.set(key, { edit, merge, rows: [...(edit.rows ?? [edit.row])] });
      continue;
    }
    const row = merge?.top ?? edit.row;
    const column = merge?.left ?? edit.column;
    const key = `${edit.sheet.toLowerCase()}\u0001${row}\u0001${column}`;
    const list = byCell.get(key) ?? [];
    // An edit the engine already made one for a merged rating names the rows it covers.
    list.push({ edit: { ...edit, row, column }, merge, rows: edit.rows ?? [edit.row], asked: [edit] });
    byCell.set(key, list);
  }
  const targets: EditTarget[] = [];
  for (const group of byCell.values()) {
    const first = group[0]!;
    const rows = group.flatMap((t) => t.rows);
    const asked = group.flatMap((t) => t.asked);
    if (group.some((t) => t.edit.from !== first.edit.from || t.edit.to !== first.edit.to)) {
      left.push(...asked);
      notes.push(`${capitalised(rowList(rows))} of "${first.edit.sheet}" share one merged rating cell but were read with different ratings, so it was left as it is; unmerge the cells or give them one rating and check again.`);
      continue;
    }
    targets.push({ ...first, rows, asked });
  }
  // Those merged in from an earlier column first, as they were said before; many on a sheet in one sentence.
  const beyondMerges = [...beyond.values()].map(({ edit, merge, rows }): LeftMerge => ({ sheet: edit.sheet, column: edit.column, merge, kind: "beyond", sentence: beyondColumnSentence([...rows].sort((a, b) => a - b), edit.column, merge) }));
  return { targets, left, notes: [...leftMergeSentences(beyondMerges), ...notes] };
}

export function editRegions(targets: EditTarget[]): WrittenRegion[] {
  return targets.flatMap((t) => [
    { sheet: t.edit.sheet, range: { top: t.edit.row, bottom: t.edit.row, left: t.edit.column, right: t.edit.column } },
    ...t.rows.filter((r) => r !== t.edit.row).map((r) => ({ sheet: t.edit.sheet, range: { top: r, bottom: r, left: t.edit.column, right: t.edit.column } })),
  ]);
}

/**
 * Whether Excel keeps this text as typed in a cell of any number format: plain words do; text that
 * starts like a formula, or that reads as a number, date, time, percentage or TRUE/FALSE, does not.
 */
export function keptAsTyped(text: string): boolean {
  // Nothing (an undone fix of a rating given by colour alone) empties the cell in any format.
  if (text === "") return true;
  return /^[A-Za-z][A-Za-z ]*$/.test(text) && !/^(true|false)$/i.test(text.trim());
}

interface Column {
  sheet: string;
  column: number;
  top: number;
  bottom: number;
  range?: XlRange;
}

export interface EditOptions {
  pauseEvents: boolean;
  budget?: number;
  /** ExcelApi 1.13: merged areas can be asked for. */
  withMerges: boolean;
}

/** Writes the targets; returns how many cells were written and the edits left as they are, with a note for each group. */
export async function writeEdits(context: XlContext, targets: EditTarget[], options: EditOptions): Promise<EditOutcome> {
  if (targets.length === 0) return { written: 0, left: [], notes: [] };
  // One read per sheet column, over the rows the edits span.
  const columns = new Map<string, Column>();
  const keyOf = (e: CellEdit) => `${e.sheet}\u0001${e.column}`;
  for (const { edit: e } of targets) {
    const c = columns.get(keyOf(e)) ?? { sheet: e.sheet, column: e.column, top: e.row, bottom: e.row };
    c.top = Math.min(c.top, e.row);
    c.bottom = Math.max(c.bottom, e.row);
    columns.set(keyOf(e), c);
  }
  for (const c of columns.values()) {
    c.range = context.workbook.worksheets.getItem(c.sheet).getRangeByIndexes(c.top - 1, c.column - 1, c.bottom - c.top + 1, 1).load("values,formulas,numberFormat");
  }
  // Each merge on its own range: Excel reports a merged area only where its top-left cell is in the range asked.
  const merged = new Map<EditTarget, XlRangeAreas>();
  if (options.withMerges) {
    for (const t of targets) if (t.merge) merged.set(t, byIndexes(context.workbook.worksheets.getItem(t.edit.sheet), t.merge).getMergedAreasOrNullObject().load("address"));
  }
  await context.sync();

  const changed: string[] = [];
  const formulaCells = new Map<string, number[][]>();
  const left: CellEdit[] = [];
  const steps: WriteStep[] = [];
  for (const target of targets) {
    const e = target.edit;
    const c = columns.get(keyOf(e))!;
    const at = e.row - c.top;
    const now = c.range!.values[at]?.[0];
    const formula = c.range!.formulas[at]?.[0];
    const format = c.range!.numberFormat[at]?.[0];
    const areas = merged.get(target);
    const stillMerged = !target.merge || !areas || (!areas.isNullObject && sameArea(parseAreas(areas.address), target.merge));
    if (!stillMerged) {
      const { top, bottom } = target.merge!;
      const rows = bottom - top === 1 ? `rows ${top} and ${bottom}` : `rows ${top} to ${bottom}`;
      // A merge within one row is of columns: the cell, not its row, is what was merged.
      changed.push(top === bottom ? `the merged rating cell on row ${top} of "${e.sheet}" is no longer merged as it was read` : `${rows} of "${e.sheet}" are no longer merged as they were read`);
      continue;
    }
    if (asText(now) !== e.from) {
      changed.push(changedCell(e, asText(now)));
      continue;
    }
    if (typeof formula === "string" && formula.startsWith("=")) {
      // Said as the rows the rating is read on: a merged rating's, all of them.
      formulaCells.set(e.sheet, [...(formulaCells.get(e.sheet) ?? []), target.rows]);
      left.push(...target.asked);
      continue;
    }
    // Plain words stay text in any format; anything Excel would read otherwise is written into a text
    // cell, then the cell's own number format goes back (text once written stays text), so a fix and
    // its undo leave the cell's format as they found it.
    const needsText = !keptAsTyped(e.to) && format !== TEXT_FORMAT;
    steps.push(
      callStep(CALL_OVERHEAD_BYTES * (needsText ? 4 : 2) + jsonBytes(e.to) + (needsText ? jsonBytes(format) : 0), (ctx) => {
        const cell = ctx.workbook.worksheets.getItem(e.sheet).getRangeByIndexes(e.row - 1, e.column - 1, 1, 1);
        if (needsText) cell.numberFormat = [[TEXT_FORMAT]];
        cell.values = [[e.to]];
        if (needsText) cell.numberFormat = [[format]];
      }),
    );
  }
  if (changed.length > 0) throw new ExcelDoorError(changedSinceReadMessage(changed));
  // A handful of cells: Excel recalculates as usual, so the user's own totals over the ratings stay right.
  await runSteps(context, steps, { budget: options.budget, pauseEvents: options.pauseEvents, pauseCalculation: false });
  const notes = [...formulaCells].map(([sheet, cells]) => formulaRatingsNote(sheet, cells));
  return { written: steps.length, left, notes };
}

function sameArea(areas: CellRange[], merge: CellRange): boolean {
  return areas.some((a) => a.top === merge.top && a.left === merge.left && a.bottom === merge.bottom && a.right === merge.right);
}
