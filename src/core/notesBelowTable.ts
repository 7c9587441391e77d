/**
 * Lines a team writes under its table once the actions end, which are not actions:
 *   Key:    | B = Blue – action complete; G = Green – on track; …
 *   Note:   | Actions 4 and 6 to be reviewed at the next Strategic Group.
 * They sit below a blank row (blank rows between blocks of actions do not end a table, so the
 * reader cannot stop there), and hold no number, rating or date. A labelled note ("Note:" and its
 * text) may also sit straight under the last action, where the label is in the number column or a
 * column the table does not use: a new action's first cells are its number, review or category.
 * A note written in one cell, beginning "Note:" or "N.B.", is one anywhere in the table, between actions too.
 * Below a blank row, a pointer to more reading alone is one too: a web address typed whole, a remark with its mark ("See also …",
 * "Source: …"), or, under numbered actions and itself unnumbered, a document's title linked to where it is ("Working Together 2018").
 * Under a heading saying so ("Notes", "Notes:"), every row is a note, numbered or not, down to one with a rating or a date.
 */
import { ACTION_TEXT_ROLES } from "./settings";
import { type CellValue, cellText, isBlank } from "./cells";
import type { Finding } from "./findings";
import type { ColumnMap, RatingStatus } from "./model";
import type { SheetGrid } from "./sheetGrid";
import { capitalised, cutTo } from "./text";
import { listInWords, rowsInWords } from "./sentences";

/** Columns that number, rate or date an action: any value there makes the row an action's. */
const ACTION_MARK_ROLES = ["ref", "rating", "due", "updated"] as const;
/** Columns that rate or date an action. */
const ACTION_DATE_ROLES = ["rating", "due", "updated"] as const;

/** "Key:", "Note:", "NB:", "Updated by:", "Please note:": a few words and a colon, no digit (an action's number is never one). */
const NOTE_LABEL = /^\p{L}[\p{L}.'’&/ -]{0,29}:$/u;
const MAX_LABEL_WORDS = 4;
/**
 * "Note: 9.1 to be read with the Neglect Strategy", "Notes – …", "Note. …", "NB: …", "NB. …", "N.B …": a note's own first
 * words, and more after them; after "Note" a dash only with a space before it ("Note-taking training" is an action), and
 * never a space alone ("Note the report" may be an action).
 */
const WRITTEN_NOTE = /^(?:(?:please\s+)?notes?\s*(?::|\.(?=\s)|\s[–—-])|n\.?b\.?\s*[:–—-]|n\.b\.|n\.?b\.?(?=\s))\s*\S/i;

/** A web address typed or pasted whole into a cell: no action's text. */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;
/**
 * A pointer to more reading by its own mark: "See also …", "See notes", "See: …", "Source(s): …", "Further information: …",
 * "More information: …", "Useful links", "Links: …", "See attached", "See below", "See appendix 1 …", "See the LSCP website …",
 * "For further information please contact …". A word alone is no mark: "See the attached plan and brief all GPs",
 * "Further information sharing agreement to be signed" and "Useful links page to be added" are actions.
 */
const POINTER =
  /^(?:see\s+also\b|see\s+(?:the\s+)?notes?(?:\s+(?:below|above|overleaf))?\.?$|see\s+(?:attached|below|above|overleaf)\.?$|see\s+(?:the\s+)?(?:appendix|annex|appendices)\b|see\s+(?:the\s+)?(?:[\w&-]+\s+)?website\b|see\s*:|sources?\s*:|for\s+(?:further|more)\s+info(?:rmation)?\b|(?:further|more)\s+info(?:rmation)?\s*:|useful\s+links?\s*(?::|$)|links?\s*:)/i;
/**
 * A document's title runs to a few words ("Working Together 2018", "Keeping Children Safe in Education 2021", "SET Child
 * Protection Procedures"): eight words hold the titles teams link to, where an action written as a task runs longer.
 */
const MAX_TITLE_WORDS = 8;
/**
 * The verbs a plan's actions begin with ("Review the escalation policy", "Produce a Priorities Outcome Booklet", "Ensure …",
 * "Refresh the LSCP Threshold Document"): a cell beginning with one is a task, however it is capitalised. Words as often a
 * document's first word ("Report", "Draft", "Plan", "Work") are left out.
 */
const ACTION_VERBS = new Set(
  (
    "agree align amend arrange assess audit circulate commission complete conduct consider create deliver develop embed engage " +
    "ensure establish evaluate explore identify implement improve increase introduce launch maintain monitor prepare produce " +
    "promote provide publish raise receive recruit reduce refresh request review revise share strengthen support undertake update"
  ).split(" "),
);
/**
 * The small words a task puts after its verb ("Review the …", "Develop an …", "Ensure all …", "Agree to …"), in any case;
 * any other word in lower case but "of" and "on" reads as a task's too ("Review and update …"). A verb followed at once by
 * a capitalised noun reads as a document's title ("Audit Tool", "Support Services Directory", "Publish Annual Report"), as
 * does one followed by "of", "on" or a colon ("Review of Child Deaths 2020", "Audit: Neglect").
 */
const TASK_WORDS_AFTER_VERB = new Set(["the", "a", "an", "our", "all", "each", "every", "this", "new", "to"]);
const NOUN_AFTER_VERB = new Set(["of", "on"]);
/** Words a title leaves in lower case. */
const TITLE_MINOR_WORDS = new Set(["a", "an", "and", "the", "of", "to", "in", "on", "for", "at", "by", "with", "or", "from", "&", "-", "–", "—"]);

/** Whether a cell's text, alone on its row under a blank row, is plainly a pointer rather than an action: a web address, or "See also …", "Source: …". */
export function isLinkOrRemark(text: string): boolean {
  const trimmed = text.trim();
  return WEB_ADDRESS.test(trimmed) || POINTER.test(trimmed);
}

/**
 * Whether a linked cell's text reads as the title of what it links to: a few words, each capitalised (or a number, or a
 * small word such as "in"), not beginning with an action's verb. "Audit of neglect cases" and "Review the escalation policy",
 * linked to their document or an e-mail address, are written as tasks are, in sentence case: actions; so are
 * "Review The Escalation Policy" and "Refresh the LSCP Threshold Document", for their verb and the word after it.
 */
export function readsAsTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > MAX_TITLE_WORDS || beginsWithActionVerb(words)) return false;
  return words.every((word, i) => /^[("'‘“]*[\p{Lu}\d]/u.test(word) || (i > 0 && TITLE_MINOR_WORDS.has(word.toLowerCase())));
}

/** "Review The Escalation Policy", "REVIEW THE ESCALATION POLICY", "To Develop An LSCP Website": a verb, then a task's small word. */
function beginsWithActionVerb(words: readonly string[]): boolean {
  const start = words[0]?.toLowerCase() === "to" ? 1 : 0;
  const verb = words[start] ?? "";
  const next = words[start + 1] ?? "";
  if (!ACTION_VERBS.has(verb.toLowerCase())) return false;
  if (TASK_WORDS_AFTER_VERB.has(next.toLowerCase())) return true;
  return /\p{Ll}/u.test(next) && next === next.toLowerCase() && !NOUN_AFTER_VERB.has(next);
}

/**
 * The column of the one cell of text a row fills below a blank row, with nothing in the columns that number, rate or date an
 * action, where the door has said of no link there: an action as read ("Audit of neglect cases"), a note if the cell links to a web
 * address or a file. A door whose read gives no links is asked of these cells alone (linkQuestions.ts).
 */
export function loneCellBelowGap(grid: SheetGrid, row: number, columns: ColumnMap): number | undefined {
  const filled = grid.filledColumns(row);
  if (filled.length !== 1 || typeof grid.original(row, filled[0]!) !== "string" || grid.isWebLink(row, filled[0]!)) return undefined;
  return ACTION_MARK_ROLES.every((role) => columns[role] === undefined || isBlank(grid.get(row, columns[role]))) ? filled[0] : undefined;
}

/** "Notes", "Notes:", "NOTES", "Footnotes", "Additional notes:": a heading alone on its row over the notes a team keeps under its table. */
const NOTES_HEADING = /^(?:(?:additional|further|general|other)\s+)?(?:foot)?notes?\s*:?$/i;

/** Whether a cell's text, alone on its row under the actions, heads the notes below it. */
export const isNotesHeading = (text: string): boolean => NOTES_HEADING.test(text.trim());

/**
 * Whether a row under a "Notes" heading is one of its notes, numbered or not ("1 | Action 1.4 was withdrawn by the Strategic
 * Group…"): it holds text, and nothing in the time-scale or last-updated columns; the caller knows its rating is blank, or,
 * `ratingHoldsNote`, that the rating cell holds part of the note (isNoteInRatingCell). A team numbers its notes as it numbers
 * its actions, so the number says nothing here; a rating or a date makes the row an action.
 */
export function isNoteUnderHeading(grid: SheetGrid, row: number, columns: ColumnMap, ratingHoldsNote = false): boolean {
  if (!grid.filledColumns(row).some((c) => typeof grid.original(row, c) === "string")) return false;
  return ACTION_DATE_ROLES.every((role) => columns[role] === undefined || (ratingHoldsNote && role === "rating") || isBlank(grid.get(row, columns[role])));
}

/** A cell the index reads as no rating and suggests none for: "Notes", a number, a sentence; not "Complete" (did you mean Blue?). */
export const isNoRatingAtAll = (status: RatingStatus): boolean => status.kind === "invalid" && status.suggestion === undefined;

/**
 * Whether a rating cell under a "Notes" heading holds part of a note, as a plan of two columns has it: rated first, the
 * note's number ("1 | Action 1.4 was withdrawn…"); rated last, its words. A number or a sentence of four words or more,
 * and no rating suggested for it: "Yellow" or "Complete" there is a rating mistyped, and the row an action.
 */
export function isNoteInRatingCell(value: CellValue, status: RatingStatus): boolean {
  return isNoRatingAtAll(status) && (typeof value === "number" || (typeof value === "string" && isSentence(value.trim())));
}

/** Whether a cell's text is a note written whole in it ("Note: …", "N.B. …"), wherever it stands. */
export const isWrittenNote = (text: string): boolean => WRITTEN_NOTE.test(text.trim());

/**
 * Whether a row under the table with no rating (the caller knows that) is a note: every cell it
 * fills holds text, and either it is a note written in one cell, or a label ending in a colon with one text beside it and no date,
 * or, below a blank row, it has nothing in the columns that number, date or say what an action is.
 * A key's text typed into a narrow number column is a sentence, never an action's number.
 * `numberedAbove`: the last action read has a number.
 * `belowGap`: a blank row lies between the row and the last action; without one only a label in the
 * number column or a column of no role makes a note. `saysWhatActionIs`: the table has a
 * recommendation, actions or measure column; without one, a row of text alone could be an action
 * still to be rated.
 */
export function isNoteRow(grid: SheetGrid, row: number, columns: ColumnMap, { belowGap, saysWhatActionIs, numberedAbove = false }: { belowGap: boolean; saysWhatActionIs: boolean; numberedAbove?: boolean }): boolean {
  const filled = grid.filledColumns(row);
  for (const c of filled) if (typeof grid.original(row, c) !== "string") return false;
  // Merged areas count as the user sees them: a number merged down from above is an action's.
  const blankIn = (roles: readonly (keyof ColumnMap)[], except?: number) =>
    roles.every((role) => columns[role] === undefined || columns[role] === except || isBlank(grid.get(row, columns[role])));
  if (filled.length === 1 && isWrittenNote(grid.original(row, filled[0]!) as string)) return blankIn(ACTION_MARK_ROLES, filled[0]);
  // Below a blank row, a pointer alone ("See also …", a web address) is no action; "Audit of neglect cases" alone stays one, linked or not.
  if (belowGap && filled.length === 1) {
    const text = grid.original(row, filled[0]!) as string;
    // The committee counts numbered actions: under them, an unnumbered title linked to its document is the document's name.
    const linkedTitle = numberedAbove && columns.ref !== undefined && grid.isWebLink(row, filled[0]!) && readsAsTitle(text);
    if (isLinkOrRemark(text) || linkedTitle) return blankIn(ACTION_MARK_ROLES);
  }
  if (filled.length === 2 && isNoteLabel(grid.original(row, filled[0]!) as string)) {
    const labelAt = filled[0]!;
    if (!belowGap && Object.entries(columns).some(([role, column]) => column === labelAt && role !== "ref")) return false;
    const ref = columns.ref === undefined || columns.ref === labelAt ? "" : cellText(grid.get(row, columns.ref));
    return blankIn(ACTION_DATE_ROLES, labelAt) && (ref === "" || isSentence(ref));
  }
  return belowGap && saysWhatActionIs && blankIn(ACTION_MARK_ROLES) && blankIn(ACTION_TEXT_ROLES);
}

/** Four words or more: no action's number ("1.2a", "3 (iii)", "Rec 12") runs so long. */
function isSentence(text: string): boolean {
  return text.split(" ").length >= 4;
}

function isNoteLabel(text: string): boolean {
  const label = text.trim();
  return NOTE_LABEL.test(label) && label.split(/\s+/).length <= MAX_LABEL_WORDS;
}

/**
 * Said once for each run of notes below the table (one not broken by an action), naming the rows and
 * how each begins. `columns`: the table's, to name those a note leaves empty and what makes a row an action.
 * `inTable`: actions follow the notes.
 */
export function notesFinding(sheet: string, rows: readonly number[], grid: SheetGrid, columns: ColumnMap, inTable = false): Finding {
  // A note labelled in the number column ("Note:" under "Action No") has something there: only the rating and dates are empty.
  const emptyIn = (roles: readonly (keyof ColumnMap)[]) => roles.some((role) => columns[role] !== undefined) && rows.every((row) => roles.every((role) => columns[role] === undefined || isBlank(grid.original(row, columns[role]))));
  const numbered = emptyIn(["ref"]);
  // "Key:" typed under "Time scale", or a note written in it: its date column is not said to be empty.
  const undated = emptyIn(["due", "updated"]);
  const one = rows.length === 1;
  const quoted = rows.slice(0, 3).map((row) => `"${cutTo(firstText(grid, row), 30)}"`);
  const more = rows.length > 3 ? ", …" : "";
  const fix = numbered ? "a number or a rating" : "a rating";
  const where = inTable ? "in the table" : "below the table";
  // Its text may hold numbers and dates ("Note: 9.1 agreed on 12/11/2019"): what it lacks is an action's cells.
  // A plan of two columns rated first has "Notes" and its notes in the rating column: they hold no rating, not nothing.
  const unrated = emptyIn(["rating"]) || columns.rating === undefined;
  const empty = listInWords([...(numbered ? ["number"] : []), ...(unrated ? ["rating"] : []), ...(undated ? ["date"] : [])]);
  const nothingIn = empty === "" ? "" : `nothing in the ${empty} ${empty.includes(" and ") ? "columns" : "column"}`;
  const named = unrated ? nothingIn : `${nothingIn === "" ? "" : `${nothingIn} and `}no rating in the rating column`;
  return {
    sheet,
    row: rows[0]!,
    code: "note-below-table",
    severity: "info",
    message: one
      ? `Row ${rows[0]} ${where} (${quoted[0]}) has ${named} and reads as a note, so it is not counted as an action; if it is an action, give it ${fix}.`
      : `${capitalised(rowsInWords(rows))} ${where} (${quoted.join(", ")}${more}) have ${named} and read as notes, so they are not counted as actions; if one is an action, give it ${fix}.`,
  };
}

/**
 * The row's first text; a label ("Note:", "Key:") with the text beside it, so one note is told from another; a note's text,
 * not the number before it ("1 | Action 1.4 was withdrawn…").
 */
function firstText(grid: SheetGrid, row: number): string {
  const [first, next] = grid.filledColumns(row);
  if (first === undefined) return "";
  if (next !== undefined && typeof grid.original(row, first) === "number") return cellText(grid.original(row, next));
  const text = cellText(grid.original(row, first));
  return next !== undefined && /:\s*$/.test(text) ? `${text.trim()} ${cellText(grid.original(row, next))}` : text;
}

