import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { isUnder } from "../../src/core/recommendationHeadings";

const sheet = (values: CellValue[][]): SheetSnapshot => ({ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges: [] });
const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [sheet(values)] }, DEFAULT_SETTINGS, "2021-11-01");
const headings = (values: CellValue[][]) => run(values).findings.filter((f) => f.code === "recommendation-heading");

const GOV = "Governance & \nBusiness \nSupport \nStructures";
const SPE = "Shared Priorities/\nEngagement";
const UPDATED = new Date("2021-10-01T00:00:00Z");
const TITLE = ["Peer Review Action Plan"];
const HEADER = ["No", "Category", "Recommendation", "Specific Actions", "Response", "Time scale", "Last updated", "RAG Rating"];

/** Each recommendation on a row of its own, then its specific actions numbered under it, as a peer review's plan keeps them. */
const PLAN: CellValue[][] = [
  TITLE,
  HEADER,
  [1, GOV, "Consider deputies on Strategic Group to bring strategic /operational leads together", null, null, null, null, null],
  ["1a", GOV, null, "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Deputies are now core members of Strategic Group.", "March 2022", UPDATED, "B"],
  ["1b", GOV, null, "Revise the Terms of Reference for the group.", "The Terms of Reference have been revised to reflect this.", "March 2022", UPDATED, "B"],
  [2, SPE, "Shared and agreed priorities across Partnerships in Thurrock", null, null, null, null, null],
  ["2a", null, null, "Produce a Priorities Outcome Booklet.", "Meetings between all Board/Partnerships managers have taken place.", "March 2022", UPDATED, "G"],
];

describe("a recommendation on its own row above the actions numbered under it", () => {
  it("is their heading, not an unrated action: only the specific actions are counted", () => {
    const a = run(PLAN);
    expect(a.actions.map((x) => x.ref)).toEqual(["1a", "1b", "2a"]);
    expect(a.sentences).toEqual(["Peer Review – 3 actions identified (2 blue and 1 green)"]);
    expect(a.stale).toEqual([]);
    expect(a.findings.map((f) => f.code)).not.toContain("rating-unrated");
  });

  it("gives its recommendation, and its category where they have none, to the actions under it", () => {
    const a = run(PLAN);
    expect(a.actions.map((x) => x.recommendation)).toEqual([PLAN[2]![2], PLAN[2]![2], PLAN[5]![2]]);
    expect(a.actions.map((x) => x.category)).toEqual(["Governance & Business Support Structures", "Governance & Business Support Structures", "Shared Priorities/ Engagement"]);
  });

  it("with a category typed on some headings only, as blocks: the headings with none take the category above, as action rows would", () => {
    const row = (ref: string, action: string, rag: string): CellValue[] => [ref, null, null, action, "Under way.", "March 2022", UPDATED, rag];
    const a = run([
      TITLE,
      HEADER,
      [1, "Governance", "Consider deputies on Strategic Group", null, null, null, null, null],
      row("1a", "Identify deputies.", "B"),
      row("1b", "Revise the Terms of Reference.", "G"),
      [2, null, "Review the MASH Steering Group", null, null, null, null, null],
      row("2a", "Make the group a Sub-Group of the LSCP.", "A"),
      row("2b", "Agree its reporting line.", "B"),
      [3, "Learning", "Revise the Learning and Improvement Framework", null, null, null, null, null],
      row("3a", "Revise the Framework.", "B"),
      row("3b", "Share it with partners.", "G"),
      [4, null, "Consider models to involve frontline staff", null, null, null, null, null],
      row("4a", "Consult frontline staff.", "R"),
      row("4b", "Report back to the Strategic Group.", "A"),
    ]);
    expect(a.byCategory.map((g) => [g.name, g.total])).toEqual([
      ["Governance", 4],
      ["Learning", 4],
    ]);
  });

  it("is named in one info finding per sheet", () => {
    expect(headings(PLAN)).toEqual([
      {
        sheet: "Peer Review",
        row: 3,
        column: "A",
        code: "recommendation-heading",
        severity: "info",
        message:
          "Rows 3 and 6 number recommendations with no rating, action, response or date, above the actions numbered under them (as 1a is under 1), so they are read as their headings and not counted as actions; their recommendation and category are given to those actions. Rate a recommendation, or type its action, to count it as an action.",
      },
    ]);
  });

  it("heads actions numbered 1.1 and 1.2 as well, across a blank row", () => {
    const a = run([HEADER, [1, GOV, "Consider deputies on Strategic Group", null, null, null, null, null], [], [1.1, GOV, null, "Identify deputies.", "Done.", "March 2022", UPDATED, "B"], [1.2, GOV, null, "Revise the Terms of Reference.", "Done.", "March 2022", UPDATED, "B"]]);
    expect(a.actions.map((x) => x.ref)).toEqual(["1.1", "1.2"]);
    expect(a.actions.every((x) => x.recommendation === "Consider deputies on Strategic Group")).toBe(true);
  });

  it("is an unrated action still where it says what is done, or where no action is numbered under it", () => {
    const a = run([
      HEADER,
      [1, GOV, "Consider deputies on Strategic Group", "Identify deputies.", null, "March 2022", null, null],
      ["1a", GOV, null, "Revise the Terms of Reference.", "Done.", "March 2022", UPDATED, "B"],
      [2, SPE, "Shared and agreed priorities across Partnerships", null, null, null, null, null],
      [3, SPE, "Develop wider role of SET", null, null, null, null, null],
      [10, SPE, null, "Recruit community voice as lay member.", "Done.", "March 2022", UPDATED, "B"],
    ]);
    expect(a.actions.map((x) => x.ref)).toEqual(["1", "1a", "2", "3", "10"]);
    expect(a.totals.counts.Unrated).toBe(3);
    expect(headings([HEADER, [1, GOV, "Consider deputies", null, null, null, null, null], [10, GOV, null, "Identify deputies.", "Done.", "March 2022", UPDATED, "B"]])).toEqual([]);
  });

  it("is no heading where it has a rating or a date of its own", () => {
    const rated = run([HEADER, [1, GOV, "Consider deputies", null, null, null, null, "B"], ["1a", GOV, null, "Identify deputies.", "Done.", "March 2022", UPDATED, "B"]]);
    expect(rated.actions.map((x) => x.ref)).toEqual(["1", "1a"]);
    const dated = run([HEADER, [1, GOV, "Consider deputies", null, null, "March 2022", null, null], ["1a", GOV, null, "Identify deputies.", "Done.", "March 2022", UPDATED, "B"]]);
    expect(dated.actions.map((x) => x.ref)).toEqual(["1", "1a"]);
  });

  it("gives nothing to an action numbered otherwise after its actions", () => {
    const a = run([...PLAN, [3, GOV, null, "Develop wider role of SET.", "Done.", "March 2022", UPDATED, "B"]]);
    expect(a.actions.at(-1)!.recommendation).toBe("");
  });
});

describe("an action number under a recommendation's", () => {
  it.each([
    ["1", "1a", true],
    ["1", "1 b", true],
    ["1", "1(a)", true],
    ["1", "1.2", true],
    ["1.", "1.2", true],
    ["R1", "r1a", true],
    ["1", "1(i)", true],
    ["1", "1(iv)", true],
    ["Rec 1", "1(ii)", true],
    ["Rec. 2", "2a", true],
    ["Recommendation 3", "3.1", true],
    ["Rec 1", "10", false],
    ["Recommendation", "a", false],
    ["1", "10", false],
    ["1", "1", false],
    ["1", "12a", false],
    ["1", "1ab", false],
    ["", "a", false],
  ])("%s heads %s: %s", (stem, ref, under) => {
    expect(isUnder(stem, ref)).toBe(under);
  });
});
