/**
 * The pane's lists of stale and overdue actions say of each what the generated sheets say: a
 * last-updated cell that gives no date shows what it holds, as the Stale Actions sheet does.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { flagDetail } from "../../src/taskpane/FlaggedList";

/** Rows of the Thurrock LSCP Delivery Plan 2019–2020, their last updates as a team types them. */
const values = [
  ["Action No", "Action", "Lead Group", "Target date", "Progress", "Date of last update", "RAG Rating"],
  ["2.1", "Produce the LSCP Annual Report", "Strategic Group", "October 2019", "Draft with the Strategic Group.", "Ongoing", "A"],
  ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", "October 2019", "Report received at MEB.", "15th October 2019", "A"],
  ["2.5", "Receive and review Annual Report from IRO", "Management Executive Board", "October 2019", "", null, "A"],
];

describe("the pane's list of actions not updated", () => {
  it("shows what a last-updated cell holds where it gives no date, says never only of an empty one, and dates the rest", () => {
    const a = analyseWorkbook({ sheets: [{ name: "Delivery Plan", firstRow: 1, firstColumn: 1, merges: [], values }] }, DEFAULT_SETTINGS, "2020-03-01");
    expect(a.stale.map((f) => [f.action.ref, flagDetail(f, "stale")])).toEqual([
      ["2.1", "last update ‘Ongoing’: not a date"],
      ["2.4", "last updated 15 October 2019, 138 days ago"],
      ["2.5", "never updated"],
    ]);
    expect(a.overdue.map((f) => flagDetail(f, "overdue"))).toEqual(["due 31 October 2019, 122 days overdue", "due 31 October 2019, 122 days overdue", "due 31 October 2019, 122 days overdue"]);
  });
});
