/**
 * Actions whose number changed between two reports. "Leo 15" in this quarter's pack may name
 * another action than last quarter's "Leo 15" did, so wherever such an action is named its
 * earlier number is said too: "14 (was 15)".
 */
import type { SnapshotAction } from "./snapshot";

export interface Renumbered {
  before: SnapshotAction;
  after: SnapshotAction;
}

/** Whether the number changed: "2.1" and "2.1 " are one number, and an action that had none has no earlier number to tell. */
export function numberChanged(before: SnapshotAction, after: SnapshotAction): boolean {
  const was = before.ref.trim();
  return was !== "" && was.toLowerCase() !== after.ref.trim().toLowerCase();
}

/** The earlier number of an action of the later report, where it changed. */
export function earlierNumbers(renumbered: readonly Renumbered[]): (a: SnapshotAction) => string | undefined {
  const was = new Map(renumbered.map((r) => [r.after, r.before.ref.trim()]));
  return (a) => was.get(a);
}

/** "14 (was 15)", or the number alone where it did not change; `between` parts them ("\n" puts "(was 15)" on a line of its own in a cell). */
export function numberWithEarlier(ref: string, was: string | undefined, between = " "): string {
  if (was === undefined) return ref;
  return ref === "" ? `(was ${was})` : `${ref}${between}(was ${was})`;
}
