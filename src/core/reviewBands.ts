/**
 * A composite plan kept on one sheet with no Review column, each review's actions under a band row
 * that names it: "Case Review: Frankie (LSPR)", "Rapid Review – Sam and Kyle", "LCSPR: Leo". The
 * band names the review of the actions below it, as a "Strategic Aim" band names their category;
 * without this the whole sheet is one review, and each review's numbers, restarting at 1, read as
 * duplicates.
 */
import type { Finding } from "./findings";
import type { Tracker } from "./model";
import { capitalised } from "./text";
import { rowsInWords } from "./sentences";

/** The kinds of review a safeguarding partnership reports on, as band rows name them. */
const NAMED_KIND =
  "(?:(?:serious\\s+case|case|rapid|learning|practice|thematic|peer|local\\s+(?:child\\s+)?safeguarding\\s+practice|child\\s+safeguarding\\s+practice|safeguarding\\s+adults?|domestic\\s+homicide|multi[-\\s]agency)\\s+review|l?c?spr|scr|sar|dhr)";
const REVIEW_KIND = `(?:${NAMED_KIND}|review)`;
/** The kind, then a colon or a dash with spaces around it, then the review's name. */
const REVIEW_BAND = new RegExp(`^\\s*(${REVIEW_KIND})\\s*(?::|\\s[-–—]\\s)\\s*(\\S.*?)\\s*$`, "i");

/** Words that say what the sheet is, not whose: "action plan", "recommendations", "progress update". */
const DOCUMENT = "(?:(?:action|improvement|delivery|implementation)\\s+(?:plan|matrix|log)|actions?|recommendations?|tracker|progress(?:\\s+updates?)?|updates?)";
const DOCUMENT_WORDS = new RegExp(`\\b${DOCUMENT}\\b`, "gi");
/** The words of a date, a draft or an update beside them: "Sept", "Q2", "draft", "updated"; and "identified" after a count, as the minutes say it. */
const DATE_WORDS = "draft|updated|identified|q[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
/** What may stand beside them in a title and name nothing: those words, numbers, "and", "the", punctuation. */
const FILLER = new RegExp(`\\b(?:the|and|\\d+|${DATE_WORDS})\\b|[&\\s,.:()/–—-]+`, "gi");
/** Dates, "draft" or "updated" after them: "Action plan (draft)", "Action plan – Sept 2021". */
const TAIL = `(?:[^\\p{L}]|\\b(?:${DATE_WORDS})\\b)*`;
/** Several of them together, perhaps counted: "Actions & Progress", "Progress Tracker", "14 actions". */
const DOCUMENTS = `(?:the\\s+)?(?:\\d+\\s+)?${DOCUMENT}(?:\\s*(?:&|and)?\\s*${DOCUMENT})*`;
/**
 * Those that read as a document's name beside a review's with no dash or colon between ("Child D action plan",
 * "Family Q progress tracker", "Action Plan Frankie"); "actions" or "recommendations" alone may be part of a
 * name ("Joint Actions"). After a name, "progress" or "update" too ("Leo progress"), not before ("Progress Unit").
 */
const PLAN = "(?:(?:action|improvement|delivery|implementation)\\s+(?:plan|matrix|log)|tracker)";
const PLAN_WORDS = `(?:the\\s+)?(?:${DOCUMENT}\\s+)*${PLAN}`;
const WORDS_AFTER = `(?:the\\s+)?(?:${DOCUMENT}\\s+)*(?:${PLAN}|progress(?:\\s+updates?)?|updates?)`;
/** A count of actions after a comma, as after a dash: "Child Q SCR (closed, 3 actions)". */
const COUNTED = `\\d+\\s+${DOCUMENT}`;
/** A name, then those words: "Child D action plan", "Child D – Actions & Progress", "Child Q SCR (closed, 3 actions)". */
const DOCUMENT_AFTER = new RegExp(`^(.*?\\p{L}.*?)(?:\\s*[:–—-]\\s*${DOCUMENTS}|\\s*,\\s*${COUNTED}|[\\s,]+${WORDS_AFTER})${TAIL}$`, "iu");
/** Those words, then a name (written with a capital, checked apart: "Action Plan Frankie", not "Actions for schools"). */
const DOCUMENT_BEFORE = new RegExp(`^(?:${DOCUMENTS}\\s*[:–—-]\\s*|${PLAN_WORDS}\\s+)(\\S.*)$`, "iu");

/**
 * The review a title names after its kind: the name without the words that say what the sheet is
 * ("Child D" of "Child D action plan"); or none where those words are all it says ("Peer Review – action
 * plan", "Peer Review: Recommendations and actions", "Rapid Review: progress update September 2021"),
 * where the kind itself names the review, unless it is a bare "Review".
 */
function nameBesideDocumentWords(kind: string, name: string): string | null {
  if (name.replace(DOCUMENT_WORDS, "") === name) return name;
  if (name.replace(DOCUMENT_WORDS, " ").replace(FILLER, "") === "") return /^review$/i.test(kind.trim()) ? null : kind.trim();
  const before = DOCUMENT_BEFORE.exec(name)?.[1];
  const after = DOCUMENT_AFTER.exec(name)?.[1];
  return (after !== undefined ? withoutOpenBracket(after) : null) ?? (before !== undefined && /^\p{Lu}/u.test(before) ? before : name);
}

/** The kinds written as letters, which no name ends in. */
const KIND_LETTERS = "(?:l?c?spr|scr|sar|dhr)";
/** When a state was reached, after it: "March 2022", "Mar 2022", "14 March 2022", "14/03/2022" (a year alone is read with the version numbers). */
const STATE_DATE = "(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(?:19|20)\\d\\d|\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d\\d)";
/**
 * A document's state after the kind, which tells no two reviews apart: "draft", "Draft v2", "draft 2", "final", "published",
 * "published March 2022", "ratified Sept 2021", "Published 14/03/2022".
 */
const DOCUMENT_STATE = `(?:final\\s+(?:draft|report|version)|draft|updated|final|published|ratified|closed|revised|v\\s?\\d{1,2}(?:\\.\\d{1,2})?|version\\s*\\d{1,2})(?:\\s*(?:${STATE_DATE}|v?\\s?\\d{1,2}(?:\\.\\d{1,2})?|(?:19|20)\\d\\d))?`;
/** Only a document's state, or nothing: what a bracket may open with before the document words that end the title. */
const STATE_ONLY = new RegExp(`^[\\s,.:;]*(?:${DOCUMENT_STATE})?[\\s,.:;]*$`, "i");

/**
 * The name before a title's document words, where those words were in a bracket the name opened ("Child Q SCR
 * (closed – 3 actions)"): the bracket goes whole where it opened with only a state ("Child Q SCR"); else null, and
 * the title is not cut inside a bracket.
 */
function withoutOpenBracket(name: string): string | null {
  if ((name.match(/\(/g)?.length ?? 0) <= (name.match(/\)/g)?.length ?? 0)) return name;
  const open = name.lastIndexOf("(");
  return STATE_ONLY.test(name.slice(open + 1)) && /\p{L}/u.test(name.slice(0, open)) ? name.slice(0, open).trimEnd() : null;
}

/** What may follow the kind and tell no two reviews apart: a stray stop or colon, "(draft)", "– final", "updated", "SCR. (draft)". */
const KIND_TAIL = `[.:;,]?(?:\\s*\\(\\s*${DOCUMENT_STATE}\\s*\\)|\\s*[–—-]\\s*${DOCUMENT_STATE}|\\s+${DOCUMENT_STATE})?[\\s.:;,]*`;
/**
 * The kind of review after its name, in brackets, after a dash, or in letters ("Frankie (LSPR)", "Shay and Ashley
 * – Learning Review", "Sam and Kyle LCSPR"), perhaps with a full stop or "(draft)" after it ("Child Q SCR.",
 * "Child Q SCR (draft)"). The committee names the review without it. A kind in words with only a space before it
 * is the name's own ("Joint Serious Case Review"), and so is one with a date or number after it, which tells two
 * reviews apart ("Child B DHR (2019)", "Child B DHR (2021)", "Child Y LCSPR Sept 2021").
 */
const KIND_AFTER = new RegExp(`(?:\\s*\\(${NAMED_KIND}\\)|\\s*[–—-]\\s*${NAMED_KIND}|\\s+${KIND_LETTERS})${KIND_TAIL}$`, "i");

/** The review a band row's text names ("Frankie" of "Case Review: Frankie (LSPR)"), else null. */
export function reviewOfBand(text: string): string | null {
  const band = REVIEW_BAND.exec(text);
  if (!band) return null;
  return reviewNamed(band[1]!, band[2]!);
}

/** The review a band names after its kind, `kind`: its name without document words, the kind after it or the document's state. */
function reviewNamed(kind: string, name: string): string | null {
  const named = nameBesideDocumentWords(kind, name);
  if (named === null) return null;
  const withoutKind = named.replace(KIND_AFTER, "");
  if (withoutKind === named) return named;
  // A stop before the kind goes with it: "Child Q. SCR." names Child Q.
  return withoutKind.replace(/(?<=\p{L})[\s.:;,]+$/u, "") || named;
}

/**
 * Whether a review's earlier name, given by an earlier version's reading of a band ("Child Q SCR (published 2022)"), is
 * read by today's rules as `now` ("Child Q"): a name RAG Tracker reads otherwise, not one the team changed.
 */
export function bandNameReadAgainAs(earlier: string, now: string): boolean {
  return earlier !== now && reviewNamed("Review", earlier) === now;
}

/** Whether an action's review is named by a band row on its sheet, in these trackers. */
export function bandReviewed(trackers: readonly Tracker[]): (a: { sheet: string; review: string }) => boolean {
  const named = new Set(trackers.flatMap((t) => (t.reviewBands ?? []).map((b) => `${t.sheet}\u0001${b.review}`)));
  return (a) => named.has(`${a.sheet}\u0001${a.review}`);
}

export interface ReviewBand {
  row: number;
  review: string;
}

/** Said once per sheet, so a reader can check the reviews the bands gave. */
export function reviewBandsFinding(sheet: string, bands: readonly ReviewBand[]): Finding {
  const named = bands.slice(0, 3).map((b) => `"${b.review}"`);
  const more = bands.length > 3 ? ", …" : "";
  return {
    sheet,
    row: bands[0]!.row,
    code: "review-bands",
    severity: "info",
    message: `${capitalised(rowsInWords(bands.map((b) => b.row)))} of sheet "${sheet}" ${bands.length === 1 ? "names the review" : "name the reviews"} (${named.join(", ")}${more}) of the actions below ${bands.length === 1 ? "it" : "them"}, as the sheet has no Review column.`,
  };
}
