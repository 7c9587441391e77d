import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { caseReviewSheet } from "../fixtures/caseReviews";

const run = (values: CellValue[][]) => {
  const sheet: SheetSnapshot = { name: "Frankie", firstRow: 1, firstColumn: 1, values, merges: [] };
  return analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2021-11-01");
};

// Frankie's 14 case review actions (11 blue, 3 amber), as the minutes count them.
const frankie = caseReviewSheet().values.filter((row) => row[0] === "Frankie");
// A one-row header straight above a shorter header of its own columns' sub-headings that are under no group: two tables, the first empty.
const UPPER: CellValue[] = ["Review", "Action No", "Action", "Progress Update", "Lead Agency", "Target Date", "RAG Status"];

describe("a header with no action below it, straight above another table's header with rated rows", () => {
  it("is an error, so the check does not pass with an empty summary", () => {
    const a = run([UPPER, ["No", "Action", "RAG"], ...frankie.map((r) => [r[1]!, r[4]!, r[9]!])]);
    expect(a.actions).toHaveLength(0);
    const found = a.findings.filter((f) => f.code === "another-table");
    expect(found.map((f) => [f.row, f.severity])).toEqual([[2, "error"]]);
    expect(found[0]!.message).toBe(
      'No action is counted on sheet "Frankie": row 2 reads as the header of another table below the header on row 1, so the 14 rated rows from row 3 down are not counted; if rows 1 and 2 are one header, head each column in one of them (or merge its heading down over all of them), or move the other table to a sheet of its own.',
    );
  });

  it("is an error too where the only action counted is a row of sub-headings with no rating (a header on three rows)", () => {
    const rows = frankie.map((r) => [r[0]!, r[1]!, r[4]!, r[5]!, r[9]!, r[7]!]);
    const a = run([["Review", "Action No", "Action", "Progress", null, "Target Date"], [null, null, null, "Q2", null, null], [null, null, null, "Update", "RAG", null], ...rows]);
    const found = a.findings.filter((f) => f.code === "another-table");
    expect(found.map((f) => [f.row, f.severity])).toEqual([[3, "error"]]);
    expect(found[0]!.message).toMatch(/^No rated action is counted on sheet "Frankie": row 3 reads .* the 14 rated rows from row 4 down are not counted; if rows 1 to 3 are one header/);
  });

  it("stays a warning where rated actions are counted above the other table", () => {
    const rows = frankie.map((r) => [r[0]!, r[1]!, r[4]!, r[5]!, r[6]!, r[7]!, r[9]!]);
    const a = run([UPPER, ...rows.slice(0, 3), ["No", "Action", "RAG"], ...frankie.slice(3).map((r) => [r[1]!, r[4]!, r[9]!])]);
    expect(a.actions).toHaveLength(3);
    expect(a.findings.filter((f) => f.code === "another-table").map((f) => [f.row, f.severity])).toEqual([[5, "warning"]]);
  });
  // A new plan not yet rated: four of Frankie's actions with no rating, a blank row, then what sits below it.
  const unrated = (below: CellValue[][]) => run([["No", "Action", "Lead", "Time scale", "RAG"], ...frankie.slice(0, 4).map((r) => [r[1]!, r[4]!, r[6]!, r[7]!, null]), [], ...below]);

  it("is no error where the rows below are the RAG index, the key the check reads its ratings by", () => {
    const a = unrated([[null, "RAG Rating", "Description"], [null, "B", "Complete"], [null, "G", "On track"], [null, "A", "Some delay"], [null, "R", "Not started / significant delay"]]);
    expect(a.actions).toHaveLength(4);
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is no error where the rows below count each rating, all 0 so far", () => {
    const a = unrated([[null, "Rating", null, "Number of actions"], ...["Blue", "Green", "Amber", "Red"].map((name) => [null, name, null, 0])]);
    expect(a.actions).toHaveLength(4);
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  // The RAG key below the plan, in words of its own ("Not started / off track", not the index's meaning), then a second table rated.
  const keyThenRated = (rated: CellValue[][]) =>
    unrated([
      ["RAG Rating", "Description"],
      ["B", "Complete"],
      ["G", "On track"],
      ["A", "Some delay"],
      ["R", "Not started / off track"],
      [],
      ["No", "Action", "Lead", "Target date", "RAG"],
      ...rated,
    ]);

  // Row 13 gives its columns the roles row 1 gives (a number, the action, the lead, a date, the rating): the plan headed again under the key, not another table.
  const belowKey = (a: ReturnType<typeof run>) => a.findings.filter((f) => f.code === "another-table" || f.code === "actions-below-key");

  it("counts only the rated actions above the key, not the key's lines, and names where the rated rows under it start, as an error", () => {
    const a = keyThenRated(frankie.slice(4, 6).map((r) => [r[1]!, r[4]!, r[6]!, r[7]!, r[9]!]));
    expect(a.actions).toHaveLength(4);
    const found = belowKey(a);
    // Named by the header under the key, row 13, not the key's heading on row 7.
    expect(found.map((f) => [f.row, f.code, f.severity])).toEqual([[13, "actions-below-key", "error"]]);
    expect(found[0]!.message).toBe(
      'No rated action is counted on sheet "Frankie": the table headed on row 1 goes on under the RAG key on rows 7 to 11, headed again on row 13, but it is read only down to the key, so its 2 rated rows, from row 14 down, are not counted; move the key below the plan\'s last action so they are counted.',
    );
  });

  it("says one rated row where the plan under the key has one", () => {
    const a = keyThenRated(frankie.slice(4, 5).map((r) => [r[1]!, r[4]!, r[6]!, r[7]!, r[9]!]));
    expect(belowKey(a).map((f) => f.message)).toEqual([
      'No rated action is counted on sheet "Frankie": the table headed on row 1 goes on under the RAG key on rows 7 to 11, headed again on row 13, but it is read only down to the key, so its rated row, row 14, is not counted; move the key below the plan\'s last action so it is counted.',
    ]);
  });

  it("is an error, with the other table named by its own header row, where the table under the key has other columns", () => {
    const a = unrated([["RAG Rating", "Description"], ["B", "Complete"], ["G", "On track"], ["A", "Some delay"], ["R", "Not started / off track"], [], ["Action", "No", "Lead", "Target date", "RAG"], ...frankie.slice(4, 6).map((r) => [r[4]!, r[1]!, r[6]!, r[7]!, r[9]!])]);
    const found = belowKey(a);
    expect(found.map((f) => [f.row, f.code, f.severity])).toEqual([[13, "another-table", "error"]]);
    expect(found[0]!.message).toBe(
      'No rated action is counted on sheet "Frankie": the 2 rated actions from row 14 down are not counted, as one table is read on each sheet and the one headed on row 1 comes first; move the table they are in to a sheet of its own.',
    );
  });
});
