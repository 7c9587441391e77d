/** Fix ratings: every rating the engine can read but that is not written as the sheet writes them, or is a colour with no word. */
import type { Analysis } from "./model";
import type { CellEdit } from "./formatPlan";
import type { CellRange } from "./cells";
import { columnNumber } from "./cells";

/**
 * One edit per rating cell. A rating merged down beside several actions is read on each of their
 * rows, but held in the merge's top-left cell alone: their fixes become one edit there, naming the
 * rows it covers, as the merged rating is one rating counted on each row (mergedRatings.ts). Rows
 * of one merge read with different fixes (a fill Excel gives one of them alone) are left as an edit
 * each, for the door to refuse as it finds them.
 */
export function ratingFixes(analysis: Analysis): CellEdit[] {
  const edits = analysis.findings
    .filter((f) => (f.code === "rating-not-canonical" || f.code === "rating-colour-only") && f.row !== undefined && f.column !== undefined && f.fix !== undefined)
    .map((f) => ({ sheet: f.sheet, row: f.row!, column: columnNumber(f.column!), from: f.value ?? "", to: f.fix! }));
  const mergesOf = new Map(analysis.trackers.flatMap((t) => (t.ratingMerges ? [[t.sheet, t.ratingMerges] as const] : [])));
  if (mergesOf.size === 0) return edits;
  const byMerge = new Map<CellRange, CellEdit[]>();
  const fixes: (CellEdit | CellRange)[] = [];
  for (const edit of edits) {
    const merge = mergesOf.get(edit.sheet)?.find((m) => edit.row >= m.top && edit.row <= m.bottom && edit.column >= m.left && edit.column <= m.right);
    if (!merge) {
      fixes.push(edit);
      continue;
    }
    const group = byMerge.get(merge);
    if (group) group.push(edit);
    else {
      byMerge.set(merge, [edit]);
      fixes.push(merge);
    }
  }
  return fixes.flatMap((fix) => {
    if (!("top" in fix)) return [fix];
    const group = byMerge.get(fix)!;
    const first = group[0]!;
    if (group.some((e) => e.from !== first.from || e.to !== first.to)) return group;
    const rows = group.map((e) => e.row).sort((a, b) => a - b);
    const edit: CellEdit = { sheet: first.sheet, row: fix.top, column: fix.left, from: first.from, to: first.to };
    return rows.length === 1 && rows[0] === fix.top ? [edit] : [{ ...edit, rows }];
  });
}
