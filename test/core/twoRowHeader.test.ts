import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellRange, CellValue, SheetSnapshot } from "../../src/core/cells";
import { PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";

const sheet = (values: CellValue[][], merges: CellRange[]): SheetSnapshot => ({ name: "Case Reviews", firstRow: 1, firstColumn: 1, values, merges });
const run = (s: SheetSnapshot) => analyseWorkbook({ sheets: [s] }, DEFAULT_SETTINGS, "2021-11-01");
const area = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

// A Review | No | Theme | Description | Lead | Target | Last updated | Update | RAG, numbers restarting for each review.
const ACTIONS: CellValue[][] = [
  ["Frankie", 1, "Information sharing", "Add a prompt on household members to the MASH referral form.", "Health", "March 2021", "April 2021", "Complete.", "B"],
  ["Frankie", 2, "Information sharing", "Invite the named GP to every strategy discussion.", "Police", "March 2022", "October 2021", "Started.", "A"],
  ["Leo", 1, "Training", "Deliver professional curiosity briefings to frontline staff.", "Education", "March 2022", "October 2021", "Started.", "G"],
  ["Leo", 2, "Training", "Refresh the multi-agency neglect toolkit training.", "Health", "March 2022", "October 2021", "Started.", "A"],
];

/** Row 3: group headings, with Review and Lead merged down over rows 3 and 4 (or typed in row 4); row 4: the columns' own headings. */
function twoRowHeader(mergedDown = true): SheetSnapshot {
  const upper: CellValue[] = [mergedDown ? "Review" : null, "Action", null, null, mergedDown ? "Lead" : null, "Dates", null, "Progress", null];
  const lower: CellValue[] = [mergedDown ? null : "Review", "No", "Theme", "Description", mergedDown ? null : "Lead", "Target", "Last updated", "Update", "RAG"];
  const groups = [area(3, 2, 3, 4), area(3, 6, 3, 7), area(3, 8, 3, 9)];
  const merges = mergedDown ? [area(3, 1, 4, 1), area(3, 5, 4, 5), ...groups] : groups;
  return sheet([["Case Review Action Plans"], [], upper, lower, ...ACTIONS], merges);
}

describe("a header kept on two rows", () => {
  it("reads a heading merged down over both rows as the lower row's: the reviews and leads are counted", () => {
    const a = run(twoRowHeader());
    expect(a.trackers.map((t) => [t.headerRow, t.firstRow, t.lastRow])).toEqual([[4, 5, 8]]);
    expect(a.trackers[0]!.columns).toEqual({ review: 1, ref: 2, category: 3, actions: 4, lead: 5, due: 6, updated: 7, response: 8, rating: 9 });
    expect(a.trackers[0]!.headers.review).toBe("Review");
    expect(a.sentences).toEqual(["Frankie – 2 actions identified (1 blue and 1 amber)", "Leo – 2 actions identified (1 green and 1 amber)"]);
    expect(Object.fromEntries(a.byLead.map((g) => [g.name, g.total]))).toEqual({ Health: 2, Police: 1, Education: 1 });
  });

  it("does not take the row of group headings for another table, nor the numbers that restart per review for duplicates", () => {
    const codes = run(twoRowHeader()).findings.map((f) => f.code);
    expect(codes).not.toContain("another-table");
    expect(codes).not.toContain("duplicate-ref");
  });

  it("reads the headings typed in the lower row under a row of merged group headings", () => {
    const a = run(twoRowHeader(false));
    expect(a.trackers[0]!.headerRow).toBe(4);
    expect(a.trackers[0]!.columns.review).toBe(1);
    expect(a.findings.map((f) => f.code)).not.toContain("another-table");
  });

  it("does not take group headings that are not merged, or that head one column alone, for another table left out", () => {
    // "Progress" over the update alone cannot be merged across; "Action" over No, Theme and Description is typed in its first cell only.
    const upper: CellValue[] = ["Review", "Action", null, null, "Lead", "Dates", null, "Progress", "RAG"];
    const lower: CellValue[] = ["Review", "No", "Theme", "Description", "Lead", "Target", "Last updated", "Update", "RAG"];
    const a = run(sheet([["Case Review Action Plans"], [], upper, lower, ...ACTIONS], []));
    expect(a.trackers.map((t) => [t.headerRow, t.firstRow, t.lastRow])).toEqual([[4, 5, 8]]);
    expect(a.findings.map((f) => f.code)).not.toContain("another-table");
    // A table above with rows of its own is still said to be left out.
    const above = run(sheet([["No", "Action", "RAG"], [1, "Agree the terms of reference.", "B"], [], lower, ...ACTIONS], []));
    expect(above.findings.filter((f) => f.code === "another-table").map((f) => f.row)).toEqual([1]);
  });

  it("reads the rounds under a rating heading merged across them, its other headings merged down, on the lower row: the sub-headings are no action", () => {
    for (const rounds of [
      ["Q1 2021/22", "Q2 2021/22"],
      ["Jun-21", "Sep-21"],
      ["Previous", "Current"],
    ]) {
      const upper: CellValue[] = ["Review", "No", "Theme", "Description", "Lead", "Target", "Last updated", "Update", "RAG rating", null];
      const lower: CellValue[] = [null, null, null, null, null, null, null, null, ...rounds];
      const rows = ACTIONS.map((r) => [...r.slice(0, 8), "A", r[8]!]);
      const mergedDown = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => area(1, c, 2, c));
      const a = run(sheet([upper, lower, ...rows], [...mergedDown, area(1, 9, 1, 10)]));
      expect(a.trackers.map((t) => [t.headerRow, t.firstRow, t.lastRow]), rounds.join(" | ")).toEqual([[2, 3, 6]]);
      expect(a.trackers[0]!.columns.rating).toBe(10);
      expect(a.trackers[0]!.headers.rating).toBe(`RAG rating ${rounds[1]}`);
      expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1, Amber: 2, Invalid: 0 });
      expect(a.findings.map((f) => f.code)).not.toContain("another-table");
    }
  });

  it("reads a Description column as the actions, where no other column names them", () => {
    const a = run(twoRowHeader());
    expect(a.trackers[0]!.headers.actions).toBe("Description");
    expect(a.actions[0]!.actions).toBe("Add a prompt on household members to the MASH referral form.");
  });

  it("keeps an Action column as the actions beside a Description, with no warning", () => {
    const header = ["No", "Action", "Description", "Lead", "RAG"];
    const a = run(sheet([header, [1, "Identify deputies", "Deputies attend the Strategic Group", "LSCP", "B"], [2, "Revise Terms of Reference", "Reflect the deputies", "LSCP", "G"]], []));
    expect(a.trackers[0]!.columns.actions).toBe(2);
    expect(a.findings.map((f) => f.code)).not.toContain("duplicate-column");
  });

  it("does not read a category merged down over the rows below a heading as part of the header", () => {
    const values: CellValue[][] = [
      ["Review", "No", "Theme", "Action", "RAG"],
      ["Frankie", 1, "Training", "Deliver briefings.", "B"],
      ["Frankie", 2, null, "Refresh the toolkit.", "A"],
    ];
    const a = run(sheet(values, [area(2, 3, 3, 3)]));
    expect(a.trackers[0]!.headerRow).toBe(1);
    expect(a.actions.map((x) => x.category)).toEqual(["Training", "Training"]);
  });

  describe("typed the usual way: the columns' own headings in the upper row alone, not merged down", () => {
    // The peer review plan: Rec No | Category | Recommendation | Specific Actions | Progress (over Update | RAG) | Date of last update.
    const peerRows: CellValue[][] = PEER_REVIEW_ROWS.map(([category, no, recommendation, rating]) => [
      no,
      category,
      recommendation,
      "Strategic partners to agree the action and report to the Strategic Group.",
      "Progress reported to the Strategic Group.",
      rating,
      new Date(Date.UTC(2021, 9, 1)),
    ]);
    const peerUpper: CellValue[] = ["Rec No", "Category", "Recommendation", "Specific Actions", "Progress", null, "Date of last update"];
    const peerLower: CellValue[] = [null, null, null, null, "Update", "RAG", null];

    it("reads the two rows as one header, with the group heading merged across or only typed over its first column (Centre Across Selection leaves the next cell blank)", () => {
      for (const merges of [[area(3, 5, 3, 6)], []]) {
        const a = run({ ...sheet([["Peer Review Action Plan"], [], peerUpper, peerLower, ...peerRows], merges), name: "Peer Review" });
        expect(a.trackers.map((t) => [t.headerRow, t.firstRow, t.lastRow])).toEqual([[4, 5, 30]]);
        expect(a.trackers[0]!.columns).toEqual({ ref: 1, category: 2, recommendation: 3, actions: 4, response: 5, rating: 6, updated: 7 });
        expect(a.trackers[0]!.headers).toMatchObject({ ref: "Rec No", response: "Update", rating: "RAG", updated: "Date of last update" });
        expect(a.totals.counts).toMatchObject({ Blue: 23, Green: 3, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 });
        expect(a.findings.map((f) => f.code)).not.toContain("another-table");
      }
    });

    // Frankie's 14 case review actions (11 blue, 3 amber), as the minutes count them.
    const frankie = caseReviewSheet().values.filter((row) => row[0] === "Frankie");

    it("reads a case review matrix whose group heading is typed and not merged: Progress over Update | RAG", () => {
      const upper: CellValue[] = ["Review", "Action No", "Action", "Progress", null, "Target Date"];
      const lower: CellValue[] = [null, null, null, "Update", "RAG", null];
      const rows = frankie.map((r) => [r[0]!, r[1]!, r[4]!, r[5]!, r[9]!, r[7]!]);
      const a = run(sheet([upper, lower, ...rows], []));
      expect(a.trackers.map((t) => [t.headerRow, t.firstRow, t.lastRow])).toEqual([[2, 3, 16]]);
      expect(a.trackers[0]!.columns).toEqual({ review: 1, ref: 2, actions: 3, response: 4, rating: 5, due: 6 });
      expect(a.sentences).toEqual(["Frankie – 14 actions identified (11 blue and 3 amber)"]);
    });

    it("reads the dates under Dates merged over Target | Last updated: the stale action is listed", () => {
      const upper: CellValue[] = ["Review", "Action No", "Action", "Progress Update", "Dates", null, "RAG Status"];
      const lower: CellValue[] = [null, null, null, null, "Target", "Last updated", null];
      const rows = frankie.map((r) => [r[0]!, r[1]!, r[4]!, r[5]!, r[7]!, r[8]!, r[9]!]);
      // Action 12, amber, last updated on 10 May 2021: 175 days before 1 November 2021.
      rows[11]![5] = new Date(Date.UTC(2021, 4, 10));
      const a = run(sheet([upper, lower, ...rows], [area(1, 5, 1, 6)]));
      expect(a.trackers[0]!.columns).toMatchObject({ due: 5, updated: 6, rating: 7 });
      expect(a.trackers[0]!.headers).toMatchObject({ due: "Target", updated: "Last updated" });
      expect(a.stale.map((s) => [s.action.row, s.days])).toEqual([[14, 175]]);
      expect(a.findings.map((f) => f.code)).not.toContain("not-judged");
    });

    // The peer review plan prints its numbers unheaded: a title over the table is no heading of that column.
    const unheaded: CellValue[] = [null, "Recommendation", "Lead", "Time scale", "Last updated", "Progress update", "RAG"];
    const unheadedRows: CellValue[][] = PEER_REVIEW_ROWS.map(([, no, recommendation, rating]) => [
      no,
      recommendation,
      "LSCP Business Manager",
      "Dec 2021",
      new Date(Date.UTC(2021, 9, 1)),
      "Progress reported to the Strategic Group.",
      rating,
    ]);

    it("does not read a title over an unheaded numbers column as its heading, typed or merged across the table", () => {
      for (const title of ["RAG Rated Action Plan", "Frankie – Action Plan RAG Status", "Last updated 12 October 2021", "Peer Review Action Plan"]) {
        for (const merges of [[], [area(1, 1, 1, 7)]]) {
          const a = run({ ...sheet([[title], unheaded, ...unheadedRows], merges), name: "Peer Review" });
          expect(a.trackers.map((t) => [t.headerRow, t.firstRow, t.lastRow]), title).toEqual([[2, 3, 28]]);
          expect(a.trackers[0]!.columns, title).toEqual({ recommendation: 2, lead: 3, due: 4, updated: 5, response: 6, rating: 7 });
          expect(a.totals.counts, title).toMatchObject({ Blue: 23, Green: 3, Invalid: 0 });
          expect(a.findings.map((f) => f.code), title).not.toContain("duplicate-column");
        }
      }
    });

    it("does not read a note beside the table's title, over an empty column, as a heading", () => {
      const header: CellValue[] = ["Ref", ...unheaded.slice(1)];
      const a = run(sheet([["Frankie Case Review Action Plan", null, null, null, null, null, null, "Last updated 12 October 2021"], header, ...unheadedRows], []));
      expect(a.trackers[0]!.columns).toEqual({ ref: 1, recommendation: 2, lead: 3, due: 4, updated: 5, response: 6, rating: 7 });
      expect(a.findings.map((f) => f.code)).not.toContain("duplicate-column");
    });

    it("still says a table headed directly below the header is another table, where its headings are no group's", () => {
      const upper: CellValue[] = ["Review", "Action No", "Action", "Progress Update", "Lead Agency", "Target Date", "RAG Status"];
      const a = run(sheet([upper, ["No", "Action", "RAG"], ...frankie.map((r) => [r[1]!, r[4]!, r[9]!])], []));
      expect(a.trackers[0]!.headerRow).toBe(1);
      expect(a.findings.filter((f) => f.code === "another-table").map((f) => f.row)).toEqual([2]);
    });
  });
});
