/**
 * Renames that are a band row's title read by today's rules, not the team's: after an upgrade, a review an
 * earlier version recorded as "Child Q SCR (published March 2022)" that a band row still names is read
 * "Child Q" (reviewBands.ts), and the committee is not told of a rename nobody made.
 */
import { bandNameReadAgainAs } from "../reviewBands";
import type { SnapshotAction } from "./snapshot";

type Rename = { from: string; to: string };

/**
 * Of `renamed`, those read again. `bandReviewed`: whether an action's review is named by a band row in the plan
 * as read now, where `later` is that reading; only such a review is read again, as one named in a Review column
 * ("Leo CSPR" made "Leo") was renamed by the team. Between two recorded reports it is not given, and a name
 * today's rules read as the later one is taken as read again: a report keeps neither its band rows nor the
 * version that read them, and otherwise every comparison across an upgrade would tell of a rename nobody made.
 */
export function bandTitlesReadAgain(renamed: readonly Rename[], later: readonly SnapshotAction[], bandReviewed?: (a: SnapshotAction) => boolean): Rename[] {
  return renamed.filter(({ from, to }) => bandNameReadAgainAs(from, to) && (bandReviewed === undefined || later.some((a) => a.review === to && bandReviewed(a))));
}
