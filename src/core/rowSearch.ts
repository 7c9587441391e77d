/** Finding rows in a list kept in row order (actions, a sheet's rows of cells) without a look at each. */

/** The index of the first item on `row` or below it; the list's length where none is. A binary search. */
export function firstAtOrAfterRow(items: readonly { row: number }[], row: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid]!.row < row) low = mid + 1;
    else high = mid;
  }
  return low;
}
