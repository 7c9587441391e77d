/**
 * The sentences the pane shows after each action. Counts come from the engine's analysis;
 * nothing here decides a rule, it only puts results into words.
 */
import type { Analysis } from "../core/model";
import type { CellEdit, FormatTag } from "../core/formatPlan";
import type { AppliedSheet } from "../door/RagDoor";
import { listInWords, plural } from "../core/sentences";
import { ratingProblemCounts } from "../core/findings";

/** One clear sentence from anything thrown: the error's own message, never a stack trace. */
export function errorSentence(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const firstLine = raw.split(/\r?\n/).find((line) => line.trim() !== "")?.trim() ?? "";
  if (firstLine === "") return "RAG Tracker stopped because of a problem it did not expect; please try again.";
  return /[.!?]$/.test(firstLine) ? firstLine : `${firstLine}.`;
}

const quote = (text: string) => `‘${text}’`;

/** "row 5 ‘blue ’ → ‘Blue’", with the sheet's name when the changes span several sheets. */
export function describeEdit(edit: CellEdit, withSheet: boolean): string {
  return `${withSheet ? `${edit.sheet} ` : ""}row ${edit.row} ${quote(edit.from)} → ${quote(edit.to)}`;
}

const SHOWN_IN_SENTENCE = 3;

/** "Changed 3 ratings: row 5 ‘blue ’ → ‘Blue’, row 7 ‘g’ → ‘G’ and row 9 ‘b’ → ‘B’." */
export function fixSentence(edits: CellEdit[]): string {
  if (edits.length === 0) return "Every rating is already written the way its sheet writes ratings, so nothing was changed.";
  const withSheet = new Set(edits.map((e) => e.sheet)).size > 1;
  const shown = edits.slice(0, SHOWN_IN_SENTENCE).map((e) => describeEdit(e, withSheet));
  const rest = edits.length - shown.length;
  const parts = rest > 0 ? [...shown, `${rest} more`] : shown;
  return `Changed ${plural(edits.length, "rating")}: ${listInWords(parts)}.`;
}

/** "Put back 2 ratings as they were: row 8 ‘B’ → ‘b’ and row 13 ‘B’ → ‘blue ’." and which were left. */
export function undoneSentence(undone: CellEdit[], kept: CellEdit[]): string {
  const withSheet = new Set([...undone, ...kept].map((e) => e.sheet)).size > 1;
  const back = undone.map((e) => describeEdit({ ...e, from: e.to, to: e.from }, withSheet));
  const shown = back.length > SHOWN_IN_SENTENCE ? [...back.slice(0, SHOWN_IN_SENTENCE), `${back.length - SHOWN_IN_SENTENCE} more`] : back;
  const put = undone.length > 0 ? `Put back ${plural(undone.length, "rating")} as ${undone.length === 1 ? "it was" : "they were"}: ${listInWords(shown)}.` : "No rating was put back.";
  if (kept.length === 0) return put;
  const where = kept.map((e) => `${withSheet ? `${e.sheet} ` : ""}row ${e.row}`);
  return `${put} ${plural(kept.length, "rating")} changed since the fix ${kept.length === 1 ? "was" : "were"} left as ${kept.length === 1 ? "it is" : "they are"} (${listInWords(where)}).`;
}

const CLEARED: Record<FormatTag, string> = {
  "rating-problems": "rating check highlights",
  "rating-colours": "rating colours and drop-down lists",
  "stale-rows": "stale and overdue highlights",
};

export function clearedSentence(tag: FormatTag, removed: number): string {
  if (removed === 0) return `There were no ${CLEARED[tag]} from RAG Tracker to clear.`;
  return `Cleared the ${CLEARED[tag]} (${plural(removed, "rule or list", "rules and lists")} removed).`;
}

export function checkedSentence(analysis: Analysis): string {
  const { invalid, unrated: missing } = ratingProblemCounts(analysis.findings);
  if (invalid + missing === 0) return `All ${plural(analysis.actions.length, "rating")} are valid, so nothing needed highlighting.`;
  return `Highlighted ${plural(invalid, "invalid rating")} and ${plural(missing, "missing rating")}.`;
}

/** `lists`: how many drop-down lists the host added, where it says (the notes that follow say why any was not). */
export function colouredSentence(analysis: Analysis, lists?: number): string {
  const sheets = analysis.trackers.filter((t) => t.columns.rating !== undefined).length;
  if (sheets === 0) return "No tracker has a rating column, so there was nothing to colour.";
  const coloured = `Coloured the rating column on ${plural(sheets, "sheet")}`;
  if (lists === 0) return `${coloured}; no drop-down list was added.`;
  const names = analysis.index.entries.map((e) => e.name);
  const where = lists === undefined || lists >= sheets ? "" : ` on ${lists} of them`;
  return `${coloured} and added a drop-down list of ${listInWords(names)}${where}.`;
}

export function staleSentence(analysis: Analysis): string {
  const { stale, overdue } = analysis;
  if (stale.length + overdue.length === 0) return `No action is stale (over ${plural(analysis.staleDays, "day")}) or overdue, so nothing needed highlighting.`;
  return `Highlighted ${plural(stale.length, "stale action")} (peach) and ${plural(overdue.length, "overdue action")} (pink, bold).`;
}

export function writtenSentence(sheets: AppliedSheet[]): string {
  if (sheets.length === 0) return "No summary sheet was written.";
  return `Written to ${listInWords(sheets.map((s) => `“${s.name}”`))}.`;
}

/**
 * "Frankie action 3", or the review and the first words of the action's text where it has no
 * number, or, with neither (a report whose wording was removed), its sheet and row, unless the
 * line already shows them (`placeShown`).
 */
export function actionName(action: { review: string; sheet: string; ref: string; row: number }, text: string, placeShown = false): string {
  const who = action.review || action.sheet;
  if (action.ref) return `${who} action ${action.ref}`;
  const words = text.split(/\s+/).filter(Boolean).slice(0, 6).join(" ");
  if (words) return `${who}: ${words}…`;
  if (placeShown) return who;
  const place = `${action.sheet} row ${action.row}`;
  return who === action.sheet ? place : `${who} (${place})`;
}
