/** Fix ratings: every rating the engine can read but that is not written as the sheet writes them, or is a colour with no word. */
import type { Action, Analysis, Tracker } from "./model";
import type { CellEdit } from "./formatPlan";
import type { Finding } from "./findings";
import type { CellRange } from "./cells";
import { columnNumber } from "./cells";
import { listInWords, rowsInWords } from "./sentences";
import { firstAtOrAfterRow } from "./rowSearch";
import type { LeftMerge } from "./leftMergeSentences";
import { apartSentence, beyondColumnSentence, leftMergeSentences } from "./leftMergeSentences";

/** The edits Fix ratings makes, and a sentence for each merged rating it leaves as it is. */
export interface RatingFixPlan {
  edits: CellEdit[];
  notes: string[];
}

/**
 * One edit per rating cell. A rating merged down beside several actions is read on each of their
 * rows, but held in the merge's top-left cell alone: it becomes one edit there, naming the rows it
 * covers, only where the merge starts in the rating column (it may reach on into the next) and every
 * action row it covers reads the same fix, so that typing it changes no row's count but as the fix
 * says. Any other merge a fix lies in (rows read apart, as where a row's own fill hides the merged
 * colour on it, or a merge starting in an earlier column) gets no edit, and a sentence saying why.
 */
export function ratingFixPlan(analysis: Pick<Analysis, "findings" | "trackers">): RatingFixPlan {
  const edits = analysis.findings
    .filter((f) => (f.code === "rating-not-canonical" || f.code === "rating-colour-only") && f.row !== undefined && f.column !== undefined && f.fix !== undefined)
    .map((f): CellEdit => ({ sheet: f.sheet, row: f.row!, column: columnNumber(f.column!), from: f.value ?? "", to: f.fix! }));
  const left: LeftMerge[] = [];
  const merged = new Map<CellEdit, CellEdit | null>();
  // Each sheet's edits in row order, so each merge finds its own by a binary search: the merges an action's rating cell lies in hold that column, so their rows never overlap and the walk stays linear.
  const bySheet = new Map<string, CellEdit[]>();
  for (const tracker of analysis.trackers) {
    const column = tracker.columns.rating;
    if (column === undefined || !tracker.ratingMerges) continue;
    let sheetEdits = bySheet.get(tracker.sheet);
    if (!sheetEdits) {
      sheetEdits = edits.filter((e) => e.sheet === tracker.sheet).sort((a, b) => a.row - b.row);
      bySheet.set(tracker.sheet, sheetEdits);
    }
    for (const m of tracker.ratingMerges) {
      const inside: CellEdit[] = [];
      for (let i = firstAtOrAfterRow(sheetEdits, m.top); i < sheetEdits.length && sheetEdits[i]!.row <= m.bottom; i++) {
        const e = sheetEdits[i]!;
        if (e.column >= m.left && e.column <= m.right) inside.push(e);
      }
      if (inside.length === 0) continue;
      const joined = mergedEdit(tracker, column, m, inside);
      if (isLeft(joined)) left.push(joined);
      // The joined edit stands in the place of the merge's first fix; the others are dropped.
      inside.forEach((e, i) => merged.set(e, i === 0 && !isLeft(joined) ? joined : null));
    }
  }
  // Many merges left alike on a sheet are said in one sentence, not one each.
  const notes = leftMergeSentences(left);
  if (merged.size === 0) return { edits, notes };
  return { edits: edits.flatMap((e) => (merged.has(e) ? (merged.get(e) ? [merged.get(e)!] : []) : [e])), notes };
}

/**
 * The ratings given by colour alone that Fix ratings leaves as they are (in a merged cell it gives no
 * edit, and a sentence for): their findings, whose rows no edit of the plan covers.
 */
export function colourOnlyLeft(analysis: Pick<Analysis, "findings" | "trackers">): Finding[] {
  const colourOnly = analysis.findings.filter((f) => f.code === "rating-colour-only");
  if (colourOnly.length === 0 || !analysis.trackers.some((t) => t.ratingMerges)) return [];
  const fixed = new Set(ratingFixPlan(analysis).edits.flatMap((e) => (e.rows ?? [e.row]).map((row) => `${e.sheet}\u0001${row}`)));
  return colourOnly.filter((f) => !fixed.has(`${f.sheet}\u0001${f.row}`));
}

export function ratingFixes(analysis: Analysis): CellEdit[] {
  return ratingFixPlan(analysis).edits;
}

function isLeft(joined: CellEdit | LeftMerge): joined is LeftMerge {
  return "kind" in joined;
}

/** The one edit at the merge's top-left for the fixes inside it, or the merge left as it is, with the sentence saying why. */
function mergedEdit(tracker: Tracker, column: number, m: CellRange, inside: CellEdit[]): CellEdit | LeftMerge {
  const covered = tracker.actions.slice(firstAtOrAfterRow(tracker.actions, m.top), firstAtOrAfterRow(tracker.actions, m.bottom + 1));
  const rows = covered.map((a) => a.row);
  // A merge starting in the rating column is written there, however wide (a rating cell merged across to the next column); one starting to its left is not.
  if (m.left !== column) {
    return { sheet: tracker.sheet, column, merge: m, kind: "beyond", sentence: beyondColumnSentence(rows, column, m) };
  }
  const fixOf = new Map(inside.map((e) => [e.row, e]));
  const first = inside[0]!;
  const alike = covered.every((a) => {
    const e = fixOf.get(a.row);
    return e !== undefined && e.from === first.from && e.to === first.to;
  });
  if (!alike) {
    return { sheet: tracker.sheet, column, merge: m, kind: "apart", sentence: apartSentence(rows, apart(covered, fixOf)) };
  }
  const edit: CellEdit = { sheet: first.sheet, row: m.top, column: m.left, from: first.from, to: first.to };
  return rows.length === 1 && rows[0] === m.top ? edit : { ...edit, rows };
}

/** "row 8 reads as missing": the rows reading otherwise than most of the merge's rows (the first row's reading where as many read each way). */
function apart(covered: Action[], fixOf: Map<number, CellEdit>): string {
  const groups = new Map<string, number[]>();
  for (const a of covered) {
    const words = reading(a, fixOf.get(a.row));
    groups.set(words, [...(groups.get(words) ?? []), a.row]);
  }
  let most = [...groups.keys()][0]!;
  for (const [words, rows] of groups) if (rows.length > groups.get(most)!.length) most = words;
  return listInWords([...groups].filter(([words]) => words !== most).map(([words, rows]) => `${rowsInWords(rows)} ${rows.length === 1 ? "reads" : "read"} as ${words}`));
}

/** How an action's rating reads, in words: "missing", "‘amber ’", "Amber by its colour". */
function reading(action: Action, fix: CellEdit | undefined): string {
  const { rating } = action;
  if (rating.kind === "unrated") return "missing";
  if (rating.kind === "invalid") return "invalid";
  if (rating.fill !== undefined) return `${rating.entry.name} by its colour`;
  return `‘${fix ? fix.from : String(action.ratingValue ?? "")}’`;
}
