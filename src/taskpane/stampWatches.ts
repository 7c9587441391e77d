/**
 * Which cells "last updated" stamping watches: on each tracker with a last-updated column,
 * an edit to the rating or progress response column stamps that row.
 */
import type { Analysis } from "../core/model";
import type { StampWatch } from "../excel/lastUpdatedStamp";

export function stampWatches(analysis: Analysis): StampWatch[] {
  return analysis.trackers.flatMap((t) => {
    const columns = [t.columns.rating, t.columns.response].filter((c): c is number => c !== undefined);
    if (t.columns.updated === undefined || columns.length === 0) return [];
    // Only the tracker's own rows: a cell below the table (a note, another block) is never stamped.
    return [{ sheet: t.sheet, headerRow: t.headerRow, firstRow: t.firstRow, lastRow: t.lastRow, columns, updatedColumn: t.columns.updated }];
  });
}
