/**
 * Last year's plan, closed, kept above this year's on the same sheet under a title that says so
 * ("Previous action plan 2019-20 (closed)"): the live plan below, under its own title and header, is
 * counted, the closed one is not, and the check says so once.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";
import { countingNotes } from "../../src/core/countingNotes";
import { PEER_REVIEW_DETAIL, PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { deliveryPlanSheet } from "../fixtures/deliveryPlan";

const HEADER = ["Category", "Rec\nNo", "Recommendation", "Specific Actions", "Response", "RAG \nRating"];
/** The peer review plan's recommendations `from` to `to`, as its rows read. */
const peerRows = (from: number, to: number): CellValue[][] =>
  PEER_REVIEW_ROWS.filter(([, no]) => no >= from && no <= to).map(([category, no, recommendation, rating]) => {
    const [actions, response] = PEER_REVIEW_DETAIL[no] ?? [`Specific actions for recommendation ${no}.`, `Progress on recommendation ${no}.`];
    return [category, no, recommendation, actions, response, rating];
  });
const CLOSED_TITLE = "Previous action plan 2019-20 (closed)";
/** Last year's plan, recommendations 1 to 13 (12 blue, 1 green), under its title and header: rows 1 to 15. */
const CLOSED: CellValue[][] = [[CLOSED_TITLE], HEADER, ...peerRows(1, 13)];
/** This year's: recommendations 14 to 26 (11 blue, 2 green) under its title and header. */
const LIVE: CellValue[][] = [["Peer Review Action Plan 2021-22"], HEADER, ...peerRows(14, 26)];
const LIVE_COUNTS = { Blue: 11, Green: 2, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 };
const sheet = (values: CellValue[][]): SheetSnapshot => ({ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges: [] });
const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [sheet(values)] }, DEFAULT_SETTINGS, "2021-11-01");
const closedFindings = (a: Analysis) => a.findings.filter((f) => f.code === "closed-plan");

describe("a closed plan kept above the live one", () => {
  it("is not counted: the live plan is read from its own header, and check says where the closed plan is and how many rows it holds", () => {
    const a = run([...CLOSED, [], [], ...LIVE]);
    expect(a.totals.total).toBe(13);
    expect(a.totals.counts).toMatchObject(LIVE_COUNTS);
    expect(a.trackers[0]).toMatchObject({ headerRow: 19, firstRow: 20, lastRow: 32 });
    expect(a.actions.map((x) => x.ref)).toEqual(peerRows(14, 26).map((r) => String(r[1])));
    expect(closedFindings(a)).toEqual([
      {
        sheet: "Peer Review",
        row: 1,
        code: "closed-plan",
        severity: "info",
        value: CLOSED_TITLE,
        message: 'Row 1 ("Previous action plan 2019-20 (closed)") heads a closed plan above the table headed on row 19, so its 13 rated rows, between rows 3 and 15, are not counted; if they belong to the plan reported, move them under the header on row 19.',
      },
    ]);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(countingNotes(a.findings)).toEqual([`On sheet "Peer Review", row 1 ${closedFindings(a)[0]!.message.slice("Row 1 ".length)}`]);
    // Kept as not counted, so a report that counted them tells them from removed actions.
    expect(a.trackers[0]!.rowsNotCounted?.map((r) => `${r.row} ${r.readAs}`)).toEqual(Array.from({ length: 13 }, (_, i) => `${3 + i} closedPlan`));
  });

  it("under the sheet's own title, one blank row above the live plan, is not counted either", () => {
    const a = run([["Thurrock LSCP"], [], ...CLOSED, [], ...LIVE]);
    expect(a.totals.counts).toMatchObject(LIVE_COUNTS);
    expect(a.trackers[0]!.headerRow).toBe(20);
    expect(closedFindings(a).map((f) => f.row)).toEqual([3]);
  });

  it("with a header naming more columns than the live plan's, first or not, still leaves the live plan the one read", () => {
    // Last year's the delivery plan 2019-20 (99 rated rows), this year's the peer review's.
    const delivery = deliveryPlanSheet().values.slice(1);
    const above = run([[CLOSED_TITLE], ...delivery, [], ["Peer Review Action Plan 2021-22"], HEADER, ...peerRows(14, 26)]);
    expect(above.totals.counts).toMatchObject(LIVE_COUNTS);
    expect(above.findings.filter((f) => f.code === "another-table")).toEqual([]);
    expect(closedFindings(above)[0]!.message).toMatch(/^Row 1 \("Previous action plan 2019-20 \(closed\)"\) heads a closed plan above the table headed on row 111, so its 99 rated rows, between rows 4 and 108, are not counted;/);
    // Last year's the peer review's, this year's the delivery plan, whose header is found the better.
    const below = run([...CLOSED, [], ["Delivery Plan 2021-22"], ...delivery]);
    expect(below.totals.total).toBe(101);
    expect(below.trackers[0]!.headerRow).toBe(18);
    expect(below.findings.filter((f) => f.code === "another-table")).toEqual([]);
    expect(closedFindings(below).map((f) => f.row)).toEqual([1]);
  });

  it("alone on its sheet, or going on under a section's heading with its header repeated, is the plan read, counted as before", () => {
    for (const values of [CLOSED, [...CLOSED.slice(0, 8), [], ["Strategic Aim 2 – Early help"], HEADER, ...CLOSED.slice(8)], [...CLOSED.slice(0, 8), [], HEADER, ...CLOSED.slice(8)]]) {
      const a = run(values);
      expect(a.totals.total).toBe(13);
      expect(a.trackers[0]!.headerRow).toBe(2);
      expect(closedFindings(a)).toEqual([]);
    }
  });

  it("a plan whose title names it but does not close it is the one read, with the plan below it, as before", () => {
    const a = run([["Peer Review Action Plan 2020-21"], HEADER, ...peerRows(1, 13), [], [], ...LIVE]);
    expect(a.totals.total).toBe(26);
    expect(a.trackers[0]!.headerRow).toBe(2);
    expect(closedFindings(a)).toEqual([]);
  });
});
