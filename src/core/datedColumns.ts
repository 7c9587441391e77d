/**
 * Columns kept side by side for each round of reporting: "RAG (May 2021)" and "RAG (November 2021)",
 * "Update Q1 2021/22" and "Update Q2 2021/22". A team adds a column each round, so the latest round's
 * column holds the current rating (or update), and the earlier ones are history, not rivals.
 */
import type { ColumnRole, Settings } from "./settings";
import type { SheetGrid } from "./sheetGrid";
import { columnLetter, isBlank } from "./cells";
import type { Finding } from "./findings";
import { ROLE_LABELS } from "./columnRoles";
import { parseTimeScaleText } from "./timeScale";

export interface DatedColumn {
  column: number;
  header: string;
  /** The date its header names, as YYYY-MM-DD (a month or quarter is its last day). */
  date: string;
}

/** A column of another round than the one read: earlier, or later and still empty. */
export interface OtherRoundColumn extends DatedColumn {
  role: ColumnRole;
  /** The column read for the role instead. */
  read: DatedColumn;
}

/**
 * Of several columns headed for one role, the one to read when every header names a date and no
 * two name the same: the latest with anything typed below the header (a column added for the next
 * round and still empty is not yet the current one), else the latest. Null when the headers do not
 * all name distinct dates: then they are rivals, for the user to choose between.
 */
export function latestDatedColumn(
  grid: SheetGrid,
  headerRow: number,
  role: ColumnRole,
  candidates: { column: number; header: string }[],
  locale: Settings["locale"],
): { read: DatedColumn; others: OtherRoundColumn[] } | null {
  const dated: DatedColumn[] = [];
  for (const c of candidates) {
    const date = parseTimeScaleText(c.header, locale).due;
    if (date === null) return null;
    dated.push({ ...c, date });
  }
  if (new Set(dated.map((c) => c.date)).size < dated.length) return null;
  dated.sort((a, b) => (a.date < b.date ? -1 : 1));
  const read = [...dated].reverse().find((c) => holdsAnything(grid, headerRow, c.column)) ?? dated.at(-1)!;
  return { read, others: dated.filter((c) => c !== read).map((c) => ({ ...c, role, read })) };
}

function holdsAnything(grid: SheetGrid, headerRow: number, column: number): boolean {
  for (let row = headerRow + 1; row <= grid.lastRow; row++) if (!isBlank(grid.original(row, column))) return true;
  return false;
}

/** Said of a column of another round, where the header row is: which column is read instead, and why. */
export function otherRoundFinding(sheet: string, headerRow: number, other: OtherRoundColumn): Finding {
  const role = ROLE_LABELS[other.role];
  const read = `column ${columnLetter(other.read.column)} ("${other.read.header}")`;
  const what = other.date < other.read.date ? `an earlier round's ${role} column, so ${read}, of a later round,` : `a later round's ${role} column with nothing typed in it yet, so ${read}`;
  return {
    sheet,
    row: headerRow,
    column: columnLetter(other.column),
    code: "other-round-column",
    severity: "info",
    value: other.header,
    message: `Column ${columnLetter(other.column)} ("${other.header}") is ${what} is the one read; to report another round, choose its column under Column overrides in the task pane's settings.`,
  };
}
