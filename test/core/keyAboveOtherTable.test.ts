import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { countingNotes } from "../../src/core/countingNotes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";
import { DELIVERY_ACTIONS_RATED_FIRST } from "../fixtures/deliveryPlan";

const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [{ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");

const [HEADER, ...ACTIONS] = PEER_REVIEW_SEVEN;
// The key printed below the plan in the team's own words, its heading on row 6.
const KEY: CellValue[][] = [["RAG", "Description"], ["Blue", "Completed"], ["Green", "On track"], ["Amber", "Some delay"], ["Red", "Not started"]];
// A second table kept under the key, headed on row 12: actions 5 to 7 of the plan.
const SECOND: CellValue[][] = [["Ref", "Action", "Lead Agency", "Target Date", "RAG Status"], ...ACTIONS.slice(4).map((r) => [r[0]!, r[2]!, r[3]!, "March 2022", r[5]!])];
const plan = (ratings: "rated" | "unrated") => [HEADER!, ...ACTIONS.slice(0, 3).map((r) => (ratings === "rated" ? r : [...r.slice(0, 5), null])), [], ...KEY, [], ...SECOND];

describe("a table below the RAG key printed under a tracker", () => {
  it("is named by its own header row, not the key's, in the finding and the note on what is not counted", () => {
    const a = run(plan("rated"));
    expect(a.actions).toHaveLength(3);
    expect(a.findings.filter((f) => f.code === "another-table").map((f) => [f.row, f.severity, f.message])).toEqual([
      [
        12,
        "warning",
        "Row 12 reads as the header of another table, below the key on rows 6 to 10, where the table headed on row 1 ends, so the rows from 12 down are not counted; move the other table to a sheet of its own so its actions are counted.",
      ],
    ]);
    expect(countingNotes(a.findings)).toEqual(['Not counted: the table headed on row 12 of sheet "Peer Review", as one table is read on each sheet; move it to a sheet of its own to have its actions counted.']);
  });

  it("is named by its own header row where nothing above it is rated, and the error counts its rated rows", () => {
    const a = run(plan("unrated"));
    const found = a.findings.filter((f) => f.code === "another-table");
    expect(found.map((f) => [f.row, f.severity])).toEqual([[12, "error"]]);
    expect(found[0]!.message).toBe(
      'No rated action is counted on sheet "Peer Review": the 3 rated actions from row 13 down are not counted, as one table is read on each sheet and the one headed on row 1 comes first; move the table they are in to a sheet of its own.',
    );
    expect(countingNotes(a.findings)).toEqual(['Not counted: the table headed on row 12 of sheet "Peer Review", as one table is read on each sheet; move it to a sheet of its own to have its actions counted.']);
  });

  it.each([
    ["its own header row naming the rating and its meaning", ["RAG Rating", "Status"]],
    ['a heading of one cell, "Key"', ["Key"]],
  ])("is said under a key read as the index, headed by %s, whose lines are no actions", (_, heading) => {
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], heading, ...KEY.slice(1), [], ...SECOND]);
    expect(a.actions).toHaveLength(3);
    expect(a.index.entries.map((e) => [e.name, e.meaning])).toEqual(KEY.slice(1));
    expect(a.findings.filter((f) => f.code === "another-table").map((f) => [f.row, f.severity, f.message])).toEqual([
      [
        12,
        "warning",
        "Row 12 reads as the header of another table, below the key on rows 6 to 10, where the table headed on row 1 ends, so the rows from 12 down are not counted; move the other table to a sheet of its own so its actions are counted.",
      ],
    ]);
  });

  it("still names the row that heads another table straight below the tracker, with no key between", () => {
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...SECOND]);
    expect(a.findings.filter((f) => f.code === "another-table").map((f) => f.row)).toEqual([6]);
  });

  it("is no other table where it is the plan's own header repeated under the key: the plan goes on there, and its rows are said not to be counted", () => {
    // Actions 4 to 7 under the plan's header repeated on row 12.
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...KEY, [], HEADER!, ...ACTIONS.slice(3)]);
    expect(a.actions).toHaveLength(3);
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
    const message =
      "The table headed on row 1 goes on under the RAG key on rows 6 to 10, headed again on row 12, but it is read only down to the key, so its 4 rated rows, from row 13 down, are not counted; move the key below the plan's last action so they are counted.";
    expect(a.findings.filter((f) => f.code === "actions-below-key")).toEqual([{ sheet: "Peer Review", row: 12, code: "actions-below-key", severity: "warning", message }]);
    expect(countingNotes(a.findings)).toEqual([`On sheet "Peer Review", t${message.slice(1)}`]);
  });

  it("is not said to be under a key where the rows above it say no rating's meaning: a RAG commentary is a table of its own", () => {
    const commentary: CellValue[][] = [["RAG", "Commentary"], ["Blue", "Two actions complete and embedded"], ["Green", "One action on track"]];
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...commentary, [], ...SECOND]);
    expect(a.findings.filter((f) => f.code === "another-table").map((f) => f.message)).toEqual([
      "Row 6 reads as the header of another table, with other columns, so the table headed on row 1 ends above it and the rows from 6 down are not counted; move the other table to a sheet of its own so its actions are counted.",
    ]);
  });

  it("is under a key whose lines give the index's own meanings, as the peer review plan prints them", () => {
    const index: CellValue[][] = [["RAG", "Description"], ["Blue", "Action complete."], ["Green", "Action on track and progressing to plan."], ["Amber", "Action commenced, some delay will recover to completion."], ["Red", "Action experiencing threatening problems and issues, behind schedule and not expected to recover."]];
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...index, [], ...SECOND]);
    expect(a.findings.filter((f) => f.code === "another-table").map((f) => f.message)).toEqual([
      "Row 12 reads as the header of another table, below the key on rows 6 to 10, where the table headed on row 1 ends, so the rows from 12 down are not counted; move the other table to a sheet of its own so its actions are counted.",
    ]);
  });
});

describe("RAG key lines with no heading, between the tracker and a table below", () => {
  const LINES: CellValue[][] = [["Blue", "Completed"], ["Green", "On track"], ["Amber", "At risk"], ["Red", "Off track"]];
  const pad = (columns: number, rows: CellValue[][]) => rows.map((r) => [...Array<CellValue>(columns).fill(null), ...r]);
  const MEETINGS: CellValue[][] = [["Lead", "Meeting", "Date"], ["Strategic Partners", "Strategic Group", "12 October 2021"], ["LSCP Business Manager", "Management Executive Board", "9 November 2021"]];
  const anotherTable = (a: ReturnType<typeof run>) => a.findings.filter((f) => f.code === "another-table" || f.code === "actions-below-key").map((f) => [f.row, f.code, f.message]);

  it.each([
    ["A:B", 0],
    ["C:D", 2],
    ["E:F", 4],
  ])("are the index, typed in %s, and the table below them is named by its own header row", (_, column) => {
    // The key on rows 6 to 9, the other table headed on row 11.
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...pad(column, LINES), [], ...SECOND]);
    expect(a.actions).toHaveLength(3);
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: 6 });
    expect(a.index.entries.map((e) => [e.name, e.meaning])).toEqual(LINES);
    expect(anotherTable(a)).toEqual([
      [
        11,
        "another-table",
        "Row 11 reads as the header of another table, below the key on rows 6 to 9, where the table headed on row 1 ends, so the rows from 11 down are not counted; move the other table to a sheet of its own so its actions are counted.",
      ],
    ]);
  });

  it("are the index above the plan's own header repeated: the plan goes on there, and its rows are said not to be counted", () => {
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...LINES, [], HEADER!, ...ACTIONS.slice(3)]);
    expect(a.actions).toHaveLength(3);
    expect(anotherTable(a)).toEqual([
      [
        11,
        "actions-below-key",
        "The table headed on row 1 goes on under the RAG key on rows 6 to 9, headed again on row 11, but it is read only down to the key, so its 4 rated rows, from row 12 down, are not counted; move the key below the plan's last action so they are counted.",
      ],
    ]);
  });

  it("are the index above a small table of meetings in the team's own short words too (\"Good\", \"Concerns\"), so its lines are no actions", () => {
    const own: CellValue[][] = [["Blue", "Signed off by the Board"], ["Green", "Good"], ["Amber", "Concerns"], ["Red", "Problems"]];
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...pad(1, own), [], ...MEETINGS]);
    expect(a.totals.total).toBe(3);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 1, Unrated: 0, Invalid: 0 });
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: 6 });
    expect(a.index.entries.map((e) => [e.name, e.meaning])).toEqual(own);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it.each([
    ["RAG order with Blue for complete added last", [["Green", "On track"], ["Amber", "Some delay"], ["Red", "Off track"], ["Blue", "Completed"]]],
    ["BRAG order, Blue first, then Red to Green", [["Blue", "Completed"], ["Red", "Off track"], ["Amber", "Some delay"], ["Green", "On track"]]],
  ] as [string, CellValue[][]][])("are the index above a small table of meetings in %s, so neither its lines nor the table's rows are actions", (_, lines) => {
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...pad(1, lines), [], ...MEETINGS]);
    expect(a.totals.total).toBe(3);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 1, Unrated: 0, Invalid: 0 });
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: 6 });
    expect(a.index.entries.map((e) => [e.name, e.meaning])).toEqual(lines);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it.each([
    ["Red to Green with Amber and Yellow side by side", [["Red", "Off track"], ["Amber", "Some delay"], ["Yellow", "Minor issues"], ["Green", "On track"]]],
    ["Green to Red with Yellow and Amber side by side", [["Green", "On track"], ["Yellow", "Minor issues"], ["Amber", "Some delay"], ["Red", "Off track"]]],
  ] as [string, CellValue[][]][])("are the index above a small table of meetings in %s, never strictly one way, so its lines are no actions", (_, lines) => {
    // This key has no Blue, so the plan's two blue ratings are not in it: the plan's 3 actions are counted, and no more.
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...pad(1, lines), [], ...MEETINGS]);
    expect(a.totals.total).toBe(3);
    expect(a.totals.counts).toMatchObject({ Green: 1, Unrated: 0 });
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: 6 });
    expect(a.index.entries.map((e) => [e.name, e.meaning])).toEqual(lines);
  });

  it("stay rows of the plan above a small table where they name what is delivered, or list their ratings out of a key's order", () => {
    // The delivery plan's measures for actions 23.3, 23.2 and 20.2; then the same words green, blue, amber.
    const measures: CellValue[][] = [["Blue", "Threshold document"], ["Green", "Awareness programme"], ["Amber", "Audit process"]];
    const outOfOrder: CellValue[][] = [["Green", "Good"], ["Blue", "Signed off by the Board"], ["Amber", "Concerns"]];
    for (const lines of [measures, outOfOrder]) {
      const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...pad(1, lines), [], ...MEETINGS]);
      expect(a.index.source).toEqual({ kind: "default" });
      expect(a.totals.total).toBeGreaterThan(3);
    }
  });

  it("are the index above a small table of meetings, whose rows are no actions", () => {
    const a = run([HEADER!, ...ACTIONS.slice(0, 3), [], ...pad(2, LINES), [], ...MEETINGS]);
    expect(a.totals.total).toBe(3);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 1, Unrated: 0, Invalid: 0 });
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: 6 });
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  // The delivery plan's actions 2.1, 2.4, then 5.1, 5.2, 5.3 and 7.2 after a blank row, in a plan of two columns, rating first.
  const RATED_FIRST: CellValue[][] = [["RAG", "Action"], ...DELIVERY_ACTIONS_RATED_FIRST.slice(0, 2), [], ...DELIVERY_ACTIONS_RATED_FIRST.slice(2)];

  it('stay actions in a plan of two columns whose rows read "B | Review and refresh the Neglect Strategy": they say what is done, not what a rating means', () => {
    const a = run([...RATED_FIRST, [], ...MEETINGS]);
    expect(a.totals.counts).toMatchObject({ Blue: 3, Green: 1, Amber: 1, Red: 1 });
    expect(a.index.source).toEqual({ kind: "default" });
  });

  it('stay actions in a plan of two columns, "Action | RAG", with a blank row and a table of meetings below', () => {
    const actionFirst = RATED_FIRST.map((r) => [...r].reverse());
    const a = run([...actionFirst, [], ...MEETINGS]);
    expect(a.totals.counts).toMatchObject({ Blue: 3, Green: 1, Amber: 1, Red: 1 });
    expect(a.index.source).toEqual({ kind: "default" });
  });

  it("stay rows of the plan where they name a rating twice, as a key never does", () => {
    const progress: CellValue[][] = [["RAG", "Progress"], ["Blue", "Deputies now attend."], [], ["Green", "On track"], ["Amber", "Some delay"], ["Green", "On track"], ["Blue", "Completed"]];
    const a = run([...progress, [], ...MEETINGS]);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 2, Amber: 1 });
    expect(a.index.source).toEqual({ kind: "default" });
  });

  it("stay rows of the plan straight under its header, with no blank row parting them from it", () => {
    const progress: CellValue[][] = [["RAG", "Progress"], ["Blue", "Completed"], ["Green", "On track"], ["Amber", "Some delay"]];
    for (const values of [[...progress, [], ...MEETINGS], [progress[0]!, [], ...progress.slice(1), [], ...MEETINGS]]) {
      const a = run(values);
      expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1, Amber: 1 });
      expect(a.index.source).toEqual({ kind: "default" });
    }
  });
});
