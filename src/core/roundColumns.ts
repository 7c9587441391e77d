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
import { capitalised, headerKey, quoted } from "./text";
import { columnsInWords, listInWords } from "./sentences";
import { groupHeadingOver } from "./twoRowHeader";

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
  const order = (columns: RoundColumn[]) => byDate(columns, locale) ?? (WORD_ROUND_ROLES.has(role) ? (byPeriods(columns) ?? byWords(columns)) : null);
  const inOrder = order(candidates) ?? underGroupHeadings(grid, headerRow, candidates, order);
  if (!inOrder) return null;
  const latest = inOrder.length - 1;
  let readAt = latest;
  while (readAt >= 0 && !holdsAnything(grid, headerRow, inOrder[readAt]!.column)) readAt--;
  if (readAt < 0) readAt = latest;
  const read = inOrder[readAt]!;
  return { read, others: inOrder.flatMap((c, i) => (i === readAt ? [] : [{ ...c, role, read, later: i > readAt }])) };
}

/**
 * The rounds, where the headers alike ("RAG | RAG") sit under group headings that tell them apart
 * ("Q1 2021/22" and "Q2 2021/22", "Previous quarter" and "This quarter"), each read with its group's words.
 */
function underGroupHeadings(grid: SheetGrid, headerRow: number, candidates: RoundColumn[], order: (columns: RoundColumn[]) => RoundColumn[] | null): RoundColumn[] | null {
  const grouped = candidates.map((c) => ({ ...c, header: `${groupHeadingOver(grid, headerRow, c.column)} ${c.header}` }));
  if (grouped.some((g, i) => g.header.trim() === candidates[i]!.header.trim())) return null;
  const inOrder = order(grouped);
  return inOrder && inOrder.map((g) => candidates.find((c) => c.column === g.column)!);
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

/** A quarter or a month named without its year: "Q2", "Sept", "March". */
const PERIOD = /\b(q[1-4]|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b/g;

/** Quarters and months in their cycle, to measure how far apart two headers' periods are. */
const QUARTERS = ["q1", "q2", "q3", "q4"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * When every header names one quarter, or every one a month, and no year, each its own, and they
 * are alike but for it ("Q1 RAG | Q2 RAG", "RAG Sept | RAG Dec | RAG March"): a team adds a column
 * each round, and without a year "March" may come after "December". The rounds run in the sheet's
 * order, left to right, unless every step back to the column on the left is a quarter of the year or
 * less ("Q4 | Q3 | Q2", "Q1 | Q4", "March | Dec | Sept": each round's column inserted left of the
 * last), then right to left. A step back of four or five months is no such sign: a twice-yearly report
 * adds "April | November" or "May | Dec | July" on the right, seven months on each time.
 */
function byPeriods(candidates: RoundColumn[]): RoundColumn[] | null {
  const periodOf = new Map<number, string>();
  const kinds = new Set<boolean>();
  const stems = new Set<string>();
  for (const c of candidates) {
    const key = headerKey(c.header);
    const named = key.match(PERIOD);
    if (named?.length !== 1 || /\b(19|20)\d\d\b/.test(key)) return null;
    periodOf.set(c.column, named[0]!.slice(0, 3));
    kinds.add(named[0]!.startsWith("q"));
    stems.add(stem(key.replace(PERIOD, " ")));
  }
  // All quarters or all months, each its own, the rest of the headers alike.
  if (new Set(periodOf.values()).size < candidates.length || kinds.size > 1 || stems.size > 1) return null;
  const cycle = kinds.has(true) ? QUARTERS : MONTHS;
  const at = (c: RoundColumn) => cycle.indexOf(periodOf.get(c.column)!);
  const bySheet = [...candidates].sort((a, b) => a.column - b.column);
  const backwards = bySheet.slice(1).every((c, i) => (at(bySheet[i]!) - at(c) + cycle.length) % cycle.length <= cycle.length / 4);
  return backwards ? bySheet.reverse() : bySheet;
}

/**
 * Roles whose rounds words tell apart. A rating is given every round; a revised date, update or lead
 * stands in for the earlier one where given (the reader falls back row by row). "New actions" is
 * filled only where actions were added: no round of "Actions".
 */
const WORD_ROUND_ROLES: ReadonlySet<ColumnRole> = new Set(["rating", "due", "response", "lead"]);

// Round words, by where they put a column (see RoundRank). "Last" alone is no earlier round's word: "Last RAG" may mean the latest.
const FIRST_WORDS = "original|initial|baseline|start|starting|opening";
const ROUND_NOUN = "(quarter|month|review|meeting|period|year|time|report|round)";
const BEFORE_WORDS = `(previous|prev|prior|old)( ${ROUND_NOUN})?|last ${ROUND_NOUN}`;
const REVISED_WORDS = "new|revised|amended|updated|extended|rescheduled|slipped|moved";
const LATEST_WORDS = `current|latest|now|this ${ROUND_NOUN}`;
const EARLIER = new RegExp(`\\b(${FIRST_WORDS}|${BEFORE_WORDS})\\b`, "g");
const CURRENT = new RegExp(`\\b(${REVISED_WORDS}|${LATEST_WORDS})\\b`, "g");
const FIRST = new RegExp(`\\b(${FIRST_WORDS})\\b`);
const LATEST = new RegExp(`\\b(${LATEST_WORDS})\\b`);
const EARLIER_ONE = new RegExp(`\\b(${FIRST_WORDS}|${BEFORE_WORDS})\\b`);

/** Whether a header key names an earlier round ("Previous RAG", "Baseline RAG", "Last quarter's RAG"). */
export function namesEarlierRound(key: string): boolean {
  return EARLIER_ONE.test(key);
}

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

/** A year or financial year in a header ("Timescale 2020/21"): the plan's year, which its revised column need not repeat. */
const HEADER_YEAR = /\b(?:19|20)\d{2}(?:\s*[/-]\s*(?:\d{4}|\d{2})|\s+\d{2})?\b/g;

function stem(key: string): string {
  return key
    .replace(HEADER_YEAR, " ")
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
 * Where a header's round words put its column, earliest first. A header with no round word
 * ("Target date") sits between the earlier words and the current ones: it is the round a "Revised"
 * column revises, or the current one beside a "Previous" column.
 */
const enum RoundRank {
  First, // original, baseline: the round the plan started from
  Earlier, // previous, prior: a round before the current one
  Unmarked,
  Revised, // revised, new: a round that stands in for an earlier one
  Latest, // current, latest: the latest of all
}

function roundRank(key: string): RoundRank | null {
  const isEarlier = key.match(EARLIER) !== null;
  const isCurrent = key.match(CURRENT) !== null;
  if (isEarlier && isCurrent) return null;
  if (isEarlier) return FIRST.test(key) ? RoundRank.First : RoundRank.Earlier;
  if (isCurrent) return LATEST.test(key) ? RoundRank.Latest : RoundRank.Revised;
  return RoundRank.Unmarked;
}

/**
 * The rounds, earliest first, when the words single out the current one. Columns go in the order of
 * their words (RoundRank: "Original" < "Previous" < no word < "Revised" < "Current"), and columns
 * whose words are of one rank in the sheet's order, left to right: "Original | Revised | Current
 * target date" and "Baseline | Previous | Current RAG" are rounds in that order, wherever the sheet
 * keeps them. The words single out the current round when some headers say they are current or
 * revised and at least one says it is earlier or says neither ("Target date" and "Revised target
 * date"), or, with no current word, when exactly one header says neither beside earlier ones
 * ("Baseline RAG" and "RAG"). Headers that all say they are current ("Current RAG" and "New RAG":
 * maybe a rating and one proposed) or all earlier ("Previous RAG" and "Old RAG") do not: null.
 */
function wordRounds(candidates: RoundColumn[]): RoundColumn[] | null {
  const ranked: (RoundColumn & { rank: RoundRank })[] = [];
  for (const c of candidates) {
    const rank = roundRank(headerKey(c.header));
    if (rank === null) return null;
    ranked.push({ ...c, rank });
  }
  const current = ranked.filter((c) => c.rank > RoundRank.Unmarked).length;
  const unmarked = ranked.filter((c) => c.rank === RoundRank.Unmarked).length;
  const earlier = ranked.length - current - unmarked;
  const singledOut = current > 0 ? current < ranked.length : unmarked === 1 && earlier > 0;
  if (!singledOut) return null;
  return ranked.sort((a, b) => a.rank - b.rank || a.column - b.column).map(({ column, header }) => ({ column, header }));
}

function holdsAnything(grid: SheetGrid, headerRow: number, column: number): boolean {
  for (let row = headerRow + 1; row <= grid.lastRow; row++) if (!isBlank(grid.original(row, column))) return true;
  return false;
}

/**
 * How a round's column is named in a finding: 'column I ("RAG Q3 21/22")', with ", which is hidden,"
 * after a hidden one's, as the user looking at the sheet does not see it (as analyse.ts names columns).
 */
export function roundColumnWords(round: RoundColumn, hidden = false): string {
  return `column ${columnLetter(round.column)} (${quoted(round.header)})${hidden ? ", which is hidden," : ""}`;
}

/**
 * Said of a role's columns of other rounds, in one finding where the header row is (a sheet that
 * adds a column each month may have fifty): which columns are earlier rounds, which later and
 * still empty, and which column is read instead. `standsIn`: an earlier round's value is read on a
 * row where the later rounds give none.
 */
export function otherRoundsFinding(sheet: string, headerRow: number, others: readonly OtherRoundColumn[], standsIn: boolean): Finding {
  const { role, read: readColumn } = others[0]!;
  const label = ROLE_LABELS[role];
  const earlier = others.filter((o) => !o.later);
  const later = others.filter((o) => o.later);
  const read = roundColumnWords(readColumn);
  const clauses: string[] = [];
  if (earlier.length > 0) clauses.push(`${roundColumnsInWords(earlier)} ${earlier.length === 1 ? `is an earlier round's ${label} column` : `are earlier rounds' ${label} columns`}`);
  if (later.length > 0) clauses.push(`${roundColumnsInWords(later)} ${later.length === 1 ? `is a later round's ${label} column with nothing typed in it yet` : `are later rounds' ${label} columns with nothing typed in them yet`}`);
  const standing =
    earlier.length === 1
      ? `column ${columnLetter(earlier[0]!.column)} on a row where the later rounds ${role === "due" ? "give no date" : `are blank or say "N/A"`}`
      : `on a row where it ${role === "due" ? "gives no date, the latest of the earlier rounds' columns that gives one" : `is blank or says "N/A", the latest of the earlier rounds' columns that is not`}`;
  const what = standsIn && earlier.length > 0 ? `: ${read} is read, and ${standing}` : `, so ${read}${later.length === 0 ? ", of a later round," : ""} is the one read`;
  const first = others.reduce((a, b) => (b.column < a.column ? b : a));
  return {
    sheet,
    row: headerRow,
    column: columnLetter(first.column),
    code: "other-round-column",
    severity: "info",
    ...(others.length === 1 ? { value: first.header } : {}),
    message: `${capitalised(clauses.join(", and "))}${what}; to report another round, choose its column under Column overrides in the task pane's settings.`,
  };
}

/**
 * 'column F ("Update Apr 2017")', 'columns C ("Baseline RAG") and D ("Previous RAG")', and past two
 * 'columns F to BD (51 columns, from "Update Apr 2017" to "Update Jun 2021")': the columns in the
 * sheet's order, the headers of the first and last column, left to right.
 */
function roundColumnsInWords(columns: readonly RoundColumn[]): string {
  const bySheet = [...columns].sort((a, b) => a.column - b.column);
  if (columns.length <= 2) return `${columns.length === 1 ? "column" : "columns"} ${listInWords(bySheet.map((c) => `${columnLetter(c.column)} (${quoted(c.header)})`))}`;
  // "from … to …" follows the columns left to right, as "columns J to M" does, whatever order the rounds run in.
  return `${columnsInWords(bySheet.map((c) => c.column))} (${columns.length} columns, from ${quoted(bySheet[0]!.header)} to ${quoted(bySheet.at(-1)!.header)})`;
}

/** One finding per role read by rounds, for all its columns of other rounds. */
export function otherRoundsFindings(sheet: string, headerRow: number, others: readonly OtherRoundColumn[], earlierRounds: Readonly<Record<string, readonly number[]>>): Finding[] {
  const byRole = new Map<ColumnRole, OtherRoundColumn[]>();
  for (const o of others) byRole.set(o.role, [...(byRole.get(o.role) ?? []), o]);
  return [...byRole].map(([role, columns]) => otherRoundsFinding(sheet, headerRow, columns, (earlierRounds[role]?.length ?? 0) > 0));
}
