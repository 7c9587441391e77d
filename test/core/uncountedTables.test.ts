import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { SheetSnapshot } from "../../src/core/cells";
import { outcomeMessage } from "../../src/core/outcome";
import { settingsSchema } from "../../src/core/settings";
import { SUMMARY_SHEET, buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import type { SheetPlan } from "../../src/core/writePlan";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";

const SENTENCE = 'Not counted: the table headed on row 3 of sheet "Actions", as one table is read on each sheet; move it to a sheet of its own to have its actions counted.';

/** The peer review plan (title, header on row 3, 26 recommendations) with the case reviews' table below it on the same sheet, as a team might paste one under the other. */
function stacked(): SheetSnapshot {
  const peer = peerReviewSheet();
  // The peer review plan without its index, which would end its table as a block below it does.
  const table = peer.values.slice(0, peer.values.findIndex((row) => row[0] === "The following index indicates how the rating is decided:") - 1);
  return { name: "Actions", firstRow: 1, firstColumn: 1, values: [...table, [], [], ...caseReviewSheet().values], merges: [] };
}

const notes = (plan: SheetPlan) => plan.rows.flatMap((r) => (r[0]?.kind === "text" && r[0].style === "note" ? [r[0].value] : []));

describe("a second table on a sheet, which is not counted", () => {
  const analysis = analyseWorkbook({ sheets: [stacked()] }, settingsSchema.parse({}), "2021-11-01");

  it("is said by the outcome line, the RAG Summary and the Committee Pack, so their counts are not taken for the whole plan", () => {
    expect(analysis.findings.filter((f) => f.code === "another-table").map((f) => f.row)).toEqual([3]);
    expect(outcomeMessage(analysis)).toMatch(new RegExp(`\\. ${SENTENCE.replace(/[.()]/g, "\\$&")}$`));
    expect(notes(buildSummaryPlan(analysis).sheets.find((s) => s.name === SUMMARY_SHEET)!)).toContain(SENTENCE);
    expect(notes(buildPackPlan(analysis, undefined))).toContain(SENTENCE);
  });

  it("is not said where every table is counted", () => {
    const one = analyseWorkbook({ sheets: [peerReviewSheet(), caseReviewSheet()] }, settingsSchema.parse({}), "2021-11-01");
    expect(outcomeMessage(one)).not.toContain("Not counted");
    expect(notes(buildSummaryPlan(one).sheets[0]!).some((n) => n.startsWith("Not counted"))).toBe(false);
  });
});
