/** The count per rating at each snapshot, in total and per review. */
import type { SheetLeftOut, SheetLeftOutReason, Snapshot } from "./snapshot";
import { lateReport, type LateReport } from "./recordedLate";
import { reviewLineages, type ReviewLineage, type ReviewParted } from "./reviewLineage";
import { rememberedGroupingKey } from "../text";
import { sheetNameKey } from "../sheetMatch";
import { latestRoundsOnly } from "./roundsCountedTwice";
import { archiveKeys, archivedFingerprint, archivedFingerprints, judgesMove, keptPrints, leftOutAsCopy } from "./archivedActions";

export interface TrendPoint {
  date: string;
  counts: Record<string, number>;
  /** 0 in a review's points where the review was not in the plan at that report. */
  total: number;
  /**
   * In a review's points with no action: the review's sheets the report recorded as left out (Snapshot.leftOut),
   * as it named them, and why. The review was not counted there, which is not out of the plan. Its sheets are
   * those it was on when last counted, every report since having left them out; or, before that, when next
   * counted, every report until then having left them out, where those may be its sheets renamed while
   * left out (see renamedSheets). `moved`: the sheets are instead the archive the report left out that held
   * most of the review's actions as last counted (archivedActions.ts): they were moved there.
   */
  leftOut?: { reason: SheetLeftOutReason; sheets: string[]; moved?: true };
}

export interface ReviewTrend {
  /** As the latest report holding the review spells it. */
  name: string;
  points: TrendPoint[];
  /** Names the review had before it was renamed, each with the date of the last report that used it. */
  formerNames: ReviewLineage["formerNames"];
  /** Where its actions went, where the review ended split or moved to a sheet that names no review (reviewLineage.ts). */
  parted?: ReviewParted;
}

export interface Trend {
  /** Rating names in index order (of the newest snapshot), then Unrated and Invalid. */
  ratings: string[];
  totals: TrendPoint[];
  byReview: ReviewTrend[];
  /** Reports that counted an earlier round's sheet beside the latest (roundsCountedTwice.ts), counted here by the latest alone: per report, each such sheet and its actions left out. */
  earlierRoundsLeftOut: { date: string; sheet: string; of: string; count: number; later?: true }[];
  /** Reports shown recorded out of order (recordedLate.ts), in date order: their counts are of the day each was recorded, not of its date. */
  recordedLate: LateReport[];
}

/** A report's counts per rating of `ratings` (any other rating it holds added), and its total. */
export function point(date: string, actions: Snapshot["actions"], ratings: readonly string[]): TrendPoint {
  const counts = Object.fromEntries(ratings.map((r) => [r, 0]));
  for (const a of actions) counts[a.rating] = (counts[a.rating] ?? 0) + 1;
  return { date, counts, total: actions.length };
}

/**
 * `asRecorded`: each report's counts as it recorded them, an earlier round's sheet counted beside the latest included, as the list of reports gives them.
 * `among`: every recorded report, where `reports` are some of them (a pack's, up to its date): a report shown may have been recorded after one not shown.
 */
export function trend(reports: Snapshot[], { asRecorded = false, among = reports }: { asRecorded?: boolean; among?: readonly Snapshot[] } = {}): Trend {
  // Drawn like for like with the plan as counted now, which counts a plan kept a sheet per round by its latest round.
  const rounds = reports.map((s) => (asRecorded ? { report: s, setApart: [] } : latestRoundsOnly(s)));
  const snapshots = rounds.map((r) => r.report);
  const earlierRoundsLeftOut = rounds.flatMap(({ report, setApart }) => setApart.map(({ sheet, of, actions, round }) => ({ date: report.date, sheet, of, count: actions.length, ...(round?.later ? { later: true as const } : {}) })));
  const newest = snapshots.at(-1);
  const ratings = [...(newest?.index.map((e) => e.name) ?? []), "Unrated", "Invalid"];
  for (const s of snapshots) for (const a of s.actions) if (!ratings.includes(a.rating)) ratings.splice(ratings.length - 2, 0, a.rating);
  const lines = reviewLineages(snapshots);
  // Each report's actions by review key, in one pass: a review renamed between reports is found under its key of the time.
  const byKey = snapshots.map((s) => {
    const groups = new Map<string, Snapshot["actions"]>();
    const keyOf = rememberedGroupingKey();
    for (const a of s.actions) {
      const key = keyOf(a.review);
      const group = groups.get(key);
      if (group) group.push(a);
      else groups.set(key, [a]);
    }
    return groups;
  });
  return {
    ratings,
    totals: snapshots.map((s) => point(s.date, s.actions, ratings)),
    byReview: lines.map((line) => {
      const actionsAt = (i: number) => {
        const key = line.keys[i];
        return key === undefined ? [] : (byKey[i]!.get(key) ?? []);
      };
      const points = snapshots.map((s, i) => point(s.date, actionsAt(i), ratings));
      const sheetsAt = (i: number) => new Set(actionsAt(i).map((a) => sheetNameKey(a.sheet)));
      // Back from each report without the review to the one before that counted it, then forward to the next that did.
      leftOutRuns(points, snapshots, sheetsAt, [...points.keys()]);
      leftOutRuns(points, snapshots, sheetsAt, [...points.keys()].reverse(), renamedSheets(points, snapshots, sheetsAt));
      archivedRuns(points, snapshots, actionsAt);
      return { name: line.name, points, formerNames: line.formerNames, ...(line.parted ? { parted: line.parted } : {}) };
    }),
    earlierRoundsLeftOut,
    recordedLate: reports.flatMap((r) => lateReport(r, among) ?? []),
  };
}

/**
 * Puts each dash in `order` (indexes of `points`) down to the review's sheets left out, where it is not
 * yet: the sheets of the point before it in that order that counted the review, carried over the dashes
 * since only while each report left them out. A report that read them without it breaks the run: the review
 * was then not in the plan, and no dash past it is put down to a sheet left out. `backward`: the backward
 * pass's reading of the review's sheets (renamedSheets).
 */
function leftOutRuns(points: TrendPoint[], snapshots: Snapshot[], sheetsAt: (i: number) => ReadonlySet<string>, order: number[], backward?: Backward): void {
  let sheets: ReadonlySet<string> | undefined;
  for (const i of order) {
    if (points[i]!.total > 0) {
      sheets = backward ? backward.sheetsAt(i) : sheetsAt(i);
      continue;
    }
    const leftOut = sheets && !backward?.readWithout(i) ? leftOutOf(snapshots[i]!, sheets) : undefined;
    if (!leftOut) sheets = undefined;
    else if (!points[i]!.leftOut) points[i] = { ...points[i]!, leftOut };
  }
}

/**
 * Puts each dash not yet put down to a sheet down to the archive the review's actions were moved to: as the
 * first report after the one that last counted the review decided, the archive it left out holding most of
 * the review's actions as last counted (archivedActions.ts), not one the report that last counted them left
 * out as a copy; then while each report since still leaves an archive out holding most of them (the same
 * sheet renamed, or another their rows were moved on to), or that sheet with no fingerprints kept (one that
 * took it for a copy since, or did not read it, does not undo the move, as stillOnArchive). A report that
 * left out every sheet the review was on when last counted judged no move (judgesMove): the next decides.
 */
function archivedRuns(points: TrendPoint[], snapshots: Snapshot[], actionsAt: (i: number) => Snapshot["actions"]): void {
  const groupOf = rememberedGroupingKey();
  let prints: string[][] | undefined;
  let sheets: string[] = [];
  // The report that last counted the review, and the archive the one after it found its actions moved to (null until then).
  let lastCounted: Snapshot | undefined;
  let archive: SheetLeftOut | undefined | null = null;
  for (const [i, p] of points.entries()) {
    if (p.total > 0) {
      prints = actionsAt(i).map((a) => archiveKeys(groupOf, a).map(archivedFingerprint));
      sheets = [...new Set(actionsAt(i).map((a) => a.sheet))];
      lastCounted = snapshots[i]!;
      archive = null;
      continue;
    }
    if (!prints || !lastCounted) continue;
    if (archive === null && !sheets.some((sheet) => judgesMove(snapshots[i]!, sheet))) continue;
    archive = archive === null ? archivedIn(snapshots[i]!, prints, lastCounted) : archive && stillHeld(snapshots[i]!, archive, prints);
    if (archive && !p.leftOut) points[i] = { ...p, leftOut: { reason: archive.reason, sheets: [archive.sheet], moved: true } };
  }
}

/** The archive a report left out holding most of `prints` (a review's actions as last counted), not one `lastCounted` left out as a copy. */
function archivedIn(s: Snapshot, prints: readonly (readonly string[])[], lastCounted: Snapshot): SheetLeftOut | undefined {
  return (s.leftOut ?? []).find((x) => x.archived !== undefined && !leftOutAsCopy([lastCounted], x.sheet) && holdsMost(x, prints));
}

/** How a later report still leaves out `archive`: any archive it kept the fingerprints of holding most of `prints`, or failing that the sheet by name where it kept none. */
function stillHeld(s: Snapshot, archive: SheetLeftOut, prints: readonly (readonly string[])[]): SheetLeftOut | undefined {
  const holding = (s.leftOut ?? []).find((x) => keptPrints(x) && holdsMost(x, prints));
  if (holding) return holding;
  const x = (s.leftOut ?? []).find((l) => sheetNameKey(l.sheet) === sheetNameKey(archive.sheet));
  return x && !keptPrints(x) ? x : undefined;
}

function holdsMost(x: SheetLeftOut, prints: readonly (readonly string[])[]): boolean {
  const there = archivedFingerprints(x);
  return prints.filter((keys) => keys.some((p) => there.has(p))).length * 2 > prints.length;
}

/** How the backward pass reads a review's sheets: see renamedSheets. */
interface Backward {
  /** The review's sheets at a report counting it that the dashes before it may be put down to. */
  sheetsAt(i: number): ReadonlySet<string>;
  /** Whether a report without the review read a sheet it was on when last counted: no dash before it is put down to the sheets it is on next. */
  readWithout(i: number): boolean;
}

/**
 * Back from a report counting the review, its dashes are put down to the sheets it is on then as to
 * sheets renamed while left out. Where the review was counted before them, only the sheets it was on
 * then, and those the report that counted it neither left out nor held an action on: a sheet renamed
 * had no such name yet, and one there already was another sheet, which the review was moved to some
 * time after, none can say when. A report that read a sheet the review was on when last counted, holding
 * actions on it, read it without the review: it was then not in the plan, and no dash before it is put
 * down to the sheets it is on next.
 */
function renamedSheets(points: TrendPoint[], snapshots: Snapshot[], sheetsAt: (i: number) => ReadonlySet<string>): Backward {
  const counted = [...points.keys()].filter((i) => points[i]!.total > 0);
  const lastCounted = (i: number) => counted.filter((k) => k < i).at(-1);
  const held = (s: Snapshot) => new Set(s.actions.map((a) => sheetNameKey(a.sheet)));
  return {
    sheetsAt(i) {
      const k = lastCounted(i);
      if (k === undefined) return sheetsAt(i);
      const before = sheetsAt(k);
      const named = held(snapshots[k]!);
      for (const x of snapshots[k]!.leftOut ?? []) named.add(sheetNameKey(x.sheet));
      return new Set([...sheetsAt(i)].filter((sheet) => before.has(sheet) || !named.has(sheet)));
    },
    readWithout(i) {
      const k = lastCounted(i);
      if (k === undefined) return false;
      const s = snapshots[i]!;
      const leftOut = new Set((s.leftOut ?? []).map((x) => sheetNameKey(x.sheet)));
      const read = held(s);
      return [...sheetsAt(k)].some((sheet) => read.has(sheet) && !leftOut.has(sheet));
    },
  };
}

/**
 * Which of a review's sheets (by sheetNameKey: those its actions were on at the nearest report counting it,
 * before or after, every report between having left them out) a report left out, and why; the first reason
 * where they differ. Undefined where it left none of them out: the review is then not in the plan, not left out.
 */
function leftOutOf(s: Snapshot, sheets: ReadonlySet<string>): TrendPoint["leftOut"] {
  const hit = (s.leftOut ?? []).filter((x) => sheets.has(sheetNameKey(x.sheet)));
  const reason = hit[0]?.reason;
  return reason && { reason, sheets: hit.filter((x) => x.reason === reason).map((x) => x.sheet) };
}
