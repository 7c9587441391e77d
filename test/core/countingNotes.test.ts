import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { SheetSnapshot } from "../../src/core/cells";
import { outcomeMessage } from "../../src/core/outcome";
import { settingsSchema } from "../../src/core/settings";
import { SUMMARY_SHEET, buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import type { SheetPlan } from "../../src/core/writePlan";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { isCopyName } from "../../src/core/repeatedTrackers";
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

describe("a tracker sheet that repeats another's actions", () => {
  const renamed = (sheet: SheetSnapshot, name: string): SheetSnapshot => ({ ...sheet, name, values: sheet.values.map((row) => [...row]) });
  const analyse = (...sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, settingsSchema.parse({}), "2021-11-01");
  const alone = analyse(caseReviewSheet());

  it("is left out when it is a copy, the same actions with the same ratings, whichever side of the original it sits", () => {
    for (const sheets of [
      [caseReviewSheet(), renamed(caseReviewSheet(), "Case Reviews (2)")],
      [renamed(caseReviewSheet(), "Copy of Case Reviews"), caseReviewSheet()],
    ]) {
      const analysis = analyse(...sheets);
      expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Case Reviews"]);
      expect(analysis.totals).toEqual(alone.totals);
      expect(analysis.byReview).toEqual(alone.byReview);
      const copy = sheets.find((s) => s.name !== "Case Reviews")!.name;
      const said = `Not counted: sheet "${copy}", a copy of sheet "Case Reviews" (the same 46 actions, with the same ratings, dates and leads).`;
      expect(analysis.findings.filter((f) => f.sheet === copy)).toEqual([{ sheet: copy, code: "repeated-tracker", severity: "info", message: said }]);
      expect(outcomeMessage(analysis).endsWith(said)).toBe(true);
      expect(notes(buildSummaryPlan(analysis).sheets[0]!)).toContain(said);
    }
  });

  it("is counted, with a warning said wherever the counts are, when its ratings differ: it may be the live plan", () => {
    const edited = renamed(caseReviewSheet(), "Case Reviews (2)");
    edited.values[2]![9] = "Red";
    const analysis = analyse(caseReviewSheet(), edited);
    expect(analysis.actions).toHaveLength(92);
    const said = 'Counted twice: 46 actions on sheet "Case Reviews (2)" repeat those on sheet "Case Reviews" (the same review, number and wording); if one sheet is an old copy, delete it or choose the tracker sheets in the settings.';
    expect(analysis.findings).toContainEqual({ sheet: "Case Reviews (2)", code: "repeated-tracker", severity: "warning", message: said });
    expect(notes(buildPackPlan(analysis, undefined))).toContain(said);
  });

  it("is told by its actions, so a copy of a plan with no review column is found, and sheets sharing a few actions are not copies", () => {
    const delivery = (name: string, actions: string[]): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values: [["Ref", "Action", "Time scale", "RAG"], ...actions.map((a, i) => [`1.${i + 1}`, a, "March 2022", "Green"])], merges: [] });
    const plan = ["Publish the annual report", "Audit multi-agency referrals", "Refresh the threshold document", "Run the neglect strategy launch"];
    expect(analyse(delivery("Delivery Plan", plan), delivery("Delivery Plan - Copy", plan)).trackers.map((t) => t.sheet)).toEqual(["Delivery Plan"]);
    const shared = [...plan.slice(0, 2), "Train designated leads", "Review the escalation policy", "Consult young people", "Publish a newsletter"];
    expect(analyse(delivery("Plan 2021", plan), delivery("Plan 2022", shared)).findings.some((f) => f.code === "repeated-tracker")).toBe(false);
  });

  it("is named as a copy only in the ways a copy is named", () => {
    for (const name of ["Case Reviews (2)", "Copy of Case Reviews", "Case Reviews - Copy", "case reviews copy (3)", "Case Reviews OLD", "Case Reviews backup"]) expect(isCopyName(name, "Case Reviews")).toBe(true);
    for (const name of ["Case Reviews", "Case Reviews 2022", "Old Case Reviews list", "Reviews"]) expect(isCopyName(name, "Case Reviews")).toBe(false);
  });
});

describe("which sheets repeat which", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  /** A case review tracker of `n` actions of Frankie's, each updated on `updated`. */
  const plan = (name: string, n: number, { updated = "2021-10-01", withReview = true, first = "Green" } = {}): SheetSnapshot => ({
    name,
    firstRow: 1,
    firstColumn: 1,
    values: [
      [...(withReview ? ["Review"] : []), "Action No", "Action", "Last updated", "RAG"],
      ...Array.from({ length: n }, (_, i) => [...(withReview ? ["Frankie"] : []), i + 1, `Share the learning from the review with partner ${i + 1}.`, day(updated), i === 0 ? first : "Green"]),
    ],
    merges: [],
  });
  const said = (...sheets: SheetSnapshot[]) => {
    const analysis = analyseWorkbook({ sheets }, settingsSchema.parse({ staleDays: 90 }), "2021-11-01");
    return { counted: analysis.trackers.map((t) => t.sheet), repeats: analysis.findings.filter((f) => f.code === "repeated-tracker").map((f) => f.message.split(" (the same")[0]) };
  };

  it("counts both sheets where only their dates differ, as the stale count reads them", () => {
    expect(said(plan("Case Reviews", 10, { updated: "2021-01-01" }), plan("Case Reviews (2)", 10))).toEqual({ counted: ["Case Reviews", "Case Reviews (2)"], repeats: ['Counted twice: 10 actions on sheet "Case Reviews (2)" repeat those on sheet "Case Reviews"'] });
  });

  it("says an old sheet held whole in a larger one, and finds each copy in a chain of them", () => {
    expect(said(plan("Plan A", 10), plan("Plan B", 40)).repeats).toEqual(['Counted twice: 10 actions on sheet "Plan A" repeat those on sheet "Plan B"']);
    expect(said(plan("Plan", 10), plan("Plan (2)", 10, { first: "Blue" }), plan("Plan (3)", 10, { first: "Blue" }))).toEqual({
      counted: ["Plan", "Plan (2)"],
      repeats: ['Counted twice: 10 actions on sheet "Plan (2)" repeat those on sheet "Plan"', 'Not counted: sheet "Plan (3)", a copy of sheet "Plan (2)"'],
    });
  });

  it("keeps the original whose 31-character name Excel cut for its copy, and takes sheets of one template with no review column for reviews of their own", () => {
    expect(said(plan("Local Child Safeguarding Pra (2)", 10), plan("Local Child Safeguarding Practic", 10)).counted).toEqual(["Local Child Safeguarding Practic"]);
    expect(said(plan("Frankie", 4, { withReview: false }), plan("Leo", 4, { withReview: false }))).toEqual({ counted: ["Frankie", "Leo"], repeats: [] });
    // A plan with no action numbers is told by its wording.
    const unnumbered = (name: string): SheetSnapshot => ({ ...plan(name, 5), values: plan(name, 5).values.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 1 ? null : v)))) });
    expect(said(unnumbered("Actions"), unnumbered("Actions - Copy")).counted).toEqual(["Actions"]);
  });
});
