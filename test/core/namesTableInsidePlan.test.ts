/**
 * A small table of names a team keeps below a wider plan, typed inside the plan's own columns with no date to tell it
 * ("Partner | Representative" over "Police | DI Jane Smith"): left out and said, as a table of meetings is; while rows
 * that may be actions added below the plan, not rated yet, are still counted and warned unrated.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";

const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [{ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");
const notInfo = (a: Analysis) => a.findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.row, f.message]);
const tablesSaid = (a: Analysis) => a.findings.filter((f) => f.code === "table-below-plan").map((f) => [f.severity, f.row, f.message]);
const unratedRows = (a: Analysis) => a.findings.filter((f) => f.code === "rating-unrated").map((f) => f.row);

/** Who represents each partner at the Strategic Group. */
const PARTNERS: CellValue[][] = [
  ["Partner", "Representative"],
  ["Police", "DI Jane Smith"],
  ["Health", "Designated Nurse"],
  ["Education", "Head of Inclusion"],
];
const alone = run(PEER_REVIEW_SEVEN);

describe("a table of names typed inside a wider plan's columns, below a blank row", () => {
  it("is left out, not counted as actions with missing ratings, and said as a table of meetings is", () => {
    const a = run([...PEER_REVIEW_SEVEN, [], ...PARTNERS]);
    expect(a.totals).toEqual(alone.totals);
    expect(notInfo(a)).toEqual(notInfo(alone));
    expect(tablesSaid(a)).toEqual([
      ["info", 10, 'Rows 10 to 13 ("Partner", "Representative") read as another table below the plan, so they are not counted as actions; if one is an action, give it a rating.'],
    ]);
    expect(a.trackers[0]!.rowsNotCounted?.map(({ row, readAs }) => [row, readAs])).toEqual([
      [10, "table"],
      [11, "table"],
      [12, "table"],
      [13, "table"],
    ]);
  });

  it("placed in other columns of the plan (under Action and Lead), is left out too, and the actions below it read on", () => {
    const next: CellValue[] = [8, "Learning from practice reviews", "Publish a learning briefing after each review", "LSCP Business Manager", "The first briefing is drafted.", "Green"];
    const a = run([...PEER_REVIEW_SEVEN, [], ...PARTNERS.map(([partner, who]): CellValue[] => [null, null, partner!, who!]), [], next]);
    expect(a.totals.total).toBe(8);
    expect(notInfo(a)).toEqual([]);
    expect(tablesSaid(a).map(([, row]) => row)).toEqual([10]);
  });
});

describe("rows below a blank row that may be actions are still counted and warned unrated", () => {
  const unratedBelow = (rows: CellValue[][]) => {
    const a = run([...PEER_REVIEW_SEVEN, [], ...rows]);
    expect(tablesSaid(a)).toEqual([]);
    expect(a.totals.total).toBe(7 + rows.length);
    return unratedRows(a);
  };

  it("a row worded as an action among the names", () => {
    expect(unratedBelow([...PARTNERS.slice(0, 2), ["Health", "Revise the Learning and Improvement Framework"]])).toEqual([10, 11, 12]);
  });

  it("a row with an action's number", () => {
    expect(unratedBelow([...PARTNERS.slice(0, 2), ["8", "Multiagency dataset"]])).toEqual([10, 11, 12]);
  });

  it("a row with a lead typed past the headings' columns", () => {
    expect(unratedBelow([...PARTNERS.slice(0, 2), ["Health", "Designated Nurse", null, "Strategic Partners"]])).toEqual([10, 11, 12]);
  });

  it("headings that name the plan's columns", () => {
    expect(unratedBelow([["Recommendation", "Lead"], ...PARTNERS.slice(1)])).toEqual([10, 11, 12, 13]);
    expect(unratedBelow([["No", "Representative"], ...PARTNERS.slice(1)])).toEqual([10, 11, 12, 13]);
  });

  it("one row alone under short headings", () => {
    expect(unratedBelow(PARTNERS.slice(0, 2))).toEqual([10, 11]);
  });

  it("a new action in short words, numbered and led", () => {
    expect(unratedBelow([["8", "Practice reviews", "Publish a learning briefing", "LSCP Business Manager"]])).toEqual([10]);
  });
});

describe("rows with a rating are read as before", () => {
  it("a rated row under the names keeps the rows counted", () => {
    const a = run([...PEER_REVIEW_SEVEN, [], ...PARTNERS.slice(0, 3), ["Education", "Head of Inclusion", null, null, null, "Green"]]);
    expect(a.totals.total).toBe(11);
    expect(tablesSaid(a)).toEqual([]);
  });

  it("straight under the last action, with no blank row between, the names are read as the plan's rows", () => {
    expect(run([...PEER_REVIEW_SEVEN, ...PARTNERS]).totals.total).toBe(11);
  });
});
