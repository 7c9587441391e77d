/**
 * Which fills of blank rating cells are ratings. A colour is a rating only where it is the rating
 * cell's own: a row filled across (banding, a row a user highlighted yellow, a section's header
 * fill) colours the cell beside the rating too, and a shaded column (the rating column shaded as
 * the place to type) colours typed ratings of every kind alike. So the door is asked, with each
 * blank rating cell, for a content cell of its row, and for a sample of the typed rating cells,
 * and a fill is kept only where the row's content cell does not share it and no typed rating of
 * another kind in its column wears it. Where the rating column is one round of several, an action
 * with no rating in it may have been rated in an earlier round by colour too: that round's blank
 * cells are asked the same way, with a sample of that round's typed ratings.
 */
import type { CellAddress, WorkbookSnapshot } from "./cells";
import type { Finding } from "./findings";
import { columnLetter, isBlank } from "./cells";
import type { Action, Analysis, Tracker } from "./model";
import type { RagIndex } from "./ragIndex";
import { entryForFill } from "./fillRating";
import { normaliseRating } from "./ratings";
import { SheetGrid } from "./sheetGrid";
import { countText } from "./sentences";

/** Typed rating cells asked per tracker: enough to see a shaded column, few enough to cost nothing. */
const TYPED_SAMPLE = 20;

/** A content column beside the rating (the first of these the tracker has), whose fill tells a filled row. */
const BESIDE_ROLES = ["recommendation", "actions", "response", "measure", "ref", "category", "lead"] as const;

/** `blank`: a blank rating cell of the round read; `earlier`: one of an earlier round, for an action the round read has not rated. */
type Question = { cell: CellAddress; asked?: CellAddress } & ({ kind: "blank" | "earlier"; beside: number | null } | { kind: "beside" } | { kind: "typed"; entry: string });

export interface FillQuestions {
  /** The cells to ask the door for, in order: a rating cell inside a merged area is asked at the area's top-left cell, whose fill it shows. */
  cells: CellAddress[];
  questions: Question[];
}

/**
 * The blank rating cells among the questions, each with the cell asked for it (a merged one's
 * top-left): a door that reads formulas apart is asked theirs too, since a formula giving nothing
 * is a rating Fix ratings cannot type (SheetSnapshot.emptyFormulas).
 */
export function blankRatingCells(questions: FillQuestions): { asked: CellAddress }[] {
  return questions.questions.flatMap((q) => (q.kind === "blank" ? [{ asked: q.asked ?? q.cell }] : []));
}

/**
 * The cells whose fills tell the ratings given by colour alone: none where every rating is typed.
 * `snapshot`: the workbook as read, whose earlier rounds' cells tell which are blank and which typed.
 */
export function fillQuestions(analysis: Analysis, snapshot: WorkbookSnapshot): FillQuestions {
  const questions: Question[] = [];
  for (const tracker of analysis.trackers) {
    const column = tracker.columns.rating;
    if (column === undefined) continue;
    const blanks = tracker.actions.filter((a) => a.rating.kind === "unrated");
    if (blanks.length === 0) continue;
    const besideColumn = besideOf(tracker);
    const rounds = tracker.earlierRatingColumns ?? [];
    const sheet = rounds.length === 0 ? undefined : snapshot.sheets.find((s) => s.name === tracker.sheet);
    // Merged areas filled, as the reader looks at the earlier rounds: a rating merged down holds on every row it covers.
    const grid = sheet && new SheetGrid(sheet);
    const earlierAsked = new Set<number>();
    for (const action of blanks) {
      const beside = besideColumn === undefined ? null : questions.length + 1;
      questions.push({ ...inMerge(tracker, { sheet: tracker.sheet, row: action.row, column }), kind: "blank", beside });
      if (besideColumn !== undefined) questions.push({ cell: { sheet: tracker.sheet, row: action.row, column: besideColumn }, kind: "beside" });
      if (!grid) continue;
      // The earlier rounds' blank cells, latest first, up to the first holding anything: the one the action's earlier rating is read from.
      for (const round of rounds) {
        if (!isBlank(grid.get(action.row, round))) break;
        questions.push({ cell: { sheet: tracker.sheet, row: action.row, column: round }, kind: "earlier", beside });
        earlierAsked.add(round);
      }
    }
    const typed = tracker.actions.flatMap((a) => (a.rating.kind === "rated" ? [{ row: a.row, entry: a.rating.entry.name }] : []));
    questions.push(...typedSample(tracker.sheet, column, typed).map((q) => ({ ...q, ...inMerge(tracker, q.cell) })));
    if (grid) for (const round of earlierAsked) questions.push(...typedSample(tracker.sheet, round, typedIn(grid, round, tracker.actions, analysis.index)));
  }
  return { cells: questions.map((q) => q.asked ?? q.cell), questions };
}

/**
 * The rating cell, and where it lies in a merged area (a rating merged down beside several actions)
 * the area's top-left cell to ask: the merged cell shows that cell's fill on every row, whatever a
 * host reports for the area's other cells.
 */
function inMerge(tracker: Tracker, cell: CellAddress): { cell: CellAddress; asked?: CellAddress } {
  const m = tracker.ratingMerges?.find((r) => cell.row >= r.top && cell.row <= r.bottom && cell.column >= r.left && cell.column <= r.right);
  return m && (m.top !== cell.row || m.left !== cell.column) ? { cell, asked: { sheet: cell.sheet, row: m.top, column: m.left } } : { cell };
}

/** Up to TYPED_SAMPLE of a column's typed ratings, spread down it: enough to see the column shaded. */
function typedSample(sheet: string, column: number, typed: readonly { row: number; entry: string }[]): Question[] {
  const step = Math.max(1, Math.ceil(typed.length / TYPED_SAMPLE));
  const sample: Question[] = [];
  for (let i = 0; i < typed.length; i += step) sample.push({ cell: { sheet, row: typed[i]!.row, column }, kind: "typed", entry: typed[i]!.entry });
  return sample;
}

/** The ratings typed in an earlier round's column on the actions' rows, each distinct text judged once. */
function typedIn(grid: SheetGrid, column: number, actions: readonly Action[], index: RagIndex): { row: number; entry: string }[] {
  const judged = new Map<string, string | undefined>();
  const typed: { row: number; entry: string }[] = [];
  for (const { row } of actions) {
    // The cell's own value: a fill is asked of the cell that holds the rating, not of the rows a merge spreads it over.
    const value = grid.original(row, column);
    if (typeof value !== "string" || isBlank(value)) continue;
    if (!judged.has(value)) {
      const status = normaliseRating(value, index);
      judged.set(value, status.kind === "rated" ? status.entry.name : undefined);
    }
    const entry = judged.get(value);
    if (entry !== undefined) typed.push({ row, entry });
  }
  return typed;
}

/** The fills of blank rating cells that are ratings, per sheet by A1 address, from the door's answers to the questions. */
export function ratingFills(analysis: Analysis, { questions }: FillQuestions, answers: readonly (string | null)[]): Map<string, Record<string, string>> {
  // Each rating column's colours worn by typed ratings, with the ratings typed under them.
  const typedUnder = new Map<string, Map<string, Set<string>>>();
  const columnKey = (cell: CellAddress) => `${cell.column}:${cell.sheet}`;
  questions.forEach((q, i) => {
    const fill = answers[i];
    if (q.kind !== "typed" || !fill) return;
    const byColumn = typedUnder.get(columnKey(q.cell)) ?? new Map<string, Set<string>>();
    byColumn.set(fill, (byColumn.get(fill) ?? new Set()).add(q.entry));
    typedUnder.set(columnKey(q.cell), byColumn);
  });
  const kept = new Map<string, Record<string, string>>();
  questions.forEach((q, i) => {
    const fill = answers[i];
    if ((q.kind !== "blank" && q.kind !== "earlier") || !fill) return;
    const entry = entryForFill(fill, analysis.index);
    if (!entry) return;
    if (q.beside !== null && answers[q.beside] === fill) return;
    const typed = typedUnder.get(columnKey(q.cell))?.get(fill);
    if (typed && [...typed].some((name) => name !== entry.name)) return;
    const sheetFills = kept.get(q.cell.sheet) ?? {};
    sheetFills[`${columnLetter(q.cell.column)}${q.cell.row}`] = fill;
    kept.set(q.cell.sheet, sheetFills);
  });
  return kept;
}

function besideOf(tracker: Tracker): number | undefined {
  for (const role of BESIDE_ROLES) if (tracker.columns[role] !== undefined) return tracker.columns[role];
  return undefined;
}

/**
 * Said when the door could not give the fills (`reason`: its one sentence): the blank ratings stay
 * missing, an earlier round's rating given by colour alone on their rows is not said, and the rest of
 * the work goes on. Counts the blank cells asked, of the round read and of earlier rounds, not the
 * cells beside them or the typed ratings asked to tell a shaded column.
 */
export function fillsUnreadFinding(questions: FillQuestions, reason: string): Finding {
  const blanks = questions.questions.filter((q) => q.kind === "blank").length;
  const earlier = questions.questions.filter((q) => q.kind === "earlier");
  const columns = new Set(earlier.map((q) => `${q.cell.column}\u0000${q.cell.sheet}`)).size;
  const earlierCells =
    earlier.length === 0
      ? ""
      : `, and of ${earlier.length === 1 ? "1 blank cell" : `${countText(earlier.length)} blank cells`} on ${blanks === 1 ? "its row" : "their rows"} in ${columns === 1 ? "an earlier round's rating column" : "earlier rounds' rating columns"},`;
  const earlierUnsaid = earlier.length === 0 ? "" : `, or, in ${columns === 1 ? "an earlier round's column" : "earlier rounds' columns"}, not said`;
  return {
    sheet: questions.cells[0]!.sheet,
    code: "fills-unread",
    severity: "info",
    message: `The fill colours of the ${blanks === 1 ? "blank rating cell" : `${countText(blanks)} blank rating cells`}${earlierCells} could not be read (${reason.replace(/\.$/, "")}), so a rating given there by colour alone is counted as missing${earlierUnsaid}.`,
  };
}
