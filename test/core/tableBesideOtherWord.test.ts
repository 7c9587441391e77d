import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue } from "../../src/core/cells";
import { PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { caseReviewSheet, CASE_REVIEW_HEADER } from "../fixtures/caseReviews";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

/** The peer review plan as the minutes count it (26: 23 blue, 3 green), its actions named "Recommendation". */
const PEER: CellValue[][] = [["Rec No", "Category", "Recommendation", "Response", "RAG Rating"], ...PEER_REVIEW_ROWS.map(([category, no, recommendation, rating]) => [no, category, recommendation, `Progress on recommendation ${no}.`, rating])];

/** Frankie's case review actions (14: 11 blue, 3 amber), named "Action". */
const col = (name: string) => CASE_REVIEW_HEADER.indexOf(name);
const FRANKIE: CellValue[][] = [
  ["Review", "Action No", "Theme", "Action", "RAG Status"],
  ...caseReviewSheet()
    .values.slice(2)
    .filter((row) => row[0] === "Frankie")
    .map((row) => ["Review", "Action No", "Theme", "Action", "RAG Status"].map((h) => row[col(h)] ?? null)),
];

/** Two tables side by side on one sheet, an empty column between them. */
function sideBySide(left: CellValue[][], right: CellValue[][]) {
  const width = left[0]!.length;
  const rows: CellValue[][] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? [];
    rows.push([...l, ...Array<CellValue>(width - l.length).fill(null), null, ...(right[i] ?? [])]);
  }
  return analyseWorkbook({ sheets: [{ name: "Plans", firstRow: 1, firstColumn: 1, values: rows, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");
}

describe("a table beside another that names its actions in another word", () => {
  it("the peer review plan (Recommendation) beside Frankie's (Action): only the peer review is read, and Frankie's table is reported as not counted", () => {
    const a = sideBySide(PEER, FRANKIE);
    expect(a.totals.total).toBe(26);
    expect(a.totals.counts).toMatchObject({ Blue: 23, Green: 3, Amber: 0, Red: 0 });
    expect(a.trackers[0]!.columns.review).toBeUndefined();
    expect(a.byReview.map((r) => r.name)).toEqual(["Plans"]);
    expect(a.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    expect(a.findings.filter((f) => f.code === "another-table").map((f) => [f.row, f.column, f.severity])).toEqual([[1, "G", "warning"]]);
  });

  it("Frankie's (Action) beside the peer review plan (Recommendation): Frankie's 14 are read, none of the peer review's rows or ratings with them", () => {
    const a = sideBySide(FRANKIE, PEER);
    expect(a.byReview.map((r) => [r.name, r.total])).toEqual([["Frankie", 14]]);
    expect(a.totals.counts).toMatchObject({ Blue: 11, Amber: 3, Green: 0, Unrated: 0 });
    expect(a.findings.filter((f) => f.code === "rating-unrated")).toEqual([]);
    expect(a.findings.filter((f) => f.code === "another-table").map((f) => [f.row, f.column])).toEqual([[1, "G"]]);
  });

  it("one plan with an empty spacer column between its recommendations and the actions taken on them, rated right of it, is read as one table", () => {
    const header = ["No", "Recommendation", "Lead agency", null, "Actions", "Lead officer", "Target date", "Progress update", "RAG"];
    const rows: CellValue[][] = [
      header,
      ...PEER_REVIEW_ROWS.slice(0, 7).map(([, no, recommendation, rating]) => [no, recommendation, "LSCP", null, `Action on recommendation ${no}.`, "Business Manager", "March 2022", `Progress on recommendation ${no}.`, rating]),
    ];
    const a = analyseWorkbook({ sheets: [{ name: "Frankie", firstRow: 1, firstColumn: 1, values: rows, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");
    expect(a.trackers[0]!.columns.rating).toBe(9);
    expect(a.byReview.map((r) => [r.name, r.total])).toEqual([["Frankie", 7]]);
    expect(a.totals.counts).toMatchObject({ Blue: 6, Green: 1, Unrated: 0 });
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
  });
});
