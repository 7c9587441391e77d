/**
 * What a grid cell shows only as colour, said in words for a screen reader (its aria-description):
 * the add-in's highlights, with the pane's reading's days where it has them ("overdue by 143 days"),
 * and a rating given by a fill alone ("rating given by colour: Green"), which reads as an empty cell.
 * The sighted view is unchanged: these words are what its colours and bold mean.
 */
import type { Analysis, FlaggedAction } from "../core/model";
import { plural } from "../core/sentences";
import type { HighlightKind } from "./highlightKind";

/** What the pane's last reading knows of one sheet's rows, for the grid's words. */
export interface SheetFacts {
  overdue: Map<number, FlaggedAction>;
  stale: Map<number, FlaggedAction>;
  /** Rating cells ("row:column") holding nothing but a fill, with the rating it is counted as. */
  ratingByColour: Map<string, string>;
}

export function sheetFacts(analysis: Analysis | null, sheet: string): SheetFacts | null {
  if (!analysis) return null;
  const byRow = (flags: FlaggedAction[]) => new Map(flags.filter((f) => f.action.sheet === sheet).map((f) => [f.action.row, f]));
  const ratingByColour = new Map<string, string>();
  for (const tracker of analysis.trackers) {
    const column = tracker.columns.rating;
    if (tracker.sheet !== sheet || column === undefined) continue;
    for (const action of tracker.actions) {
      if (action.rating.kind === "rated" && action.rating.fill !== undefined) ratingByColour.set(`${action.row}:${column}`, action.rating.entry.name);
    }
  }
  return { overdue: byRow(analysis.overdue), stale: byRow(analysis.stale), ratingByColour };
}

function overdueWords(flag: FlaggedAction | undefined): string {
  return flag?.days != null ? `overdue by ${plural(flag.days, "day")}` : "overdue";
}

function staleWords(flag: FlaggedAction | undefined): string {
  if (!flag) return "stale";
  return flag.days !== null && flag.action.updated ? `no update for ${plural(flag.days, "day")}` : "stale, never updated";
}

const RATING_PROBLEM_WORDS: Record<"invalid" | "unrated", string> = {
  invalid: "rating not in the RAG index",
  unrated: "no rating",
};

/** The cell's states in words, in the order of its highlights; undefined where colour says nothing more than the text. */
export function cellDescription(highlights: readonly HighlightKind[], row: number, column: number, facts: SheetFacts | null): string | undefined {
  const words: string[] = [];
  for (const kind of highlights) {
    if (kind === "overdue") {
      words.push(overdueWords(facts?.overdue.get(row)));
      // The overdue highlight covers a stale row too (overdue is the stronger signal): the words say both.
      if (facts?.stale.has(row)) words.push(staleWords(facts.stale.get(row)));
    } else if (kind === "stale") words.push(staleWords(facts?.stale.get(row)));
    else words.push(RATING_PROBLEM_WORDS[kind]);
  }
  const byColour = facts?.ratingByColour.get(`${row}:${column}`);
  if (byColour !== undefined) words.push(`rating given by colour: ${byColour}`);
  return words.length > 0 ? words.join("; ") : undefined;
}
