/**
 * A small table of meetings a team keeps below a wider plan, typed inside the plan's own columns
 * ("Lead | Meeting | Date" under "No | Recommendation | Action | …"): left out, as it is below a plan of two
 * columns, never counted as actions with missing or invalid ratings, and said, so rows taken for it by mistake are
 * not lost unsaid; while a new action typed below a blank row
 * and not rated yet is still counted, and warned of.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";
import { deliveryPlanSheet } from "../fixtures/deliveryPlan";
import { recordSnapshot, liveSnapshot } from "../../src/core/history/record";
import { compareSnapshots } from "../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../src/core/history/changeSentences";
import { leftOutNow } from "../../src/core/history/noLongerCounted";
import { actionText, sealSnapshot } from "../../src/core/history/snapshot";

const run = (values: CellValue[][], name = "Peer Review") => analyseWorkbook({ sheets: [{ name, firstRow: 1, firstColumn: 1, values, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");
const notInfo = (a: Analysis) => a.findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.row, f.message]);
const tablesSaid = (a: Analysis) => a.findings.filter((f) => f.code === "table-below-plan").map((f) => [f.severity, f.row, f.message]);

/** As the minutes record the meetings: who leads, which meeting, and when. */
const MEETINGS: CellValue[][] = [
  ["Lead", "Meeting", "Date"],
  ["Strategic Partners", "Strategic Group", "12 October 2021"],
  ["LSCP Business Manager", "Management Executive Board", "9 November 2021"],
];
/** The delivery plan's actions 2.1, 5.2, 5.3 and 7.2 in three columns, the rating last or first. */
const DELIVERY: [string, string, string][] = [
  ["2.1", "Produce the LSCP Annual Report", "B"],
  ["5.2", "Monitor use and impact of Neglect strategy", "G"],
  ["5.3", "Monitor use and impact of GCP2 by trained staff and promote its use", "A"],
  ["7.2", "Ensure compliance with WT 2018 – Part 2, Sections 63 and 64", "R"],
];
const ratedLast = (): CellValue[][] => [["Action No", "Action", "RAG"], ...DELIVERY];
const ratedFirst = (): CellValue[][] => [["RAG", "Action", "Action No"], ...DELIVERY.map(([no, action, rating]) => [rating, action, no])];

describe("a small table of meetings typed inside a wider plan's columns, below a blank row", () => {
  it.each([
    ["the peer review's seven columns (its dates under Action)", () => PEER_REVIEW_SEVEN],
    ["three columns rated last (its dates under RAG)", ratedLast],
    ["the delivery plan's seven columns (its dates under Action)", () => deliveryPlanSheet().values],
  ])("under %s, is left out, said for information: its rows hold no rating to count", (_, plan) => {
    const alone = run(plan());
    const a = run([...plan(), [], ...MEETINGS]);
    expect(a.totals).toEqual(alone.totals);
    expect(notInfo(a)).toEqual(notInfo(alone));
    expect(tablesSaid(a).map(([severity, row]) => [severity, row])).toEqual([["info", plan().length + 2]]);
  });

  it("with its dates typed as dates, is left out too", () => {
    const dated = MEETINGS.map((row, i) => (i === 0 ? row : [row[0]!, row[1]!, new Date(Date.UTC(2021, 9 + i, 12))]));
    const a = run([...PEER_REVIEW_SEVEN, [], ...dated]);
    expect(a.totals.total).toBe(7);
    expect(notInfo(a)).toEqual([]);
    expect(tablesSaid(a)).toHaveLength(1);
  });

  it("is said, so a user whose actions were taken for such a table is not left to find them gone from the counts", () => {
    const a = run([...PEER_REVIEW_SEVEN, [], ...MEETINGS]);
    expect(tablesSaid(a)).toEqual([
      ["info", 10, 'Rows 10 to 12 ("Lead", "Meeting", "Date") read as another table below the plan, so they are not counted as actions; if one is an action, give it a rating.'],
    ]);
    expect(tablesSaid(run(PEER_REVIEW_SEVEN))).toEqual([]);
  });

  it("is said once for each such table, the actions between them counted", () => {
    const next: CellValue[] = [8, "Learning from practice reviews", "Publish a learning briefing after each review", "LSCP Business Manager", "The first briefing is drafted.", "Green"];
    const panels: CellValue[][] = [
      ["Chair", "Panel", "Date of meeting"],
      ["Independent Scrutineer", "Learning and Practice Review Panel", "3 November 2021"],
    ];
    const a = run([...PEER_REVIEW_SEVEN, [], ...MEETINGS, [], next, [], ...panels]);
    expect(a.totals.total).toBe(8);
    expect(tablesSaid(a)).toEqual([
      ["info", 10, 'Rows 10 to 12 ("Lead", "Meeting", "Date") read as another table below the plan, so they are not counted as actions; if one is an action, give it a rating.'],
      ["info", 16, 'Rows 16 and 17 ("Chair", "Panel", "Date of meeting") read as another table below the plan, so they are not counted as actions; if one is an action, give it a rating.'],
    ]);
  });

  it("is kept among the rows not counted, and the actions below it are read on", () => {
    const next: CellValue[] = [8, "Learning from practice reviews", "Publish a learning briefing after each review", "LSCP Business Manager", "The first briefing is drafted.", "Green"];
    const a = run([...PEER_REVIEW_SEVEN, [], ...MEETINGS, [], next]);
    expect(a.totals.total).toBe(8);
    expect(a.trackers[0]!.rowsNotCounted?.map(({ row, readAs, recommendation, actions }) => [row, readAs, recommendation, actions])).toEqual([
      [10, "table", "Meeting", "Date"],
      [11, "table", "Strategic Group", "12 October 2021"],
      [12, "table", "Management Executive Board", "9 November 2021"],
    ]);
  });
});

describe("rows below a blank row that are not such a table are still counted", () => {
  it("a new action typed in short words, not rated yet, is counted and warned unrated", () => {
    const a = run([...PEER_REVIEW_SEVEN, [], ["8", "Practice reviews", "Publish a learning briefing", "LSCP Business Manager"]]);
    expect(a.totals.total).toBe(8);
    expect(notInfo(a)).toEqual([["rating-unrated", 10, "Row 10: action 8 has no rating; enter Blue (B), Green (G), Amber (A) or Red (R)."]]);
    expect(tablesSaid(a)).toEqual([]);
  });

  it("new actions in short words, their time scales dated where the plan keeps its time scales, are counted and warned unrated", () => {
    const plan = deliveryPlanSheet().values;
    const rows = plan.length;
    const a = run([
      ...plan,
      [],
      [null, "8.1", "Publish a learning briefing", "Briefing published", "March 2022", "LPR Group"],
      [null, "8.2", "Audit the briefing's use", "Audit report", "12 October 2021", "LPR Group"],
    ]);
    expect(a.totals.total).toBe(run(plan).totals.total + 2);
    const unrated = (x: Analysis) =>
      notInfo(x)
        .filter(([code]) => code === "rating-unrated")
        .map(([, row]) => row);
    expect(unrated(a)).toEqual([...unrated(run(plan)), rows + 2, rows + 3]);
  });

  it("new actions of an action log numbered by the meeting's date, under a short heading, are counted", () => {
    // "Minute ref" is the log's number column, and a team numbers its actions by the meeting that agreed them.
    const log: CellValue[][] = [
      ["Minute ref", "Action", "Lead", "Due", "RAG"],
      ["12/10/2021", "Produce the LSCP Annual Report", "LSCP Business Manager", "December 2021", "B"],
      ["12/10/2021", "Monitor use and impact of Neglect strategy", "Neglect Sub Group", "March 2022", "G"],
      [],
      ["Strategic Group", "Actions agreed"],
      ["09/11/2021", "Develop multi-agency audit programme", "QA Sub Group", "March 2022"],
      ["09/11/2021", "Monitor use and impact of GCP2 by trained staff", "Neglect Sub Group", "March 2022"],
    ];
    const a = run(log);
    expect(a.actions.map((x) => x.row)).toEqual(expect.arrayContaining([6, 7]));
    expect(tablesSaid(a)).toEqual([]);
  });

  it("new actions agreed at meetings, worded as actions under a short heading with their meeting's date, are counted, not taken for a table of meetings", () => {
    const agreed: CellValue[][] = [
      ["Meeting", "Action agreed", "Date"],
      ["Strategic Group", "Revise the Learning and Improvement Framework", "12 October 2021"],
      ["Management Executive Board", "Agree a multiagency dataset based on priority areas", "9 November 2021"],
    ];
    const plan = PEER_REVIEW_SEVEN.slice(0, 2);
    const a = run([...plan, [], ...agreed]);
    expect(a.actions.map((x) => x.row)).toEqual(expect.arrayContaining([5, 6]));
    expect(tablesSaid(a)).toEqual([]);
  });

  it("under three columns rated first, its dates under the number column, is counted, as a log numbered by dates would be", () => {
    const a = run([...ratedFirst(), [], ...MEETINGS]);
    expect(a.totals.total).toBeGreaterThan(run(ratedFirst()).totals.total);
    expect(tablesSaid(a)).toEqual([]);
  });

  it("a table whose rows are rated is read as before, its ratings counted", () => {
    const partners: CellValue[][] = [
      ["Partner", "Meeting", "Assurance"],
      ["Essex Police", "12 October 2021", "Green"],
    ];
    const a = run([...ratedLast(), [], ...partners]);
    expect(a.totals.total).toBe(6);
    expect(tablesSaid(a)).toEqual([]);
  });

  it("straight under the last action, with no blank row between, the table is read as the plan's rows, as a new action added there would be", () => {
    const a = run([...PEER_REVIEW_SEVEN, ...MEETINGS]);
    expect(a.totals.total).toBe(10);
  });
});

describe("compared with a report an earlier version recorded, which counted the table's rows as actions", () => {
  const JULY = "2021-07-13";
  const NOVEMBER = "2021-11-01";
  const analysisOf = (date: string) =>
    analyseWorkbook(
      {
        sheets: [
          {
            name: "Peer Review",
            firstRow: 1,
            firstColumn: 1,
            values: [...PEER_REVIEW_SEVEN, [], ...MEETINGS],
            merges: [],
          },
        ],
      },
      settingsSchema.parse({ asOf: date }),
      "2022-06-01",
    );
  const { seal: _seal, ...report } = recordSnapshot(analysisOf(JULY), {
    date: JULY,
    recordedAt: `${JULY}T09:00:00Z`,
    recordedBy: null,
  });
  const last = report.actions.at(-1)!;
  // The earlier version read each row of the table as an unrated action numbered by its first cell.
  const asAction = (row: number, [ref, recommendation, actions]: CellValue[]) => ({
    ...last,
    id: `Peer Review#${String(ref)}`,
    row,
    ref: String(ref),
    rating: "Unrated",
    complete: false,
    title: String(actions),
    text: actionText({
      recommendation: String(recommendation),
      actions: String(actions),
    }),
  });
  const july = sealSnapshot({
    ...report,
    actions: [...report.actions, ...MEETINGS.map((cells, i) => asAction(10 + i, cells))],
  });
  const november = analysisOf(NOVEMBER);

  it("has them no longer counted, not removed", () => {
    const changes = compareSnapshots(july, liveSnapshot(november, july), "now", leftOutNow(november));
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.row, x.reason])).toEqual([
      [10, "table"],
      [11, "table"],
      [12, "table"],
    ]);
    expect(changeSentence(changes)).toMatch(/^No ratings changed since 13 July 2021; 3 rows no longer counted as actions \(rows of another table below the plan\)/);
    expect(changeNotes(changes)).toContain(
      "The 3 rows of “Peer Review” no longer counted are still in the plan: the earlier report counted them as actions, and they are now read as rows of another table below the plan.",
    );
  });
});
