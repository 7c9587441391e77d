/**
 * A snapshot: every action's rating and dates as they stood on one reporting date, kept in
 * the workbook so the next report can say what moved. Stored as compact JSON, validated
 * when read back, and sealed with a fingerprint so a copy altered outside RAG Tracker is
 * reported rather than trusted.
 */
import { z } from "zod";
import type { Action, Analysis, Tracker } from "../model";
import { FingerprintBuilder, fingerprint, looseFingerprint } from "./fingerprint";
import { trimmed, type CellValue } from "../cells";
import { ratingBucket } from "../grouping";
import { writtenRating } from "../ratings";
import { isChased } from "../flags";
import { archivedBySheet, hiddenSheetsJudged } from "./archivedActions";
import { newerReleaseOf, newerReportSentence, type NewerRelease } from "./recordedWith";
import { ratingNameKey } from "../ratings";

export const SNAPSHOT_KIND = "snapshot";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const snapshotActionSchema = z.object({
  /** Identity carried from snapshot to snapshot (see matchActions). */
  id: z.string().min(1),
  sheet: z.string(),
  row: z.number().int().min(1),
  review: z.string(),
  ref: z.string(),
  category: z.string(),
  /** A rating name from the snapshot's index, "Unrated" or "Invalid". */
  rating: z.string(),
  /**
   * What the rating cell said where it was not a rating's name or code: an invalid rating ("Yellow",
   * "TBC", "B/G"), as lists quote it, so a later report can say "was Invalid: Yellow"; or a rating
   * written with words ("Green - on track"), so a comparison with a report an earlier version recorded
   * it invalid in knows it (readAgain.ts). A plan rated by name or code throughout stores no more than
   * before; absent in a report recorded before it was kept, and once the wording is removed.
   */
  typedRating: z.string().optional(),
  /** Not rated yet on the new round, and rated complete ("Blue") when last rated: a later rating is compared with that one. */
  lastRoundRating: z.string().optional(),
  /**
   * Unrated in the rating column read, a column per round, and rated by the round before, by this rating
   * ("Green"): compared with a report that counted that rating, the action is not yet rated on the new round, not cleared.
   */
  earlierRoundRating: z.string().optional(),
  complete: z.boolean(),
  due: isoDate.nullable(),
  /** The time scale is a date cell showing only its month ("Mar-26"), due at the month's end; absent in a report recorded before such cells were read so (readAgain.ts). */
  dueMonth: z.literal(true).optional(),
  updated: isoDate.nullable(),
  stale: z.boolean(),
  overdue: z.boolean(),
  /** Fingerprint of the response text, to see "no progress reported". */
  response: z.string(),
  /** Fingerprint of the recommendation and action text, to recognise a renumbered action. */
  text: z.string(),
  /**
   * Fingerprint of the recommendation alone, where the action has its own wording beside it: an
   * action reworded under the same number and recommendation ("To be agreed." filled in) is the same action.
   */
  recommendation: z.string().optional(),
  /** The action's wording, shortened, for lists in reports. */
  title: z.string(),
});
export type SnapshotAction = z.infer<typeof snapshotActionSchema>;

/**
 * Why a report left a sheet out of its counts: a hidden tracker sheet (hiddenTrackers.ts), one the settings
 * do not read, or one holding ratings under no header row (ratingsWithoutHeader.ts), most likely deleted.
 */
export const SHEET_LEFT_OUT_REASONS = ["hiddenSheet", "notRead", "noHeader"] as const;
export type SheetLeftOutReason = (typeof SHEET_LEFT_OUT_REASONS)[number];
export const isSheetLeftOutReason = (reason: string): reason is SheetLeftOutReason => (SHEET_LEFT_OUT_REASONS as readonly string[]).includes(reason);
export const sheetLeftOutSchema = z.object({
  sheet: z.string(),
  reason: z.enum(SHEET_LEFT_OUT_REASONS),
  /**
   * Where the sheet is an archive (archivedActions.ts): a fingerprint of each of its actions on no counted
   * sheet, by review, number and wording, ARCHIVED_FINGERPRINT_LENGTH hex digits each, one after the other,
   * so a later report can say an action moved there is no longer counted, not removed. Never its rows.
   */
  archived: z.string().regex(/^[0-9a-f]*$/).optional(),
  /**
   * A hidden sheet taken for a copy of the counted sheets (most of its actions have a counterpart on them):
   * no archive, so an action deleted from the counted sheets and still on it is removed. A report recorded
   * before this was kept has neither this nor `archived`, and is compared as a copy, as it always was.
   */
  copy: z.literal(true).optional(),
});
export type SheetLeftOut = z.infer<typeof sheetLeftOutSchema>;
export type RatingColumnRead = NonNullable<Snapshot["ratingColumns"]>[number];

/**
 * A report is version 2 where it leaves out a sheet for want of its header row: a reason version 1 readers do not know
 * fails their form, so without the number an older RAG Tracker would call the report malformed and advise deleting it;
 * with it, it says the report is a newer version's. Every other report stays version 1, but the number is not what
 * lets an older version read it: a field that version does not know (the rating columns' headers, `appVersion`, a
 * closed plan's fingerprints, round tabs) is dropped in reading, so the seal matches only over the whole report and it
 * is read as a newer version's (readSnapshot). As the door now records `appVersion` in every report, no report it
 * records is readable by a RAG Tracker from before that field was kept.
 */
export const LATEST_SNAPSHOT_VERSION = 2;
export const snapshotVersionFor = (leftOut: readonly SheetLeftOut[]): 1 | 2 => (leftOut.some((x) => x.reason === "noHeader") ? 2 : 1);

export const snapshotSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  date: isoDate,
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  /**
   * The version of RAG Tracker that recorded the report ("0.2.0"), so one a later version recorded names the version
   * to update to (recordedWith.ts). Any text: a later version's own is never refused for its form. Absent in a report
   * recorded before it was kept.
   */
  appVersion: z.string().optional(),
  staleDays: z.number().int(),
  /** How dates written as text were read; absent in a report recorded before it was kept, whose order is not known. */
  locale: z.enum(["en-GB", "en-US"]).optional(),
  index: z.array(z.object({ code: z.string(), name: z.string(), colour: z.string(), complete: z.boolean() })),
  actions: z.array(snapshotActionSchema),
  /**
   * The sheets the report left out of its counts, and why: names only, never their rows, so its size is
   * bounded by the sheet count. A later report can then say an action missing from this one was left
   * out, not removed. Absent where none was, and in a report recorded before it was kept.
   */
  leftOut: z.array(sheetLeftOutSchema).optional(),
  /**
   * The header of the rating column read on each sheet ("RAG Q4 19/20"), so a later report whose column is
   * a new round's knows whether this one read that column or an earlier round's: an action blank in it is
   * not yet rated on the new round only where this report read another. Absent in a report recorded before
   * it was kept, which is not known to have read another, and where no sheet has a rating column.
   */
  ratingColumns: z.array(z.object({ sheet: z.string(), header: z.string() })).optional(),
  /**
   * Each sheet holding a closed plan kept above or below the plan counted (closedPlanAbove.ts, closedPlanBelow.ts): the
   * row and wording (as SnapshotAction.text) of each of its rows the reading left out, so a later comparison between
   * recorded reports knows which actions of an earlier report, one that counted them, are still there, not counted,
   * rather than removed (closedPlanThen.ts). Bounded by the closed plans' rows; absent where there is none, and in a
   * report recorded before it was kept.
   */
  closedPlans: z.array(z.object({ sheet: z.string(), rows: z.array(z.object({ row: z.number().int().min(1), text: z.string() })) })).optional(),
  /**
   * The tabs the report left out as its plan's other rounds (roundTrackers.ts), names only: a comparison between recorded
   * reports knows a round's tab was kept beside the next, not renamed for it, though deleted since. Absent where none
   * was, and in a report recorded before it was kept.
   */
  roundTabsLeftOut: z.array(z.string()).optional(),
  /** Fingerprint of everything above, written last. */
  seal: z.string(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** Reports in the order of their dates (YYYY-MM-DD), for sort. */
export const byReportDate = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export interface SnapshotMeta {
  date: string;
  recordedAt: string;
  recordedBy: string | null;
  /** The version of RAG Tracker recording the report, as the door knows it. */
  appVersion?: string;
}

/** How much of an action's wording a report keeps. */
export const TITLE_LENGTH = 120;

/** An action's stored wording as lists show it: a report whose wording was removed (withoutWording) says so. */
export function shownTitle(title: string): string {
  return title || "(wording not kept)";
}

/** The response an action with no progress update written keeps, as every action of a sheet with no progress column does. */
export const NO_RESPONSE = fingerprint("");

/**
 * Whether a report keeps any of the action's wording, which Remove wording takes out. What an invalid
 * rating said counts as wording: it is whatever was typed in the cell, a name or a note ("Ask Jo") as
 * readily as "Yellow". Without it the report still counts the rating as invalid, and its lists say
 * "invalid rating", as for a report recorded before that text was kept.
 */
export const keepsWording = (a: SnapshotAction): boolean => a.title !== "" || a.typedRating !== undefined;

/** The text an action is named by, on one line: its actions, else its recommendation, else its response. */
export function actionWording(a: Pick<Action, "actions" | "recommendation" | "response">): string {
  return (a.actions || a.recommendation || a.response).replace(/\s+/g, " ").trim();
}

/** What an action says, as a report keeps it to match it by (SnapshotAction.text): kept when its wording is removed. */
export function actionText(a: Pick<Action, "recommendation" | "actions">): string {
  return looseFingerprint(`${trimmed(a.recommendation)}\u0001${trimmed(a.actions)}`);
}

function title(wording: string): string {
  return wording.length > TITLE_LENGTH ? `${wording.slice(0, TITLE_LENGTH - 1)}…` : wording;
}

/**
 * How much of an invalid rating a report keeps, in characters: a rating cell's stray entry is a word or
 * two ("TBC", "Green (on track?)"), and a whole sentence pasted into one would cost every report its length.
 */
export const TYPED_RATING_LENGTH = 40;

/**
 * An invalid rating as a report keeps it: as the lists of the plan now quote it ("Invalid: Yellow",
 * ratingLabel), so with its spaces tidied (" b/g " is "b/g"), and past TYPED_RATING_LENGTH characters cut
 * with "…" (counted in characters, so an emoji is never cut in half).
 */
export function typedRating(value: CellValue): string {
  const written = writtenRating(value);
  const characters = Array.from(written);
  return characters.length > TYPED_RATING_LENGTH ? `${characters.slice(0, TYPED_RATING_LENGTH - 1).join("").trimEnd()}…` : written;
}

/**
 * Feeds the snapshot's JSON, keys sorted, to a fingerprint, so the seal does not depend on
 * property order. The text is never built: a large snapshot's would run to megabytes. The
 * characters fed must stay exactly what they have always been, or stored seals would not match.
 */
function addCanonicalJson(value: unknown, to: FingerprintBuilder): void {
  if (value === null || typeof value !== "object") {
    to.add(JSON.stringify(value) ?? "");
  } else if (Array.isArray(value)) {
    to.add("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) to.add(",");
      addCanonicalJson(value[i], to);
    }
    to.add("]");
  } else {
    const record = value as Record<string, unknown>;
    let first = true;
    to.add("{");
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      to.add(`${first ? "" : ","}${JSON.stringify(key)}:`);
      addCanonicalJson(item, to);
      first = false;
    }
    to.add("}");
  }
}

function sealOf(snapshot: unknown): string {
  const builder = new FingerprintBuilder();
  addCanonicalJson(snapshot, builder);
  return builder.digest();
}

/** Actions as they stand now, before identities are matched to an earlier snapshot. */
export function snapshotActions(analysis: Analysis): Omit<SnapshotAction, "id">[] {
  // The flagged lists hold the analysis's own action objects.
  const stale = new Set(analysis.stale.map((s) => s.action));
  const overdue = new Set(analysis.overdue.map((s) => s.action));
  return analysis.actions.map((a) => snapshotActionOf(a, { stale: stale.has(a), overdue: overdue.has(a) }));
}

/** One action as a report keeps it, before its identity is matched: `flags`, whether the analysis lists it stale or overdue. */
export function snapshotActionOf(a: Action, flags: { stale: boolean; overdue: boolean }): Omit<SnapshotAction, "id"> {
  return {
    sheet: a.sheet,
    row: a.row,
    review: a.review,
    ref: a.ref,
    category: a.category,
    rating: ratingBucket(a),
    // Also a rating read from its words ("Green - on track"), so a later comparison knows it (readAgain.ts).
    ...(a.rating.kind === "invalid" || (a.rating.kind === "rated" && a.rating.withWords) ? { typedRating: typedRating(a.ratingValue) } : {}),
    // As the stale and overdue lists judge it: a rating cell reading "Complete" is complete too, and so
    // is an action complete when last rated that the round read has not rated yet (not chased meanwhile).
    complete: !isChased(a),
    ...(a.completeLastRound !== undefined && { lastRoundRating: a.completeLastRound }),
    ...(a.earlierRoundRating !== undefined && { earlierRoundRating: a.earlierRoundRating }),
    due: a.due,
    ...(a.dueMonth && { dueMonth: true as const }),
    updated: a.updated,
    stale: flags.stale,
    overdue: flags.overdue,
    // Edges trimmed as they always were, so a space added or removed at an edge is not a new response.
    // A rating typed over the update says nothing of what was done: kept as no update, so a report does not read it as progress.
    response: fingerprint(a.progressIsRating ? "" : trimmed(a.response)),
    text: actionText(a),
    title: title(actionWording(a)),
    ...(a.recommendation && a.actions ? { recommendation: looseFingerprint(trimmed(a.recommendation)) } : {}),
  };
}

/**
 * The sheets the analysis leaves out of its counts: hidden trackers left out, sheets the settings do
 * not read, and sheets whose header row is missing. Each hidden sheet says what it was taken for (archivedActions.ts): a copy of the counted
 * sheets (`copy`), or an archive, with the fingerprints of its actions on no counted sheet (`archived`,
 * empty for an empty sheet).
 */
export function sheetsLeftOut(analysis: Pick<Analysis, "actions" | "hiddenSheetsLeftOut" | "hiddenActionsLeftOut" | "sheetsNotRead" | "sheetsWithoutHeader">): SheetLeftOut[] {
  const { archived, copies } = hiddenSheetsJudged(analysis.actions, analysis.hiddenActionsLeftOut ?? []);
  const prints = archivedBySheet(archived);
  return [
    ...(analysis.hiddenSheetsLeftOut ?? []).map((sheet) => ({ sheet, reason: "hiddenSheet" as const, ...(copies.has(sheet) ? { copy: true as const } : { archived: prints.get(sheet) ?? "" }) })),
    ...(analysis.sheetsNotRead ?? []).map((sheet) => ({ sheet, reason: "notRead" as const })),
    ...(analysis.sheetsWithoutHeader ?? []).map((sheet) => ({ sheet, reason: "noHeader" as const })),
  ];
}

/** The rating column each tracker was read by, once a sheet and header (a closed plan kept on a sheet may be read by another). */
export function ratingColumnsRead(trackers: readonly Pick<Tracker, "sheet" | "columns" | "headers">[]): RatingColumnRead[] {
  const read: RatingColumnRead[] = [];
  for (const t of trackers) {
    const header = t.headers.rating?.trim();
    if (t.columns.rating === undefined || header === undefined) continue;
    if (!read.some((r) => r.sheet === t.sheet && r.header === header)) read.push({ sheet: t.sheet, header });
  }
  return read;
}

export function sealSnapshot(snapshot: Omit<Snapshot, "seal">): Snapshot {
  return { ...snapshot, seal: sealOf(snapshot) };
}

/** Why a stored snapshot could not be used. */
export type SnapshotProblem = "damaged" | "malformed" | "altered" | "newer";

/** `release`: for a report a later version recorded, that version and this one, where the report names its version. */
export type SnapshotRead = { ok: true; snapshot: Snapshot } | { ok: false; message: string; reason: SnapshotProblem; release?: NewerRelease };

/** A version number above this one's, at the top of what a later RAG Tracker wrote. */
function newerVersion(data: unknown): boolean {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const version = (data as Record<string, unknown>).version;
  return typeof version === "number" && version > LATEST_SNAPSHOT_VERSION;
}

/**
 * Reads a stored snapshot; anything altered, truncated or malformed is reported, never trusted. `thisVersion`, the
 * version of RAG Tracker reading it, lets a report a later version recorded be named by both (recordedWith.ts).
 */
export function readSnapshot(json: string, label: string, thisVersion?: string): SnapshotRead {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: "damaged", message: `The report recorded for ${label} is damaged (its stored text is incomplete), so it cannot be used; delete it and record a new one.` };
  }
  const release = newerReleaseOf(data, thisVersion);
  const newer: SnapshotRead = { ok: false, reason: "newer", message: newerReportSentence(label, release), ...(release ? { release } : {}) };
  if (newerVersion(data)) return newer;
  const parsed = snapshotSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: "malformed", message: `The report recorded for ${label} is not in the form RAG Tracker stores, so it cannot be used; delete it and record a new one.` };
  const { seal, ...rest } = parsed.data;
  if (sealOf(rest) === seal) return { ok: true, snapshot: eachRatingOnce(parsed.data) };
  // zod leaves out fields it does not know: sealed with them, the report is a later version's, not an altered one.
  const { seal: _seal, ...raw } = data as Record<string, unknown>;
  if (sealOf(raw) === seal) return newer;
  return alteredReport(label);
}

/**
 * A report recorded from a key that named one rating on two lines, before the index kept each rating once, holds that
 * rating twice in its index: read with the first alone, as its actions were rated, so its ratings are neither shown
 * as two columns of the same actions nor ranked twice.
 */
function eachRatingOnce(snapshot: Snapshot): Snapshot {
  const seen = new Set<string>();
  const index = snapshot.index.filter((e) => !seen.has(ratingNameKey(e.name)) && seen.add(ratingNameKey(e.name)));
  return index.length === snapshot.index.length ? snapshot : { ...snapshot, index };
}

export function alteredReport(label: string): SnapshotRead {
  return { ok: false, reason: "altered", message: `The report recorded for ${label} was changed outside RAG Tracker, so it cannot be trusted; delete it and record a new one.` };
}
