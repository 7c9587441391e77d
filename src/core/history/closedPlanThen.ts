/**
 * Which actions of an earlier report were the rows of a closed plan kept on their sheet now
 * (closedPlanAbove.ts, closedPlanBelow.ts): a report recorded before closed plans were told apart, or
 * before the plan's title said it was closed, counted them. A closed plan often carries on the live
 * plan's actions word for word, so the wording alone cannot say which row an earlier action was: the
 * earlier report's actions of the sheet, in row order, are lined up with the sheet's rows now, in row
 * order, by wording (rows added or deleted since do not move it): the counted rows first, then the closed
 * plan's with what is left on its side of the live plan.
 */
import type { Analysis } from "../model";
import type { Snapshot, SnapshotAction } from "./snapshot";
import { actionText } from "./snapshot";

/** One row of a sheet now, by its wording as a report keeps it (SnapshotAction.text): counted, or in a closed plan. */
export interface RowNow {
  row: number;
  text: string;
  closed: boolean;
}

/** The rows now of each sheet holding a closed plan, in row order, by sheet name. */
export function closedPlanSheetsNow(analysis: Pick<Analysis, "actions" | "trackers">): Map<string, RowNow[]> {
  const sheets = new Map<string, RowNow[]>();
  for (const t of analysis.trackers) {
    const closed = (t.rowsNotCounted ?? []).filter((r) => r.readAs === "closedPlan");
    if (closed.length > 0) sheets.set(t.sheet, closed.map((r) => ({ row: r.row, text: actionText(r), closed: true })));
  }
  for (const a of analysis.actions) sheets.get(a.sheet)?.push({ row: a.row, text: actionText(a), closed: false });
  for (const rows of sheets.values()) rows.sort((a, b) => a.row - b.row);
  return sheets;
}

/** The closed plans' rows of each sheet, as a report keeps them (Snapshot.closedPlans). */
export function closedPlansKept(sheets: ReadonlyMap<string, readonly RowNow[]>): NonNullable<Snapshot["closedPlans"]> {
  return [...sheets].map(([sheet, rows]) => ({ sheet, rows: rows.filter((r) => r.closed).map(({ row, text }) => ({ row, text })) }));
}

/** The rows of each sheet a recorded report kept a closed plan on, as closedPlanSheetsNow gives the plan's now: its counted actions and the closed plan's rows it kept. */
export function closedPlanSheetsRecorded(report: Pick<Snapshot, "actions" | "closedPlans">): Map<string, RowNow[]> {
  const sheets = new Map<string, RowNow[]>();
  for (const { sheet, rows } of report.closedPlans ?? []) sheets.set(sheet, rows.map(({ row, text }) => ({ row, text, closed: true })));
  for (const a of report.actions) sheets.get(a.sheet)?.push({ row: a.row, text: a.text, closed: false });
  for (const rows of sheets.values()) rows.sort((a, b) => a.row - b.row);
  return sheets;
}

/**
 * Of `earlier`, in its order: `notCounted`, the actions that were the rows of a closed plan on their sheet now; `deleted`, the closed
 * plan's rows deleted since that a live row lined up with its own earlier action words alike. The matching must pass both by: the live
 * row's wording alone would give it the deleted row's identity, and have its own earlier action named removed in the deleted one's place.
 */
export function closedPlanActionsThen(earlier: readonly SnapshotAction[], sheetsNow: ReadonlyMap<string, readonly RowNow[]> | undefined): { notCounted: SnapshotAction[]; deleted: SnapshotAction[] } {
  if (!sheetsNow || sheetsNow.size === 0) return { notCounted: [], deleted: [] };
  const notCounted = new Set<SnapshotAction>();
  const deleted = new Set<SnapshotAction>();
  for (const [sheet, now] of sheetsNow) {
    const then = earlier.filter((a) => a.sheet === sheet).sort((a, b) => a.row - b.row);
    const found = closedOf(then, now);
    for (const a of found.notCounted) notCounted.add(a);
    for (const a of found.deleted) deleted.add(a);
  }
  return { notCounted: earlier.filter((a) => notCounted.has(a)), deleted: earlier.filter((a) => deleted.has(a)) };
}

/** What closedPlanActionsThen found, as sets to ask of each earlier action. */
export interface ClosedPlanThen {
  notCounted: ReadonlySet<SnapshotAction>;
  deleted: ReadonlySet<SnapshotAction>;
}

export function closedPlanSetsThen({ notCounted, deleted }: ReturnType<typeof closedPlanActionsThen>): ClosedPlanThen {
  return { notCounted: new Set(notCounted), deleted: new Set(deleted) };
}

/**
 * The counted rows now take their earlier actions first, lined up in order; the earlier actions left are lined up with the closed rows.
 * A report that counted the closed plan held most of its rows, wherever the live plan carried some of them forward from; where the
 * earlier actions lined up with it are fewer, they were the live plan's, deleted since, that the closed plan words alike. Where it
 * counted the closed plan, an earlier action lined up with no row, worded as one a counted row took, was the closed plan's row, deleted.
 */
function closedOf(then: readonly SnapshotAction[], now: readonly RowNow[]): { notCounted: SnapshotAction[]; deleted: SnapshotAction[] } {
  const closed = now.filter((r) => r.closed);
  const taken = linedUp(then, now.filter((r) => !r.closed));
  const left = then.filter((_, i) => !taken.has(i));
  const linedClosed = linedUp(left, closed);
  if (linedClosed.size * 2 <= closed.length) return { notCounted: [], deleted: [] };
  const liveTexts = new Set([...taken.values()].map((r) => r.text));
  return { notCounted: [...linedClosed.keys()].map((i) => left[i]!), deleted: left.filter((a, i) => !linedClosed.has(i) && liveTexts.has(a.text)) };
}

/**
 * The longest lining up of the two lists in order by wording: the indexes of `then` lined up, each with its row now. Of as long ones,
 * the one whose rows moved least: a report that counted both plans holds their shared wordings twice, each at its own plan's rows.
 */
function linedUp(then: readonly SnapshotAction[], now: readonly RowNow[]): Map<number, RowNow> {
  const n = then.length;
  const m = now.length;
  const width = m + 1;
  // One pair more always outweighs every row moved: each pair weighs more than the farthest all pairs could move together.
  let farthest = 0;
  for (const x of [...then, ...now]) farthest = Math.max(farthest, x.row);
  const pair = farthest * Math.min(n, m) + 1;
  const gain = (i: number, j: number) => (then[i]!.text === now[j]!.text ? pair - Math.abs(then[i]!.row - now[j]!.row) : 0);
  const score = new Float64Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(score[(i + 1) * width + j]!, score[i * width + j + 1]!);
      const g = gain(i, j);
      score[i * width + j] = g > 0 ? Math.max(skip, score[(i + 1) * width + j + 1]! + g) : skip;
    }
  }
  const pairs = new Map<number, RowNow>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = score[i * width + j]!;
    const g = gain(i, j);
    if (g > 0 && here === score[(i + 1) * width + j + 1]! + g) {
      pairs.set(i, now[j]!);
      i++;
      j++;
    } else if (here === score[(i + 1) * width + j]!) i++;
    else j++;
  }
  return pairs;
}
