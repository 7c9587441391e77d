/**
 * Which columns of a sheet are hidden, asked in the sync that reads the sheet's first cells: one
 * column range each for the columns A to Z, where a tracker's columns lie, and one for every
 * column right of them, which a team may hide at once. Range.columnHidden says true only where
 * every column of the range is hidden, so a mix right of Z is not known column by column and
 * those columns are taken as visible.
 */
import type { ColumnRun } from "../core/cells";
import type { XlRange, XlWorksheet } from "./excelApi";
import { MAX_COLUMNS } from "./addresses";

/** Columns asked one by one. */
const EACH_COLUMNS = 26;
/** The response of one columnHidden load, generously: {"columnHidden":false} and its wrapping. */
const BYTES_PER_ANSWER = 40;
/** What the answers for one sheet add to a sync's response. */
export const HIDDEN_COLUMN_BYTES_PER_SHEET = (EACH_COLUMNS + 1) * BYTES_PER_ANSWER;

/** Queues the loads; the function returned, called after the sync, gives the hidden columns as runs. */
export function queueHiddenColumns(sheet: XlWorksheet): () => ColumnRun[] {
  const each: XlRange[] = [];
  for (let c = 0; c < EACH_COLUMNS; c++) each.push(sheet.getRangeByIndexes(0, c, 1, 1).load("columnHidden"));
  const rest = sheet.getRangeByIndexes(0, EACH_COLUMNS, 1, MAX_COLUMNS - EACH_COLUMNS).load("columnHidden");
  return () => {
    const runs: ColumnRun[] = [];
    const add = (first: number, last: number) => {
      const previous = runs[runs.length - 1];
      if (previous && previous.last === first - 1) previous.last = last;
      else runs.push({ first, last });
    };
    each.forEach((range, c) => {
      if (range.columnHidden === true) add(c + 1, c + 1);
    });
    if (rest.columnHidden === true) add(EACH_COLUMNS + 1, MAX_COLUMNS);
    return runs;
  };
}
