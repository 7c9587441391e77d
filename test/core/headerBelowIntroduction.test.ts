import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { WorkbookUnusableError } from "../../src/core/errors";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";

const sheet = (values: CellValue[][], firstRow = 1): SheetSnapshot => ({ name: "Delivery Plan 2019-20", firstRow, firstColumn: 1, values, merges: [] });
const run = (...sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2022-06-30");

const HEADER = ["No", "Objective", "Action", "Lead", "Timescale", "RAG"];
const ACTIONS: CellValue[][] = [
  ["1.1", "Develop our workforce", "Strategic Partners to identify deputies", "L&D Subgroup", "March 2020", "B"],
  ["1.2", "Develop our workforce", "Produce a Priorities Outcome Booklet", "L&D Subgroup", "March 2020", "B"],
  ["1.3", "Develop our workforce", "Develop a protocol across the partnerships", "L&D Subgroup", "March 2020", "G"],
  ["1.4", "Develop our workforce", "Consultation to be undertaken with front line staff", "L&D Subgroup", "March 2020", "A"],
  ["1.5", "Develop our workforce", "Revise the Framework", "L&D Subgroup", "March 2020", "B"],
];

/** A line of the introduction in two cells, whose long text uses the words of column headers. */
const PROSE_IN_TWO_CELLS = ["Lead agencies", "Each lead group will report progress updates and the RAG rating of every action to the Management Executive Board."];

/**
 * The delivery plan as its document opens: a title, then an introduction down to the row before
 * `headerRow`, with every fifth line in two cells where `twoCellProse`.
 */
function introduced(headerRow: number, header: CellValue[] = HEADER, twoCellProse = true): CellValue[][] {
  const values: CellValue[][] = [["Thurrock LSCP Delivery Plan 2019 – 2020"]];
  while (values.length < headerRow - 1) {
    const row = values.length + 1;
    values.push(twoCellProse && row % 5 === 0 ? PROSE_IN_TWO_CELLS : [`Introduction, paragraph ${row}: the Safeguarding Partners are pleased to present our first Delivery Plan.`]);
  }
  return [...values, header, ...ACTIONS];
}

describe("a header row below the first 40 rows", () => {
  it.each([
    [40, true],
    [41, true],
    [42, true],
    [44, false],
    [45, true],
    [120, true],
  ])("is found on row %i after an introduction (lines in two cells among it: %s), with the actions under it", (headerRow, twoCellProse) => {
    const a = run(sheet(introduced(headerRow, HEADER, twoCellProse)));
    expect(a.trackers.map((t) => [t.headerRow, t.firstRow, t.lastRow])).toEqual([[headerRow, headerRow + 1, headerRow + 5]]);
    expect(a.sentences).toEqual(["Delivery Plan 2019-20 – 5 actions identified (3 blue, 1 green, and 1 amber)"]);
  });

  it("is looked for from the first row the sheet uses", () => {
    const values = introduced(30);
    const a = run(sheet(values, 20));
    expect(a.trackers[0]!.headerRow).toBe(49);
  });

  it("of two headers on the rows below the introduction, the one naming more columns is read", () => {
    const values = introduced(50);
    // A banner over the rating columns ("Progress | RAG") just above the header names two columns itself.
    values.splice(49, 0, [null, null, null, "Progress", null, "RAG"]);
    const a = run(sheet(values));
    expect(a.trackers[0]!.headerRow).toBe(51);
    expect(a.totals.total).toBe(5);
  });

  it("looks at the first 40 rows for a header of two columns without the rating: below them it is not found, and the message says how to head the table", () => {
    const two = ["Recommendation", "Response", "Q4"];
    const rows = (n: number) => [...introduced(n, two, false).slice(0, n), ...ACTIONS.map((r): CellValue[] => [r[2]!, "Under way.", r[5]!])];
    // On row 40 it is among the first 40 rows; the column of ratings is found by what it holds.
    expect(run(sheet(rows(40))).trackers[0]!.headerRow).toBe(40);
    expect(() => run(sheet(rows(41)))).toThrow(
      "No action-plan tracker was found in this workbook: RAG Tracker looked on every sheet for a header row naming columns such as Recommendation, Actions, Response, RAG, Lead or Time scale; to have the table read, give it a header row of short text headings with a RAG column and an Actions or Recommendation column.",
    );
  });

  it("is never a row of prose or an action: a sheet with no header is still skipped", () => {
    const prose = introduced(60, HEADER, false).slice(0, 59);
    prose.push(PROSE_IN_TWO_CELLS);
    // An action row with no header above it names columns in its texts, but holds a number and long texts.
    prose.push([3, "Lead agencies to progress the recommendation", "Response to be agreed by the lead", "Police", "RAG to follow"]);
    const notes: SheetSnapshot = { ...sheet(prose), name: "Notes" };
    const plan = { ...sheet([HEADER, ...ACTIONS]), name: "Plan" };
    const a = run(notes, plan);
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Plan"]);
    expect(a.findings).toContainEqual(expect.objectContaining({ sheet: "Notes", code: "sheet-no-tracker", severity: "info" }));
    expect(() => run(notes)).toThrow(WorkbookUnusableError);
  });

  it("is never a row of actions whose long texts use the words of headers, on a sheet with no header row, so the refusal names the real cause", () => {
    const response = "In relation to Section 157/175s - a front line survey be undertaken with education staff, and a consultation held to update the audit request.";
    const due = "The Section 11 Audit has been refreshed and will be requested by SET, with the same deadline for all partners, from June 2021 (delayed by the pandemic).";
    const rows: CellValue[][] = ACTIONS.map((r, i) => (i === 2 ? [r[0]!, r[1]!, r[2]!, response, due, r[5]!] : r));
    expect(() => run({ ...sheet(rows), name: "Plan" })).toThrow(/^No action-plan tracker was found in this workbook: RAG Tracker looked on every sheet for a header row/);
    // A heading that says what to write is still a heading.
    const header = ["No", "Objective", "Action", "Lead", "Timescale", "Progress update (please give the date of each update and who provided it)", "RAG"];
    const a = run(sheet([header, ...ACTIONS.map((r) => [...r.slice(0, 5), "Under way.", r[5]!])]));
    expect(a.trackers[0]!.columns.response).toBe(6);
  });

  it("a header among the first rows is read as before, and a table's header further down is another table", () => {
    const values: CellValue[][] = [HEADER, ...ACTIONS, ...introduced(60, HEADER, false).slice(6, 50), ["Ref", "Recommendation", "Action", "Lead", "Target date", "Update", "RAG"], ...ACTIONS];
    const a = run(sheet(values));
    expect(a.trackers[0]!.headerRow).toBe(1);
    expect(a.totals.total).toBe(5);
    expect(a.findings).toContainEqual(expect.objectContaining({ code: "another-table", row: 51 }));
  });
});
