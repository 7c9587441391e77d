/**
 * The sentences the pane shows after each action. Counts come from the engine's analysis;
 * nothing here decides a rule, it only puts results into words.
 */
import type { Analysis } from "../core/model";
import type { CellEdit, FormatTag } from "../core/formatPlan";
import type { AppliedSheet } from "../door/RagDoor";
import { keptSentence } from "../door/sheetOwnership";
import { countText, listInWords, plural, rowsInWords } from "../core/sentences";
import type { Finding } from "../core/findings";
import { notJudged, notJudgedSentence } from "../core/notJudged";
import { capitalised } from "../core/text";
import { formatLongDate } from "../core/longDate";
import { isoToSerial } from "../core/dates";
import { PLANNED_DAYS_AHEAD } from "../core/history/unlikelyReportDate";

/** One clear sentence from anything thrown: the error's own message, never a stack trace. */
export function errorSentence(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const firstLine = raw.split(/\r?\n/).find((line) => line.trim() !== "")?.trim() ?? "";
  if (firstLine === "") return "RAG Tracker stopped because of a problem it did not expect; please try again.";
  return /[.!?]$/.test(firstLine) ? firstLine : `${firstLine}.`;
}

const quote = (text: string) => `‘${text}’`;

/** "row 5", or "Plan row 5" where the workbook has several trackers. */
const rowPlace = (sheet: string, row: number | undefined, withSheet: boolean) => `${withSheet ? `${sheet} ` : ""}row ${row}`;

/** "row 5", or "rows 7 to 10" for a rating merged down beside several actions, with the sheet's name as rowPlace. */
const editPlace = (edit: CellEdit, withSheet: boolean) => (edit.rows ? `${withSheet ? `${edit.sheet} ` : ""}${rowsInWords(edit.rows)}` : rowPlace(edit.sheet, edit.row, withSheet));

/** "a space after it", "2 spaces before it and a space after it": what a screen reader does not say of a rating's text. */
const spaces = (n: number) => (n === 1 ? "a space" : `${n} spaces`);

function endSpacesInWords(text: string): string {
  const before = text.length - text.trimStart().length;
  const after = text.length - text.trimEnd().length;
  return listInWords([...(before > 0 ? [`${spaces(before)} before it`] : []), ...(after > 0 ? [`${spaces(after)} after it`] : [])]);
}

/**
 * A rating's text in words a screen reader says as they are meant, not as symbols: "blank" for an
 * empty cell, "the letter ‘A’" for a code (said alone, "A" is heard as the article), the spaces at
 * its ends, and where it differs from `other` only by its capitals, which it has: "‘blue ’ (with a
 * space after it)", "‘blue’ (in small letters)". The quotes show the text as it is, to the eye.
 */
export function ratingTextInWords(text: string, other?: string): string {
  if (text === "") return "blank";
  const trimmed = text.trim();
  // Spaces alone are neither before nor after anything: said once, as all the cell holds.
  if (trimmed === "") return `${quote(text)} (${/^ +$/.test(text) ? spaces(text.length) : text.length === 1 ? "a blank character" : `${text.length} blank characters`} alone)`;
  // Told apart from the other by case alone, which a screen reader does not say.
  const byCase = other !== undefined && other.trim() !== trimmed && other.trim().toLowerCase() === trimmed.toLowerCase();
  const letter = trimmed === trimmed.toLowerCase() ? "small letter" : "capital letter";
  const shown = /^\p{L}$/u.test(trimmed) ? `the ${byCase ? letter : "letter"} ${quote(text)}` : quote(text);
  const notes = [endSpacesInWords(text)].filter(Boolean).map((spaces) => `with ${spaces}`);
  if (byCase && trimmed.length > 1) notes.push(trimmed === trimmed.toLowerCase() ? "in small letters" : trimmed === trimmed.toUpperCase() ? "in capitals" : "with a capital");
  return notes.length > 0 ? `${shown} (${notes.join(", ")})` : shown;
}

/**
 * "row 5 from ‘blue ’ (with a space after it) to ‘Blue’", "rows 7 to 10 from blank to ‘Amber’" (one merged rating), with the
 * sheet's name where the workbook has several trackers: in words, not with an arrow a screen reader says as "right arrow", or not at all.
 */
export function describeEdit(edit: CellEdit, withSheet: boolean): string {
  return `${editPlace(edit, withSheet)} from ${ratingTextInWords(edit.from, edit.to)} to ${ratingTextInWords(edit.to, edit.from)}`;
}

const SHOWN_IN_SENTENCE = 3;

/** The words of each count that is not nought, as a list: "1 invalid rating and 2 missing ratings". */
function nonZero(counts: [count: number, words: string][]): string {
  return listInWords(counts.filter(([n]) => n > 0).map(([, words]) => words));
}

/**
 * The invalid and missing ratings Fix ratings cannot put right, as they need a person's choice:
 * "1 invalid rating (row 63 ‘Yellow’, perhaps the letter ‘A’) and 2 missing ratings", or "" when there are none.
 * A kind with one rating says where it is, and the engine's suggestion where it has one.
 */
function ratingsLeft(findings: readonly Finding[], withSheet: boolean): { words: string; count: number } {
  const invalid = findings.filter((f) => f.code === "rating-invalid");
  const missing = findings.filter((f) => f.code === "rating-unrated");
  const one = invalid.length === 1 ? invalid[0]! : undefined;
  const invalidWords = one
    ? `1 invalid rating (${rowPlace(one.sheet, one.row, withSheet)} ${ratingTextInWords(one.value ?? "")}${one.fix ? `, perhaps ${ratingTextInWords(one.fix)}` : ""})`
    : plural(invalid.length, "invalid rating");
  const missingWords = missing.length === 1 ? `1 missing rating (${rowPlace(missing[0]!.sheet, missing[0]!.row, withSheet)})` : plural(missing.length, "missing rating");
  return {
    words: nonZero([
      [invalid.length, invalidWords],
      [missing.length, missingWords],
    ]),
    count: invalid.length + missing.length,
  };
}

/** More ratings left than this are counted after the list, not named: the list is a short one. */
const LEFT_LISTED = 5;

/**
 * Each invalid and missing rating Fix ratings leaves for a person's choice, one line each with the
 * rating suggested where there is one ("row 21 ‘Yellow’, perhaps the letter ‘A’"), where the sentence cannot
 * name them (more than one of a kind); [] where it names each itself.
 */
export function ratingsLeftList(findings: readonly Finding[], withSheet: boolean): string[] {
  const invalid = findings.filter((f) => f.code === "rating-invalid");
  const missing = findings.filter((f) => f.code === "rating-unrated");
  if (invalid.length <= 1 && missing.length <= 1) return [];
  const perhaps = (f: Finding) => (f.fix ? `, perhaps ${ratingTextInWords(f.fix)}` : "");
  const lines = [
    ...invalid.map((f) => `${rowPlace(f.sheet, f.row, withSheet)} ${ratingTextInWords(f.value ?? "")}${perhaps(f)}`),
    ...missing.map((f) => `${rowPlace(f.sheet, f.row, withSheet)} has no rating${perhaps(f)}`),
  ];
  const listed = lines.length <= LEFT_LISTED ? lines : [...lines.slice(0, LEFT_LISTED - 1), `${countText(lines.length - LEFT_LISTED + 1)} more, listed under Findings`];
  return listed.map(capitalised);
}

/** "Changed row 21 from ‘Yellow’ to the letter ‘A’.": what using a suggested rating did, as Fix ratings says its changes. */
export function suggestionUsedSentence(edit: CellEdit, withSheet: boolean): string {
  return `Changed ${describeEdit(edit, withSheet)}.`;
}

/**
 * Said beside Fix ratings' outcome when reading the workbook again after the fix failed: why, and
 * that the pane still shows the workbook as it was, as the fix's outcome stays true.
 */
export function notReadAfterFix(error: unknown): string {
  return `${errorSentence(error)} The ratings were changed, but the overview and findings still show the workbook as it was before the fix; press Refresh overview to read it again.`;
}

/** What Fix ratings says when it had nothing to change and nothing is left for the user's choice. */
export const ALREADY_WRITTEN = "Every rating is already written the way its sheet writes ratings, so nothing was changed.";

/**
 * "Changed 2 ratings: row 5 from ‘blue ’ (with a space after it) to ‘Blue’ and row 7 from ‘g’ to ‘Green’; 1 missing rating (row 9) still
 * needs your choice." `findings` are those of the workbook after the fix; `withSheet` names each
 * row's sheet, for a workbook with more than one tracker.
 */
export function fixSentence(edits: CellEdit[], findings: readonly Finding[], withSheet: boolean): string {
  const left = ratingsLeft(findings, withSheet);
  const needs = left.count === 1 ? "needs" : "need";
  if (edits.length === 0) {
    if (left.count === 0) return ALREADY_WRITTEN;
    return `No rating was changed; ${left.words} ${needs} your choice.`;
  }
  const shown = edits.slice(0, SHOWN_IN_SENTENCE).map((e) => describeEdit(e, withSheet));
  const rest = edits.length - shown.length;
  const parts = rest > 0 ? [...shown, `${countText(rest)} more`] : shown;
  const changed = `Changed ${plural(edits.length, "rating")}: ${listInWords(parts)}`;
  return left.count === 0 ? `${changed}.` : `${changed}; ${left.words} still ${needs} your choice.`;
}

/** "Put back 2 ratings as they were: row 8 from the capital letter ‘B’ to the small letter ‘b’ and row 13 from ‘Blue’ to ‘blue ’ (with a space after it)." and which were left. */
/** `sheetGone`: fixes on a sheet no longer in the workbook by that name, said apart, as nothing is known of their cells. */
export function undoneSentence(undone: CellEdit[], kept: CellEdit[], withSheet: boolean, sheetGone: CellEdit[] = []): string {
  const back = undone.map((e) => describeEdit({ ...e, from: e.to, to: e.from }, withSheet));
  const shown = back.length > SHOWN_IN_SENTENCE ? [...back.slice(0, SHOWN_IN_SENTENCE), `${countText(back.length - SHOWN_IN_SENTENCE)} more`] : back;
  const put = undone.length > 0 ? `Put back ${plural(undone.length, "rating")} as ${undone.length === 1 ? "it was" : "they were"}: ${listInWords(shown)}.` : "No rating was put back.";
  const where = kept.map((e) => editPlace(e, withSheet));
  const changed = kept.length === 0 ? "" : ` ${plural(kept.length, "rating")} changed since the fix ${kept.length === 1 ? "was" : "were"} left as ${kept.length === 1 ? "it is" : "they are"} (${listInWords(where)}).`;
  const sheets = [...new Set(sheetGone.map((e) => `"${e.sheet}"`))];
  const gone =
    sheetGone.length === 0
      ? ""
      : ` ${plural(sheetGone.length, "rating")} on sheet${sheets.length === 1 ? "" : "s"} ${listInWords(sheets)}, no longer in the workbook by that name (renamed or deleted since the fix), ${sheetGone.length === 1 ? "was" : "were"} not put back.`;
  return `${put}${changed}${gone}`;
}

const CLEARED: Record<FormatTag, { removed: string; none: string }> = {
  "rating-problems": { removed: "the rating check's highlights", none: "rating check highlights" },
  "rating-colours": { removed: "the rating colours and drop-down lists", none: "rating colours and drop-down lists" },
  "stale-rows": { removed: "the stale and overdue highlights", none: "stale and overdue highlights" },
};

/** `removed` counts Excel's rules and lists, which mean nothing to the user: only whether there were any is said. */
export function clearedSentence(tag: FormatTag, removed: number): string {
  if (removed === 0) return `There were no ${CLEARED[tag].none} from RAG Tracker to clear.`;
  return `Removed ${CLEARED[tag].removed}.`;
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

export function staleSentence(analysis: Pick<Analysis, "stale" | "overdue" | "staleDays" | "trackers">): string {
  const { stale, overdue } = analysis;
  if (stale.length + overdue.length === 0) {
    // "No action is stale" would be untrue of a sheet that has no date column to judge by: it is named.
    const unjudged = notJudged(analysis.trackers).map((n) => notJudgedSentence(n));
    return [`No action is stale (over ${plural(analysis.staleDays, "day")}) or overdue, so nothing needed highlighting.`, ...unjudged].join(" ");
  }
  // An action both stale and overdue wears the overdue look alone: each colour is given with the rows that wear it.
  const overdueActions = new Set(overdue.map((o) => o.action));
  const both = stale.filter((s) => overdueActions.has(s.action)).length;
  const staleOnly = stale.length - both;
  const alsoStale = both === 0 ? "" : both < overdue.length ? `; ${countText(both)} of them also stale` : overdue.length === 1 ? "; also stale" : "; all also stale";
  return `Highlighted ${nonZero([
    [overdue.length, `${plural(overdue.length, "overdue action")} (pink, bold${alsoStale})`],
    [staleOnly, `${plural(staleOnly, both > 0 ? "other stale action" : "stale action")} (peach)`],
  ])}.`;
}

export function writtenSentence(sheets: AppliedSheet[]): string {
  if (sheets.length === 0) return "No summary sheet was written.";
  const quote = (name: string) => `“${name}”`;
  return [`Wrote ${listInWords(sheets.map((s) => quote(s.name)))}.`, keptSentence(sheets, quote)].filter(Boolean).join(" ");
}

/**
 * Generate committee pack's outcome: one sentence saying what was written ("Wrote “Committee Pack”
 * and “RAG History”; “Committee Pack” counts 2 invalid ratings."), and each note under it, one a line.
 * The pack is named, not "its": with two sheets written, "its" could be either.
 */
export function packOutcome(sheets: AppliedSheet[], ratingsCounted: string | undefined, notes: readonly string[]): { text: string; items?: string[] } {
  const names = sheets.map((s) => `“${s.name}”`);
  const wrote = names.length === 0 ? "No sheet was written" : `Wrote ${listInWords(names)}`;
  const pack = sheets.find((s) => s.key === "pack")?.name;
  const text = `${wrote}${ratingsCounted && pack ? `; “${pack}” counts ${ratingsCounted}` : ""}.`;
  const items = [keptSentence(sheets, (name) => `“${name}”`), ...notes].filter(Boolean);
  return items.length > 0 ? { text, items } : { text };
}

/**
 * "Frankie action 3", or the review and the first words of the action's text where it has no
 * number, or, with neither (a report whose wording was removed), its sheet and row. A line that
 * already shows the sheet and row (`placeShown`) says neither again, nor a review named as its sheet.
 */
export function actionName(action: { review: string; sheet: string; ref: string; row: number }, text: string, placeShown = false): string {
  const who = action.review || action.sheet;
  const named = placeShown && who === action.sheet ? "" : who;
  if (action.ref) return named ? `${named} action ${action.ref}` : `action ${action.ref}`;
  const words = text.split(/\s+/).filter(Boolean).slice(0, 6).join(" ");
  if (words) return named ? `${named}: ${words}…` : `${words}…`;
  if (placeShown) return named || "action with no number or wording";
  const place = `${action.sheet} row ${action.row}`;
  return who === action.sheet ? place : `${who} (${place})`;
}

/**
 * What the notice at the top of the pane says while a report date is stored, and what is said with
 * every count: the counts are not today's. A report date more than PLANNED_DAYS_AHEAD after today is
 * most likely a mistyped year, and is said to be; one before, a meeting to come.
 */
export function reportDateSentence(asOf: string, today: string): string {
  if (asOf <= today) return `Counts are as at ${formatLongDate(asOf)}, the report date in the settings, not today.`;
  if (isoToSerial(asOf) - isoToSerial(today) > PLANNED_DAYS_AHEAD)
    return `Counts are as at ${formatLongDate(asOf)}, the report date in the settings, which is after today (${formatLongDate(today)}); a date so far to come is most likely a mistyped year.`;
  return `Counts are as at ${formatLongDate(asOf)}, the report date in the settings, a meeting to come: stale and overdue actions are judged as they will be on that day if nothing changes.`;
}

/** Count as at today's outcome: what the counts are now as at, not only that the settings were saved. */
export function usedTodaySentence(today: string): string {
  return `Counts are now as at today, ${formatLongDate(today)}: the report date was taken out of the settings.`;
}
