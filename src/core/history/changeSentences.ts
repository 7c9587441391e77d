/**
 * "Since 13 July 2021: 3 actions moved to blue; 1 action worsened to amber." or "No ratings changed
 * since 13 July 2021; 2 new actions.", and the notes that qualify it.
 */
import type { Changes, Direction } from "./changes";
import type { SnapshotAction } from "./snapshot";
import { formatLongDate } from "../longDate";
import { countText, fewInWords, listInWords, plural, rowsInWords } from "../sentences";
import { capitalised, groupingKey } from "../text";
import { sheetNameKey } from "../sheetMatch";
import { bySheetLeftOut, leftOutAs, noLongerCountedNotes, noLongerCountedParts, sheetLeftOutInWords, sheetLeftOutNotes } from "./noLongerCounted";
import { SHEET_LEFT_OUT_REASONS, type SheetLeftOutReason } from "./snapshot";
import { countedTwiceNotes } from "./countedTwice";
import { isNextRound } from "../sheetPeriods";
import { numberTakenNotes } from "./numberTaken";
import { toldApartNotes } from "./toldApart";
import { newlyNotUpdated } from "./moveWords";
import { lateComparedNotes, recordedLateWords } from "./recordedLate";
import type { RoundTabsNamed } from "./roundTabsNamed";

const MOVE_ORDER: Record<Direction, number> = { improved: 0, worsened: 1, moved: 2, given: 3, keyChanged: 4, cleared: 5, notRatedYet: 6, unreadable: 7 };

/** "3 actions moved to blue", "1 action now with an invalid rating": what happened, in words that need no key. */
function movedInWords({ direction, rating, complete, n }: { direction: Direction; rating: string; complete: boolean; n: number }): string {
  const actions = plural(n, "action");
  const name = rating.toLowerCase();
  switch (direction) {
    // "Moved to amber" would not say whether a red action got better: only a complete rating reads as arrival.
    case "improved":
      return `${actions} ${complete ? "moved to" : "improved to"} ${name}`;
    case "worsened":
      return `${actions} worsened to ${name}`;
    // Where the key does not say which is better ("Green | On track" to "Blue | Not yet commenced"), neither is claimed.
    case "moved":
      return `${actions} moved to ${name}`;
    case "given":
      return `${actions} rated ${name}`;
    case "keyChanged":
      return `${actions} now ${name}, rated before under a name the RAG index no longer has`;
    case "cleared":
      return `${actions} now with no rating`;
    case "notRatedYet":
      return `${actions} not yet rated on the new round`;
    case "unreadable":
      // "Invalid", as the summary's sentences say of such a rating ("1 with an invalid rating").
      return `${actions} now with an invalid rating`;
  }
}

/** `between`: name the later report too ("Between 13 July 2021 and 1 February 2022: …"), where it is a stored report the reader chose. */
export function changeSentence(changes: Changes, { between = false } = {}): string {
  const parts: string[] = [];
  const byTarget = new Map<string, { direction: Direction; rating: string; complete: boolean; n: number }>();
  for (const { direction, after } of changes.moves) {
    const key = `${direction}\u0001${after.rating}`;
    const entry = byTarget.get(key) ?? { direction, rating: after.rating, complete: after.complete, n: 0 };
    entry.n++;
    byTarget.set(key, entry);
  }
  parts.push(...[...byTarget.values()].sort((a, b) => MOVE_ORDER[a.direction] - MOVE_ORDER[b.direction]).map(movedInWords));
  if (changes.added.length) {
    const overdue = changes.added.filter((a) => a.overdue).length;
    // An action back after an earlier report removed it is new to this comparison, not new to the plan: said so, or the committee hears it as new work.
    const back = changes.back.length;
    // On a sheet the earlier report left out: new to its counts, not known to be new to the plan.
    const leftOut = changes.newOnSheetLeftOut.length;
    const qualifiers = [back ? `${countText(back)} back after being removed` : "", leftOut ? `${countText(leftOut)} on a sheet the earlier report left out` : "", overdue ? `${countText(overdue)} already overdue` : ""].filter(Boolean);
    parts.push(`${plural(changes.added.length, "new action")}${qualifiers.length ? ` (${qualifiers.join(", ")})` : ""}`);
  }
  // Missing from the earlier report only because it left their sheet out: neither new nor back after being removed.
  if (changes.countedAgain.length) parts.push(countedAgainPart(changes));
  if (changes.removed.length) parts.push(`${plural(changes.removed.length, "action")} removed`);
  // Never in the earlier report's count, so apart from the removed: the counts still add up.
  const leftOutWithSheet = changes.removedWhileLeftOut.filter((x) => x.movedTo === undefined);
  if (leftOutWithSheet.length) {
    const n = leftOutWithSheet.length;
    const at = lastCountedAtInWords(leftOutWithSheet);
    parts.push(`${plural(n, "action")} removed since ${n === 1 ? "it was" : "they were"} last counted, ${at} (${n === 1 ? "its" : "their"} sheet ${wasLeftOut(leftOutWithSheet)} at the earlier report)`);
  }
  // Moved to an archive the earlier report left out, and deleted from it since.
  const fromArchives = changes.removedWhileLeftOut.filter((x) => x.movedTo !== undefined);
  if (fromArchives.length) {
    const n = fromArchives.length;
    parts.push(`${plural(n, "action")} removed since ${n === 1 ? "it was" : "they were"} last counted, ${lastCountedAtInWords(fromArchives)} (moved to a sheet the earlier report left out, and deleted from it)`);
  }
  // Left out by how the plan is read now, not taken out of it: said apart, or the committee hears of work dropped.
  parts.push(...noLongerCountedParts(changes.noLongerCounted));
  if (changes.noProgress.length) parts.push(`${plural(changes.noProgress.length, "action")} with no progress reported`);
  if (changes.newlyStale.length) parts.push(newlyNotUpdatedInWords(changes.newlyStale.length, changes.staleDays));
  if (changes.newlyOverdue.length) parts.push(`${plural(changes.newlyOverdue.length, "action")} newly overdue`);
  parts.push(...timeScalesMovedParts(changes.timeScaleMoved));
  // A report recorded out of order holds the ratings of the day it was recorded: named as such, the comparison is of the records, not of the dates.
  const late = changes.recordedLate.length > 0;
  const side = (date: string) => {
    const recorded = changes.recordedLate.find((l) => l.date === date);
    return recorded ? `the report of ${formatLongDate(date)}, ${recordedLateWords(recorded)}` : late ? `the report of ${formatLongDate(date)}` : formatLongDate(date);
  };
  const from = side(changes.from);
  // Between two records, one of them out of order, nothing can be said to have changed between their dates: only what differs.
  const fromLate = changes.recordedLate.some((l) => l.date === changes.from);
  const period = between ? `between ${from}${fromLate ? "," : ""} and ${side(changes.toDate)}` : `since ${from}`;
  const none = between && late ? `No ratings differ ${period}` : `No ratings changed ${period}`;
  // Whether any rating moved is what a committee asks first: said outright, never left to be inferred from a missing count.
  // A counted-again action rated otherwise than when last counted is a rating changed too, though in no list of moves.
  const sentence = changes.moves.length > 0 || changes.countedAgain.some((x) => x.move) ? `${capitalised(period)}: ${parts.join("; ")}.` : `${[none, ...parts].join("; ")}.`;
  // Said here, not only in the notes, so no list of unchanged updates is ever missed without a reason.
  if (changes.progressJudged) return sentence;
  const when = changes.toDate === changes.from ? `Both are dated ${formatLongDate(changes.from)}` : `${formatLongDate(changes.toDate)} comes before ${formatLongDate(changes.from)}`;
  return `${sentence} ${when}, so progress is not judged.`;
}

/**
 * "8 actions counted again (their sheet was hidden at the earlier report; since last counted, 1 rated
 * worse and 1 better)": each is compared with its rating at the report it was last counted in.
 */
function countedAgainPart({ countedAgain }: Pick<Changes, "countedAgain">): string {
  const n = countedAgain.length;
  const why = wasLeftOut(countedAgain);
  const moved = (d: (x: Changes["countedAgain"][number]) => boolean) => countedAgain.filter(d).length;
  const worse = moved((x) => x.move === "worsened");
  const better = moved((x) => x.move === "improved");
  const other = moved((x) => x.move !== undefined && x.move !== "worsened" && x.move !== "improved");
  const rated = [
    worse ? `${worse} rated worse` : "",
    better ? `${better} ${worse ? "better" : "rated better"}` : "",
    other ? `${other} ${worse || better ? "changed" : "with a rating changed"}, neither better nor worse` : "",
  ].filter(Boolean);
  const since = rated.length > 0 ? `; since last counted, ${listInWords(rated)}` : "";
  // Taken back off a hidden archive (reopened), an action is counted on another sheet now: said of where it was then.
  const offIt = countedAgain.some((x) => sheetNameKey(x.action.sheet) !== sheetNameKey(x.sheet));
  const sheets = new Set(countedAgain.map((x) => sheetNameKey(x.sheet))).size;
  const where = offIt ? (sheets === 1 ? `on a sheet that ${why}` : `on sheets that ${why.replace(/^was/, "were")}`) : `${n === 1 ? "its" : "their"} sheet ${why}`;
  return `${plural(n, "action")} counted again (${where} at the earlier report${since})`;
}

/** "at the report of 15 February 2026", or "at the reports of …" where the actions were last counted at several. */
function lastCountedAtInWords(list: readonly { lastCountedAt: string }[]): string {
  const dates = [...new Set(list.map((x) => x.lastCountedAt))].sort();
  return `at the report${dates.length === 1 ? "" : "s"} of ${listInWords(dates.map(formatLongDate))}`;
}

/** "was hidden", "was not read by the settings", or both ("was hidden or not read by the settings") where the sheets differ. */
function wasLeftOut(list: readonly { reason: SheetLeftOutReason }[]): string {
  const reasons = new Set(list.map((x) => x.reason));
  return `was ${SHEET_LEFT_OUT_REASONS.filter((r) => reasons.has(r)).map(leftOutAs).join(" or ")}`;
}

const named = (names: string[]) => listInWords([...new Set(names)].map((n) => `“${n}”`));

/**
 * What a sheet lacks for a check, in words that say why ("has no time-scale column"), where the
 * caller knows the plan's columns (the pack does). Otherwise it is what the later report held ("had
 * no due dates in the report recorded for 1 June 2022"): a report keeps dates, not columns, and the
 * sheet may have changed since.
 */
export type SheetLacks = (sheet: string, judged: "stale" | "overdue") => string | undefined;

/**
 * One sentence for each thing a reader needs to read the counts right: renamed reviews, sheets not judged, a changed threshold.
 * `sheets`: the workbook's sheets now, where the caller has the plan as read now: a round's tab no longer among them was
 * renamed for the next round (as RAG History calls it), not kept beside it; where not given, both are taken to be there.
 */
export function changeNotes(changes: Changes, { lacks, sheets }: { lacks?: SheetLacks; sheets?: readonly string[] } = {}): string[] {
  // First: every note after it is read in its light.
  const notes: string[] = [...lateComparedNotes(changes.recordedLate)];
  const readAgain = new Set(changes.bandTitlesReadAgain.map(({ from, to }) => `${from}\u0001${to}`));
  const sheetsNow = sheets && new Set(sheets.map(sheetNameKey));
  for (const { from, to } of changes.renamedReviews) {
    // A band's title read by today's rules, where an earlier version kept its kind or state ("Child Q SCR (published 2022)"): nobody renamed it.
    if (readAgain.has(`${from}\u0001${to}`)) continue;
    // Nor a plan's tab counted under the name its round tabs share, as another round's tab came or went.
    const rounds = changes.roundTabsNamed.find((r) => r.from === from && r.to === to);
    if (rounds) {
      notes.push(roundTabsNamedNote(rounds));
      continue;
    }
    // A sheet a round ("Q2 2022-23") left out for the next ("Q3 2022-23", roundTrackers.ts) was not renamed: as the later
    // report kept it, where it is a recorded one that kept its rounds' tabs, else as the workbook holds it now.
    const kept = (changes.roundKeptBeside ?? []).some((r) => r.from === from && r.to === to);
    notes.push(
      isNextRound(from, to) && (kept || sheetsNow === undefined || sheetsNow.has(sheetNameKey(from)))
        ? `The latest round is now ${named([to])}, where it was ${named([from])}; its actions are compared with that round's.`
        : `${named([from])} is now named ${named([to])}; its actions are compared as the same review.`,
    );
  }
  for (const { from, to } of changes.reviewsNamedOnSheet) {
    const reviews = to.length === 1 ? `the review the sheet names, ${named(to)}` : `the reviews the sheet names, ${named(to)}`;
    notes.push(`The actions counted under ${named([from])}, the sheet's name, are now counted under ${reviews}; each is compared as the same action.`);
  }
  notes.push(...reviewMoveNotes(changes));
  notes.push(...numberTakenNotes(changes));
  notes.push(...toldApartNotes(changes));
  // Said first among what is counted apart: the headline leaves these out of its new and removed actions.
  const since = `since ${formatLongDate(changes.from)}${changes.to === "now" ? "" : `, at the report of ${formatLongDate(changes.toDate)}`}`;
  notes.push(...countedTwiceNotes(changes, since, formatLongDate(changes.from)));
  notes.push(...noLongerCountedNotes(changes.noLongerCounted));
  const notAsNew = (n: number) => `; a report before it counted ${n === 1 ? "it" : "each"} under the same review, number and wording, so ${n === 1 ? "it is" : "they are"} not counted as new`;
  // An action taken back off a hidden archive to a sheet read (reopened) is counted again there, not on the archive.
  const onSheetLeftOut = (x: { action: { sheet: string }; sheet: string }) => sheetNameKey(x.action.sheet) === sheetNameKey(x.sheet);
  const movedOff = changes.countedAgain.filter((x) => !onSheetLeftOut(x));
  notes.push(
    ...sheetLeftOutNotes(
      changes.countedAgain.filter(onSheetLeftOut),
      (n) => (n === 1 ? "the action counted again on it" : `the ${plural(n, "action")} counted again on it`),
      notAsNew,
    ),
  );
  for (const { left, n } of bySheetLeftOut(movedOff)) {
    const these = movedOff.filter((x) => sheetNameKey(x.sheet) === sheetNameKey(left.sheet) && x.reason === left.reason && x.at === left.at);
    const now = named(these.map((x) => x.action.sheet));
    notes.push(`${capitalised(sheetLeftOutInWords(left))}, and held ${n === 1 ? "the action counted again, now on" : `the ${plural(n, "action")} counted again, now on`} ${now}, so ${n === 1 ? "it was" : "they were"} left out of that report's counts${notAsNew(n)}.`);
  }
  // Only what the earlier report kept of the sheet: its name, not whether these actions were on it.
  for (const { left, n } of bySheetLeftOut(changes.newOnSheetLeftOut.filter((x) => !x.notThereThen))) {
    const them = n === 1 ? "the new action on it is" : `the ${plural(n, "new action")} on it are`;
    notes.push(`${capitalised(sheetLeftOutInWords(left))}, and that report keeps the sheet's name, not its rows: ${them} new to its counts, and may have been in the plan then.`);
  }
  // Of an archive, that report kept a fingerprint of each action: these are none of them.
  for (const { left, n } of bySheetLeftOut(changes.newOnSheetLeftOut.filter((x) => x.notThereThen))) {
    const one = n === 1;
    notes.push(
      `${capitalised(sheetLeftOutInWords(left))}, and that report keeps a fingerprint of each action on it, none with the review, number and wording ${one ? "the new action on it has" : `the ${plural(n, "new action")} on it have`} now: ${one ? "it is" : "they are"} new to its counts, and ${one ? "was" : "were"} on that sheet then only if reworded or renumbered since.`,
    );
  }
  const leftOutWithSheet = changes.removedWhileLeftOut.filter((x) => x.movedTo === undefined);
  const fromArchives = changes.removedWhileLeftOut.filter((x) => x.movedTo !== undefined);
  for (const { left, n } of bySheetLeftOut(leftOutWithSheet)) {
    const one = n === 1;
    const reads = changes.to === "now" ? "the sheet is read now" : "the later report reads the sheet";
    const these = leftOutWithSheet.filter((x) => sheetNameKey(x.sheet) === sheetNameKey(left.sheet) && x.reason === left.reason && x.at === left.at);
    notes.push(
      `${capitalised(sheetLeftOutInWords(left))}, which did not count its actions; ${reads} without ${plural(n, "action")} last counted on it ${lastCountedAtInWords(these)}, so ${one ? "that action was" : "those actions were"} removed since then, and ${one ? "is" : "are"} listed apart from the removed actions.`,
    );
  }
  for (const { left, n } of bySheetLeftOut(fromArchives)) {
    const one = n === 1;
    const these = fromArchives.filter((x) => sheetNameKey(x.sheet) === sheetNameKey(left.sheet) && x.reason === left.reason && x.at === left.at);
    const later = changes.to === "now" ? "the plan now holds" : "the later report's fingerprints hold";
    notes.push(
      `${capitalised(sheetLeftOutInWords(left))}, and held ${one ? "an action" : plural(n, "action")} moved there, last counted ${lastCountedAtInWords(these)}; ${later} ${one ? "it" : "them"} nowhere, so ${one ? "it was" : "they were"} deleted from that sheet since, and ${one ? "is" : "are"} listed apart from the removed actions.`,
    );
  }
  for (const { from, to } of changes.renamedCategories) notes.push(`The category ${named([from])} is now named ${named([to])}; its actions are counted under the new name.`);
  if (changes.progressNotKept.length > 0) {
    const sheets = [...new Set(changes.progressNotKept.map((a) => a.sheet))];
    notes.push(
      `Progress is not judged for ${plural(changes.progressNotKept.length, "open action")} on ${named(sheets)}, which ${sheets.length === 1 ? "holds" : "hold"} no progress updates.`,
    );
  }
  const held = (dates: string) => (changes.to === "now" ? `has no ${dates}` : `had no ${dates} in the report recorded for ${formatLongDate(changes.toDate)}`);
  const lack = (judged: "stale" | "overdue", dates: string) => (sheet: string) => lacks?.(sheet, judged) ?? held(dates);
  notes.push(...notCheckedNotes(changes, changes.staleNotChecked, lack("stale", "last-updated dates"), `being ${newlyNotUpdated(changes.staleDays).toLowerCase()}`));
  notes.push(...notCheckedNotes(changes, changes.overdueNotChecked, lack("overdue", "due dates"), "being newly overdue"));
  notes.push(...dueDatesReadNowNotes(changes));
  if (changes.staleDaysBefore !== undefined) {
    notes.push(
      `The limit for "not updated" changed from ${changes.staleDaysBefore} to ${plural(changes.staleDays, "day")} since ${formatLongDate(changes.from)}; both reports are counted by ${plural(changes.staleDays, "day")}, so the change of limit is not counted as movement.`,
    );
  }
  if (changes.localeBefore !== undefined && changes.locale !== undefined) notes.push(dateOrderChangedNote(changes.localeBefore, changes.locale, changes.from));
  if (changes.localeBeforeUnknown) notes.push(dateOrderUnknownNote(changes.from));
  return notes;
}

/** The name a plan's actions are counted under, changed only as another round's tab was kept beside its tab, or deleted. */
function roundTabsNamedNote({ from, to, shared, tab, tabThen }: RoundTabsNamed): string {
  // The later round's tab deleted: its actions are compared with the rows of the tab there all along.
  if (shared === "then" && tabThen !== undefined)
    return `The plan counted under ${named([from])}, the name its round tabs shared besides their periods, is now counted under ${named([to])}, its one tab's name, as ${named([tabThen])} is no longer beside it; its actions are compared with that tab's as the same actions.`;
  if (shared === "then") return `The plan counted under ${named([from])}, the name its round tabs shared besides their periods, is now counted under ${named([to])}, its one tab's name; its actions are compared as the same review.`;
  const under = `${named([to])}, the name its round tabs share besides their periods`;
  // Its tab still the latest round: another round's tab (not yet rated) was added beside it.
  if (sheetNameKey(tab) === sheetNameKey(from)) return `The plan on ${named([from])} is now counted under ${under}, as another round's tab is beside it; its actions are compared as the same review.`;
  return `The latest round is now ${named([tab])}, where it was ${named([from])}; the plan's actions are counted under ${under}, and compared with that round's.`;
}

/**
 * Actions now under another review, said for what happened: a review split, moved to a sheet that
 * names no review, or actions whose review cell changed ("Frankie 3 is now under “Franki”"), which a
 * committee wants to catch when it is a typo: one action alone gone to a new review names its row to
 * check. Each says how "Changes by review" counts them; long lists name a few and how many more.
 */
function reviewMoveNotes(changes: Pick<Changes, "splitReviews" | "reviewsMovedToSheet" | "movedBetweenReviews" | "renamedButForRows">): string[] {
  const notes: string[] = [];
  const counted = (them: string, from: string, to: string) => `“Changes by review” counts ${them} as removed from ${from} and new to ${to}`;
  for (const { from, to } of changes.splitReviews) {
    notes.push(`${named([from])} is now split into ${fewInWords(to.map((t) => named([t])))}; its actions keep their rating history, and ${counted("each", named([from]), "the review it is under now")}.`);
  }
  for (const { from, sheet } of changes.reviewsMovedToSheet) {
    notes.push(
      `The actions of ${named([from])} are now on the sheet ${named([sheet])}, which names no review for them, so they are counted under the sheet's name; they keep their rating history, and ${counted("them", named([from]), named([sheet]))}.`,
    );
  }
  const said = new Set([...changes.splitReviews.map((s) => groupingKey(s.from)), ...changes.reviewsMovedToSheet.map((m) => groupingKey(m.from))]);
  const byReviews = new Map<string, { from: string; to: string; moved: Changes["movedBetweenReviews"] }>();
  for (const move of changes.movedBetweenReviews) {
    const { before, after } = move;
    if (said.has(groupingKey(before.review))) continue;
    const key = `${groupingKey(before.review)}\u0001${groupingKey(after.review)}`;
    const entry = byReviews.get(key) ?? { from: before.review, to: after.review, moved: [] };
    entry.moved.push(move);
    byReviews.set(key, entry);
  }
  for (const { from, to, moved } of byReviews.values()) {
    const [only] = moved;
    // Rows cut to a sheet that names no review (matching.ts, pass 8): moved between sheets; from one that named theirs, said so.
    const sheetNamed = (x: SnapshotAction) => groupingKey(x.review) === groupingKey(x.sheet);
    const [first] = moved;
    if (first && moved.every((m) => sheetNamed(m.after) && m.before.sheet === first.before.sheet && m.before.sheet !== m.after.sheet)) {
      const one = moved.length === 1;
      const fromSheet = sheetNamed(first.before);
      const which = fromSheet ? `${one ? "Action" : "Actions"} ${fewInWords(moved.map((m) => m.before.ref))}` : fewInWords(moved.map((m) => `${from} ${m.before.ref}`));
      const unnamed = fromSheet ? "" : `, which names no review for ${one ? "it" : "them"}, so ${one ? "it is" : "they are"} counted under its name`;
      notes.push(
        `${which} ${one ? "has" : "have"} moved from the sheet ${named([first.before.sheet])} to the sheet ${named([to])}${unnamed}; ${one ? "it keeps its" : "they keep their"} rating history, and ${counted(one ? "it" : "them", named([from]), named([to]))}.`,
      );
    } else if (moved.length === 1 && only) {
      // One row alone under a review new since: most likely its review's name mistyped.
      const check = only.toNewReview ? `; check the review's name on row ${only.after.row} of ${named([only.after.sheet])}` : "";
      notes.push(`${from} ${only.before.ref} is now under the review ${named([to])}, so ${counted("it", named([from]), named([to]))}, though it keeps its rating history${check}.`);
    } else {
      const refs = moved.map((m) => `${from} ${m.before.ref}`);
      const stray = changes.renamedButForRows.find((r) => groupingKey(r.from) === groupingKey(from) && groupingKey(r.to) === groupingKey(to));
      notes.push(`${fewInWords(refs)} are now under the review ${named([to])}; they keep their rating history, and ${counted("them", named([from]), named([to]))}.${stray ? ` ${strayRowsSentence(stray)}` : ""}`);
    }
  }
  return notes;
}

/** The rows a rename missed, named for the team to put right: then the next report counts the review as one, renamed. */
function strayRowsSentence({ from, rows }: Changes["renamedButForRows"][number]): string {
  const one = rows.length === 1;
  const where = listInWords([...new Set(rows.map((r) => r.sheet))].map((sheet) => `${rowsInWords(rows.filter((r) => r.sheet === sheet).map((r) => r.row))} of ${named([sheet])}`));
  const refs = listInWords(rows.map((r) => `${r.review} ${r.ref}`.trim()));
  return `Only ${where} (${refs}) ${one ? "is" : "are"} still under ${named([from])}: if the review was renamed, give ${one ? "that row" : "those rows"} its new name too, so it is counted as one review.`;
}

/** "4 actions newly past 90 days without an update": the pack's heading (moveWords.newlyNotUpdated) as a count, beside "16 actions newly overdue". */
const newlyNotUpdatedInWords = (count: number, staleDays: number) => `${plural(count, "action")} ${newlyNotUpdated(staleDays).toLowerCase()}`;

/**
 * One note per sheet: '“Peer Review” has no time-scale column, so its 3 open actions are not checked
 * for being newly overdue.', and a count of 0 beside them means not checked. Only actions in both reports
 * are counted (a new action is not "newly" anything): where the sheet has new open actions too, the
 * note says the count is not all of its open actions, as the lists of every overdue action count them.
 */
function notCheckedNotes(changes: Changes, actions: SnapshotAction[], lacks: (sheet: string) => string, checkedFor: string): string[] {
  const bySheet = new Map<string, number>();
  for (const a of actions) bySheet.set(a.sheet, (bySheet.get(a.sheet) ?? 0) + 1);
  const newOpen = new Set([...changes.added, ...changes.countedAgain.map((x) => x.action)].filter((a) => !a.complete).map((a) => a.sheet));
  return [...bySheet].map(([sheet, n]) => {
    const counted = newOpen.has(sheet)
      ? `${n === 1 ? "one" : n} of its open actions, ${n === 1 ? "the one" : "those"} in both reports, ${n === 1 ? "is" : "are"}`
      : n === 1
        ? "its one open action is"
        : `its ${plural(n, "open action")} are`;
    return `${named([sheet])} ${lacks(sheet)}, so ${counted} not checked for ${checkedFor}.`;
  });
}

/**
 * One note per sheet that held no due date at the earlier report and holds some at the later: '“Delivery Plan” held no due
 * dates at the report of 10 March 2020 and holds them now, as its time-scale column is read now or was added since, so its 53
 * open actions are not checked for being newly overdue and their due dates are not counted as set.' Else an upgrade that reads
 * a time-scale header it did not would call every past date newly overdue and every date set, with nothing edited.
 */
function dueDatesReadNowNotes(changes: Changes): string[] {
  const bySheet = new Map<string, number>();
  for (const a of changes.dueDatesReadNow ?? []) bySheet.set(a.sheet, (bySheet.get(a.sheet) ?? 0) + 1);
  const holds = changes.to === "now" ? "holds them now" : `held them in the report recorded for ${formatLongDate(changes.toDate)}`;
  return [...bySheet].map(([sheet, n]) => {
    const one = n === 1;
    return `${named([sheet])} held no due dates at the report of ${formatLongDate(changes.from)} and ${holds}, as its time-scale column is read now or was added since, so ${one ? "its one open action is" : `its ${plural(n, "open action")} are`} not checked for being newly overdue and ${one ? "its due date is" : "their due dates are"} not counted as set.`;
  });
}

const DATE_ORDERS = { "en-GB": "UK (day first)", "en-US": "US (month first)" } as const;

/** The date order changed between two reports: a date typed as text may now be another day, so a move in the lists may be the setting's. */
function dateOrderChangedNote(before: keyof typeof DATE_ORDERS, after: keyof typeof DATE_ORDERS, from: string): string {
  const now = after === "en-US" ? "6 April 2021, not 4 June" : "4 June 2021, not 6 April";
  return `The date order changed from ${DATE_ORDERS[before]} to ${DATE_ORDERS[after]} since ${formatLongDate(from)}: a date typed as text, such as 04/06/2021, is now read as ${now}, so an action newly stale or overdue, or a time scale moved, may be the change of setting, not of the plan; the setting is Date order in the task pane's settings.`;
}

/** The earlier report keeps no date order (an earlier version recorded it), and dates are now read US: it most likely read them UK, the default. */
function dateOrderUnknownNote(from: string): string {
  return `The report of ${formatLongDate(from)} does not say which date order it read dates typed as text in (an earlier version recorded it), and they are now read ${DATE_ORDERS["en-US"]}: if that report read them ${DATE_ORDERS["en-GB"]}, the default, an action newly stale or overdue, or a time scale moved, may be the change of setting, not of the plan; the setting is Date order in the task pane's settings.`;
}

/**
 * "4 time scales moved (2 put back, 1 brought forward, 1 taken off)", or "1 time scale moved (set)": a target re-set is said, or an
 * action leaving the overdue list reads as progress; by the name of the list that names them (TIME_SCALE_MOVED), then how each moved.
 */
function timeScalesMovedParts(moved: Changes["timeScaleMoved"]): string[] {
  const takenOff = moved.filter((m) => m.after.due === null).length;
  const set = moved.filter((m) => m.before.due === null).length;
  const later = moved.filter((m) => m.after.due !== null && m.before.due !== null && m.after.due > m.before.due).length;
  const earlier = moved.length - later - takenOff - set;
  const counts = [
    [later, "put back"],
    [earlier, "brought forward"],
    [takenOff, "taken off"],
    [set, "set"],
  ] as const;
  const kinds = counts.filter(([n]) => n > 0);
  if (kinds.length === 0) return [];
  const how = kinds.length === 1 ? kinds[0]![1] : kinds.map(([n, word]) => `${countText(n)} ${word}`).join(", ");
  return [`${plural(moved.length, "time scale")} moved (${how})`];
}
