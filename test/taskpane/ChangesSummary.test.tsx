// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ChangeCount, Changes } from "../../src/core/history/changes";
import { ChangesSummary } from "../../src/taskpane/ChangesSummary";

afterEach(cleanup);

const counted = (name: string, counts: Partial<ChangeCount>): ChangeCount => ({
  name,
  improved: 0,
  worsened: 0,
  neitherBetterNorWorse: 0,
  added: 0,
  removed: 0,
  noProgress: 0,
  newlyStale: 0,
  newlyOverdue: 0,
  notChecked: [],
  ...counts,
});

/** Only the counts: the lists of actions they count are tested with the Reports section. */
const changes: Changes = {
  from: "2022-01-10",
  to: "now",
  toDate: "2022-06-01",
  recordedLate: [],
  moves: [],
  added: [],
  back: [],
  removed: [],
  noLongerCounted: [],
  countedAgain: [],
  newOnSheetLeftOut: [],
  countedTwice: [],
  earlierRoundsCounted: [],
  heldOnlyByCopy: [],
  noLongerCountedTwice: [],
  removedWhileLeftOut: [],
  renumbered: [],
  modified: [],
  noProgress: [],
  progressNotKept: [],
  progressJudged: true,
  newlyStale: [],
  newlyOverdue: [],
  overdueBefore: [],
  timeScaleMoved: [],
  staleNotChecked: [],
  overdueNotChecked: [],
  staleDays: 90,
  renamedReviews: [],
  bandTitlesReadAgain: [],
  roundTabsNamed: [],
  reviewsNamedOnSheet: [],
  splitReviews: [],
  reviewsMovedToSheet: [],
  toldApart: [],
  movedBetweenReviews: [],
  renamedButForRows: [],
  renamedCategories: [],
  byReview: [counted("Leo", { improved: 2, noProgress: 13 }), counted("Frankie", { noProgress: 1 }), counted("Delivery Plan 2019-20", { improved: 1, notChecked: ["noProgress", "newlyStale"] })],
  byCategory: [counted("Finance", { worsened: 1 })],
};

describe("the counts of what changed", () => {
  it("says which reviews and categories had changes, and counts actions with no progress reported", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ChangesSummary changes={changes} sentence="Since 10 January 2022: 2 actions improved." notes={[]} colours={undefined} locate={() => undefined} onSelect={() => undefined} />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^Changes by review \(3\) / }));
    expect(screen.getByText("Leo: 2 improved, 13 with no progress reported")).toBeTruthy();
    expect(screen.getByText("Frankie: 1 with no progress reported")).toBeTruthy();
    // What the pack prints "not checked" is said so, not left out as if none.
    expect(screen.getByText("Delivery Plan 2019-20: 1 improved (not checked: no progress reported, newly past 90 days without an update)")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^Changes by category \(1\) / }));
    expect(screen.getByText("Finance: 1 worsened")).toBeTruthy();
  });
});

describe("the list of new actions", () => {
  /** Frankie 7, as a report holds it. */
  const action = (id: string, ref: string, title: string) => ({
    id,
    sheet: "Case Reviews",
    row: 9,
    review: "Frankie",
    ref,
    category: "Professional curiosity",
    rating: "Amber",
    complete: false,
    due: "2022-03-31",
    updated: "2021-05-10",
    stale: false,
    overdue: false,
    response: "r",
    text: "t",
    title,
  });

  it("says of an action back since an earlier report that it is back, and when it was removed", async () => {
    const user = userEvent.setup();
    const back = action("Frankie#7@2022-08-02", "7", "Include a reflective question on hidden adults in the supervision template.");
    const fresh = action("Frankie#15@2022-08-02", "15", "Audit the use of the escalation policy.");
    render(
      <FluentProvider theme={webLightTheme}>
        <ChangesSummary
          changes={{ ...changes, added: [back, fresh], back: [{ id: back.id, earlierId: "Frankie#7", removedAt: "2022-02-01" }] }}
          sentence="No ratings changed since 1 February 2022; 2 new actions."
          notes={[]}
          colours={undefined}
          locate={() => undefined}
          onSelect={() => undefined}
        />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^New \(2\) / }));
    expect(screen.getByText("Frankie action 7, Amber; Back: removed at the report of 1 February 2022")).toBeTruthy();
    expect(screen.getByText("Frankie action 15, Amber")).toBeTruthy();
  });

  it("lists a time scale re-set with both dates", async () => {
    const user = userEvent.setup();
    const before = { ...action("Frankie#6", "6", "Deliver the neglect toolkit training."), due: "2021-09-30" };
    render(
      <FluentProvider theme={webLightTheme}>
        <ChangesSummary
          changes={{ ...changes, timeScaleMoved: [{ before, after: { ...before, due: "2021-12-31" } }] }}
          sentence="No ratings changed since 13 July 2021; 1 time scale moved (put back)."
          notes={[]}
          colours={undefined}
          locate={() => undefined}
          onSelect={() => undefined}
        />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^Time scale moved \(1\) / }));
    expect(screen.getByText("Frankie action 6, end of September 2021 → end of December 2021, put back")).toBeTruthy();
  });

  it("lists an action counted again apart from the new ones, saying why the earlier report did not count it", async () => {
    const user = userEvent.setup();
    const again = { ...action("Leo#2@2022-08-02", "2", "Share the learning with partners."), sheet: "Leo", review: "Leo" };
    render(
      <FluentProvider theme={webLightTheme}>
        <ChangesSummary
          changes={{ ...changes, countedAgain: [{ action: again, reason: "hiddenSheet", sheet: "Leo", at: "2022-02-01", earlierId: "Leo#2", earlier: { ...again, id: "Leo#2" }, lastCountedAt: "2021-07-13" }] }}
          sentence="No ratings changed since 1 February 2022; 1 action counted again (its sheet was hidden at the earlier report)."
          notes={[]}
          colours={undefined}
          locate={() => undefined}
          onSelect={() => undefined}
        />
      </FluentProvider>,
    );
    expect(screen.queryByRole("button", { name: /^New/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: /^Counted again \(1\) / }));
    expect(screen.getByText("Leo action 2, Amber; sheet “Leo” was hidden at the report of 1 February 2022; Amber when last counted, at the report of 13 July 2021")).toBeTruthy();
  });

  it("says the rating of an action counted again once, where it differs from its rating when last counted", async () => {
    const user = userEvent.setup();
    const again = { ...action("Leo#2@2022-08-02", "2", "Share the learning with partners."), sheet: "Leo", review: "Leo", rating: "Red" };
    const earlier = { ...again, id: "Leo#2", rating: "Green" };
    render(
      <FluentProvider theme={webLightTheme}>
        <ChangesSummary
          changes={{ ...changes, countedAgain: [{ action: again, reason: "hiddenSheet", sheet: "Leo", at: "2022-02-01", earlierId: "Leo#2", earlier, lastCountedAt: "2021-07-13", move: "worsened" }] }}
          sentence="Since 1 February 2022: 1 action counted again (its sheet was hidden at the earlier report; since last counted, 1 rated worse)."
          notes={[]}
          colours={undefined}
          locate={() => undefined}
          onSelect={() => undefined}
        />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^Counted again \(1\) / }));
    expect(screen.getByText("Leo action 2, Red; sheet “Leo” was hidden at the report of 1 February 2022; Green when last counted, at the report of 13 July 2021")).toBeTruthy();
  });

  it("lists an action removed while its sheet was left out apart from the removed, with its rating when last counted", async () => {
    const user = userEvent.setup();
    const gone = { ...action("Leo#4", "4", "Share the learning with partner 4."), sheet: "Leo", review: "Leo" };
    render(
      <FluentProvider theme={webLightTheme}>
        <ChangesSummary
          changes={{ ...changes, removedWhileLeftOut: [{ action: gone, reason: "hiddenSheet", sheet: "Leo", at: "2022-02-01", lastCountedAt: "2021-07-13" }] }}
          sentence="No ratings changed since 1 February 2022; 1 action removed since it was last counted, at the report of 13 July 2021 (its sheet was hidden at the earlier report)."
          notes={[]}
          colours={undefined}
          locate={() => undefined}
          onSelect={() => undefined}
        />
      </FluentProvider>,
    );
    expect(screen.queryByRole("button", { name: /^Removed \(/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: /^Removed since last counted \(1\) / }));
    expect(screen.getByText("Leo action 4; sheet “Leo” was hidden at the report of 1 February 2022; Amber when last counted, at the report of 13 July 2021; removed since")).toBeTruthy();
  });
});

describe("the headings of the lists", () => {
  it("say which comparison they belong to, as What changed and Compare two reports can show the same lists side by side", () => {
    const view = (shown: Changes) => (
      <FluentProvider theme={webLightTheme}>
        <ChangesSummary changes={shown} sentence="" notes={[]} colours={undefined} locate={() => undefined} onSelect={() => undefined} />
      </FluentProvider>
    );
    render(view(changes));
    render(view({ ...changes, from: "2022-01-10", to: "2022-04-10" }));
    const names = screen.getAllByRole("heading").map((h) => h.textContent);
    expect(names).toEqual([
      "Changes by review (3) since 10 January 2022",
      "Changes by category (1) since 10 January 2022",
      "Changes by review (3) between 10 January 2022 and 10 April 2022",
      "Changes by category (1) between 10 January 2022 and 10 April 2022",
    ]);
  });
});
