/**
 * Of two columns headed alike, the one a person sees. A team hides last round's column and puts
 * this round's beside it under the same header; the manager reads the visible one and expects it
 * to be the one reported, so a hidden column read for a role gives way to a visible rival.
 */
import type { ColumnRole } from "./settings";
import type { ColumnMap } from "./model";
import type { SheetGrid } from "./sheetGrid";
import { outranksRating } from "./currentRating";

interface Rival {
  role: ColumnRole;
  column: number;
  header: string;
}

/** Swaps, role by role, a hidden column read for the first visible rival headed alike; the hidden one becomes the rival. */
export function preferVisibleColumns(grid: SheetGrid, columns: ColumnMap, headers: Partial<Record<ColumnRole, string>>, rivals: Rival[]): void {
  for (let i = 0; i < rivals.length; i++) {
    const rival = rivals[i]!;
    const read = columns[rival.role];
    if (read === undefined || !grid.isColumnHidden(read) || grid.isColumnHidden(rival.column)) continue;
    // A visible "Target RAG" says itself it is not the rating now: the hidden current one stays read (currentRating.ts).
    if (rival.role === "rating" && outranksRating(headers.rating!, rival.header)) continue;
    rivals[i] = { role: rival.role, column: read, header: headers[rival.role]! };
    columns[rival.role] = rival.column;
    headers[rival.role] = rival.header;
  }
}
