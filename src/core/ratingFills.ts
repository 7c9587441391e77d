/**
 * Which fills of blank rating cells are ratings. A colour is a rating only where it is the rating
 * cell's own: a row filled across (banding, a row a user highlighted yellow, a section's header
 * fill) colours the cell beside the rating too, and a shaded column (the rating column shaded as
 * the place to type) colours typed ratings of every kind alike. So the door is asked, with each
 * blank rating cell, for a content cell of its row, and for a sample of the typed rating cells,
 * and a fill is kept only where the row's content cell does not share it and no typed rating of
 * another kind wears it.
 */
import type { CellAddress } from "./cells";
import type { Finding } from "./findings";
import { columnLetter } from "./cells";
import type { Analysis, Tracker } from "./model";
import { entryForFill } from "./fillRating";

/** Typed rating cells asked per tracker: enough to see a shaded column, few enough to cost nothing. */
const TYPED_SAMPLE = 20;

/** A content column beside the rating (the first of these the tracker has), whose fill tells a filled row. */
const BESIDE_ROLES = ["recommendation", "actions", "response", "measure", "ref", "category", "lead"] as const;

type Question = { cell: CellAddress } & ({ kind: "blank"; beside: number | null } | { kind: "beside" } | { kind: "typed"; entry: string });

export interface FillQuestions {
  /** The cells to ask the door for, in order. */
  cells: CellAddress[];
  questions: Question[];
}

/** The cells whose fills tell the ratings given by colour alone: none where every rating is typed. */
export function fillQuestions(analysis: Analysis): FillQuestions {
  const questions: Question[] = [];
  for (const tracker of analysis.trackers) {
    const column = tracker.columns.rating;
    if (column === undefined) continue;
    const blanks = tracker.actions.filter((a) => a.rating.kind === "unrated");
    if (blanks.length === 0) continue;
    const besideColumn = besideOf(tracker);
    for (const action of blanks) {
      const cell = { sheet: tracker.sheet, row: action.row, column };
      if (besideColumn === undefined) questions.push({ cell, kind: "blank", beside: null });
      else {
        questions.push({ cell, kind: "blank", beside: questions.length + 1 });
        questions.push({ cell: { sheet: tracker.sheet, row: action.row, column: besideColumn }, kind: "beside" });
      }
    }
    const typed = tracker.actions.filter((a) => a.rating.kind === "rated");
    const step = Math.max(1, Math.ceil(typed.length / TYPED_SAMPLE));
    for (let i = 0; i < typed.length; i += step) {
      const action = typed[i]!;
      if (action.rating.kind === "rated") questions.push({ cell: { sheet: tracker.sheet, row: action.row, column }, kind: "typed", entry: action.rating.entry.name });
    }
  }
  return { cells: questions.map((q) => q.cell), questions };
}

/** The fills of blank rating cells that are ratings, per sheet by A1 address, from the door's answers to the questions. */
export function ratingFills(analysis: Analysis, { questions }: FillQuestions, answers: readonly (string | null)[]): Map<string, Record<string, string>> {
  // Each sheet's colours worn by typed ratings, with the ratings typed under them.
  const typedUnder = new Map<string, Map<string, Set<string>>>();
  questions.forEach((q, i) => {
    const fill = answers[i];
    if (q.kind !== "typed" || !fill) return;
    const bySheet = typedUnder.get(q.cell.sheet) ?? new Map<string, Set<string>>();
    bySheet.set(fill, (bySheet.get(fill) ?? new Set()).add(q.entry));
    typedUnder.set(q.cell.sheet, bySheet);
  });
  const kept = new Map<string, Record<string, string>>();
  questions.forEach((q, i) => {
    const fill = answers[i];
    if (q.kind !== "blank" || !fill) return;
    const entry = entryForFill(fill, analysis.index);
    if (!entry) return;
    if (q.beside !== null && answers[q.beside] === fill) return;
    const typed = typedUnder.get(q.cell.sheet)?.get(fill);
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

/** Said when the door could not give the fills (`reason`: its one sentence): the blank ratings stay missing, and the rest of the work goes on. */
export function fillsUnreadFinding(questions: FillQuestions, reason: string): Finding {
  const blanks = questions.questions.filter((q) => q.kind === "blank").length;
  return {
    sheet: questions.cells[0]!.sheet,
    code: "fills-unread",
    severity: "info",
    message: `The fill colours of the ${blanks === 1 ? "blank rating cell" : `${blanks} blank rating cells`} could not be read (${reason.replace(/\.$/, "")}), so a rating given there by colour alone is counted as missing.`,
  };
}
