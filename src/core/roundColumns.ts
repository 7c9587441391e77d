/**
 * Columns kept side by side for each round of reporting. A team adds a column each round, so the
 * latest round's column holds the current rating (or update, or date), and the earlier ones are
 * history, not rivals. The rounds are told apart by the dates their headers name ("RAG (May 2021)"
 * and "RAG (November 2021)", "Update Q1 2021/22" and "Update Q2 2021/22"), or by their words
 * ("Previous RAG" and "Current RAG", "Target date" and "Revised target date").
 */
import type { ColumnRole, Settings } from "./settings";
import type { SheetGrid } from "./sheetGrid";
import { columnLetter, isBlank } from "./cells";
import type { Finding } from "./findings";
import { ROLE_LABELS } from "./columnRoles";
import { parseTimeScaleText } from "./timeScale";
import { headerKey } from "./text";

export interface RoundColumn {
  column: number;
  header: string;
}

/** A column of another round than the one read: earlier, or later and still empty. */
export interface OtherRoundColumn extends RoundColumn {
  role: ColumnRole;
  /** The column read for the role instead. */
  read: RoundColumn;
  later: boolean;
}

interface Rounds {
  read: RoundColumn;
  others: OtherRoundColumn[];
}

/**
 * Of several columns headed for one role, the one to read when their headers put them in rounds:
 * the latest with anything typed below the header (a column added for the next round and still
 * empty is not yet the current one), else the latest. Columns outside the rounds, and all of them
 * when the headers do not say which round each is, are rivals, for the user to choose between.
 */
export function roundColumns(grid: SheetGrid, headerRow: number, role: ColumnRole, candidates: RoundColumn[], locale: Settings["locale"]): Rounds | null {
  const inOrder = byDate(candidates, locale) ?? (WORD_ROUND_ROLES.has(role) ? byWords(candidates) : null);
  if (!inOrder) return null;
  const latest = inOrder.length - 1;
  let readAt = latest;
  while (readAt >= 0 && !holdsAnything(grid, headerRow, inOrder[readAt]!.column)) readAt--;
  if (readAt < 0) readAt = latest;
  const read = inOrder[readAt]!;
  return { read, others: inOrder.flatMap((c, i) => (i === readAt ? [] : [{ ...c, role, read, later: i > readAt }])) };
}

/** Oldest first, when every header names a date and no two the same one. */
function byDate(candidates: RoundColumn[], locale: Settings["locale"]): RoundColumn[] | null {
  const dated: (RoundColumn & { date: string })[] = [];
  for (const c of candidates) {
    const date = parseTimeScaleText(c.header, locale).due;
    if (date === null) return null;
    dated.push({ ...c, date });
  }
  if (new Set(dated.map((c) => c.date)).size < dated.length) return null;
  return dated.sort((a, b) => (a.date < b.date ? -1 : 1)).map(({ column, header }) => ({ column, header }));
}

/**
 * Roles whose rounds words tell apart. A rating is given every round; a revised date, update or lead
 * stands in for the earlier one where given (the reader falls back row by row). "New actions" is
 * filled only where actions were added: no round of "Actions".
 */
const WORD_ROUND_ROLES: ReadonlySet<ColumnRole> = new Set(["rating", "due", "response", "lead"]);

// "Last" alone is no earlier round's word: "Last RAG" may mean the latest.
const EARLIER = /\b(previous|prev|prior|old|original|initial|baseline|starting|opening|last (quarter|month|review|meeting|period|year|time|report|round))\b/g;
const CURRENT = /\b(current|latest|now|new|revised|amended|updated|this (quarter|month|review|meeting|period|year|round))\b/g;

/**
 * Words any rating or date header may use, and small words: left out, what remains must be alike in
 * every round's header. "Target date" and "Revised target date (if applicable)" are rounds, and so
 * are "Previous RAG" and "RAG Status"; "Target date" and "Completion date", or "Target RAG" and
 * "Current RAG", are not. An update's or a lead's words stay: "Comments" is no round of "Latest
 * update", nor "Lead agency" of "Lead officer".
 */
const ROLE_WORDS = new Set([
  ...["rag", "brag", "rating", "ratings", "status", "score", "rated"],
  ...["date", "dates", "deadline", "deadlines", "timescale", "timescales", "time", "scale", "scales", "timeframe", "frame", "due", "by", "when"],
  ...["at", "of", "the", "for", "if", "applicable", "in", "on", "to", "a"],
]);

function stem(key: string): string {
  return key
    .replace(EARLIER, " ")
    .replace(CURRENT, " ")
    .split(/[\s/]+/)
    .filter((word) => word !== "" && !ROLE_WORDS.has(word))
    .join(" ");
}

/**
 * The rounds, in order (see wordRounds), among the headers alike but for their round words and the
 * role's own (see ROLE_WORDS); the other columns stay rivals. Null unless exactly one group of such
 * headers makes rounds. Of "Previous RAG | Current RAG | Target RAG", the first two are rounds.
 */
function byWords(candidates: RoundColumn[]): RoundColumn[] | null {
  const byStem = new Map<string, RoundColumn[]>();
  for (const c of candidates) {
    const key = stem(headerKey(c.header));
    byStem.set(key, [...(byStem.get(key) ?? []), c]);
  }
  const groups = [...byStem.values()].flatMap((group) => {
    const rounds = group.length > 1 ? wordRounds(group) : null;
    return rounds ? [rounds] : [];
  });
  return groups.length === 1 ? groups[0]! : null;
}

/**
 * Earlier rounds first (in the sheet's order), then the current one: the one column whose header says
 * it is current ("Current RAG", "Revised target date"), or else the one column that does not say it
 * is earlier ("RAG" beside "Previous RAG"). Null when the words do not single one out.
 */
function wordRounds(candidates: RoundColumn[]): RoundColumn[] | null {
  const earlier: RoundColumn[] = [];
  const current: RoundColumn[] = [];
  const unmarked: RoundColumn[] = [];
  for (const c of candidates) {
    const key = headerKey(c.header);
    const isEarlier = key.match(EARLIER) !== null;
    const isCurrent = key.match(CURRENT) !== null;
    if (isEarlier && isCurrent) return null;
    (isEarlier ? earlier : isCurrent ? current : unmarked).push(c);
  }
  if (current.length === 1) return [...earlier, ...unmarked, current[0]!];
  if (current.length === 0 && unmarked.length === 1 && earlier.length > 0) return [...earlier, unmarked[0]!];
  return null;
}

function holdsAnything(grid: SheetGrid, headerRow: number, column: number): boolean {
  for (let row = headerRow + 1; row <= grid.lastRow; row++) if (!isBlank(grid.original(row, column))) return true;
  return false;
}

/**
 * Said of a column of another round, where the header row is: which column is read instead, and why.
 * `standsIn`: the earlier round's value is read on a row where the later rounds give none.
 */
export function otherRoundFinding(sheet: string, headerRow: number, other: OtherRoundColumn, standsIn: boolean): Finding {
  const role = ROLE_LABELS[other.role];
  const letter = columnLetter(other.column);
  const read = `column ${columnLetter(other.read.column)} ("${other.read.header}")`;
  const what = other.later
    ? `is a later round's ${role} column with nothing typed in it yet, so ${read} is the one read`
    : standsIn
      ? `is an earlier round's ${role} column: ${read} is read, and column ${letter} on a row where the later rounds ${other.role === "due" ? "give no date" : `are blank or say "N/A"`}`
      : `is an earlier round's ${role} column, so ${read}, of a later round, is the one read`;
  return {
    sheet,
    row: headerRow,
    column: letter,
    code: "other-round-column",
    severity: "info",
    value: other.header,
    message: `Column ${letter} ("${other.header}") ${what}; to report another round, choose its column under Column overrides in the task pane's settings.`,
  };
}
