import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { countingNotes } from "../../src/core/countingNotes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";

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
