/**
 * Groups many areas into multi-area addresses for getRanges (ExcelApi 1.9), each short enough
 * for Excel to accept: one call then covers a group instead of one call per area.
 */
import type { CellRange } from "../core/cells";
import { rangeAddress } from "./addresses";

/**
 * Characters per multi-area address. Excel documents no limit, but refuses some addresses of
 * about 8,200 characters (office-js issue 5198); this stays well inside.
 */
export const MAX_AREAS_ADDRESS = 2_000;

/** Areas in groups whose joined address stays under the limit; one area a group without multi-area support. */
export function areaGroups(ranges: readonly CellRange[], multiArea: boolean): CellRange[][] {
  if (!multiArea) return ranges.map((r) => [r]);
  const groups: CellRange[][] = [];
  let current: CellRange[] = [];
  let length = 0;
  for (const r of ranges) {
    const address = rangeAddress(r);
    if (current.length > 0 && length + address.length + 1 > MAX_AREAS_ADDRESS) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(r);
    length += address.length + 1;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The address getRanges takes for a group: areas joined by commas. */
export function areasAddress(group: readonly CellRange[]): string {
  return group.map(rangeAddress).join(",");
}
