/**
 * Renames that are a band row's title read by today's rules, not the team's: after an upgrade, a review an
 * earlier version recorded as "Child Q SCR (published March 2022)" that a band row still names is read
 * "Child Q" (reviewBands.ts), and the committee is not told of a rename nobody made.
 */
import type { Action, Tracker } from "../model";
import { bandNameReadAgainAs, bandReviewed as bandReviewedIn } from "../reviewBands";
import type { SnapshotAction } from "./snapshot";

type Rename = { from: string; to: string };
type Placed = Pick<SnapshotAction, "sheet" | "review">;

/**
 * Of `renamed`, those read again. `bandReviewed`: whether an action's review is named by a band row in the plan
 * as read now, where `later` is that reading; only such a review is read again, as one named in a Review column
 * ("Leo CSPR" made "Leo") was renamed by the team. Between two recorded reports it is not given: a report keeps
 * neither its band rows nor the version that read them, so the plan as it stands is asked instead
 * (`namedOutsideBandsNow`, reviewsNamedOutsideBands): where it still names the later review, or names the earlier
 * one again, on that sheet other than by a band row, the team renamed it. Where it is not known, or names neither, a name today's
 * rules read as the later one is taken as read again, or every comparison across an upgrade would tell of a
 * rename nobody made.
 */
export function bandTitlesReadAgain(
  renamed: readonly Rename[],
  later: readonly SnapshotAction[],
  bandReviewed?: (a: SnapshotAction) => boolean,
  namedOutsideBandsNow?: (a: Placed) => boolean,
): Rename[] {
  return renamed.filter(({ from, to }) => {
    if (!bandNameReadAgainAs(from, to)) return false;
    const named = later.filter((a) => a.review === to);
    if (bandReviewed) return named.some(bandReviewed);
    // Either name typed in the plan now (in a Review column, on the sheet the later report has the review on) is the team's.
    return !(namedOutsideBandsNow && named.some((a) => namedOutsideBandsNow(a) || namedOutsideBandsNow({ sheet: a.sheet, review: from })));
  });
}

/** Whether the plan as read now names an action's review on its sheet other than by a band row (a Review column, or the sheet's name). */
export function reviewsNamedOutsideBands(analysis: { actions: readonly Pick<Action, "sheet" | "review">[]; trackers: readonly Tracker[] }): (a: Placed) => boolean {
  const byBand = bandReviewedIn(analysis.trackers);
  const named = new Set(analysis.actions.filter((a) => !byBand(a)).map((a) => `${a.sheet}\u0001${a.review}`));
  return (a) => named.has(`${a.sheet}\u0001${a.review}`);
}
