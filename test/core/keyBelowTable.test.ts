/**
 * A RAG key typed below the tracker's last action, after a blank row, wherever across the sheet it
 * is typed: the workbook's index, never an action counted with no rating or an invalid one.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { countingNotes } from "../../src/core/countingNotes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { PEER_REVIEW_DETAIL, PEER_REVIEW_INDEX_ROWS, PEER_REVIEW_SEVEN, peerReviewSheet } from "../fixtures/peerReview";
import { DELIVERY_ACTIONS_RATED_FIRST, deliveryPlanSheet } from "../fixtures/deliveryPlan";

/** The peer review plan's 26 rows, without the index the fixture prints below them. */
const peerReviewRows = (): CellValue[][] => {
  const values = peerReviewSheet().values;
  return values.slice(0, values.length - PEER_REVIEW_INDEX_ROWS.length - 1);
};
const PEER_REVIEW_COUNTS = { Blue: 23, Green: 3, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 };
/** The peer review plan's own index, as "Blue | Action complete." rows. */
const INDEX_ENTRIES = PEER_REVIEW_INDEX_ROWS.slice(1).filter((row) => row.length > 0);
const pad = (columns: number, row: CellValue[]): CellValue[] => [...Array<CellValue>(columns).fill(null), ...row];
const run = (sheet: SheetSnapshot) => analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2021-11-01");
/** The row a key typed after one blank row starts on: the plan's last action is on row 30. */
const KEY_ROW = peerReviewRows().length + 2;
const peerReview = (below: CellValue[][]): SheetSnapshot => ({ ...peerReviewSheet(), values: [...peerReviewRows(), [], ...below] });

describe('a key headed "RAG | Key" in two cells below the table', () => {
  it.each([
    ["under the recommendation and its specific actions (C:D)", 2],
    ["under the response and the rating (E:F)", 4],
    ["under the number and the recommendation (B:C)", 1],
  ])("is the index, and its heading no action, %s", (_, column) => {
    const a = run(peerReview([pad(column, ["RAG", "Key"]), ...INDEX_ENTRIES.map((row) => pad(column, row))]));
    expect(a.totals.total).toBe(26);
    expect(a.totals.counts).toMatchObject(PEER_REVIEW_COUNTS);
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: KEY_ROW });
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("is the index on the delivery plan too, where its heading would be action Key with no rating", () => {
    const plan = deliveryPlanSheet();
    const alone = run(plan);
    const a = run({ ...plan, values: [...plan.values, [], ["RAG", "Key"], ["Blue", "Completed"], ["Green", "On track"], ["Amber", "Some delay, will recover"], ["Red", "Off track, not expected to recover"]] });
    expect(a.totals).toEqual(alone.totals);
    expect(a.index.source).toEqual({ kind: "block", sheet: plan.name, row: plan.values.length + 2 });
    expect(a.index.entries.map((e) => [e.name, e.meaning])).toEqual([["Blue", "Completed"], ["Green", "On track"], ["Amber", "Some delay, will recover"], ["Red", "Off track, not expected to recover"]]);
  });

  it("stays an action where the two cells are an action's words", () => {
    const a = run(peerReview([pad(2, ["Rating", "Key partners to agree the escalation policy"]), ...INDEX_ENTRIES.map((row) => pad(2, row))]));
    expect(a.totals.total).toBe(27);
  });
});

describe('a key written in one cell, "Key: B = complete, G = on track, …", below the table', () => {
  const LEGEND = "Key: B = complete, G = on track, A = some delay, R = off track";

  it.each([
    ["the recommendation's column (C)", 2],
    ["the specific actions' column (D)", 3],
    ["the response's column (E)", 4],
  ])("is the index, and no action, typed in %s", (_, column) => {
    const a = run(peerReview([pad(column, [LEGEND])]));
    expect(a.totals.total).toBe(26);
    expect(a.totals.counts).toMatchObject(PEER_REVIEW_COUNTS);
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: KEY_ROW });
    expect(a.index.entries.map((e) => [e.code, e.name, e.meaning])).toEqual([["B", "Blue", "complete"], ["G", "Green", "on track"], ["A", "Amber", "some delay"], ["R", "Red", "off track"]]);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("is the index on the delivery plan, typed under its actions", () => {
    const plan = deliveryPlanSheet();
    const a = run({ ...plan, values: [...plan.values, [], pad(2, [LEGEND])] });
    expect(a.totals).toEqual(run(plan).totals);
    expect(a.index.source).toEqual({ kind: "block", sheet: plan.name, row: plan.values.length + 2 });
  });

  it('is the index as a row of cells ("Key:" | "B = complete" | …) starting under the recommendation too', () => {
    const a = run(peerReview([pad(2, ["Key:", "B = complete", "G = on track", "A = some delay", "R = off track"])]));
    expect(a.totals.total).toBe(26);
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: KEY_ROW });
  });
});

describe("a key typed meaning first below the table, under the response and the rating (E:F)", () => {
  // The peer review plan's own meanings, each beside the rating it explains, as the columns above hold a response and then its rating.
  const MEANING_FIRST = INDEX_ENTRIES.map(([name, meaning]) => [meaning, name]);

  it.each([
    ["codes", (name: CellValue) => String(name).charAt(0)],
    ["names", (name: CellValue) => name],
  ])('is the index of the ratings it names, with their %s after the meanings ("Action complete." | "B")', (_, rating) => {
    const a = run(peerReview([pad(4, ["RAG Key"]), ...MEANING_FIRST.map(([meaning, name]) => pad(4, [meaning!, rating(name!)]))]));
    expect(a.totals.total).toBe(26);
    expect(a.totals.counts).toMatchObject(PEER_REVIEW_COUNTS);
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: KEY_ROW });
    expect(a.index.entries.map((e) => [e.code, e.name, e.meaning])).toEqual(INDEX_ENTRIES.map(([name, meaning]) => [String(name).charAt(0), name, meaning]));
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("is read so in the team's own short words too, not as ratings named Completed and On track", () => {
    const lines = [["Completed", "B"], ["On track", "G"], ["Some delay, will recover", "A"], ["Off track, not expected to recover", "R"]];
    const a = run(peerReview([pad(4, ["RAG Key"]), ...lines.map((line) => pad(4, line))]));
    expect(a.index.entries.map((e) => [e.code, e.name, e.meaning])).toEqual([["B", "Blue", "Completed"], ["G", "Green", "On track"], ["A", "Amber", "Some delay, will recover"], ["R", "Red", "Off track, not expected to recover"]]);
    expect(a.totals.counts).toMatchObject(PEER_REVIEW_COUNTS);
  });
});

describe("a key headed by its own header row, naming the rating and what it means, below the table", () => {
  const LINES = [["Blue", "Completed"], ["Green", "On track"], ["Amber", "Some delay, will recover"], ["Red", "Off track, not expected to recover"]];

  it.each([
    ["RAG", "Description"],
    ["RAG Rating", "Status"],
    ["RAG Status", "Meaning"],
    ["Rating", "Definition"],
  ])('is the index, with nothing below it, and "%s | %s" neither an action nor another table, wherever across the sheet it is typed', (rating, meaning) => {
    for (const column of [0, 1, 2, 3, 4]) {
      const a = run(peerReview([pad(column, [rating, meaning]), ...LINES.map((line) => pad(column, line))]));
      expect(a.totals.total).toBe(26);
      expect(a.totals.counts).toMatchObject(PEER_REVIEW_COUNTS);
      expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: KEY_ROW });
      expect(a.index.entries.map((e) => [e.name, e.meaning])).toEqual(LINES);
      expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });

  it("stays an action where the two cells are an action's words", () => {
    const a = run(peerReview([pad(2, ["Status", "Description of the new escalation policy"]), ...LINES.map((line) => pad(2, line))]));
    expect(a.totals.total).toBe(27);
  });
});

describe('a status table headed "RAG | Status" below the table, whose lines are updates, not what each rating means', () => {
  // Each line is a rating and where an action stands, in the plan's own responses: recommendations 3 (green), 4 (amber) and 26 (blue).
  const UPDATES: CellValue[][] = [
    ["G", "Meetings have taken place to discuss priorities."],
    ["A", "A draft protocol and flowchart has been developed."],
    ["B", PEER_REVIEW_DETAIL[26]![1]],
  ];
  const said = (lines: string) =>
    `Row ${KEY_ROW} ("RAG | Status") heads a table of status updates below the table headed on row 3, not a RAG key: ${lines}; if it is the key, write what each rating means beside it, such as "Blue | Completed".`;
  const THREE = said(`its 3 rated rows, from row ${KEY_ROW + 1} down, say where actions stand rather than what each rating means, so they are neither counted nor read as the index`);

  it.each([
    ["under the response and the rating (E:F)", 4],
    ["under the recommendation and its specific actions (C:D)", 2],
  ])("is no index, so Blue still means complete and Red is still a rating, and it is said, its rows neither counted nor dropped in silence, %s", (_, column) => {
    const a = run(peerReview([pad(column, ["RAG", "Status"]), ...UPDATES.map((row) => pad(column, row))]));
    expect(a.index.source).toEqual({ kind: "default" });
    expect(a.index.entries.filter((e) => e.complete).map((e) => e.name)).toEqual(["Blue"]);
    expect(a.findings.filter((f) => f.code === "index-from-workbook")).toEqual([]);
    expect(a.totals.total).toBe(26);
    expect(a.totals.counts).toMatchObject(PEER_REVIEW_COUNTS);
    expect(a.findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.row, f.severity, f.message])).toEqual([["status-table", KEY_ROW, "warning", THREE]]);
    expect(countingNotes(a.findings)).toEqual([`On sheet "Peer Review", r${THREE.slice(1)}`]);
  });

  it("is said where it has one line", () => {
    const a = run(peerReview([pad(4, ["RAG Rating", "Status"]), pad(4, ["Red", "A draft protocol and flowchart has been developed."])]));
    expect(a.totals.total).toBe(26);
    expect(a.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([
      `Row ${KEY_ROW} ("RAG Rating | Status") heads a table of status updates below the table headed on row 3, not a RAG key: its rated row, row ${KEY_ROW + 1}, says where an action stands rather than what the rating means, so it is neither counted nor read as the index; if it is the key, write what each rating means beside it, such as "Blue | Completed".`,
    ]);
  });

  it("ends the table, where the peer review plan's printed index below it is still the index", () => {
    const a = run(peerReview([pad(4, ["RAG", "Status"]), ...UPDATES.map((row) => pad(4, row)), [], ...PEER_REVIEW_INDEX_ROWS]));
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: KEY_ROW + UPDATES.length + 2 });
    expect(a.totals.total).toBe(26);
    expect(a.totals.counts).toMatchObject(PEER_REVIEW_COUNTS);
    expect(a.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([THREE]);
  });

  it("is said where its updates are short sentences, each ending with a full stop (\"Booklet drafted.\", \"No meeting yet.\")", () => {
    const lines = [
      ["G", "Priorities booklet drafted."],
      ["A", "Protocol still in draft."],
      ["R", "No consultation held yet."],
    ];
    const a = run({ name: "Action Plan", firstRow: 1, firstColumn: 1, values: [...PEER_REVIEW_SEVEN, [], ["RAG", "Status"], ...lines], merges: [] });
    expect(a.index.source).toEqual({ kind: "default" });
    expect(a.totals.counts).toMatchObject({ Blue: 3, Green: 2, Amber: 1, Red: 1, Invalid: 0 });
    expect(a.findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.row, f.severity])).toEqual([["status-table", 10, "warning"]]);
  });

  it("is said where each update opens with its state (\"Completed: Deputies are now core members of Strategic Group.\"), so Red stays a rating", () => {
    const lines = [
      ["B", "Completed: Deputies are now core members of Strategic Group."],
      ["G", "On track: Meetings have taken place to discuss priorities."],
      ["A", "Delayed: A draft protocol and flowchart has been developed."],
    ];
    // The peer review plan's seven actions, recommendation 6 rated red: a key of Blue, Green and Amber would make it invalid.
    const a = run({ name: "Action Plan", firstRow: 1, firstColumn: 1, values: [...PEER_REVIEW_SEVEN, [], ["RAG", "Status"], ...lines], merges: [] });
    expect(a.index.source).toEqual({ kind: "default" });
    expect(a.totals.total).toBe(7);
    expect(a.totals.counts).toMatchObject({ Blue: 3, Green: 2, Amber: 1, Red: 1, Invalid: 0 });
    expect(a.findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.row, f.severity])).toEqual([["status-table", 10, "warning"]]);
  });

  it.each([
    ["the team's short words", [["Blue", "Complete"], ["Green", "On track"], ["Amber", "Some delay, will recover"], ["Red", "Off track, not expected to recover"]]],
    ["the peer review plan's printed index", INDEX_ENTRIES],
    ["words of progress and sign-off", [["Blue", "Signed off"], ["Green", "Good progress"], ["Amber", "Limited progress"], ["Red", "No progress"]]],
    ["a state and, after a colon, what it means", [["Blue", "Complete: Action delivered and signed off by the Board."], ["Green", "On track: Action progressing to plan with no concerns."], ["Amber", "Some delay: Action commenced and will recover to completion."], ["Red", "Off track: Action behind schedule and not expected to recover."]]],
    ["words most of which say a state, one of them a team's own", [["Blue", "Complete"], ["Green", "On track"], ["Amber", "Needs attention"], ["Red", "Off track"]]],
  ])('is the index where its lines say what each rating means, in %s, under "RAG | Status" in E:F', (_, lines) => {
    const a = run(peerReview([pad(4, ["RAG", "Status"]), ...lines.map((row) => pad(4, row))]));
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: KEY_ROW });
    expect(a.index.entries.map((e) => [e.name, e.meaning])).toEqual(lines);
    expect(a.totals.total).toBe(26);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a key headed by its own header row, in the team's own short words rather than the usual states", () => {
  it.each([
    ["RAG", "Status", [["Blue", "Signed off by the Board"], ["Green", "Good"], ["Amber", "Concerns"], ["Red", "Problems"]]],
    ["RAG", "Status", [["Blue", "Complete"], ["Green", "Will be delivered on time"], ["Amber", "Risk to delivery"], ["Red", "Will not be delivered"]]],
    ["RAG", "Status", [["Blue", "Achieved"], ["Green", "Good"], ["Amber", "Concerns"], ["Red", "Problems"]]],
    ["RAG Rating", "Status", [["B", "Completed"], ["G", "Good"], ["A", "Concerns"], ["R", "Problems"]]],
    ["RAG", "Description", [["Blue", "Finished"], ["Green", "Expected to be met"], ["Amber", "Needs attention"], ["Red", "Requires escalation to the Strategic Group"]]],
  ] as [string, string, CellValue[][]][])('is the index under "%s | %s", not a table of status updates', (rating, meaning, lines) => {
    const a = run(peerReview([pad(4, [rating, meaning]), ...lines.map((line) => pad(4, line))]));
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: KEY_ROW });
    expect(a.index.entries.map((e) => e.meaning)).toEqual(lines.map((line) => line[1]));
    expect(a.totals.total).toBe(26);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  // The peer review plan's seven actions rated as a three-point plan rates them, its blue actions green, and a key below
  // them in which Green is the highest rating: read without the key, Green would not be complete.
  const SEVEN_GREEN = PEER_REVIEW_SEVEN.map((row, i) => (i > 0 && row[5] === "Blue" ? [...row.slice(0, 5), "Green"] : row));
  const seven = (below: CellValue[][]): SheetSnapshot => ({ name: "Action Plan", firstRow: 1, firstColumn: 1, values: [...SEVEN_GREEN, [], ...below], merges: [] });

  it.each([
    ["RAG", "Description", [["Green", "Met"], ["Amber", "Partially met"], ["Red", "Not met"]]],
    ["Rating", "Meaning", [["Green", "Good"], ["Amber", "Requires improvement"], ["Red", "Inadequate"]]],
    ["RAG", "Description", [["Red", "Not met"], ["Amber", "Partially met"], ["Green", "Met"]]],
  ] as [string, string, CellValue[][]][])('is the index under "%s | %s", so its highest rating, Green, is complete, wherever it is listed', (rating, meaning, lines) => {
    const a = run(seven([[rating, meaning], ...lines]));
    expect(a.index.source).toEqual({ kind: "block", sheet: "Action Plan", row: 10 });
    expect(a.index.entries.filter((e) => e.complete).map((e) => e.name)).toEqual(["Green"]);
    expect(a.totals.total).toBe(7);
    expect(a.totals.counts).toMatchObject({ Green: 5, Amber: 1, Red: 1, Invalid: 0 });
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a plan of two columns rated first, with nothing below it", () => {
  const ROWS = DELIVERY_ACTIONS_RATED_FIRST;
  const plan = (rows: CellValue[][]): SheetSnapshot => ({ name: "Delivery Plan", firstRow: 1, firstColumn: 1, values: [["RAG", "Action"], ...rows], merges: [] });

  it.each([
    ["one run of rows", ROWS],
    ["its last four rows, one of each rating, parted from the first two by a blank row", [...ROWS.slice(0, 2), [], ...ROWS.slice(2)]],
  ])("counts its rows as actions, not as a key, in %s", (_, rows) => {
    const a = run(plan(rows));
    expect(a.totals.total).toBe(6);
    expect(a.totals.counts).toMatchObject({ Blue: 3, Green: 1, Amber: 1, Red: 1, Unrated: 0, Invalid: 0 });
    expect(a.index.source).toEqual({ kind: "default" });
  });

  // Actions 2.1, 5.1, 5.2 and 7.2 alone: one of each rating, as a key names each once, but each line bids something be done.
  const ONE_OF_EACH = [ROWS[0]!, ...ROWS.slice(3)];
  const inFull = (rows: CellValue[][]) => rows.map(([code, action]) => [{ B: "Blue", G: "Green", A: "Amber", R: "Red" }[String(code)]!, action]);

  it.each([
    ["four rows, one of each rating", ONE_OF_EACH, { Blue: 1, Green: 1, Amber: 1, Red: 1 }],
    ["three rows, Blue, Green and Amber", ONE_OF_EACH.slice(0, 3), { Blue: 1, Green: 1, Amber: 1, Red: 0 }],
    ["four rows, the first parted from the rest by a blank row", [ONE_OF_EACH[0]!, [], ...ONE_OF_EACH.slice(1)], { Blue: 1, Green: 1, Amber: 1, Red: 1 }],
    ["three rows, the first parted from the rest by a blank row", [ONE_OF_EACH[0]!, [], ...ONE_OF_EACH.slice(1, 3)], { Blue: 1, Green: 1, Amber: 1, Red: 0 }],
    ["four rows rated in full (\"Blue | Produce the LSCP Annual Report\")", inFull(ONE_OF_EACH), { Blue: 1, Green: 1, Amber: 1, Red: 1 }],
  ] as [string, CellValue[][], Record<string, number>][])("counts its rows as actions, not as its own key, in %s", (_, rows, counts) => {
    const a = run(plan(rows));
    expect(a.totals.total).toBe(rows.filter((row) => row.length > 0).length);
    expect(a.totals.counts).toMatchObject({ ...counts, Unrated: 0, Invalid: 0 });
    expect(a.index.source).toEqual({ kind: "default" });
  });

  // The delivery plan's measures for actions 23.3, 23.2, 20.2 and 7.2, as a plan of two columns lists what it will deliver.
  const MEASURES: CellValue[][] = [["B", "Threshold document"], ["G", "Awareness programme"], ["A", "Audit process"], ["R", "Compliance check"]];
  const measures = (rows: CellValue[][]): SheetSnapshot => ({ name: "Delivery Plan", firstRow: 1, firstColumn: 1, values: [["RAG", "Measure"], ...rows], merges: [] });

  it.each([
    ["four, one of each rating in the index's order", MEASURES],
    ["three, Blue, Green and Amber", MEASURES.slice(0, 3)],
    ["three, the first parted from the rest by a blank row", [MEASURES[0]!, [], ...MEASURES.slice(1, 3)]],
  ])("counts short noun phrases naming what is delivered (\"B | Threshold document\") as actions, not as its own key: %s", (_, rows) => {
    const a = run(measures(rows));
    expect(a.totals.total).toBe(rows.filter((row) => row.length > 0).length);
    expect(a.totals.counts).toMatchObject({ Unrated: 0, Invalid: 0 });
    expect(a.index.source).toEqual({ kind: "default" });
  });

  it("counts short rows naming each rating once as actions where they are out of the order a key lists its ratings in", () => {
    // The peer review plan's recommendations 3, 2 and 4, as PEER_REVIEW_SEVEN shortens them: green, blue, amber.
    const rows = [3, 2, 4].map((no) => {
      const [, recommendation, , , , rating] = PEER_REVIEW_SEVEN[no]!;
      return [String(rating).charAt(0), recommendation!];
    });
    const a = run(plan(rows));
    expect(a.totals.total).toBe(3);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1, Amber: 1, Invalid: 0 });
    expect(a.index.source).toEqual({ kind: "default" });
  });

  it.each([
    ["the usual states, Red first", [["Red", "Off track"], ["Amber", "Some delay"], ["Green", "On track"], ["Blue", "Completed"]]],
    ["the team's own short words", [["Blue", "Signed off by the Board"], ["Green", "Good"], ["Amber", "Concerns"], ["Red", "Problems"]]],
    ["RAG order with Blue for complete added last", [["Green", "On track"], ["Amber", "Some delay"], ["Red", "Off track"], ["Blue", "Completed"]]],
    ["BRAG order, Blue first, then Red to Green", [["Blue", "Completed"], ["Red", "Off track"], ["Amber", "Some delay"], ["Green", "On track"]]],
    ["Red to Green with Amber and Yellow side by side", [["Red", "Off track"], ["Amber", "Some delay"], ["Yellow", "Minor issues"], ["Green", "On track"]]],
    ["Green to Red with Yellow and Amber side by side", [["Green", "On track"], ["Yellow", "Minor issues"], ["Amber", "Some delay"], ["Red", "Off track"]]],
  ])("reads a key typed straight under the header of a plan with no actions yet as the key, in %s", (_, rows) => {
    const a = run(plan(rows as CellValue[][]));
    expect(a.totals.total).toBe(0);
    expect(a.index.source).toEqual({ kind: "block", sheet: "Delivery Plan", row: 2 });
  });

  it.each([
    ["Blue, listed last, where no line says complete", [["Green", "Good"], ["Amber", "Concerns"], ["Red", "Problems"], ["Blue", "Signed off by the Board"]], "Blue"],
    ["Green, where Blue's line says it is not started", [["Green", "Good"], ["Amber", "Concerns"], ["Red", "Problems"], ["Blue", "Not started"]], "Green"],
  ] as [string, CellValue[][], string][])("takes as complete, in a key in the team's own short words typed straight under the header, %s", (_, rows, complete) => {
    const a = run(plan(rows));
    expect(a.index.source).toEqual({ kind: "block", sheet: "Delivery Plan", row: 2 });
    expect(a.index.entries.filter((e) => e.complete).map((e) => e.name)).toEqual([complete]);
    expect(a.findings.find((f) => f.code === "index-from-workbook")?.message).toBe(
      `Ratings are read with the index below the table on sheet "Delivery Plan" (Green, Amber, Red, Blue; ${complete} means complete).`,
    );
  });

  it("reads a key of the usual states typed straight under the header of a plan with no actions yet as the key", () => {
    const a = run(plan([["Blue", "Completed"], ["Green", "On track"], ["Amber", "Some delay, will recover"], ["Red", "Off track, not expected to recover"]]));
    expect(a.totals.total).toBe(0);
    expect(a.index.source).toEqual({ kind: "block", sheet: "Delivery Plan", row: 2 });
  });
});

describe("a plan of two columns rated first, its actions above a blank row and more below it", () => {
  // The delivery plan's action 2.1, as a team starting its plan types it, then the key it rates by.
  const ACTION: CellValue[] = DELIVERY_ACTIONS_RATED_FIRST[0]!;
  const plan = (key: CellValue[][]): SheetSnapshot => ({ name: "Delivery Plan", firstRow: 1, firstColumn: 1, values: [["RAG", "Action"], ACTION, [], ...key], merges: [] });

  // The delivery plan's priorities in short words, rated with codes as the actions above them are: more of the plan.
  it.each([
    ["Green to Red with Blue last, under two actions", [ACTION, DELIVERY_ACTIONS_RATED_FIRST[3]!, [], ["G", "Neglect"], ["A", "Thresholds"], ["R", "Escalation"], ["B", "Supervision"]]],
    ["Blue first, then Red to Green, under one action", [DELIVERY_ACTIONS_RATED_FIRST[3]!, [], ["B", "Neglect"], ["R", "Escalation"], ["A", "Thresholds"], ["G", "Training"]]],
  ] as [string, CellValue[][]][])("counts the lines below as actions where they are rated with codes as the action is, in short words: %s", (_, rows) => {
    const a = run({ name: "Delivery Plan", firstRow: 1, firstColumn: 1, values: [["RAG", "Action"], ...rows], merges: [] });
    expect(a.totals.total).toBe(rows.filter((row) => row.length > 0).length);
    expect(a.totals.counts).toMatchObject({ Unrated: 0, Invalid: 0 });
    expect(a.index.source).toEqual({ kind: "default" });
  });

  it("counts the lines below as actions where they bid something be done, as the delivery plan's do", () => {
    const a = run(plan(DELIVERY_ACTIONS_RATED_FIRST.slice(2)));
    expect(a.totals.total).toBe(5);
    expect(a.index.source).toEqual({ kind: "default" });
  });
});
