/**
 * Reports recorded out of order: recorded (with --earlier, or Record for an earlier date) after a
 * report of a later date was. Such a report holds the plan as it was when recorded, not as it was on
 * its date, so an action it holds may have been typed after the later report: it is never the ground
 * for saying an action was removed and is back, or when it was removed.
 */
import type { Snapshot } from "./snapshot";

type Recorded = Pick<Snapshot, "date" | "recordedAt">;

/** When a report was recorded, as a time; NaN where it does not say (a report recorded by an early version). */
const recordedTime = (r: Recorded): number => Date.parse(r.recordedAt);

/** True where a report of a later date among `reports` was recorded before `report`. */
export function recordedLate(report: Recorded, reports: readonly Recorded[]): boolean {
  const at = recordedTime(report);
  if (Number.isNaN(at)) return false;
  return reports.some((r) => r.date > report.date && recordedTime(r) < at);
}

/** `reports` without those recorded out of order among them. */
export function recordedInOrder<T extends Recorded>(reports: readonly T[]): T[] {
  return reports.filter((r) => !recordedLate(r, reports));
}
