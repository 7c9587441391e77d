/**
 * Which columns of a sheet are hidden, asked of Range.columnHidden in syncs the read makes anyway.
 * Excel answers true where every column of a range is hidden, false where none is, and null for a
 * mix. The first read asks each column A to Z, where a tracker's columns mostly lie, and every
 * column right of them as one range, which a team may hide at once. A mix there is narrowed up to
 * the used range's right edge (a team adds a rating column each quarter, past Z in time, and hides
 * the last one) while the rest is read: one range split into pieces, or into its columns where
 * they are few enough, each sync. A mix right of the used range holds no values and is let be.
 */
import type { ColumnRun } from "../core/cells";
import type { XlRange, XlWorksheet } from "./excelApi";
import { MAX_COLUMNS } from "./addresses";
import { CALL_OVERHEAD_BYTES } from "./payload";

/** Columns asked one by one in the first read. */
const EACH_COLUMNS = 26;
/** The response of one columnHidden load, generously: {"columnHidden":false} and its wrapping. */
const BYTES_PER_ANSWER = 40;
/** The request of one: the range's object path, its instantiation and its load. */
const REQUEST_BYTES_PER_ASK = 3 * CALL_OVERHEAD_BYTES;
/** Request bytes the questions may take in one sync, all sheets together: well under Office.js's 5 MB, with the reads beside them. */
const REQUEST_ALLOWANCE = 1_500_000;
/** Most questions in one sync (about 4,000): A to Z one by one for up to 150 sheets. */
const ASKS_PER_SYNC = Math.floor(REQUEST_ALLOWANCE / REQUEST_BYTES_PER_ASK);
/** What a sync's response carries for that many answers (about 170 KB): taken off the budget of the cells read with them. */
export const ANSWER_BYTES_PER_SYNC = ASKS_PER_SYNC * BYTES_PER_ANSWER;

/** One sheet's hidden columns, as they become known over the syncs of a read. */
export class HiddenColumns {
  private readonly hidden: ColumnRun[] = [];
  /** Ranges Excel answered null for (a mix), not yet narrowed. */
  private mixed: ColumnRun[] = [];
  /** The used range's right edge, once known: no range right of it is narrowed. */
  private lastColumn = MAX_COLUMNS;

  /** Columns the first read asks one by one, per sheet: A to Z, fewer where so many sheets share the sync's questions. */
  static eachColumns(sheets: number): number {
    return Math.max(0, Math.min(EACH_COLUMNS, Math.floor(ASKS_PER_SYNC / Math.max(1, sheets)) - 1));
  }

  /** Queues the first read's questions: `each` columns one by one, the rest as one range. */
  queueFirst(sheet: XlWorksheet, each: number): () => void {
    const ranges: ColumnRun[] = [];
    for (let c = 1; c <= each; c++) ranges.push({ first: c, last: c });
    ranges.push({ first: each + 1, last: MAX_COLUMNS });
    return this.ask(sheet, ranges);
  }

  /** Narrowing stops at the used range's right edge (an Excel column number). */
  endAt(lastColumn: number): void {
    this.lastColumn = lastColumn;
    this.mixed = this.mixed.flatMap((run) => (run.first > lastColumn ? [] : [{ first: run.first, last: Math.min(run.last, lastColumn) }]));
  }

  /** A mix is still to narrow. */
  get pending(): boolean {
    return this.mixed.length > 0;
  }

  /**
   * Queues at most `asks` questions narrowing the mixes: a range whose columns fit is asked column
   * by column, a wider one in as many pieces as fit. Returns how many were queued and, to call
   * after the sync, what takes in the answers.
   */
  queueNarrowing(sheet: XlWorksheet, asks: number): { asked: number; collect: () => void } {
    const ranges: ColumnRun[] = [];
    const left: ColumnRun[] = [];
    for (const run of this.mixed) {
      const room = asks - ranges.length;
      const width = run.last - run.first + 1;
      if (room < 2) {
        left.push(run);
        continue;
      }
      const step = width <= room ? 1 : Math.ceil(width / room);
      for (let first = run.first; first <= run.last; first += step) ranges.push({ first, last: Math.min(run.last, first + step - 1) });
    }
    if (ranges.length === 0) return { asked: 0, collect: () => undefined };
    const collect = this.ask(sheet, ranges);
    return {
      asked: ranges.length,
      collect: () => {
        this.mixed = left;
        collect();
      },
    };
  }

  /** The hidden columns known, as runs in order. */
  runs(): ColumnRun[] {
    const runs: ColumnRun[] = [];
    for (const run of [...this.hidden].sort((a, b) => a.first - b.first)) {
      const previous = runs.at(-1);
      if (previous && previous.last >= run.first - 1) previous.last = Math.max(previous.last, run.last);
      else runs.push({ ...run });
    }
    return runs;
  }

  private ask(sheet: XlWorksheet, ranges: ColumnRun[]): () => void {
    const loaded: XlRange[] = ranges.map((run) => sheet.getRangeByIndexes(0, run.first - 1, 1, run.last - run.first + 1).load("columnHidden"));
    return () => {
      loaded.forEach((range, i) => {
        const run = ranges[i]!;
        if (range.columnHidden === true) this.hidden.push(run);
        else if (range.columnHidden === null && run.first <= this.lastColumn) this.mixed.push({ first: run.first, last: Math.min(run.last, this.lastColumn) });
      });
    };
  }
}

/** Response bytes of the first read's questions for this many sheets. */
export function firstAnswerBytes(sheets: number): number {
  return sheets * (HiddenColumns.eachColumns(sheets) + 1) * BYTES_PER_ANSWER;
}

/** Queues narrowing for every sheet with a mix, ASKS_PER_SYNC questions at most; the function returned takes in the answers. */
export function queueNarrowing(sheets: { hidden: HiddenColumns; sheet: () => XlWorksheet }[]): () => void {
  let room = ASKS_PER_SYNC;
  const collects: (() => void)[] = [];
  for (const { hidden, sheet } of sheets) {
    if (!hidden.pending || room < 2) continue;
    const { asked, collect } = hidden.queueNarrowing(sheet(), room);
    room -= asked;
    collects.push(collect);
  }
  return () => collects.forEach((collect) => collect());
}
