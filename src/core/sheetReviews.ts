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
import { isPeriodAlone, nameBesidesPeriod, roundSheets } from "./sheetPeriods";
import { CLEAR_SHEET_REVIEW, SETTINGS_NAME_REVIEW, SHEET_REVIEWS_PLACE } from "./settingsPlaces";

export type SheetReview =
  /** `period`: the sheet is named by a period alone ("Jan 2027"), a name no committee calls a plan by. */
  | { review: string; namedBy: "sheet"; period?: true }
  | { review: string; namedBy: "settings" }
  /** `carriedFrom`: another round's tab of the sheet's plan (a tab per round), whose review the settings name. */
  | { review: string; namedBy: "earlierRound"; carriedFrom: string }
  /** What the names of the plan's round tabs share besides their periods ("Peer Review" of "Peer Review Q3 2026-27"). */
  | { review: string; namedBy: "rounds" }
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
export function nameSheetReviews(trackers: readonly Tracker[], settings: Settings, sheets: readonly string[] = [], rounds: ReadonlyMap<string, readonly string[]> = new Map()): Finding[] {
  const findings: Finding[] = [];
  const counted = new Set(trackers.map((t) => sheetNameKey(t.sheet)));
  const set = new Map(Object.entries(settings.sheetReviews).map(([sheet, review]) => [sheet.toLowerCase(), review]));
  const carried = carriedReviews(trackers, settings, sheets, rounds);
  // A review named for a sheet that is not counted is not used: said, lest the team think its actions counted under it.
  for (const sheet of Object.keys(settings.sheetReviews)) {
    if (counted.has(sheetNameKey(sheet)) || [...carried.values()].includes(sheet)) continue;
    const there = sheets.some((name) => sheetNameKey(name) === sheetNameKey(sheet));
    findings.push({
      sheet,
      code: "review-from-sheet",
      severity: "info",
      message: `${SETTINGS_NAME_REVIEW} "${sheet}", but ${there ? "the sheet is not counted (it holds no tracker, or is left out as an earlier round, a copy, or a sheet the tracker sheets chosen do not name)" : "the workbook has no sheet of that name"}, so the review is not used; ${CLEAR_SHEET_REVIEW}.`,
    });
  }
  const bySheet = new Map(trackers.map((t) => [t.sheet.toLowerCase(), t]));
  const resolved = new Map<Tracker, SheetReview>();
  const reviewOf = (t: Tracker): SheetReview => {
    const known = resolved.get(t);
    if (known) return known;
    const named = set.get(t.sheet.toLowerCase());
    const carriedFrom = carried.get(t);
    const base = named === undefined ? continuedName(t.sheet) : undefined;
    const parent = base === undefined ? undefined : bySheet.get(base.toLowerCase());
    const shared = roundsShare(t, rounds, settings.locale);
    // A name made shorter at each step: the chain "A (cont) (cont)" always ends.
    const review: SheetReview =
      named !== undefined
        ? { review: named, namedBy: "settings" }
        : carriedFrom !== undefined
          ? { review: settings.sheetReviews[carriedFrom]!, namedBy: "earlierRound", carriedFrom }
          : parent && parent.columns.review === undefined && sameHeader(parent, t)
            ? { review: reviewOf(parent).review, namedBy: "continued", continues: parent.sheet }
            : shared !== undefined
              ? { review: shared, namedBy: "rounds" }
              : { review: t.sheet, namedBy: "sheet", ...(isPeriodAlone(t.sheet, settings.locale) && { period: true as const }) };
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
    if (review.namedBy !== "settings" && isSaid(t, trackers, review)) findings.push(sheetReviewFinding(t, review, unbanded.length));
  }
  return findings;
}

/**
 * For each tracker with no Review column and no review of its own in the settings, the tab of another
 * round of its plan whose review the settings name (the latest such before it, by period): a team
 * with a tab per quarter names the plan's review once, not again on each new tab. `rounds`: by sheet
 * counted, the tabs left out as its plan's other rounds, which hold its actions (roundTrackers.ts):
 * a tab merely named for a period ("Rapid Review March 2021") is another review's, not a round. A tab
 * named by a period alone ("Oct 26"), deleted since, still names the review of a later such tab.
 */
function carriedReviews(trackers: readonly Tracker[], settings: Settings, sheets: readonly string[], rounds: ReadonlyMap<string, readonly string[]>): Map<Tracker, string> {
  const carried = new Map<Tracker, string>();
  const named = Object.keys(settings.sheetReviews);
  for (const t of trackers) {
    if (t.columns.review !== undefined || named.some((sheet) => sheetNameKey(sheet) === sheetNameKey(t.sheet))) continue;
    const others = new Set((rounds.get(t.sheet) ?? []).map(sheetNameKey));
    // A tab named by a period alone takes the review named for another such tab deleted since: a period is no review's own name.
    const gone = (sheet: string) => !sheets.some((name) => sheetNameKey(name) === sheetNameKey(sheet)) && isPeriodAlone(sheet, settings.locale) && isPeriodAlone(t.sheet, settings.locale);
    const candidates = named.filter((sheet) => others.has(sheetNameKey(sheet)) || gone(sheet));
    if (candidates.length === 0) continue;
    const names = [...candidates, t.sheet];
    const order = roundSheets(names, settings.locale).find((o) => o.includes(candidates.length)) ?? names.map((_, i) => i);
    const before = order.slice(0, order.indexOf(candidates.length));
    // A deleted tab is carried from only where it came before: a later period's name is no earlier round's.
    const from = before.at(-1) ?? (candidates.some((c) => others.has(sheetNameKey(c))) ? order.find((i) => i !== candidates.length && others.has(sheetNameKey(names[i]!))) : undefined);
    if (from !== undefined) carried.set(t, names[from]!);
  }
  return carried;
}

/**
 * Where the tracker's sheet is the one counted of a plan's round tabs ("Peer Review Q2 2026-27",
 * "Peer Review Q3 2026-27", the earlier left out as rounds of it), what their names share besides the
 * period: the review's name, which stays the same from round to round. Undefined where they share
 * nothing ("Oct 26", "Jan 2027"), or where no other tab is a round of it.
 */
function roundsShare(t: Tracker, rounds: ReadonlyMap<string, readonly string[]>, locale: Settings["locale"]): string | undefined {
  return rounds.get(t.sheet)?.length ? nameBesidesPeriod(t.sheet, locale) : undefined;
}

/**
 * Whether a sheet's review is said: only where its actions could be split from their review, with
 * another sheet's actions in the plan. A plan of one sheet is one review, whatever its name, unless
 * that name is a period ("Jan 2027") or was carried from an earlier round's; a sheet with no action
 * counts nothing under any review.
 */
function isSaid(t: Tracker, trackers: readonly Tracker[], review: SheetReview): boolean {
  if (t.actions.length === 0) return false;
  if (review.namedBy === "earlierRound" || (review.namedBy === "sheet" && review.period)) return true;
  // Band rows below some of the sheet's actions name other reviews: those above are split from them on the sheet itself.
  return t.reviewBands !== undefined || trackers.some((other) => other !== t && other.actions.length > 0);
}

const HOW_TO_CHANGE = `add a Review column naming each action's review, or name the sheet's review ${SHEET_REVIEWS_PLACE}`;

/** `n`: how many of the sheet's actions are counted under the review (those above any band row naming another). */
function sheetReviewFinding(t: Tracker, review: SheetReview, n: number): Finding {
  const one = n === 1;
  const banded = n < t.actions.length ? ` above row ${t.reviewBands![0]!.row}` : "";
  const counted = `its ${plural(n, "action")}${banded} ${one ? "is" : "are"} counted`;
  const them = one ? "it" : "them";
  const message =
    review.namedBy === "continued"
      ? `Sheet "${t.sheet}" has no Review column and continues "${review.continues}", as its name says and its header is the same, so ${counted} under ${review.review}; to count ${them} apart, ${HOW_TO_CHANGE}.`
      : review.namedBy === "earlierRound"
        ? `Sheet "${t.sheet}" has no Review column, so ${counted} under ${review.review}, the review the settings name for "${review.carriedFrom}", an earlier round of the same plan; to count ${them} under another, ${HOW_TO_CHANGE}.`
        : review.namedBy === "rounds"
          ? `Sheet "${t.sheet}" has no Review column, so ${counted} under "${review.review}", the name its plan's round tabs share besides their periods; if ${one ? "it belongs" : "they belong"} to another review, ${HOW_TO_CHANGE}.`
          : review.namedBy === "sheet" && review.period
            ? `Sheet "${t.sheet}" has no Review column, so ${counted} under a review named after the sheet, "${t.sheet}", which names a period, not a plan; add a Review column naming each action's review, or name the plan's review ${SHEET_REVIEWS_PLACE}, and the tab of the next round, copied from this one, keeps that name while this tab stays in the workbook.`
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
  const said = trackers.filter((t) => t.sheetReview !== undefined && isSaid(t, trackers, t.sheetReview));
  const named = said.filter((t) => t.sheetReview!.namedBy === "sheet").map((t) => `"${t.sheet}"`);
  const one = named.length === 1;
  const sentences = named.length === 0 ? [] : [`${listInWords(named)} ${one ? "is" : "are"} named after ${one ? "its sheet, which has" : "their sheets, which have"} no Review column.`];
  for (const t of said) {
    const review = t.sheetReview!;
    if (review.namedBy === "rounds") sentences.push(`"${review.review}" is the name "${t.sheet}" and its plan's other round tabs share besides their periods; the sheet has no Review column.`);
    if (review.namedBy === "continued") sentences.push(`The actions on "${t.sheet}" are counted under ${review.review}, as the sheet continues "${review.continues}".`);
  }
  return sentences.join(" ");
}
