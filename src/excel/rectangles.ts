/**
 * Groups cells that share one attribute (a fill, a number format) into as few rectangles as
 * a simple sweep finds: runs along each row, stacked while the run below matches exactly.
 * One Office.js call per rectangle instead of one per cell keeps requests small.
 */
import type { CellRange } from "../core/cells";

/** `keyAt(row, column)` gives the attribute key of a cell (1-based), or undefined for "nothing to set". */
export function rectanglesByKey(rows: number, columns: number, keyAt: (row: number, column: number) => string | undefined): Map<string, CellRange[]> {
  const done = new Map<string, CellRange[]>();
  /** Rectangles still growing downwards, by "key|left|right". */
  let open = new Map<string, { key: string; rect: CellRange }>();
  const close = (entry: { key: string; rect: CellRange }) => {
    const list = done.get(entry.key) ?? [];
    list.push(entry.rect);
    done.set(entry.key, list);
  };
  for (let row = 1; row <= rows; row++) {
    const next = new Map<string, { key: string; rect: CellRange }>();
    let column = 1;
    while (column <= columns) {
      const key = keyAt(row, column);
      if (key === undefined) {
        column++;
        continue;
      }
      let right = column;
      while (right + 1 <= columns && keyAt(row, right + 1) === key) right++;
      const id = `${key}|${column}|${right}`;
      const above = open.get(id);
      if (above) {
        above.rect.bottom = row;
        open.delete(id);
        next.set(id, above);
      } else next.set(id, { key, rect: { top: row, bottom: row, left: column, right } });
      column = right + 1;
    }
    for (const entry of open.values()) close(entry);
    open = next;
  }
  for (const entry of open.values()) close(entry);
  return done;
}
