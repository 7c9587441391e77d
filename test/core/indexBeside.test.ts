/** A RAG key kept beside the table, to its right past an empty column: read as the workbook's index, its columns not the table's. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { toJsonReport } from "../../src/core/jsonReport";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { PEER_REVIEW_INDEX_ROWS, peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";

const analyse = (...sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2022-06-30");

/** The sheet with `key` written from `row` on, starting in `column`, one row of the key a row. */
function withKeyAt(sheet: SheetSnapshot, row: number, column: number, key: CellValue[][]): SheetSnapshot {
  const values = sheet.values.map((cells) => cells.slice());
  key.forEach((cells, i) => {
    const at = row - sheet.firstRow + i;
    while (values.length <= at) values.push([]);
    const target = values[at]!;
    while (target.length < column - 1) target.push(null);
    cells.forEach((value, j) => (target[column - 1 + j] = value));
  });
  return { ...sheet, values };
}

/** The peer review plan with its own index moved from below the table to beside it, in H and I. */
function peerReviewKeyBeside(heading: CellValue[]): SheetSnapshot {
  const plain = peerReviewSheet();
  const tableEnd = peerReviewRow(26);
  const withoutBelow = { ...plain, values: plain.values.slice(0, tableEnd) };
  return withKeyAt(withoutBelow, 3, 8, [heading, ...PEER_REVIEW_INDEX_ROWS.slice(1)]);
}

// The committee's sense of the colours (minutes): Green is complete but not yet embedded.
const COMMITTEE_KEY: CellValue[][] = [
  ["Blue", "Complete and embedded"],
  ["Green", "Complete but not yet embedded"],
  ["Amber", "Started but not yet completed"],
  ["Red", "Not started"],
];
const RATINGS = ["Blue", "Blue", "Green", "Amber", "Blue", "Red", "Green"];

/** Seven actions due March 2022 in A:F, and the key in H:I beside rows 1 to 5. */
function actionPlanKeyBeside(header: CellValue[] = ["RAG", "Meaning"]): SheetSnapshot {
  const table: CellValue[][] = [
    ["No", "Recommendation", "Action", "Time scale", "Progress update", "RAG"],
    ...RATINGS.map((rating, i) => [i + 1, `Recommendation ${i + 1}`, `Action ${i + 1}`, "March 2022", `Update ${i + 1}`, rating]),
  ];
  return withKeyAt({ name: "Action Plan", firstRow: 1, firstColumn: 1, values: table, merges: [] }, 1, 8, [header, ...COMMITTEE_KEY]);
}

describe("a RAG key beside the table", () => {
  it("is the index, read as the peer review plan prints it below its table, and its heading no second rating column", () => {
    for (const heading of [["RAG Key"], ["Rating", "Meaning"]]) {
      const a = analyse(peerReviewKeyBeside(heading));
      expect(a.index.source).toEqual({ kind: "beside", sheet: "Peer Review", row: 3, column: 8 });
      expect(a.index.entries).toEqual(analyse(peerReviewSheet()).index.entries);
      expect(a.totals.counts).toEqual({ Blue: 23, Green: 3, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 });
      expect(a.trackers[0]?.columns).toEqual({ category: 1, ref: 2, recommendation: 3, actions: 4, response: 5, rating: 6 });
      expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
      expect(a.findings.find((f) => f.code === "index-from-workbook")).toMatchObject({
        row: 3,
        column: "H",
        message: 'Ratings are read with the key beside the table on sheet "Peer Review" (Blue, Green, Amber, Red; Blue means complete).',
      });
    }
  });

  it("decides what is complete, so Green, complete but not yet embedded, is not overdue, as with the same key below the table", () => {
    const beside = analyse(actionPlanKeyBeside());
    expect(beside.index.entries.filter((e) => e.complete).map((e) => e.name)).toEqual(["Blue", "Green"]);
    expect(beside.overdue.map((f) => f.action.ref)).toEqual(["4", "6"]);
    expect(beside.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    expect(toJsonReport(beside).index.source).toBe("sheet Action Plan cell H1");

    const table = actionPlanKeyBeside().values.map((cells) => cells.slice(0, 6));
    const below = analyse({ name: "Action Plan", firstRow: 1, firstColumn: 1, values: [...table, [], ["RAG key"], ...COMMITTEE_KEY], merges: [] });
    expect(below.overdue.map((f) => f.action.ref)).toEqual(beside.overdue.map((f) => f.action.ref));
    expect(below.totals).toEqual(beside.totals);
  });

  it("is read headed RAG Key alone, and lower down beside the table, and adds no action where it runs past the table", () => {
    const short: SheetSnapshot = { name: "Plan", firstRow: 1, firstColumn: 1, values: [["No", "Action", "RAG"], [1, "Agree the budget", "G"], [2, "Recruit a lay member", "A"]], merges: [] };
    const a = analyse(withKeyAt(short, 2, 5, [["RAG Key", null], ...COMMITTEE_KEY]));
    expect(a.index.source).toEqual({ kind: "beside", sheet: "Plan", row: 2, column: 5 });
    expect(a.actions).toHaveLength(2);
    expect(a.totals.counts).toMatchObject({ Green: 1, Amber: 1 });
  });

  it("is read where it starts in the title rows above the header, to the right, frozen in view with it", () => {
    const plain = actionPlanKeyBeside();
    // Title and blank rows above the header on row 4; the key from row 1 down to the header's row.
    const table = plain.values.map((cells) => cells.slice(0, 6));
    const titled: SheetSnapshot = { name: "Action Plan", firstRow: 1, firstColumn: 1, values: [["Safeguarding Adults Board – Strategic Plan 2022-23"], [], [], ...table], merges: [] };
    const a = analyse(withKeyAt(titled, 1, 8, [["RAG key"], ...COMMITTEE_KEY]));
    expect(a.index.source).toEqual({ kind: "beside", sheet: "Action Plan", row: 1, column: 8 });
    expect(a.overdue.map((f) => f.action.ref)).toEqual(analyse(plain).overdue.map((f) => f.action.ref));
    expect(a.actions).toHaveLength(RATINGS.length);
  });

  it("is read in the usual codes alone (G | Complete), each the colour it stands for, so the ratings typed as codes are judged by it", () => {
    const plain = actionPlanKeyBeside();
    const coded: CellValue[][] = COMMITTEE_KEY.map(([name, meaning]) => [String(name).charAt(0), meaning ?? null]);
    const typed = plain.values.map((cells, i) => (i === 0 ? cells.slice(0, 6) : [...cells.slice(0, 5), String(cells[5]).charAt(0)]));
    const a = analyse(withKeyAt({ ...plain, values: typed }, 1, 8, [["Key"], ...coded]));
    expect(a.index.entries.map((e) => [e.code, e.name, e.complete])).toEqual([["B", "Blue", true], ["G", "Green", true], ["A", "Amber", false], ["R", "Red", false]]);
    expect(a.overdue.map((f) => f.action.ref)).toEqual(analyse(plain).overdue.map((f) => f.action.ref));
  });

  it("without a heading, is read from three colours or more with their meanings, alone in their columns", () => {
    const plain = actionPlanKeyBeside();
    const unheaded = { ...plain, values: plain.values.map((cells, i) => (i === 0 ? cells.slice(0, 6) : cells)) };
    expect(analyse(unheaded).index.source).toEqual({ kind: "beside", sheet: "Action Plan", row: 2, column: 8 });
  });

  it("gives way to a key sheet, which is the team's stated index, and the difference is said", () => {
    const keySheet: SheetSnapshot = { name: "RAG Key", firstRow: 1, firstColumn: 1, values: [["Rating", "Meaning"], ...PEER_REVIEW_INDEX_ROWS.slice(1).filter((r) => r.length > 0)], merges: [] };
    const a = analyse(actionPlanKeyBeside(), keySheet);
    expect(a.index.source).toEqual({ kind: "keySheet", sheet: "RAG Key" });
    expect(a.findings.find((f) => f.code === "index-differs")).toMatchObject({ sheet: "Action Plan", row: 1, message: expect.stringContaining('The key beside the table on sheet "Action Plan" differs from the key on sheet "RAG Key"') });
  });
});

describe("a summary or a short key beside the table", () => {
  // Six actions, one of them Red, and a hand-typed summary in J2:K4 with no heading (review 12b, w2).
  const SIX = ["Blue", "Blue", "Green", "Green", "Amber", "Red"];
  const sixActions = (): SheetSnapshot => ({
    name: "Action Plan",
    firstRow: 1,
    firstColumn: 1,
    values: [["No", "Recommendation", "Action", "Time scale", "Progress update", "RAG"], ...SIX.map((rating, i) => [i + 1, `Recommendation ${i + 1}`, `Action ${i + 1}`, "March 2022", `Update ${i + 1}`, rating])],
    merges: [],
  });
  const SUMMARY: CellValue[][] = [
    ["Blue", "2 actions, all signed off"],
    ["Green", "2 actions"],
    ["Amber", "1 action"],
  ];

  it("is no key without a heading when its meanings count actions, so Red stays a rating and the sentence counts it", () => {
    const a = analyse(withKeyAt(sixActions(), 2, 10, SUMMARY));
    expect(a.index.source).toEqual({ kind: "default" });
    expect(a.totals.counts).toEqual({ Blue: 2, Green: 2, Amber: 1, Red: 1, Unrated: 0, Invalid: 0 });
    expect(a.sentences[0]).not.toContain("invalid");
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("without a heading, is still a key when it names every usual rating, even with counts beside them", () => {
    const a = analyse(withKeyAt(sixActions(), 2, 10, [...SUMMARY, ["Red", "1 action"]]));
    expect(a.index.source).toEqual({ kind: "beside", sheet: "Action Plan", row: 2, column: 10 });
  });

  it("is not taken when it leaves out a rating the table uses, and the block is named in a warning", () => {
    const key: CellValue[][] = [
      ["RAG", "Meaning"],
      ["Blue", "Complete and embedded"],
      ["Green", "Complete but not yet embedded"],
      ["Amber", "Started but not yet completed"],
    ];
    for (const [row, rows] of [[2, key.slice(1)], [1, key]] as const) {
      const a = analyse(withKeyAt(sixActions(), row, 10, rows as CellValue[][]));
      expect(a.index.source).toEqual({ kind: "default" });
      expect(a.totals.counts).toMatchObject({ Red: 1, Invalid: 0 });
      expect(a.findings.filter((f) => f.code === "index-beside-not-taken")).toEqual([
        {
          sheet: "Action Plan",
          row,
          column: "J",
          code: "index-beside-not-taken",
          severity: "warning",
          message: `The ratings in J${row}:K4 beside the table (Blue, Green, Amber) were not read as the RAG key: they leave out Red, which the table's rating column uses; if they are the key, add that rating to them.`,
        },
      ]);
    }
  });

  it("gives way to a key below the table when it leaves out a rating the table uses", () => {
    const values = [...sixActions().values, [], ["RAG key"], ...COMMITTEE_KEY];
    const key: CellValue[][] = [["RAG Key", null], ["Blue", "Done"], ["Green", "On track"], ["Amber", "Late"]];
    const a = analyse(withKeyAt({ ...sixActions(), values }, 1, 10, key));
    expect(a.index.source).toEqual({ kind: "block", sheet: "Action Plan", row: 9 });
    expect(a.totals.counts).toMatchObject({ Red: 1, Invalid: 0 });
  });
});

describe("a key beside the table and an index below it that differ", () => {
  it("the key is judged by the table's rows alone: a rating the index below names in the rating column is not one the table uses", () => {
    // A plan rated Blue, Green and Amber only, with a key of those three beside it, and an older index of four below, its names in the RAG column.
    const values: CellValue[][] = [
      ["No", "Action", "Time scale", "Lead", "Progress update", "RAG"],
      ...["Blue", "Green", "Amber"].map((rating, i) => [i + 1, `Action ${i + 1}`, "March 2022", "Police", `Update ${i + 1}`, rating]),
      [],
      [null, null, null, null, null, "How the rating is decided"],
      ...COMMITTEE_KEY.map((entry) => [null, null, null, null, null, ...entry]),
    ];
    const a = analyse(withKeyAt({ name: "Plan", firstRow: 1, firstColumn: 1, values, merges: [] }, 1, 8, [["RAG", "Meaning"], ...COMMITTEE_KEY.slice(0, 3)]));
    expect(a.index.source).toEqual({ kind: "beside", sheet: "Plan", row: 1, column: 8 });
    expect(a.totals.counts).toEqual({ Blue: 1, Green: 1, Amber: 1, Unrated: 0, Invalid: 0 });
    expect(a.findings.map((f) => f.code)).not.toContain("index-beside-not-taken");
    expect(a.findings.find((f) => f.code === "index-differs")?.message).toContain("it has Red, which the one read does not");
  });
});

describe("a second rating column beside the table", () => {
  it("is still a rival, whether it repeats ratings down the table or rates each action differently", () => {
    const repeated: CellValue[][] = [["No", "Action", "RAG", null, "RAG", "Comments"], ...RATINGS.map((r, i) => [i + 1, `Action ${i + 1}`, r, null, r, `Comment ${i + 1}`])];
    const distinct: CellValue[][] = [["No", "Action", "RAG", null, "RAG", "Comments"], ...["Blue", "Green", "Amber", "Red"].map((r, i) => [i + 1, `Action ${i + 1}`, r, null, r, `Comment ${i + 1}`])];
    for (const values of [repeated, distinct]) {
      const a = analyse({ name: "Plan", firstRow: 1, firstColumn: 1, values, merges: [] });
      expect(a.index.source).toEqual({ kind: "default" });
      expect(a.findings.filter((f) => f.code === "duplicate-column").map((f) => f.column)).toEqual(["E"]);
    }
  });

  it("is the table's own when no empty column stands between, even headed Rating and Meaning", () => {
    const values: CellValue[][] = [["No", "Action", "Rating", "Meaning"], [1, "Agree the budget", "Blue", "Budget agreed in January"], [2, "Recruit a lay member", "Green", "Interviews held"], [3, "Publish the plan", "Amber", "Draft with partners"]];
    const a = analyse({ name: "Plan", firstRow: 1, firstColumn: 1, values, merges: [] });
    expect(a.index.source).toEqual({ kind: "default" });
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1, Amber: 1 });
  });

  it("is no key when the ratings beside the table carry on below four rows", () => {
    const values: CellValue[][] = [["No", "Action", "RAG", null, "RAG", "Meaning"], ...RATINGS.map((r, i) => [i + 1, `Action ${i + 1}`, r, null, i < 4 ? r : "Blue", `Meaning ${i + 1}`])];
    const a = analyse({ name: "Plan", firstRow: 1, firstColumn: 1, values, merges: [] });
    expect(a.index.source).toEqual({ kind: "default" });
    expect(a.findings.filter((f) => f.code === "duplicate-column").map((f) => f.column)).toEqual(["E"]);
  });
});
