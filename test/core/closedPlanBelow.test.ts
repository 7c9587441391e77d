/**
 * Last year's plan, closed, kept below this year's on the same sheet under a title that says so
 * ("Previous action plan 2019-20 (closed)", "Completed actions - archive"): the live plan is counted,
 * the closed one is not, and the check says so once.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";
import { countingNotes } from "../../src/core/countingNotes";
import { isClosedPlanTitle } from "../../src/core/closedPlanBelow";
import { PEER_REVIEW_DETAIL, PEER_REVIEW_INDEX_ROWS, PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { deliveryPlanSheet } from "../fixtures/deliveryPlan";

const HEADER = ["Category", "Rec\nNo", "Recommendation", "Specific Actions", "Response", "RAG \nRating"];
/** The peer review plan's recommendations `from` to `to`, as its rows read. */
const peerRows = (from: number, to: number): CellValue[][] =>
  PEER_REVIEW_ROWS.filter(([, no]) => no >= from && no <= to).map(([category, no, recommendation, rating]) => {
    const [actions, response] = PEER_REVIEW_DETAIL[no] ?? [`Specific actions for recommendation ${no}.`, `Progress on recommendation ${no}.`];
    return [category, no, recommendation, actions, response, rating];
  });
/** This year's plan: recommendations 14 to 26 (11 blue, 2 green) on rows 4 to 16. */
const LIVE: CellValue[][] = [["Peer Review Action Plan 2021-22"], [], HEADER, ...peerRows(14, 26)];
const LIVE_COUNTS = { Blue: 11, Green: 2, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 };
/** Last year's: recommendations 1 to 13 (12 blue, 1 green). */
const CLOSED = peerRows(1, 13);
const sheet = (values: CellValue[][]): SheetSnapshot => ({ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges: [] });
const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [sheet(values)] }, DEFAULT_SETTINGS, "2021-11-01");
const closedFindings = (a: Analysis) => a.findings.filter((f) => f.code === "closed-plan");

describe("a closed plan kept below the live one", () => {
  it("with its own header under its title is not counted, and check says where it starts and how many rows it holds", () => {
    const a = run([...LIVE, [], ["Previous action plan 2019-20 (closed)"], HEADER, ...CLOSED]);
    expect(a.totals.total).toBe(13);
    expect(a.totals.counts).toMatchObject(LIVE_COUNTS);
    expect(a.trackers[0]).toMatchObject({ headerRow: 3, lastRow: 16 });
    expect(closedFindings(a)).toEqual([
      {
        sheet: "Peer Review",
        row: 18,
        code: "closed-plan",
        severity: "info",
        value: "Previous action plan 2019-20 (closed)",
        message: 'Row 18 ("Previous action plan 2019-20 (closed)") heads a closed plan below the table headed on row 3, so its 13 rated rows, from row 20 down, are not counted; if they belong to the plan reported, move them above row 18.',
      },
    ]);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
    // The RAG Summary, the Committee Pack and the outcome line say it beside the counts.
    expect(countingNotes(a.findings)).toEqual([
      'On sheet "Peer Review", row 18 ("Previous action plan 2019-20 (closed)") heads a closed plan below the table headed on row 3, so its 13 rated rows, from row 20 down, are not counted; if they belong to the plan reported, move them above row 18.',
    ]);
  });

  it("after two blank rows, titled as an archive, is not counted either", () => {
    const a = run([...LIVE, [], [], ["Completed actions - archive"], HEADER, ...CLOSED]);
    expect(a.totals.counts).toMatchObject(LIVE_COUNTS);
    expect(closedFindings(a).map((f) => f.row)).toEqual([19]);
  });

  it("with a header of its own columns, naming more of them than the live plan's, still leaves the live plan the one read", () => {
    // The delivery plan 2019-20 under its header, its title left out: 101 actions, 99 of them rated, from row 21.
    const delivery = deliveryPlanSheet().values.slice(1);
    const a = run([...LIVE, [], ["Previous action plan 2019-20 (closed)"], ...delivery]);
    expect(a.trackers[0]).toMatchObject({ headerRow: 3, lastRow: 16 });
    expect(a.totals.counts).toMatchObject(LIVE_COUNTS);
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
    expect(closedFindings(a)[0]!.message).toMatch(/^Row 18 \("Previous action plan 2019-20 \(closed\)"\) heads a closed plan below the table headed on row 3, so its 99 rated rows, from row 21 down, are not counted;/);
  });

  it("under its title alone, with no header of its own, is a section of the live plan and counted: leaving live actions out is worse than counting closed ones", () => {
    const a = run([...LIVE, [], ["Previous action plan 2019-20 (closed)"], ...CLOSED]);
    expect(a.totals.total).toBe(26);
    expect(a.trackers[0]).toMatchObject({ headerRow: 3, lastRow: 31 });
    expect(closedFindings(a)).toEqual([]);
  });

  it("is told apart from the live plan's own sections: done actions moved to its foot, and actions carried forward, are counted", () => {
    for (const title of ["Completed actions", "Closed actions", "Actions carried forward from the previous plan", "Strategic Aim 2 – Previous plan's actions"]) {
      const a = run([...LIVE, [], [title], ...CLOSED]);
      expect(a.totals.total, title).toBe(26);
      expect(closedFindings(a)).toEqual([]);
    }
  });

  /** The whole peer review plan, recommendations `moved` kept at its foot under `title`, the index below. */
  const withFoot = (title: string, moved: number[], header: CellValue[][] = []): CellValue[][] => [
    ["Peer Review Action Plan 2021-22"],
    [],
    HEADER,
    ...PEER_REVIEW_ROWS.filter(([, no]) => !moved.includes(no)).flatMap(([, no]) => peerRows(no, no)),
    [],
    [title],
    ...header,
    ...moved.flatMap((no) => peerRows(no, no)),
    [],
    ...PEER_REVIEW_INDEX_ROWS,
  ];
  const ALL_COUNTS = { Blue: 23, Green: 3, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 };

  it("counts the done actions a team moves to the plan's foot, whatever words head them, with the plan's header repeated or not", () => {
    // The six blue recommendations 20 to 24 and 26, moved below once complete.
    const done = [20, 21, 22, 23, 24, 26];
    for (const title of ["Completed action plan items", "Completed plan actions", "Closed plan actions", "Plan actions - completed", "Actions archived once evidence is in", "Evidence archive"]) {
      for (const header of [[], [HEADER]]) {
        const a = run(withFoot(title, done, header));
        expect(a.totals.counts, `${title}, ${header.length} header`).toMatchObject(ALL_COUNTS);
        expect(closedFindings(a), title).toEqual([]);
      }
    }
  });

  it("counts the open actions carried over from last year's plan under a title saying they are live, with the plan's header repeated or not", () => {
    // The three green recommendations 3, 19 and 25: the committee must see them, not a plan all blue.
    const open = [3, 19, 25];
    for (const title of ["Previous plan actions still open", "Previous plan - outstanding actions", "Previous plan: actions not yet complete", "Actions from last year's plan still open", "Previous action plan - actions in progress"]) {
      for (const header of [[], [HEADER]]) {
        const a = run(withFoot(title, open, header));
        expect(a.totals.counts, `${title}, ${header.length} header`).toMatchObject(ALL_COUNTS);
        expect(closedFindings(a), title).toEqual([]);
      }
    }
  });

  it("reads a title as a closed plan's only where it says the plan is closed, superseded or archived, or is last year's with no word of live actions", () => {
    const closed = [
      "Previous action plan 2019-20 (closed)",
      "Action plan 2019-20 – closed",
      "Delivery Plan 2019-2020 – completed",
      "Closed action plan 2019/20",
      "Superseded action plan",
      "Completed actions - archive",
      "Archived actions 2019-20",
      "Archive",
      "Last year's action plan",
      "2019-20 Previous plan",
      "Previous plan actions",
    ];
    const live = [
      "Completed action plan items",
      "Completed plan actions",
      "Closed plan actions",
      "Plan actions - completed",
      "Actions archived once evidence is in",
      "Evidence archive",
      "Previous plan actions still open",
      "Previous plan - outstanding actions",
      "Previous plan: actions not yet complete",
      "Previous plan - remaining actions",
      "Previous plan actions (ongoing)",
      "Previous plan - to do",
      "Previous action plan – actions carried forward",
      "Completed actions",
      "Strategic Aim 2 – Previous plan's actions",
    ];
    expect(closed.filter((title) => !isClosedPlanTitle(title))).toEqual([]);
    expect(live.filter(isClosedPlanTitle)).toEqual([]);
  });
});
