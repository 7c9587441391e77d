/**
 * The review of the actions on a sheet with no review column. By default it is named after the
 * sheet, which is right where each review has its own sheet ("Peer Review") and wrong where a
 * sheet continues another one's plan or holds its completed actions: so it is said, in a finding
 * and under the committee sentences, with the ways to change it. The settings can name a sheet's
 * review; a sheet named as the continuation of another ("Peer Review (cont)") with the same header
 * is counted under that sheet's review, as nothing else can be meant.
 */
import type { Finding } from "./findings";
import type { Tracker } from "./model";
import type { Settings } from "./settings";
import { listInWords, plural } from "./sentences";
import { reviewBandsFinding } from "./reviewBands";
import { sheetNameKey } from "./sheetMatch";
import { CLEAR_SHEET_REVIEW, SETTINGS_NAME_REVIEW, SHEET_REVIEWS_PLACE } from "./settingsPlaces";

export type SheetReview =
  | { review: string; namedBy: "sheet" }
  | { review: string; namedBy: "settings" }
  /** `continues`: the sheet whose plan this sheet continues. */
  | { review: string; namedBy: "continued"; continues: string };

/** "Peer Review (cont)", "Peer Review (cont.)", "Peer Review (continued)", "Peer Review – continued", "Peer Review contd": the name it continues, else undefined. */
export function continuedName(sheet: string): string | undefined {
  const match = /^(.*?\S)\s*(?:\(\s*(?:cont|cont'd|contd|continued)\.?\s*\)|[-–—,]?\s+(?:cont|cont'd|contd|continued)\.?)\s*$/i.exec(sheet);
  return match?.[1];
}

const folded = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** The same columns under the same headers, wherever they sit: the same table carried on. */
function sameHeader(a: Tracker, b: Tracker): boolean {
  const roles = Object.keys(a.headers) as (keyof Tracker["headers"])[];
  return roles.length === Object.keys(b.headers).length && roles.every((role) => b.headers[role] !== undefined && folded(a.headers[role]!) === folded(b.headers[role]!));
}

/**
 * Names the review of each tracker with no review column (every action of the sheet, and the
 * tracker's `sheetReview`), and returns a finding for each sheet whose review is not named in the
 * settings. A setting for a sheet that has a review column is said not to be used.
 */
export function nameSheetReviews(trackers: readonly Tracker[], settings: Settings, sheets: readonly string[] = []): Finding[] {
  const findings: Finding[] = [];
  // A review named for a sheet that is not counted is not used: said, lest the team think its actions counted under it.
  const counted = new Set(trackers.map((t) => sheetNameKey(t.sheet)));
  for (const sheet of Object.keys(settings.sheetReviews)) {
    if (counted.has(sheetNameKey(sheet))) continue;
    const there = sheets.some((name) => sheetNameKey(name) === sheetNameKey(sheet));
    findings.push({
      sheet,
      code: "review-from-sheet",
      severity: "info",
      message: `${SETTINGS_NAME_REVIEW} "${sheet}", but ${there ? "the sheet is not counted (it holds no tracker, or is left out as an earlier round, a copy, or a sheet the tracker sheets chosen do not name)" : "the workbook has no sheet of that name"}, so the review is not used; ${CLEAR_SHEET_REVIEW}.`,
    });
  }
  const bySheet = new Map(trackers.map((t) => [t.sheet.toLowerCase(), t]));
  const set = new Map(Object.entries(settings.sheetReviews).map(([sheet, review]) => [sheet.toLowerCase(), review]));
  const resolved = new Map<Tracker, SheetReview>();
  const reviewOf = (t: Tracker): SheetReview => {
    const known = resolved.get(t);
    if (known) return known;
    const named = set.get(t.sheet.toLowerCase());
    const base = named === undefined ? continuedName(t.sheet) : undefined;
    const parent = base === undefined ? undefined : bySheet.get(base.toLowerCase());
    // A name made shorter at each step: the chain "A (cont) (cont)" always ends.
    const review: SheetReview =
      named !== undefined
        ? { review: named, namedBy: "settings" }
        : parent && parent.columns.review === undefined && sameHeader(parent, t)
          ? { review: reviewOf(parent).review, namedBy: "continued", continues: parent.sheet }
          : { review: t.sheet, namedBy: "sheet" };
    resolved.set(t, review);
    return review;
  };
  for (const t of trackers) {
    if (t.columns.review !== undefined) {
      if (set.has(t.sheet.toLowerCase())) findings.push(unusedSettingFinding(t));
      continue;
    }
    const review = reviewOf(t);
    // Band rows name the reviews of the actions below them (reviewBands.ts), unless the settings name the sheet's review.
    const firstBand = review.namedBy === "settings" ? undefined : t.reviewBands?.[0]?.row;
    if (firstBand !== undefined) findings.push(reviewBandsFinding(t.sheet, t.reviewBands!));
    const unbanded = firstBand === undefined ? t.actions : t.actions.filter((a) => a.row < firstBand);
    if (unbanded.length === 0) continue;
    t.sheetReview = review;
    for (const a of unbanded) a.review = review.review;
    if (review.namedBy !== "settings" && isSaid(t, trackers)) findings.push(sheetReviewFinding(t, review, unbanded.length));
  }
  return findings;
}

/**
 * Whether a sheet's review is said: only where its actions could be split from their review, with
 * another sheet's actions in the plan. A plan of one sheet is one review, whatever its name, and a
 * sheet with no action counts nothing under any review.
 */
function isSaid(t: Tracker, trackers: readonly Tracker[]): boolean {
  // Band rows below some of the sheet's actions name other reviews: those above are split from them on the sheet itself.
  return t.actions.length > 0 && (t.reviewBands !== undefined || trackers.some((other) => other !== t && other.actions.length > 0));
}

const HOW_TO_CHANGE = `add a Review column naming each action's review, or name the sheet's review ${SHEET_REVIEWS_PLACE}`;

/** `n`: how many of the sheet's actions are counted under the review (those above any band row naming another). */
function sheetReviewFinding(t: Tracker, review: SheetReview, n: number): Finding {
  const one = n === 1;
  const banded = n < t.actions.length ? ` above row ${t.reviewBands![0]!.row}` : "";
  const counted = `its ${plural(n, "action")}${banded} ${one ? "is" : "are"} counted`;
  const message =
    review.namedBy === "continued"
      ? `Sheet "${t.sheet}" has no Review column and continues "${review.continues}", as its name says and its header is the same, so ${counted} under ${review.review}; to count ${one ? "it" : "them"} apart, ${HOW_TO_CHANGE}.`
      : `Sheet "${t.sheet}" has no Review column, so ${counted} under a review named after the sheet, "${t.sheet}"; if ${one ? "it belongs" : "they belong"} to another review, ${HOW_TO_CHANGE}.`;
  return { sheet: t.sheet, code: "review-from-sheet", severity: "info", message };
}

function unusedSettingFinding(t: Tracker): Finding {
  return {
    sheet: t.sheet,
    code: "review-from-sheet",
    severity: "info",
    message: `${SETTINGS_NAME_REVIEW} "${t.sheet}", but the sheet has a Review column ("${t.headers.review}"), which is read instead; ${CLEAR_SHEET_REVIEW}.`,
  };
}

/**
 * Said under the committee sentences where a review is named after its sheet, so the committee
 * knows where the name comes from: '"Completed actions" is named after its sheet, which has no
 * Review column.' ("" where no review is); a sheet that continues another is named too.
 */
export function sheetReviewNote(trackers: readonly Tracker[]): string {
  const named = trackers.filter((t) => t.sheetReview?.namedBy === "sheet" && isSaid(t, trackers)).map((t) => `"${t.sheet}"`);
  const continued = trackers.flatMap((t) => (t.sheetReview?.namedBy === "continued" && isSaid(t, trackers) ? [`"${t.sheet}" are counted under ${t.sheetReview.review}, as the sheet continues "${t.sheetReview.continues}".`] : []));
  const one = named.length === 1;
  const sentences = named.length === 0 ? [] : [`${listInWords(named)} ${one ? "is" : "are"} named after ${one ? "its sheet, which has" : "their sheets, which have"} no Review column.`];
  for (const c of continued) sentences.push(`The actions on ${c}`);
  return sentences.join(" ");
}
