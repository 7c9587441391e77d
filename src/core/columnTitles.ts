/**
 * The header row of each table on a generated sheet, named so a screen reader in Excel says each
 * value's column heading ("Days overdue, 42") rather than the number alone. NVDA and JAWS read a
 * defined name starting "ColumnTitle" as the column headings of the cells below it, and where the
 * name ends ".A11.H14", of those cells only: so each table of a sheet that holds several (Totals, By
 * review, By category …, and a table carried on under its heading "(continued)") has a name of its
 * own. Every door writes these names with the sheet and removes a generated sheet's old ones with it.
 */
import { columnLetter, type CellRange } from "./cells";
import type { GeneratedSheetKey, PlanCell, SheetPlan } from "./writePlan";

/** Every name of a generated sheet's tables starts so: a screen reader's prefix, then RAG Tracker's and the sheet's key. */
export const COLUMN_TITLE_PREFIX = "ColumnTitle_RAGTracker_";

export interface ColumnTitle {
  /** "ColumnTitle_RAGTracker_summary_2.A15.H18": the table's headings read for the cells from A15 to H18. */
  name: string;
  /** The header row. */
  header: CellRange;
}

/** Whether a defined name is one of the column titles of the generated sheet of `key` (any case, as Excel compares names). */
export function isColumnTitleOf(name: string, key: GeneratedSheetKey): boolean {
  return name.toLowerCase().startsWith(`${COLUMN_TITLE_PREFIX}${key}_`.toLowerCase());
}

const isHeading = (cell: PlanCell | undefined) => cell?.style === "header";
const isEmpty = (row: readonly PlanCell[]) => row.every((c) => c.kind === "blank" && c.fill === undefined);

/**
 * The tables of a sheet's plan: each row of column headings (two or more cells styled as headings)
 * and the rows below it down to an empty row, another row of headings or a heading of a section
 * (a title, a subtitle or a note in its first cell).
 */
export function columnTitles(plan: Pick<SheetPlan, "key" | "rows">): ColumnTitle[] {
  const titles: ColumnTitle[] = [];
  const { rows } = plan;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const headings = row.flatMap((c, i) => (isHeading(c) ? [i] : []));
    if (headings.length < 2 || row.some((c, i) => !isHeading(c) && !(c.kind === "blank" && c.style === undefined) && i >= headings[0]!)) continue;
    let last = r;
    while (last + 1 < rows.length) {
      const next = rows[last + 1]!;
      const first = next[0]?.style;
      if (isEmpty(next) || next.some(isHeading) || first === "title" || first === "subtitle" || first === "note") break;
      last++;
    }
    const left = headings[0]! + 1;
    const right = headings[headings.length - 1]! + 1;
    const top = r + 1;
    const bottom = last + 1;
    titles.push({
      name: `${COLUMN_TITLE_PREFIX}${plan.key}_${titles.length + 1}.${columnLetter(left)}${top}.${columnLetter(right)}${bottom}`,
      header: { top, left, bottom: top, right },
    });
  }
  return titles;
}
