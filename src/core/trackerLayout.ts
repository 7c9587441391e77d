/**
 * Where a tracker sits on a sheet: its header row (which may sit below title rows) and
 * which column plays which role, from the header names, the team's overrides, and, for
 * the rating column when its header says nothing, from what the column holds.
 */
import type { CellValue } from "./cells";
import { cellText, columnNumber, isBlank } from "./cells";
import type { ColumnRole, Settings } from "./settings";
import type { ColumnMap } from "./model";
import type { SheetGrid } from "./sheetGrid";
import type { RagIndex } from "./ragIndex";
import { isGenericHeader, roleForHeader } from "./columnRoles";
import { outranksRating, ratingStanding } from "./currentRating";
import { looksLikeRating } from "./ratings";
import type { OtherRoundColumn } from "./roundColumns";
import { roundColumns } from "./roundColumns";
import { preferVisibleColumns } from "./visibleColumns";
import { headerCells, isLowerHeaderRowOf, isUpperHeaderRow } from "./twoRowHeader";
import { closedPlanTitleAt } from "./closedPlanBelow";
import { closedPlanAbove, type ClosedPlanAbove } from "./closedPlanAbove";

export interface TrackerLayout {
  headerRow: number;
  columns: ColumnMap;
  headers: Partial<Record<ColumnRole, string>>;
  /** Leftmost and rightmost columns of the header row. */
  firstColumn: number;
  lastColumn: number;
  /** Header columns with the same role as an earlier column, which are ignored. */
  duplicates: { role: ColumnRole; column: number; header: string }[];
  /** Columns of one role kept a reporting round each, other than the one read (roundColumns.ts). */
  otherRounds: OtherRoundColumn[];
  /**
   * For the roles read round by round, the columns of the rounds before the one read, latest first,
   * whose value stands on a row where the later rounds' cells say nothing: "Target date" beside
   * "Revised target date", filled only where a date moved; "Previous update" beside "Latest update".
   */
  earlierRounds: Record<FallbackRole, number[]>;
  /** Rows above the header that read as the header of another table (one table per sheet is read): reported. */
  otherHeaders: number[];
  /** The first column of another table kept beside this one, past an empty column: not read, and reported. */
  besideTable?: number;
  /** A plain "Status" kept beside the rating column ("Complete", "In progress"): not the rating, but it says which actions are done. */
  statusBeside?: number;
  /** Last year's plan kept above this one under a title saying it is closed (closedPlanAbove.ts): not read, and reported. */
  closedPlanAbove?: ClosedPlanAbove;
}

/** Roles whose earlier round stands where the later one says nothing. A rating does not: a blank is no rating yet this round. */
export const FALLBACK_ROLES = ["due", "response", "lead"] as const;
export type FallbackRole = (typeof FALLBACK_ROLES)[number];

/** How many rows, from the first the sheet uses, are looked at for the header row naming the most columns. */
export const HEADER_SCAN_ROWS = 40;
/** Roles that make a row read as an action-plan header rather than prose. */
const MIN_ROLES = 2;

export function findLayout(grid: SheetGrid, settings: Settings): TrackerLayout | undefined {
  const headerLike: number[] = [];
  let best = bestHeaderRow(grid, grid.firstRow, headerLike);
  // A plan that opens with pages of introduction (the delivery plan's runs to some 40 lines): below the
  // first rows, only a row that reads as a table's header starts a second look, so prose and action rows,
  // which name such words in long texts, never do. The introduction's own prose may name two columns
  // ("Lead agencies | … report progress and the RAG rating …"): a row of two cells that names no more,
  // one of them in a long text, gives way to a table's header further down.
  if (!best || mayBeProse(grid, best)) {
    const below = tableHeaderRowFrom(grid, grid.firstRow + HEADER_SCAN_ROWS);
    if (below !== undefined) best = bestHeaderRow(grid, below, headerLike);
  }
  if (!best) return undefined;
  // A closed plan kept above the live one: the live plan's header is read, wherever the closed plan's is the first or names more columns.
  const readsAsHeader = (row: number) => readsAsTableHeader(grid, row);
  let closed = closedPlanAbove(grid, best.row, readsAsHeader);
  for (const row of headerLike) {
    if (closed || row >= best.row) break;
    const above = closedPlanAbove(grid, row, readsAsHeader);
    if (above?.liveHeaderRow === best.row) closed = above;
  }
  const headerRow = closed?.liveHeaderRow ?? best.row;
  const layout = layoutAt(grid, headerRow, overridesFor(grid.name, settings), settings.locale);
  if (closed) layout.closedPlanAbove = closed.closed;
  // A header repeated word for word after a page break is the same table, not another.
  const own = rowTexts(grid, headerRow, layout);
  // Below the header, the reader meets any other table's header itself (see headerBelow).
  // The group headings of a two-row header are part of it, not another table; nor is a row with
  // nothing under it before the header (group headings over some columns only, not merged): there
  // are no actions of its own to leave out. Nor is the closed plan's header: it is said with the closed plan.
  const inClosedPlan = (row: number) => closed !== undefined && row >= closed.closed.titleRow && row <= closed.closed.lastRow;
  layout.otherHeaders = headerLike.filter(
    (row) => row < headerRow && !inClosedPlan(row) && rowTexts(grid, row, layout) !== own && !isUpperHeaderRow(grid, row, headerRow) && anyFilledBetween(grid, row, headerRow),
  );
  return layout;
}

function anyFilledBetween(grid: SheetGrid, above: number, below: number): boolean {
  for (let row = above + 1; row < below; row++) if (grid.filledColumns(row).length > 0) return true;
  return false;
}

/**
 * The row naming the most roles (two at least; the first of equals, but for the lower row of a two-row header) among HEADER_SCAN_ROWS rows from
 * `from`. Rows there that read as a table's header are added to `headerLike`.
 */
function bestHeaderRow(grid: SheetGrid, from: number, headerLike: number[]): HeaderRow | undefined {
  let best: HeaderRow | undefined;
  const scanTo = Math.min(grid.lastRow, from + HEADER_SCAN_ROWS - 1);
  for (let row = from; row <= scanTo; row++) {
    // Below a header, a closed plan's title ends the look: the header under it is last year's, however many columns it names (closedPlanBelow.ts).
    if (best && closedPlanTitleAt(grid, row, (below) => readsAsTableHeader(grid, below)) !== undefined) break;
    const cells = headerCells(grid, row);
    if (cells.length < MIN_ROLES) continue;
    const roles = rolesNamed(cells.map((cell) => cell.value).filter((v): v is string => typeof v === "string" && v.length <= MAX_HEADING));
    // Of equals, the first; but a header kept on two rows, its headings merged down, is read on its lower row.
    if (roles.size >= MIN_ROLES && (!best || roles.size > best.roles || (roles.size === best.roles && isLowerHeaderRowOf(grid, row, best.row)))) best = { row, roles: roles.size };
    if (namesATable(roles)) headerLike.push(row);
  }
  return best;
}

interface HeaderRow {
  row: number;
  roles: number;
}

/**
 * A row of two cells naming two roles, one of them in a long text: a line of prose as likely as a
 * header. A header of more cells, or of short texts alone, stands wherever a table lies below it.
 */
function mayBeProse(grid: SheetGrid, best: HeaderRow): boolean {
  return best.roles <= MIN_ROLES && grid.filledCount(best.row, 3) === MIN_ROLES && headerTexts(grid, best.row) === undefined;
}

/** The first row from `from` on that reads as a table's header (see headerTexts); undefined when none does. */
function tableHeaderRowFrom(grid: SheetGrid, from: number): number | undefined {
  for (let row = Math.max(from, grid.firstRow); row <= grid.lastRow; row++) {
    // A row of fewer than two cells names fewer than two roles: asked of the counts kept for every row, not of its cells.
    if (grid.filledCount(row, MIN_ROLES) < MIN_ROLES || !allShortTexts(grid.rowValues(row))) continue;
    const texts = headerTexts(grid, row);
    if (texts && namesATable(rolesNamed(texts))) return row;
  }
  return undefined;
}

/** Whether every value of a row is a short text: on a sheet of many rows, most are ruled out by their first cells, with nothing copied. */
function allShortTexts(cells: readonly CellValue[] | undefined): boolean {
  if (!cells) return false;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (value === null || value === undefined) continue;
    if (typeof value !== "string" || value.length > MAX_HEADER_TEXT) return false;
  }
  return true;
}

/** The roles a row's texts name as headers. */
function rolesNamed(texts: readonly string[]): Set<ColumnRole> {
  const roles = new Set<ColumnRole>();
  for (const text of texts) {
    const role = roleForHeader(text);
    if (role) roles.add(role);
  }
  return roles;
}

/** Three roles, or two with the rating: enough to read a row as a table's header rather than prose that uses such words. */
function namesATable(roles: ReadonlySet<ColumnRole>): boolean {
  return roles.size > MIN_ROLES || (roles.size === MIN_ROLES && roles.has("rating"));
}

/** A header cell is a few words: a longer text is an action's, whatever words it uses ("Progress 5: briefings delivered"). */
const MAX_HEADER_TEXT = 40;
/**
 * The longest text that may head a column, a note on what to write included ("Progress update
 * (please give the date and who updated it)"): a longer one is an action's or a response's, and
 * its words ("… will be requested by the deadline …") name no column.
 */
const MAX_HEADING = 100;

/**
 * What a row below the header is when it reads as a table's header (only short texts, naming
 * three roles, or two with the rating): "same" when its columns play the roles this table's do
 * (the header repeated in other words), "other" for another table's; null for any other row.
 */
export function headerBelow(grid: SheetGrid, row: number, layout: TrackerLayout, settings: Settings): "same" | "other" | null {
  if (!readsAsTableHeader(grid, row)) return null;
  return sameTable(layout, layoutAt(grid, row, overridesFor(grid.name, settings), settings.locale)) ? "same" : "other";
}

/** Whether a row reads as a table's header, whichever table: short texts naming the roles a table has. */
function readsAsTableHeader(grid: SheetGrid, row: number): boolean {
  const texts = headerTexts(grid, row);
  return texts !== undefined && namesATable(rolesNamed(texts));
}

/** Whether a row could head a table, whatever its columns: two cells or more, each a short text ("Lead | Meeting | Date"). */
export function readsAsHeadings(grid: SheetGrid, row: number): boolean {
  return headerTexts(grid, row) !== undefined;
}

/**
 * The texts of a row that could be a header: two cells or more, each a short text. Most rows are
 * actions: a number, a date or a long text rules them out before any header word is looked up.
 */
function headerTexts(grid: SheetGrid, row: number): string[] | undefined {
  // The row's own cells read in place, not through filledColumns: this is asked of every row with no
  // valid rating, and the list of columns it made was thrown away at the row's first number or date.
  const cells = grid.rowValues(row);
  if (!cells) return undefined;
  const texts: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (isBlank(value)) continue;
    if (typeof value !== "string" || value.length > MAX_HEADER_TEXT) return undefined;
    texts.push(value);
  }
  return texts.length < MIN_ROLES ? undefined : texts;
}

/**
 * Whether two header rows give their columns the same roles. A role kept a round a column counts
 * by all its rounds' columns: which round is read depends on the rows below each header, as the
 * latest round may be filled above a repeated header and not yet below it.
 */
function sameTable(a: TrackerLayout, b: TrackerLayout): boolean {
  const roles = new Set([...Object.keys(a.columns), ...Object.keys(b.columns)] as ColumnRole[]);
  const rounds = (layout: TrackerLayout, role: ColumnRole) =>
    [layout.columns[role], ...layout.otherRounds.filter((o) => o.role === role).map((o) => o.column)].sort((x, y) => (x ?? 0) - (y ?? 0)).join();
  for (const role of roles) if (a.columns[role] !== b.columns[role] && rounds(a, role) !== rounds(b, role)) return false;
  return true;
}

/** A row's texts across the table's columns, lower case, to tell a repeated header from another. */
export function rowTexts(grid: SheetGrid, row: number, layout: Pick<TrackerLayout, "firstColumn" | "lastColumn">): string {
  const parts: string[] = [];
  for (let c = layout.firstColumn; c <= layout.lastColumn; c++) parts.push(cellText(grid.original(row, c)).toLowerCase());
  return parts.join("\u0001");
}

function overridesFor(sheet: string, settings: Settings): ColumnMap {
  const map: ColumnMap = {};
  const merged = { ...(settings.columnOverrides["*"] ?? {}), ...(settings.columnOverrides[sheet] ?? {}) };
  for (const [role, letters] of Object.entries(merged) as [ColumnRole, string | undefined][]) {
    if (letters) map[role] = columnNumber(letters);
  }
  return map;
}

function layoutAt(grid: SheetGrid, headerRow: number, overrides: ColumnMap, locale: Settings["locale"]): TrackerLayout {
  const columns: ColumnMap = {};
  const headers: Partial<Record<ColumnRole, string>> = {};
  const duplicates: TrackerLayout["duplicates"] = [];
  let statusBeside: number | undefined;
  const allCells = headerCells(grid, headerRow);
  const besideTable = tableBesideAt(allCells);
  const cells = besideTable === undefined ? allCells : allCells.filter((cell) => cell.column < besideTable);
  const filled = cells.map((cell) => cell.column);
  const overridden = new Set(Object.values(overrides));
  for (const { column: c, value } of cells) {
    if (overridden.has(c)) continue;
    const header = cellText(value);
    const role = roleForHeader(header);
    if (!role || overrides[role] !== undefined) continue;
    const held = columns[role];
    const heldHeader = headers[role];
    if (held === undefined || heldHeader === undefined) {
      columns[role] = c;
      headers[role] = header;
    } else if (isGenericHeader(heldHeader) !== isGenericHeader(header)) {
      // A generic header ("Status") beside an exact one ("RAG") is a column of its own kind, not a rival: it is left unread, unremarked.
      const generic = isGenericHeader(heldHeader) ? { column: held, header: heldHeader } : { column: c, header };
      if (role === "rating") statusBeside = generic.column;
      if (isGenericHeader(heldHeader)) {
        columns[role] = c;
        headers[role] = header;
      }
    } else if (role === "rating" && outranksRating(header, heldHeader)) {
      // "Target RAG" or "Previous RAG" left of "Current RAG": the current rating is read, wherever it stands.
      duplicates.push({ role, column: held, header: heldHeader });
      columns[role] = c;
      headers[role] = header;
    } else duplicates.push({ role, column: c, header });
  }
  const otherRounds: OtherRoundColumn[] = [];
  const earlierRounds: Record<FallbackRole, number[]> = { due: [], response: [], lead: [] };
  for (const role of new Set(duplicates.map((d) => d.role))) {
    const held = { role, column: columns[role]!, header: headers[role]! };
    // A target rating is no round of the rating given now, whatever date its header names ("Target RAG (March 2022)").
    const rivals = duplicates.filter((d) => d.role === role && !(role === "rating" && ratingStanding(d.header) === "aimed" && ratingStanding(held.header) !== "aimed"));
    if (rivals.length === 0) continue;
    const rounds = roundColumns(grid, headerRow, role, [held, ...rivals], locale);
    if (!rounds) continue;
    const inRounds = new Set([rounds.read.column, ...rounds.others.map((o) => o.column)]);
    columns[role] = rounds.read.column;
    headers[role] = rounds.read.header;
    otherRounds.push(...rounds.others);
    if ((FALLBACK_ROLES as readonly ColumnRole[]).includes(role)) earlierRounds[role as FallbackRole] = rounds.others.filter((o) => !o.later).map((o) => o.column).reverse();
    for (const rival of rivals) if (inRounds.has(rival.column)) duplicates.splice(duplicates.indexOf(rival), 1);
    // The column first read, outside the rounds ("Target RAG" before "Previous RAG | Current RAG"), is now a rival.
    if (!inRounds.has(held.column)) duplicates.push(held);
  }
  preferVisibleColumns(grid, columns, headers, duplicates);
  for (const [role, c] of Object.entries(overrides) as [ColumnRole, number][]) {
    columns[role] = c;
    headers[role] = cellText(grid.original(headerRow, c)) || `column ${c}`;
  }
  const allColumns = [...filled, ...Object.values(overrides)];
  return {
    headerRow,
    columns,
    headers,
    duplicates,
    otherRounds,
    earlierRounds,
    otherHeaders: [],
    ...(besideTable === undefined ? {} : { besideTable }),
    ...(statusBeside === undefined || overrides.rating !== undefined ? {} : { statusBeside }),
    firstColumn: Math.min(...allColumns),
    lastColumn: Math.max(...allColumns),
  };
}

/**
 * Where another table kept beside the first starts: past an empty column, headers naming two of the
 * roles the first table's do, one of them what an action is. A round's columns repeat the rating and
 * the update, never the action itself.
 */
function tableBesideAt(cells: readonly { column: number; value: CellValue }[]): number | undefined {
  const before = new Set<BesideRole>();
  const wordsBefore = new Set<ColumnRole>();
  for (let i = 0; i < cells.length; i++) {
    if (i > 0 && cells[i]!.column > cells[i - 1]!.column + 1 && before.size >= MIN_ROLES) {
      const rest = cells.slice(i).flatMap((cell) => roleForHeader(cellText(cell.value)) ?? []);
      const after = new Set(rest.map(besideRoleOf));
      const shared = [...after].filter((role) => before.has(role));
      if (shared.length >= 2 && shared.includes(WHAT_AN_ACTION_IS) && (namesActionsAlike(wordsBefore, rest) || bothRated(wordsBefore, rest))) return cells[i]!.column;
    }
    const role = roleForHeader(cellText(cells[i]!.value));
    if (role) {
      before.add(besideRoleOf(role));
      wordsBefore.add(role);
    }
  }
  return undefined;
}

/** Both parts name what an action is in the same word: both "Recommendation", or both "Action". */
function namesActionsAlike(before: ReadonlySet<ColumnRole>, after: readonly ColumnRole[]): boolean {
  return after.some((role) => (role === "actions" || role === "recommendation") && before.has(role));
}

/**
 * Where one part says "Recommendation" and the other "Actions", each is a table only with a rating of
 * its own: a plan that puts its recommendations left of an empty column and the actions taken on them,
 * rated, right of it is one table, and splitting it would leave the recommendations with no rating.
 */
function bothRated(before: ReadonlySet<ColumnRole>, after: readonly ColumnRole[]): boolean {
  return before.has("rating") && after.includes("rating");
}

/**
 * What an action is, however a table names it: the peer review plan's "Recommendation" and a case
 * review matrix's "Action" side by side are two tables, not one whose columns may be merged.
 */
const WHAT_AN_ACTION_IS = "what an action is";
type BesideRole = Exclude<ColumnRole, "actions" | "recommendation"> | typeof WHAT_AN_ACTION_IS;

function besideRoleOf(role: ColumnRole): BesideRole {
  return role === "actions" || role === "recommendation" ? WHAT_AN_ACTION_IS : role;
}

/**
 * The rating column when no header names it: the column below the header whose values are
 * mostly ratings of the index (at least 3 of them, and 60% of its filled cells). Of several such
 * columns, the current round's where the headers say which it is ("Previous Status", "Current
 * Status"), else the one with the most ratings.
 */
export function ratingColumnByContent(grid: SheetGrid, layout: TrackerLayout, lastRow: number, index: RagIndex, locale: Settings["locale"]): { column: number; otherRounds: OtherRoundColumn[] } | undefined {
  const taken = new Set(Object.values(layout.columns));
  const beside = layout.besideTable ?? Infinity;
  // Counted over the cells that hold values, not over every column: a stray entry far to the right makes a sheet thousands of columns wide.
  const counts = new Map<number, { filled: number; ratings: number }>();
  for (let r = layout.headerRow + 1; r <= lastRow; r++) {
    for (const c of grid.filledColumns(r)) {
      if (taken.has(c) || c >= beside) continue;
      let count = counts.get(c);
      if (!count) counts.set(c, (count = { filled: 0, ratings: 0 }));
      count.filled++;
      if (looksLikeRating(grid.original(r, c), index)) count.ratings++;
    }
  }
  let best: { column: number; ratings: number } | undefined;
  const ofRatings: number[] = [];
  for (const column of [...counts.keys()].sort((a, b) => a - b)) {
    const { filled, ratings } = counts.get(column)!;
    if (ratings < 3 || ratings / filled < 0.6) continue;
    ofRatings.push(column);
    if (!best || ratings > best.ratings) best = { column, ratings };
  }
  if (!best) return undefined;
  const headed = ofRatings.map((column) => ({ column, header: cellText(grid.original(layout.headerRow, column)) }));
  const rounds = headed.length > 1 ? roundColumns(grid, layout.headerRow, "rating", headed, locale) : null;
  return rounds ? { column: rounds.read.column, otherRounds: rounds.others } : { column: best.column, otherRounds: [] };
}
