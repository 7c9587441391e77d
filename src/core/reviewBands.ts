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
const REVIEW_KIND =
  "(?:(?:serious\\s+case|case|rapid|learning|practice|thematic|peer|local\\s+(?:child\\s+)?safeguarding\\s+practice|child\\s+safeguarding\\s+practice|safeguarding\\s+adults?|domestic\\s+homicide|multi[-\\s]agency)\\s+review|review|l?cspr|scr|sar|dhr)";
/** The kind, then a colon or a dash with spaces around it, then the review's name. */
const REVIEW_BAND = new RegExp(`^\\s*(${REVIEW_KIND})\\s*(?::|\\s[-–—]\\s)\\s*(\\S.*?)\\s*$`, "i");

/**
 * What a title says of the sheet after the kind, not a review's name: "Peer Review – action plan",
 * "Peer Review: progress update 2021". The kind itself names the review there, unless it is a bare "Review".
 */
const DOCUMENT_WORDS = /^(?:the\s+)?(?:(?:action|improvement|delivery|implementation)\s+plan|actions?|recommendations?|tracker|progress(?:\s+updates?)?|updates?)\b/i;
/** A date after them ("September 2021", "Q2 2021/22"): still the document's words. */
const DATE_AFTER = /^(?:[\s,.()/–—-]|\d+|q[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)*$/i;

const saysWhatTheSheetIs = (name: string) => {
  const words = DOCUMENT_WORDS.exec(name);
  return words !== null && DATE_AFTER.test(name.slice(words[0].length));
};

/** The kind of review in brackets after its name, "(LSPR)": the committee names the review without it. */
const KIND_AFTER = /\s*\((?:l?c?spr|lspr|scr|sar|dhr|rapid review|case review)\)$/i;

/** The review a band row's text names ("Frankie" of "Case Review: Frankie (LSPR)"), else null. */
export function reviewOfBand(text: string): string | null {
  const band = REVIEW_BAND.exec(text);
  if (!band) return null;
  const kind = band[1]!;
  const name = band[2]!;
  if (saysWhatTheSheetIs(name)) return /^review$/i.test(kind) ? null : kind.trim();
  return name.replace(KIND_AFTER, "") || name;
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
