/**
 * A recommendation written on a row of its own above the specific actions it led to, as a peer
 * review's plan is kept:
 *   1  | Governance | Consider deputies on Strategic Group |                       |          |
 *   1a | Governance |                                      | Identify deputies     | Response | B
 *   1b | Governance |                                      | Revise the ToR        | Response | B
 * The row numbered 1 heads the actions 1a and 1b: it has no rating, nothing that says what is done
 * or how it is going, and no dates, so it is not an action. Counted as one, it would be an unrated
 * action listed as stale for ever, and the team would be told to rate a heading.
 */
import type { CellValue } from "./cells";
import { isBlank } from "./cells";
import type { Finding } from "./findings";
import type { Action, ColumnMap } from "./model";
import type { SheetGrid } from "./sheetGrid";
import { capitalised } from "./text";
import { rowsInWords } from "./sentences";

/** Columns that say what is done or how it is going, or date it: any value there makes the row an action. */
const ACTION_ROLES = ["actions", "measure", "response", "due", "updated", "rating"] as const;

/**
 * What follows a recommendation's number in its actions' numbers: a letter (1a, 1 b, 1(a), 1.a),
 * a roman numeral (1(i), 1(iv)) or a further number (1.1, 1.2.3). Not a digit: 10 is no action of 1.
 */
const SUB_NUMBER = /^(?:(?:\.\d+)+|[.\- ]?\(?(?:[a-z]|[ivx]{1,4})\)?)$/i;

/** "Rec 1", "Rec. 2", "Recommendation 3": a recommendation's number with its word, which its actions' numbers (1(i), 3a) leave off. */
const WORD_BEFORE = /^rec(?:ommendation)?\.?\s*(?=\d)/;

/** Whether `ref` numbers an action under the recommendation numbered `stem`. */
export function isUnder(stem: string, ref: string): boolean {
  const own = stem.trim().replace(/\.$/, "").toLowerCase();
  const sub = ref.trim().toLowerCase();
  const under = (number: string) => number !== "" && sub.startsWith(number) && SUB_NUMBER.test(sub.slice(number.length));
  return under(own) || under(own.replace(WORD_BEFORE, ""));
}

/**
 * The number of a row that heads the actions below it, or undefined for any other row: a number,
 * nothing in the columns of an action's substance, rating or dates (the caller knows the rating
 * is blank), and the next row that is not blank numbered under it. `refText`: a number as its cell shows it.
 */
export function headingNumber(grid: SheetGrid, row: number, lastRow: number, columns: ColumnMap, refText: (value: CellValue, row: number) => string): string | undefined {
  if (columns.ref === undefined) return undefined;
  const stem = refText(grid.get(row, columns.ref), row);
  if (stem.trim() === "") return undefined;
  for (const role of ACTION_ROLES) if (columns[role] !== undefined && !isBlank(grid.get(row, columns[role]))) return undefined;
  let next = row + 1;
  while (next <= lastRow && grid.isBlankRow(next)) next++;
  if (next > lastRow) return undefined;
  return isUnder(stem, refText(grid.get(next, columns.ref), next)) ? stem : undefined;
}

/** The headings met on a sheet, in order, and what the actions under each take from it. */
export class RecommendationHeadings {
  readonly rows: number[] = [];
  private current: { stem: string; recommendation: string; category: string } | undefined;
  /** The first action numbered under a heading, and the heading's number, to show the finding's reader what was read ("1a" under "1"). */
  private example: { ref: string; stem: string } | undefined;

  /** A heading row: the actions numbered under it, from the next row on, take its recommendation and category. */
  start(row: number, stem: string, recommendation: string, category: string): void {
    this.rows.push(row);
    this.current = { stem, recommendation, category };
  }

  /**
   * Gives an action under the current heading the heading's recommendation where its own is blank,
   * and returns the heading's category for an action with none of its own ("" otherwise). An action
   * numbered otherwise ends the heading's actions.
   */
  carryTo(action: Action, ownCategory: string): string {
    if (!this.current) return "";
    if (!isUnder(this.current.stem, action.ref)) {
      this.current = undefined;
      return "";
    }
    this.example ??= { ref: action.ref, stem: this.current.stem };
    if (action.recommendation === "") action.recommendation = this.current.recommendation;
    if (ownCategory !== "" || this.current.category === "") return "";
    action.category = this.current.category;
    return this.current.category;
  }

  /** One info finding naming the sheet's heading rows; undefined where there are none. */
  finding(sheet: string, refColumn: string): Finding | undefined {
    if (this.rows.length === 0) return undefined;
    const one = this.rows.length === 1;
    const as = this.example ? ` (as ${this.example.ref} is under ${this.example.stem})` : "";
    return {
      sheet,
      row: this.rows[0]!,
      column: refColumn,
      code: "recommendation-heading",
      severity: "info",
      message: `${capitalised(rowsInWords(this.rows))} ${one ? "numbers a recommendation" : "number recommendations"} with no rating, action, response or date, above the actions numbered under ${one ? "it" : "them"}${as}, so ${one ? "it is read as their heading" : "they are read as their headings"} and not counted as ${one ? "an action" : "actions"}; ${one ? "its" : "their"} recommendation and category are given to those actions. Rate a recommendation, or type its action, to count it as an action.`,
    };
  }
}
