/**
 * Cells merged from an earlier column into the rating column (the Response through the rating, E6:F7):
 * each row covered reads the text typed at the merge's left as its rating, and the rating column holds
 * nothing typed. The merge is said as a merge, whatever the rows' own findings say of the text. Rows are
 * the peer review plan's, its third recommendation split into the actions a team would list under it.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellRange, CellValue } from "../../src/core/cells";

const run = (values: CellValue[][], merges: CellRange[]) => analyseWorkbook({ sheets: [{ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges }] }, DEFAULT_SETTINGS, "2021-11-01");
const said = (a: ReturnType<typeof run>) => a.findings.filter((f) => f.code === "merged-into-rating");

const PLAN: CellValue[][] = [
  ["Peer Review Action Plan"],
  ["No", "Category", "Recommendation", "Specific Actions", "Response", "RAG Rating"],
  [1, "Governance & Business Support Structures", "Consider deputies on Strategic Group to bring strategic /operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Deputies are now core members of Strategic Group.", "B"],
  [2, "Governance & Business Support Structures", "Multi-agency Safeguarding Hub (MASH) steering group subgroup - governance through LSCP", "The MASH Steering Group to become one of the LSCP Sub-Groups", "The MASH Strategic Group is now a Sub-group of the LSCP.", "B"],
  [3, "Shared Priorities/Engagement", "Shared and agreed priorities across Partnerships in Thurrock", "Produce a Priorities Outcome Booklet which shows the priorities for the LSCP, SAB, CSP and H&WBB.", "Meetings between all Board/Partnerships managers have taken place.", "G"],
  [null, null, null, "Share the booklet with the different partnerships.", "Delayed pending the HWBB priority refresh.", null],
  [null, null, null, "Re-publish the booklet with priority updates.", null, null],
];
/** Recommendation 3's second and third actions: their Response merged down and across their rating cells. */
const RESPONSE_THROUGH_RATING: CellRange = { top: 6, bottom: 7, left: 5, right: 6 };
const withResponse = (text: string) => PLAN.map((row, i) => (i === 5 ? [...row.slice(0, 4), text, null] : row));

describe("cells merged from an earlier column into the rating column", () => {
  it("are said as a merge, naming its cells and the rows it rates, beside the invalid rating the rows read", () => {
    const a = run(PLAN, [RESPONSE_THROUGH_RATING]);
    expect(said(a)).toEqual([
      {
        sheet: "Peer Review",
        row: 6,
        column: "F",
        code: "merged-into-rating",
        severity: "warning",
        message:
          `Cells E6:F7 are merged from column E into the rating column F, so action rows 6 and 7 each read their rating from E6, "Delayed pending the HWBB priority refre…"; unmerge E6:F7 and type each row's rating in column F.`,
      },
    ]);
    expect(a.findings.filter((f) => f.code === "rating-invalid").map((f) => f.row)).toEqual([6, 7]);
  });

  it("are said where the text starts with a rating and each row is counted with it, where only the words after the rating were said", () => {
    const a = run(withResponse("Red - delayed"), [RESPONSE_THROUGH_RATING]);
    expect(a.totals.counts).toMatchObject({ Red: 2 });
    expect(said(a).map((f) => f.message)).toEqual([
      `Cells E6:F7 are merged from column E into the rating column F, so action rows 6 and 7 each read their rating from E6, "Red - delayed"; unmerge E6:F7 and type each row's rating in column F.`,
    ]);
    // Not a merged rating: the rating column holds nothing typed.
    expect(a.findings.filter((f) => f.code === "merged-rating")).toEqual([]);
  });

  it("are said beside the warning on a rating typed as the progress update, which says to type the rating in column F", () => {
    const a = run(withResponse("Green"), [RESPONSE_THROUGH_RATING]);
    expect(a.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["rating-as-progress", "merged-into-rating"]));
    expect(said(a)[0]!.message).toContain('each read their rating from E6, "Green"; unmerge E6:F7');
  });

  it("are said over one action row, and several merges in one sentence", () => {
    expect(said(run(PLAN, [{ top: 6, bottom: 6, left: 5, right: 6 }]))[0]!.message).toBe(
      `Cells E6:F6 are merged from column E into the rating column F, so action row 6 reads its rating from E6, "Delayed pending the HWBB priority refre…"; unmerge E6:F6 and type the row's rating in column F.`,
    );
    const several = [
      { top: 3, bottom: 4, left: 4, right: 6 },
      { top: 6, bottom: 8, left: 5, right: 6 },
    ];
    expect(said(run(PLAN, several)).map((f) => f.message)).toEqual([
      "2 merged areas run from an earlier column into the rating column F (D3:F4 and E6:F8), so the action rows 3, 4, 6 and 7 they cover each read their rating from the first cell of their area; unmerge them and type each row's rating in column F.",
    ]);
  });

  it("say nothing of merges in the rating column alone or across after it, of merges that stop before it, or of a title merged across the sheet", () => {
    const merges = [
      { top: 5, bottom: 7, left: 6, right: 6 },
      { top: 3, bottom: 4, left: 1, right: 5 },
      { top: 1, bottom: 1, left: 1, right: 6 },
    ];
    expect(said(run(PLAN, merges))).toEqual([]);
  });
});
