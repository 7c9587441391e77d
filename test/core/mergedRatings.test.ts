/**
 * A rating merged down over a recommendation's several action rows. Each row is an action, counted
 * with the merged rating; one finding per tracker names the merged areas, so the team can reconcile
 * the count with the plan's numbering. Rows are the peer review plan's, its first recommendations
 * split into the actions a team would list under them.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellRange, CellValue, SheetSnapshot } from "../../src/core/cells";
import { outcomeMessage } from "../../src/core/outcome";
import { SUMMARY_SHEET, buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import type { SheetPlan } from "../../src/core/writePlan";

const sheet = (values: CellValue[][], merges: CellRange[]): SheetSnapshot => ({ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges });
const run = (values: CellValue[][], merges: CellRange[]) => analyseWorkbook({ sheets: [sheet(values, merges)] }, DEFAULT_SETTINGS, "2021-11-01");
const said = (a: ReturnType<typeof run>) => a.findings.filter((f) => f.code === "merged-rating");

const PLAN: CellValue[][] = [
  ["Peer Review Action Plan"],
  ["No", "Category", "Recommendation", "Specific Actions", "Response", "RAG Rating"],
  [1, "Governance & Business Support Structures", "Consider deputies on Strategic Group to bring strategic /operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Deputies are now core members of Strategic Group.", "B"],
  [null, null, null, "Revise the Terms of Reference for the group to reflect this.", "The Terms of Reference have been revised.", null],
  [2, "Governance & Business Support Structures", "Multi-agency Safeguarding Hub (MASH) steering group subgroup - governance through LSCP", "The MASH Steering Group to become one of the LSCP Sub-Groups", "The MASH Strategic Group is now a Sub-group of the LSCP.", "B"],
  [3, "Shared Priorities/Engagement", "Shared and agreed priorities across Partnerships in Thurrock", "Produce a Priorities Outcome Booklet which shows the priorities for the LSCP, SAB, CSP and H&WBB.", "Meetings between all Board/Partnerships managers have taken place.", "G"],
  [null, null, null, "Share the booklet with the different partnerships.", "Delayed pending the HWBB priority refresh.", null],
  [null, null, null, "Re-publish the booklet with priority updates.", "Agreed as a dynamic document.", null],
];
// No, Category, Recommendation and the rating merged down over each recommendation's action rows.
const down = (top: number, bottom: number): CellRange[] => [1, 2, 3, 6].map((c) => ({ top, bottom, left: c, right: c }));

describe("a rating merged down over several action rows", () => {
  it("counts each action row with the merged rating, as before, and names the merged areas in one finding", () => {
    const a = run(PLAN, [...down(3, 4), ...down(6, 8)]);
    expect(a.totals.total).toBe(6);
    expect(a.totals.counts).toMatchObject({ Blue: 3, Green: 3, Unrated: 0 });
    expect(said(a)).toEqual([
      {
        sheet: "Peer Review",
        row: 3,
        column: "F",
        code: "merged-rating",
        severity: "info",
        message:
          "2 ratings are merged down over action rows 3 to 4 (F3:F4) and 6 to 8 (F6:F8): each action row in them is counted with the merged rating, 5 actions from 2 ratings, so where the plan numbers one item per merged rating the count here is 3 higher.",
      },
    ]);
  });

  it("says one merged rating as one", () => {
    expect(said(run(PLAN, down(6, 8)))[0]!.message).toBe(
      "A rating is merged down over action rows 6 to 8 (F6:F8): each action row in it is counted with the merged rating, 3 actions from 1 rating, so where the plan numbers one item per merged rating the count here is 2 higher.",
    );
  });

  it("says nothing of merges outside the rating column, of an empty merged rating, or of one over a single action", () => {
    const others = [1, 2, 3].flatMap((c) => [{ top: 3, bottom: 4, left: c, right: c }]);
    expect(said(run(PLAN, others))).toEqual([]);
    const blank = PLAN.map((row, i) => (i === 5 ? [...row.slice(0, 5), null] : row));
    expect(said(run(blank, down(6, 8)))).toEqual([]);
    // The title merged across the sheet's width, and a rating merged over its action row and a blank row below it.
    const withBlank = [...PLAN.slice(0, 5), [], ...PLAN.slice(5)];
    expect(said(run(withBlank, [{ top: 1, bottom: 1, left: 1, right: 6 }, { top: 5, bottom: 6, left: 6, right: 6 }]))).toEqual([]);
  });

  it("names only the action rows a merge covers, not a blank row or a note below the table it runs on into, and counts only those", () => {
    // Recommendation 3's rating merged down past its last action (row 8) over the blank row under the table, and over a note below that.
    const below = [...PLAN, [], ["Note:", "Actions 3b and 3c to be reviewed at the next Strategic Group."]];
    const message = "A rating is merged down over action rows 6 to 8 (F6:F8): each action row in it is counted with the merged rating, 3 actions from 1 rating, so where the plan numbers one item per merged rating the count here is 2 higher.";
    for (const bottom of [9, 10]) {
      const a = run(below, [...down(6, 8).filter((m) => m.left !== 6), { top: 6, bottom, left: 6, right: 6 }]);
      expect(a.totals.total).toBe(6);
      expect(said(a)).toEqual([expect.objectContaining({ row: 6, column: "F", message })]);
      expect(outcomeMessage(a)).toContain(`On sheet "Peer Review", a rating is merged down over action rows 6 to 8 (F6:F8)`);
    }
  });

  it("says nothing of a rating merged over one action row and the rows below the table, however many", () => {
    // Recommendation 3 rated on its last action's row alone, the rating merged down over the blank row and the note below it.
    const below = [...PLAN.slice(0, 7), [null, null, null, "Re-publish the booklet with priority updates.", "Agreed as a dynamic document.", "G"], [], ["Note:", "Actions 3b and 3c to be reviewed at the next Strategic Group."]];
    expect(said(run(below, [{ top: 8, bottom: 10, left: 6, right: 6 }]))).toEqual([]);
  });

  it("says nothing of a merge over the update text through the rating (a note across the row), only of one lying wholly in the rating column", () => {
    // "Delayed pending …" merged over the Response and rating cells of recommendation 3's second and third actions (E7:F8).
    const across = [{ top: 7, bottom: 8, left: 5, right: 6 }];
    expect(said(run(PLAN, across))).toEqual([]);
    expect(said(run(PLAN, [...across, ...down(3, 4)])).map((f) => f.message)).toEqual([expect.stringMatching(/^A rating is merged down over action rows 3 to 4 \(F3:F4\)/)]);
    // The same merge with a rating typed in the Response cell it starts in: the update's merge, which its own warning names, not a merged rating.
    const typedInResponse = PLAN.map((row, i) => (i === 6 ? [...row.slice(0, 4), "Green", ...row.slice(5)] : row));
    expect(said(run(typedInResponse, across))).toEqual([]);
  });

  it("is said of a rating merged across into the next column too (the rating and its comment, F6:G8), naming the action rows it covers", () => {
    const withComments = PLAN.map((row, i) => (i < 1 ? row : [...row, i === 1 ? "Comments" : null]));
    const a = run(withComments, [...down(6, 8).filter((m) => m.left !== 6), { top: 6, bottom: 8, left: 6, right: 7 }]);
    // Recommendation 3's three actions, read Green on each row.
    expect(a.totals.counts).toMatchObject({ Green: 3 });
    expect(said(a).map((f) => f.message)).toEqual([
      "A rating is merged down over action rows 6 to 8 (F6:G8): each action row in it is counted with the merged rating, 3 actions from 1 rating, so where the plan numbers one item per merged rating the count here is 2 higher.",
    ]);
  });

  it("says a blank rating cell merged down over several action rows, with no colour, is one cell whose rating rates them all", () => {
    const blank = PLAN.map((row, i) => (i === 5 ? [...row.slice(0, 5), null] : row));
    const a = run(blank, down(6, 8));
    // Recommendation 3's three actions missing a rating, and recommendation 1's second (row 4, not merged here).
    expect(a.totals.counts).toMatchObject({ Green: 0, Unrated: 4 });
    expect(a.findings.filter((f) => f.code === "merged-rating-blank")).toEqual([
      {
        sheet: "Peer Review",
        row: 6,
        column: "F",
        code: "merged-rating-blank",
        severity: "info",
        message: "The rating cell F6 is merged down over action rows 6 to 8 (F6:F8) and is blank, so each of its 3 actions is counted as missing a rating; a rating typed in F6 rates all 3, and each is counted with it.",
      },
    ]);
    // Not a counting note: the missing ratings are counted as such.
    expect(outcomeMessage(a)).not.toContain("merged");
  });

  it("is carried where the counts are explained: the outcome line, the RAG Summary and the Committee Pack", () => {
    const a = run(PLAN, down(6, 8));
    const note = 'On sheet "Peer Review", a rating is merged down over action rows 6 to 8 (F6:F8): each action row in it is counted with the merged rating, 3 actions from 1 rating, so where the plan numbers one item per merged rating the count here is 2 higher.';
    const notes = (plan: SheetPlan) => plan.rows.flatMap((r) => (r[0]?.kind === "text" && r[0].style === "note" ? [r[0].value] : []));
    expect(notes(buildSummaryPlan(a).sheets.find((s) => s.name === SUMMARY_SHEET)!)).toContain(note);
    expect(notes(buildPackPlan(a, undefined))).toContain(note);
    expect(outcomeMessage(a)).toContain(note);
    expect(notes(buildSummaryPlan(run(PLAN, [])).sheets.find((s) => s.name === SUMMARY_SHEET)!).some((n) => n.includes("merged"))).toBe(false);
  });
});
