import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";
import { CASE_REVIEWS, CASE_REVIEWS_HEADER, CASE_REVIEWS_TITLE } from "../../scripts/sample/caseReviews";
import { PEER_REVIEW_ROWS, peerReviewSheet } from "../fixtures/peerReview";

const sheet = (name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values, merges: [], ...extra });
const run = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2021-11-01");
const byCategory = (a: Analysis) => Object.fromEntries(a.byCategory.map((g) => [g.name, g.counts]));
const byReview = (a: Analysis) => Object.fromEntries(a.byReview.map((g) => [g.name, g.counts]));

/**
 * The sample's case reviews (the committee minutes' counts, under their four themes), with the
 * review and the theme typed in full on every row, or only on the first row of each block.
 */
function caseReviews(typedOnce: boolean, blank: (review: string, i: number) => boolean = () => false): SheetSnapshot {
  const values: CellValue[][] = [[CASE_REVIEWS_TITLE], CASE_REVIEWS_HEADER];
  for (const [review, actions] of CASE_REVIEWS) {
    actions.forEach(([theme, recommendation, action, progress, lead, target, , rag], i) => {
      const startsBlock = i === 0 || actions[i - 1]![0] !== theme;
      const shownTheme = blank(review, i) || (typedOnce && !startsBlock) ? null : theme;
      values.push([typedOnce && i > 0 ? null : review, i + 1, shownTheme, recommendation, action, progress, lead, typeof target === "string" ? target : target.date, null, rag]);
    });
  }
  return sheet("Case Reviews", values);
}

describe("a category typed once, on the first row of its block", () => {
  it("names the blank rows below it, so the case reviews count by theme as when every row is typed", () => {
    const full = run([caseReviews(false)]);
    const once = run([caseReviews(true)]);
    expect(byCategory(once)).toEqual(byCategory(full));
    expect(once.byCategory.map((g) => g.name)).toEqual(["Information sharing", "Professional curiosity", "Thresholds and escalations", "Working with resistance"]);
    expect(byReview(once)).toEqual(byReview(full));
    expect(once.sentences).toEqual(["Frankie – 14 actions identified (11 blue and 3 amber)", "Sam and Kyle – 18 actions identified (16 blue and 2 amber)", "Leo – 14 actions identified (1 blue, 4 green, and 9 amber)"]);
  });

  it("carries a category only within its review: a review whose first row has none does not take the previous review's", () => {
    const a = run([caseReviews(true, (review, i) => review === "Leo" && i === 0)]);
    const leo = a.actions.filter((x) => x.review === "Leo");
    // Leo's first block (four rows of information sharing) has no theme typed; the last theme above it is Sam and Kyle's.
    expect(leo.slice(0, 5).map((x) => x.category)).toEqual(["", "", "", "", "Professional curiosity"]);
    expect(a.byCategory.find((g) => g.name === "(no category)")?.total).toBe(4);
  });

  it("leaves categories a plan leaves blank on some rows blank, when the column is typed on most rows", () => {
    const blanked = new Set([5, 12, 19]);
    const values = peerReviewSheet().values.map((row) => (typeof row[1] === "number" && blanked.has(row[1]) ? [null, ...row.slice(1)] : row));
    const a = run([sheet("Peer Review", values)]);
    expect(a.actions.filter((x) => x.category === "").map((x) => x.ref)).toEqual(["5", "12", "19"]);
    expect(a.byCategory.find((g) => g.name === "(no category)")?.total).toBe(3);
  });

  it("leaves a column typed down to some row and blank below it as written", () => {
    const values = peerReviewSheet().values.map((row) => (typeof row[1] === "number" && row[1] > 10 ? [null, ...row.slice(1)] : row));
    const a = run([sheet("Peer Review", values)]);
    expect(a.actions.filter((x) => x.category === "")).toHaveLength(PEER_REVIEW_ROWS.length - 10);
  });

  it("stops at a section row, which names the rows below it until a category is typed", () => {
    const s = sheet("Delivery Plan", [
      ["Theme", "No", "Action", "RAG"],
      ["Strategic Aim 1 – Safeguarding is everyone's business"],
      ["Workforce", 1.1, "Conduct a training needs analysis", "B"],
      [null, 1.2, "Publish a newsletter", "G"],
      ["Voice of the child", 1.3, "Consult the Youth Cabinet", "A"],
      [null, 1.4, "Survey schools", "G"],
      ["Strategic Aim 2 – Early help"],
      [null, 2.1, "Refresh the early help guidance", "A"],
      ["Thresholds", 2.2, "Relaunch the threshold document", "B"],
      [null, 2.3, "Audit threshold decisions", "R"],
    ]);
    expect(run([s]).actions.map((x) => [x.ref, x.category])).toEqual([
      ["1.1", "Workforce"],
      ["1.2", "Workforce"],
      ["1.3", "Voice of the child"],
      ["1.4", "Voice of the child"],
      ["2.1", "Strategic Aim 2 – Early help"],
      ["2.2", "Thresholds"],
      ["2.3", "Thresholds"],
    ]);
  });

  it("reads merged categories as they are beside categories typed once", () => {
    const s = sheet(
      "Plan",
      [
        ["Category", "Action", "RAG"],
        ["Finance", "Set the budget", "B"],
        [null, "Agree contributions", "G"],
        ["Governance", "Review the business unit", "A"],
        [null, "Appoint a chair", "B"],
        [null, "Recruit a lay member", "B"],
        ["Learning", "Revise the framework", "G"],
        [null, "Run the audit", "A"],
      ],
      { merges: [{ top: 2, bottom: 3, left: 1, right: 1 }] },
    );
    expect(run([s]).actions.map((x) => x.category)).toEqual(["Finance", "Finance", "Governance", "Governance", "Governance", "Learning", "Learning"]);
  });
});
