/**
 * What a team keeps under a plan of two columns, rating first ("B | Produce the LSCP Annual Report") or last
 * ("Produce the LSCP Annual Report | B"): notes under a "Notes" heading and a small table of meetings are left out
 * as they are under a wider plan, never counted as actions with invalid ratings, and said for information.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";
import { DELIVERY_ACTIONS_RATED_FIRST } from "../fixtures/deliveryPlan";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";

const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [{ name: "Delivery Plan", firstRow: 1, firstColumn: 1, values, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");
const runPeerReview = (values: CellValue[][]) => analyseWorkbook({ sheets: [{ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");
/** The delivery plan's actions 2.1, 2.4, 5.1, 5.2, 5.3 and 7.2 on rows 2 to 7, as the sample rates them. */
const SIX = { Blue: 3, Green: 1, Amber: 1, Red: 1, Unrated: 0, Invalid: 0 };
const ratedFirst = (): CellValue[][] => [["RAG", "Action"], ...DELIVERY_ACTIONS_RATED_FIRST];
const ratedLast = (): CellValue[][] => ratedFirst().map((row) => [...row].reverse());
const notes = (a: Analysis) => a.findings.filter((f) => f.code === "note-below-table").map((f) => f.message);
const notInfo = (a: Analysis) => a.findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.row, f.message]);
const tablesSaid = (a: Analysis) => a.findings.filter((f) => f.code === "table-below-plan").map((f) => [f.severity, f.row, f.message]);

const NOTES: CellValue[][] = [["Notes"], ["Ratings agreed at the Management Executive Board on 14 January 2022."]];
/** Numbered as a team numbers its notes: the number first, then the note, in the plan's two columns. */
const NUMBERED_NOTES: CellValue[][] = [["Notes"], [1, "Action 1.4 was withdrawn by the Strategic Group in October 2021."], [2, "Ratings agreed at the Management Executive Board on 14 January 2022."]];
const MEETINGS: CellValue[][] = [["Lead", "Meeting", "Date"], ["Strategic Partners", "Strategic Group", "12 October 2021"], ["LSCP Business Manager", "Management Executive Board", "9 November 2021"]];

describe('notes under a "Notes" heading below a plan of two columns', () => {
  it('rated first, "Notes" and its note typed in the rating column are notes, said as a wider plan\'s are', () => {
    const a = run([...ratedFirst(), [], ...NOTES]);
    expect(a.totals.total).toBe(6);
    expect(a.totals.counts).toMatchObject(SIX);
    expect(notInfo(a)).toEqual([]);
    expect(notes(a)).toEqual([
      'Rows 9 and 10 below the table ("Notes", "Ratings agreed at the Managem…") have no rating in the rating column and read as notes, so they are not counted as actions; if one is an action, give it a rating.',
    ]);
  });

  it("rated last, the same notes typed in the action column are notes, as before", () => {
    const a = run([...ratedLast(), [], ...NOTES]);
    expect(a.totals.counts).toMatchObject(SIX);
    expect(notes(a)).toEqual([
      'Rows 9 and 10 below the table ("Notes", "Ratings agreed at the Managem…") have nothing in the rating column and read as notes, so they are not counted as actions; if one is an action, give it a rating.',
    ]);
  });

  it.each([
    ["rated first, each number in the rating column", ratedFirst],
    ["rated last, each note's words in the rating column", ratedLast],
  ])("numbered, %s, are notes", (_, plan) => {
    const a = run([...plan(), [], ...NUMBERED_NOTES]);
    expect(a.totals.total).toBe(6);
    expect(a.totals.counts).toMatchObject(SIX);
    expect(notInfo(a)).toEqual([]);
    expect(notes(a)).toEqual([
      'Rows 9 to 11 below the table ("Notes", "Action 1.4 was withdrawn by t…", "Ratings agreed at the Managem…") have no rating in the rating column and read as notes, so they are not counted as actions; if one is an action, give it a rating.',
    ]);
  });

  it("end at a row given a rating, which is an action, and a rating suggested for a word (\"Complete\") is no note", () => {
    const rated = run([...ratedFirst(), [], NOTES[0]!, ["G", "Review the multi-agency response for children at risk of neglect"], NOTES[1]!]);
    expect(rated.totals.total).toBe(8);
    expect(rated.totals.counts).toMatchObject({ Green: 2, Invalid: 1 });
    const suggested = run([...ratedFirst(), [], NOTES[0]!, ["Complete", "Review the multi-agency response for children at risk of neglect"]]);
    expect(suggested.totals.total).toBe(7);
    expect(suggested.totals.counts).toMatchObject({ Invalid: 1 });
  });

  it("without the heading, a line alone in the rating column below the plan is still an action with an invalid rating, so a stray entry is seen", () => {
    const a = run([...ratedFirst(), [], NOTES[1]!]);
    expect(a.totals.total).toBe(7);
    expect(a.totals.counts).toMatchObject({ Invalid: 1 });
  });
});

describe("a small table of meetings below a plan of two columns, running past its columns", () => {
  it.each([
    ["rated first", ratedFirst],
    ["rated last", ratedLast],
  ])("%s, is left out and said for information: its rows hold no rating to count, but a user's actions taken for them would be lost unsaid", (_, plan) => {
    const alone = run(plan());
    const a = run([...plan(), [], ...MEETINGS]);
    expect(a.totals).toEqual(alone.totals);
    expect(a.totals.counts).toMatchObject(SIX);
    expect(notInfo(a)).toEqual([]);
    expect(tablesSaid(a)).toEqual([
      ["info", 9, 'Rows 9 to 11 ("Lead", "Meeting", "Date") read as another table below the plan, so they are not counted as actions; if one is an action, give it a rating.'],
    ]);
  });

  it("is kept among the rows not counted, so a report that counted its rows finds them no longer counted, not removed", () => {
    const a = run([...ratedFirst(), [], ...MEETINGS]);
    expect(a.trackers[0]!.rowsNotCounted?.map(({ row, readAs }) => [row, readAs])).toEqual([
      [9, "table"],
      [10, "table"],
      [11, "table"],
    ]);
  });

  it("is left out below actions parted by a blank row too", () => {
    const [header, ...rows] = ratedFirst();
    const a = run([header!, ...rows.slice(0, 2), [], ...rows.slice(2), [], ...MEETINGS]);
    expect(a.totals.counts).toMatchObject(SIX);
    expect(notInfo(a)).toEqual([]);
    expect(tablesSaid(a).map(([, row]) => row)).toEqual([10]);
  });

  it("is said as another table where its rows are rated, so they are not left out unsaid", () => {
    const partners: CellValue[][] = [["Partner", "Meeting", "Assurance"], ["Essex Police", "Strategic Group", "Green"], ["Thurrock CCG", "Management Executive Board", "Amber"]];
    const a = run([...ratedFirst(), [], ...partners]);
    expect(a.totals.counts).toMatchObject(SIX);
    // The warning says it: no second sentence on the same rows.
    expect(tablesSaid(a)).toEqual([]);
    expect(notInfo(a)).toEqual([
      ["another-table", 9, "Row 9 reads as the header of another table, with other columns, so the table headed on row 1 ends above it and the rows from 9 down are not counted; move the other table to a sheet of its own so its actions are counted."],
    ]);
  });

  // The plan's last action, 7.2, with a comment typed beside it in the column the table's dates fill.
  const lastCommented = (plan: CellValue[][]): CellValue[][] => [...plan.slice(0, -1), [...plan.at(-1)!, "Awaiting Board date"]];
  const meetingsRatedLast = MEETINGS.map(([lead, meeting, date]) => [meeting!, lead!, date!]);

  it.each([
    ["rated first", lastCommented(ratedFirst()), MEETINGS],
    ["rated last", lastCommented(ratedLast()), meetingsRatedLast],
  ])("%s, is left out where the plan's last action has a comment beside it, as a column of dates alone is no comment column", (_, plan, meetings) => {
    const a = run([...plan, [], ...meetings]);
    expect(a.totals.counts).toMatchObject(SIX);
    expect(notInfo(a)).toEqual([]);
    expect(tablesSaid(a).map(([severity, row]) => [severity, row])).toEqual([["info", 9]]);
  });

  it.each([
    ["with nothing beside the last action", ratedFirst()],
    ["with a comment beside the last action", lastCommented(ratedFirst())],
  ])('is left out where its middle heading reads as an action\'s words ("Lead | Annual report | Date"), %s, as the rows under it are dates, not actions', (_, plan) => {
    const a = run([...plan, [], ["Lead", "Annual report", "Date"], ...MEETINGS.slice(1)]);
    expect(a.totals.counts).toMatchObject(SIX);
    expect(notInfo(a)).toEqual([]);
    expect(tablesSaid(a)).toEqual([
      ["info", 9, 'Rows 9 to 11 ("Lead", "Annual report", "Date") read as another table below the plan, so they are not counted as actions; if one is an action, give it a rating.'],
    ]);
  });

  // The delivery plan's measures for 23.3 and 23.2 added below a blank row, not yet rated, the second dated beside it.
  const datedLast = (plan: CellValue[][]): CellValue[][] => [...plan.slice(0, -1), [...plan.at(-1)!, "1 October 2021"]];
  it.each([
    ["the first with nothing in the rating column, the second one word", lastCommented(ratedFirst()), [null, "Threshold document", "Awaiting Board date"], [null, "Report", "12 October 2021"], { Unrated: 2, Invalid: 0 }],
    ['the first rated "Complete" (did you mean Blue?), the second in an action\'s words', lastCommented(ratedFirst()), ["Complete", "Threshold document", "Awaiting Board date"], [null, "Audit process", "12 October 2021"], { Unrated: 1, Invalid: 1 }],
    ['the first rated "Complete" and dated too, as a heading never is', lastCommented(ratedFirst()), ["Complete", "Threshold document", "1 October 2021"], [null, "Report", "12 October 2021"], { Unrated: 1, Invalid: 1 }],
    ['the first rated "Complete", the plan\'s actions dated in the same column', datedLast(ratedFirst()), ["Complete", "Threshold document", "TBC"], [null, "Report", "12 October 2021"], { Unrated: 1, Invalid: 1 }],
  ] as [string, CellValue[][], CellValue[], CellValue[], Record<string, number>][])("is no table where actions added below a blank row have a comment and then a date beside them, %s", (_, plan, first, second, counts) => {
    const a = run([...plan, [], first, second]);
    expect(a.totals.total).toBe(8);
    expect(a.totals.counts).toMatchObject(counts);
    expect(tablesSaid(a)).toEqual([]);
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
  });

  it("straight under the last action, with no blank row between, is read as the plan's rows, as a new action added there would be", () => {
    const a = run([...ratedFirst(), ...MEETINGS]);
    expect(a.totals.total).toBe(9);
  });
});

describe("an action added below a blank row, not yet rated, with a comment typed past the plan's last column", () => {
  // The delivery plan's actions 2.1 and 2.4, a blank row, then 5.1 added with a comment beside it, 5.2 and 5.3 under it.
  const [header, ...rows] = ratedFirst();
  const commented = (rating: CellValue, below: CellValue[], words = rows[2]![1]!): CellValue[][] => [
    header!,
    ...rows.slice(0, 2),
    [],
    [rating, words, "Awaiting Board date"],
    [below[0]!, rows[3]![1]!, "Reported to the Board"],
    [below[1]!, rows[4]![1]!, "Draft circulated"],
  ];

  it.each([
    ["rated below it", null, ["G", "A"], { Blue: 2, Green: 1, Amber: 1, Unrated: 1, Invalid: 0 }],
    ['rated "Complete" (did you mean Blue?), rated below it', "Complete", ["G", "A"], { Blue: 2, Green: 1, Amber: 1, Unrated: 0, Invalid: 1 }],
    ["with none rated below it", null, [null, null], { Blue: 2, Unrated: 3, Invalid: 0 }],
  ] as [string, CellValue, CellValue[], Record<string, number>][])("is an action, as are the rows below it, %s: no other table", (_, rating, below, counts) => {
    const a = run(commented(rating, below));
    expect(a.totals.total).toBe(5);
    expect(a.totals.counts).toMatchObject(counts);
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
    expect(tablesSaid(a)).toEqual([]);
  });

  it("is an action in words that say no action on their own (the peer review's \"MASH steering group subgroup\"), as rated rows follow it", () => {
    const a = run(commented(null, ["G", "A"], "MASH steering group subgroup"));
    expect(a.totals.total).toBe(5);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 1, Amber: 1, Unrated: 1 });
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
  });

  it("is an action where it names what is delivered, rated last, with none rated below it", () => {
    // The delivery plan's measures for actions 23.3 and 23.2, in a plan "Action | RAG".
    const a = run([["Measure", "RAG"], ["Audit process", "A"], ["Compliance check", "R"], [], ["Threshold document", null, "Awaiting Board date"], ["Awareness programme", null, "Draft circulated"]]);
    expect(a.totals.total).toBe(4);
    expect(a.totals.counts).toMatchObject({ Amber: 1, Red: 1, Unrated: 2 });
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
  });

  it("is an action in a wider plan whose rows fill a comment column past its last: the peer review plan, recommendation 4 added below", () => {
    // Recommendations 1 to 3 with a comment in G, which has no heading; recommendation 4 added below a blank row, its ref
    // typed as text, its action and response not yet written, then recommendation 5 under it, neither rated yet.
    const [prHeader, ...pr] = PEER_REVIEW_SEVEN;
    const a = runPeerReview([
      prHeader!,
      ...pr.slice(0, 3).map((row) => [...row, "Confirmed at the Board"]),
      [],
      ["4", pr[3]![1]!, null, "Strategic Partners", null, null, "Added October 2021"],
      ["5", pr[4]![1]!, pr[4]![2]!, "Strategic Partners", null, null, "Added October 2021"],
    ]);
    expect(a.totals.total).toBe(5);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 1, Unrated: 2 });
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
  });
});
