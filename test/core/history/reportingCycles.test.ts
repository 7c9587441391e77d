/**
 * Reporting cycles as a business team runs them: the findings of the review of reporting cycles,
 * each on the rows of the reference documents (the peer review action plan, the case reviews of
 * the committee minutes, the Delivery Plan 2019-2020).
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../../src/core/cells";
import { liveSnapshot, NewerReportError, recordSnapshot, storedSnapshots, withSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, ratingRanks } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { matchActions, SIMILAR_WORDING, wordingSimilarity } from "../../../src/core/history/matching";
import { readSnapshot, sealSnapshot, type Snapshot } from "../../../src/core/history/snapshot";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { outcomeMessage } from "../../../src/core/outcome";
import { buildHistoryPlan } from "../../../src/core/history/historyPlan";
import { trend } from "../../../src/core/history/trend";
import { PEER_REVIEW_DETAIL, peerReviewSheet } from "../../fixtures/peerReview";
import { caseReviewSheet } from "../../fixtures/caseReviews";
import { DELIVERY_HEADER, DELIVERY_PLAN, DELIVERY_TITLE } from "../../../scripts/sample/deliveryPlan";

/** The day the tests run, after every date their rows hold: reports are of earlier dates, as when a past report is reproduced. */
const TODAY = "2022-06-01";

const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: "Business Manager" });

function analysisOf(sheets: SheetSnapshot[], date: string, staleDays = 90) {
  return analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: date, staleDays }), TODAY);
}

function record(sheets: SheetSnapshot[], date: string, previous?: Snapshot, staleDays = 90): Snapshot {
  return recordSnapshot(analysisOf(sheets, date, staleDays), meta(date), previous);
}

const named = (list: { review: string; ref: string }[]) => list.map((a) => `${a.review} ${a.ref}`);
const packTexts = (plan: ReturnType<typeof buildPackPlan>) => plan.rows.flat().map((c) => ("value" in c ? String(c.value) : ""));

/** The peer review sheet with its rows edited: `edit` gets the value rows (title, blank and header rows excluded). */
function peerReview(edit: (rows: CellValue[][]) => void = () => undefined, name = "Peer Review"): SheetSnapshot {
  const sheet = peerReviewSheet();
  const top = sheet.values.slice(0, 3);
  const rows = sheet.values.slice(3).map((r) => [...r]);
  edit(rows);
  return { ...sheet, name, values: [...top, ...rows] };
}
/** Index of recommendation `no` among peerReview's value rows (a blank row follows rec 7). */
const rec = (rows: CellValue[][], no: number) => rows.findIndex((r) => r[1] === no);
const PR_RATING = 5;

describe("1: a renamed review is the same review", () => {
  it('"Sam and Kyle" written "Sam & Kyle", the grouping the summaries use, moves nothing', () => {
    const first = record([caseReviewSheet()], "2022-02-01");
    const ampersand = [caseReviewSheet((row) => void (row[0] === "Sam and Kyle" && (row[0] = "Sam & Kyle")))];
    for (const second of [record(ampersand, "2022-06-01", first), record(ampersand, "2022-06-01")]) {
      const changes = compareSnapshots(first, second);
      expect([changes.added.length, changes.removed.length, changes.moves.length]).toEqual([0, 0, 0]);
      expect(changes.byReview).toHaveLength(3);
      expect(changes.renamedReviews).toEqual([]);
    }
  });

  it("a review named after its sheet keeps its actions when the tab is renamed, and the rename is said", () => {
    const first = record([peerReview()], "2022-02-01");
    // Renamed, and rec 3 (Shared and agreed priorities) completed in the same cycle.
    const renamed = [peerReview((rows) => void (rows[rec(rows, 3)]![PR_RATING] = "B"), "Peer Review Action Plan")];
    for (const second of [record(renamed, "2022-06-01", first), record(renamed, "2022-06-01")]) {
      const changes = compareSnapshots(first, second);
      expect([changes.added.length, changes.removed.length]).toEqual([0, 0]);
      expect(changes.moves.map((m) => [m.after.review, m.after.ref, m.before.rating, m.after.rating, m.direction])).toEqual([["Peer Review Action Plan", "3", "Green", "Blue", "improved"]]);
      expect(changes.renamedReviews).toEqual([{ from: "Peer Review", to: "Peer Review Action Plan" }]);
      expect(changeNotes(changes)).toContain("“Peer Review” is now named “Peer Review Action Plan”; its actions are compared as the same review.");
    }
  });

  it("a review that ends while another, with other actions, begins is not taken for a rename", () => {
    const first = record([caseReviewSheet()], "2022-02-01");
    const sheet = caseReviewSheet();
    sheet.values = sheet.values.filter((r) => r[0] !== "Frankie");
    // Shay and Ashley, whose learning the minutes say is published but not yet ratified.
    sheet.values.push(
      ["Shay and Ashley", 1, "Information sharing", "Publish the learning from the review once ratified.", "Business Manager to present the learning to the Strategic Group for ratification.", "", "Children's Social Care", "March 2022", null, "Amber"],
      ["Shay and Ashley", 2, "Working with resistance", "Share the learning with schools.", "Run a briefing for designated safeguarding leads.", "", "Education", "April 2022", null, "Amber"],
    );
    const changes = compareSnapshots(first, record([sheet], "2022-06-01", first));
    expect(changes.renamedReviews).toEqual([]);
    expect([changes.added.length, changes.removed.length]).toEqual([2, 14]);
  });
});

describe("1b: the pack's history and counts follow a review by its name now", () => {
  const rows = (plan: ReturnType<typeof buildHistoryPlan>) => plan.rows.map((r) => r.map((c) => ("value" in c ? String(c.value) : "")));
  /** The rows of the history's table headed `review`, down to the gap under it. */
  const tableOf = (plan: ReturnType<typeof buildHistoryPlan>, review: string) => {
    const all = rows(plan);
    const start = all.findIndex((r) => r.length === 1 && r[0] === review);
    expect(start, `a table headed "${review}"`).toBeGreaterThan(0);
    const end = all.findIndex((r, i) => i > start && r.length === 0);
    return all.slice(start + 2, end);
  };

  it("a renamed review is one review in the history and in the counts by review, under its new name, its rename said once", () => {
    const first = record([peerReview()], "2021-11-02");
    const second = record([peerReview()], "2022-02-01", first);
    // The tab renamed, and rec 13 replaced by an unrelated action under its number: removed and new, within the one review.
    const annualReport: CellValue[] = ["Finance", 13, "Produce the LSCP Annual Report", "Produce the LSCP Annual Report", "Annual Report published.", "B"];
    const third = record([peerReview((rows) => void (rows[rec(rows, 13)] = annualReport), "Peer Review Action Plan")], "2022-05-03", second);
    const changes = compareSnapshots(second, third);
    expect(changes.renamedReviews).toEqual([{ from: "Peer Review", to: "Peer Review Action Plan" }]);
    expect([named(changes.added), named(changes.removed)]).toEqual([["Peer Review Action Plan 13"], ["Peer Review 13"]]);
    expect(changes.byReview.map((g) => [g.name, g.added, g.removed])).toEqual([["Peer Review Action Plan", 1, 1]]);

    const history = trend([first, second, third]);
    expect(history.byReview.map((r) => [r.name, r.points.map((p) => p.total)])).toEqual([["Peer Review Action Plan", [26, 26, 26]]]);
    const plan = buildHistoryPlan(history, third);
    expect(rows(plan).filter((r) => r[0] === "Peer Review")).toEqual([]);
    // Each report's date and total, then the note.
    expect(tableOf(plan, "Peer Review Action Plan").map((r) => r.filter((_, i) => i === 0 || i === r.length - 1).join(": "))).toEqual([
      "2 November 2021: 26",
      "1 February 2022: 26",
      "3 May 2022: 26",
      "Named “Peer Review” up to the report of 1 February 2022.",
    ]);
  });

  it("a review renamed and renamed back names the reports its other name was used at, not every report up to its last", () => {
    const leo = (name: string) => [caseReviewSheet((row) => void (row[0] === "Leo" && (row[0] = name)))];
    const dates = ["2021-07-13", "2021-10-01", "2021-11-02", "2022-02-01", "2022-05-03"];
    const names = ["Leo", "Leo", "Leo CSPR", "Leo CSPR", "Leo"];
    const reports: Snapshot[] = [];
    names.forEach((name, i) => reports.push(record(leo(name), dates[i]!, reports.at(-1))));
    const history = trend(reports);
    const line = history.byReview.find((r) => r.name === "Leo")!;
    expect(line.points.map((p) => p.total)).toEqual([14, 14, 14, 14, 14]);
    expect(line.formerNames).toEqual([{ name: "Leo CSPR", from: "2021-11-02", until: "2022-02-01" }]);
    expect(tableOf(buildHistoryPlan(history, reports.at(-1)!), "Leo").at(-1)).toEqual(["Named “Leo CSPR” from the report of 2 November 2021 to the report of 1 February 2022."]);
    // Used at one report only: that report is named.
    const once = reports.slice(0, 3).concat(record(leo("Leo"), "2022-02-01", reports[2]));
    expect(trend(once).byReview.find((r) => r.name === "Leo")!.formerNames).toEqual([{ name: "Leo CSPR", from: "2021-11-02", until: "2021-11-02" }]);
    expect(tableOf(buildHistoryPlan(trend(once), once.at(-1)!), "Leo").at(-1)).toEqual(["Named “Leo CSPR” at the report of 2 November 2021."]);
  });

  it("a review renamed, renamed back and renamed again is one review, its former name's two runs named once", () => {
    const leo = (name: string) => [caseReviewSheet((row) => void (row[0] === "Leo" && (row[0] = name)))];
    const dates = ["2021-07-13", "2021-10-01", "2021-11-02", "2022-02-01"];
    const names = ["Leo", "Leo CSPR", "Leo", "Leo CSPR"];
    const reports: Snapshot[] = [];
    names.forEach((name, i) => reports.push(record(leo(name), dates[i]!, reports.at(-1))));
    const history = trend(reports);
    expect(history.byReview.map((r) => [r.name, r.points.map((p) => p.total)])).toEqual([
      ["Frankie", [14, 14, 14, 14]],
      ["Sam and Kyle", [18, 18, 18, 18]],
      ["Leo CSPR", [14, 14, 14, 14]],
    ]);
    const line = history.byReview.find((r) => r.name === "Leo CSPR")!;
    expect(line.formerNames).toEqual([
      { name: "Leo", from: "2021-07-13", until: "2021-07-13" },
      { name: "Leo", from: "2021-11-02", until: "2021-11-02" },
    ]);
    expect(tableOf(buildHistoryPlan(history, reports.at(-1)!), "Leo CSPR").at(-1)).toEqual(["Named “Leo” up to the report of 13 July 2021 and at the report of 2 November 2021."]);
  });

  it("names a review as the plan spells it now, and shows a review not yet in the plan by dashes with a note, not noughts", () => {
    const first = record([caseReviewSheet()], "2021-11-02");
    const sheet = caseReviewSheet((row) => void (row[0] === "Sam and Kyle" && (row[0] = "Sam & Kyle")));
    // Shay and Ashley, whose learning the minutes say is published but not yet ratified.
    sheet.values.push(["Shay and Ashley", 1, "Information sharing", "Publish the learning from the review once ratified.", "Business Manager to present the learning to the Strategic Group for ratification.", "", "Children's Social Care", "March 2022", null, "Amber"]);
    const second = record([sheet], "2022-02-01", first);
    const changes = compareSnapshots(first, second);
    expect(changes.byReview.map((g) => g.name)).toEqual(["Frankie", "Sam & Kyle", "Leo", "Shay and Ashley"]);
    const history = trend([first, second]);
    expect(history.byReview.map((r) => r.name)).toEqual(["Frankie", "Sam & Kyle", "Leo", "Shay and Ashley"]);
    const plan = buildHistoryPlan(history, second);
    expect(rows(plan).filter((r) => r[0] === "Sam and Kyle")).toEqual([]);
    const shay = tableOf(plan, "Shay and Ashley");
    expect(shay[0]).toEqual(["2 November 2021", ...history.ratings.map(() => "–"), "–"]);
    expect(shay[1]!.at(-1)).toBe("1");
    expect(shay[2]).toEqual(["A dash marks a report at which this review was not yet in the plan."]);
  });
});

describe("2: whether a rating improved comes from what it means, not where the key lists it", () => {
  // The peer review's index, on a key sheet listed Red first ("RAG" order).
  const redFirstKey: SheetSnapshot = {
    name: "RAG Key",
    firstRow: 1,
    firstColumn: 1,
    merges: [],
    values: [
      ["Rating", "Meaning"],
      ["Red", "Action experiencing threatening problems and issues, behind schedule and not expected to recover."],
      ["Amber", "Action commenced, some delay will recover to completion."],
      ["Green", "Action on track and progressing to plan."],
      ["Blue", "Action complete."],
    ],
  };
  // Case review rows: Frankie 12 Amber, Leo 2 Green, Leo 5 made Red.
  const FRANKIE_12 = 13;
  const LEO_2 = 35;
  const LEO_5 = 38;
  const rated = (edits: Record<number, string>) => caseReviewSheet((row, i) => void (edits[i + 2] !== undefined && (row[9] = edits[i + 2]!)));

  it("a key listed Red, Amber, Green, Blue calls Amber → Blue and Red → Amber improved, Green → Red worsened", () => {
    const first = record([redFirstKey, rated({ [LEO_5]: "Red" })], "2021-07-01");
    expect(first.index.map((e) => e.name)).toEqual(["Red", "Amber", "Green", "Blue"]);
    const second = record([redFirstKey, rated({ [FRANKIE_12]: "Blue", [LEO_5]: "Amber", [LEO_2]: "Red" })], "2021-10-01", first);
    const changes = compareSnapshots(first, second);
    expect(changes.moves.map((m) => `${m.after.review} ${m.after.ref}: ${m.before.rating} → ${m.after.rating} ${m.direction}`)).toEqual([
      "Frankie 12: Amber → Blue improved",
      "Leo 2: Green → Red worsened",
      "Leo 5: Red → Amber improved",
    ]);
    expect(changeSentence(changes)).toMatch(/^Since 1 July 2021: 1 action moved to blue; 1 action improved to amber; 1 action worsened to red;/);
  });

  it("ranks the complete ratings first, then from the complete end of the list, in either order", () => {
    const entry = (name: string, complete = false) => ({ code: name[0]!, name, colour: "", complete });
    const order = (index: ReturnType<typeof entry>[]) => [...ratingRanks(index)].sort((a, b) => a[1] - b[1]).map(([n]) => n);
    expect(order([entry("Blue", true), entry("Green"), entry("Amber"), entry("Red")])).toEqual(["Blue", "Green", "Amber", "Red"]);
    expect(order([entry("Red"), entry("Amber"), entry("Green"), entry("Blue", true)])).toEqual(["Blue", "Green", "Amber", "Red"]);
    // The minutes' meaning: blue embedded, green complete but not yet embedded; both complete, blue the better.
    expect(order([entry("Red"), entry("Amber"), entry("Green", true), entry("Blue", true)])).toEqual(["Blue", "Green", "Amber", "Red"]);
    // A key with no complete rating ("Blue | Not started", …, "Green | On track"): its traffic-light colours ranked from Green, so Red to Green
    // improves; Blue, not started, has no rank, neither better nor worse than on track.
    expect(order([entry("Blue"), entry("Red"), entry("Amber"), entry("Green")])).toEqual(["Green", "Amber", "Red"]);
  });
});

describe("3: no progress reported, by a rule a committee would find fair", () => {
  /** Objective 2 of Strategic Aim 1 of the Delivery Plan, which has no progress column. */
  function deliveryPlan(ratings: Record<string, string> = {}): SheetSnapshot {
    const { objective, actions } = DELIVERY_PLAN[0]!.objectives[1]!;
    const rows = actions.map(([no, action, measure, timeScale, lead, rating]) => [objective, no, action, measure, timeScale, lead, ratings[no] ?? rating] as CellValue[]);
    return { name: "Delivery Plan 2019-20", firstRow: 1, firstColumn: 1, merges: [], values: [[DELIVERY_TITLE], DELIVERY_HEADER, ...rows] };
  }

  it("does not count actions on a sheet with no progress column, and says so", () => {
    const first = record([deliveryPlan(), peerReview()], "2022-02-01");
    const second = record([deliveryPlan({ "2.8": "G" }), peerReview()], "2022-06-01", first);
    const changes = compareSnapshots(first, second);
    expect(changes.moves.map((m) => [m.after.ref, m.direction])).toEqual([["2.8", "improved"]]);
    expect(changes.noProgress.filter((a) => a.sheet === "Delivery Plan 2019-20")).toEqual([]);
    // 2.6 (Green) and 2.8 (now Green) are open; the peer review's three open actions are still judged.
    expect(named(changes.progressNotKept)).toEqual(["Delivery Plan 2019-20 2.6", "Delivery Plan 2019-20 2.8"]);
    expect(named(changes.noProgress)).toEqual(["Peer Review 3", "Peer Review 19", "Peer Review 25"]);
    expect(changeNotes(changes)).toContain("Progress is not judged for 2 open actions on “Delivery Plan 2019-20”, which holds no progress updates.");
  });

  it("shows as not checked, never as 0, the counts a sheet gives no means to check, and says why where the pack counts them", () => {
    const first = record([deliveryPlan(), peerReview()], "2022-02-01");
    const sheets = [deliveryPlan({ "2.8": "G" }), peerReview()];
    const changes = compareSnapshots(first, record(sheets, "2022-06-01", first));
    // The delivery plan keeps no progress update or last-updated date; the peer review plan no last-updated date or time scale.
    expect(changes.byReview.map((g) => [g.name, g.notChecked])).toEqual([
      ["Delivery Plan 2019-20", ["noProgress", "newlyStale"]],
      ["Peer Review", ["newlyStale", "newlyOverdue"]],
    ]);
    expect(changeNotes(changes)).toEqual(
      expect.arrayContaining([
        "“Delivery Plan 2019-20” had no last-updated dates in the report recorded for 1 June 2022, so its 2 open actions are not checked for being newly past 90 days without an update.",
        "“Peer Review” had no last-updated dates in the report recorded for 1 June 2022, so its 3 open actions are not checked for being newly past 90 days without an update.",
        "“Peer Review” had no due dates in the report recorded for 1 June 2022, so its 3 open actions are not checked for being newly overdue.",
      ]),
    );
    // One action is said as the summary's sentences say it.
    const oneOpen = compareSnapshots(first, record([deliveryPlan(), peerReview((rows) => void ((rows[rec(rows, 3)]![PR_RATING] = "B"), (rows[rec(rows, 19)]![PR_RATING] = "B")))], "2022-06-01", first));
    expect(changeNotes(oneOpen)).toContain("“Peer Review” had no due dates in the report recorded for 1 June 2022, so its one open action is not checked for being newly overdue.");
    const plan = buildPackPlan(analysisOf(sheets, "2022-06-01"), changes);
    const rows = plan.rows.map((r) => r.map((c) => ("value" in c ? String(c.value) : "")));
    const header = rows.findIndex((r) => r[0] === "Review" && r.includes("Improved"));
    const counts = (review: string) => {
      const row = rows.slice(header).find((r) => r[0] === review)!;
      return Object.fromEntries(rows[header]!.map((h, i) => [h, row[i]]).slice(3));
    };
    expect(counts("Delivery Plan 2019-20")).toMatchObject({ Improved: "1", "No progress reported": "not checked", "Newly overdue": "0", "Newly past 90 days without an update": "not checked" });
    expect(counts("Peer Review")).toMatchObject({ Improved: "0", "No progress reported": "3", "Newly overdue": "not checked", "Newly past 90 days without an update": "not checked" });
    // The lists of every overdue and not updated action count those not checked beside them, and say which sheet they are on.
    const said = rows.map((r) => r[0]);
    expect(said).toContain("Overdue actions (1; 3 not checked)");
    expect(said).toContain("“Peer Review” has no time-scale column, so its 3 open actions are not checked for being overdue.");
    // The pack knows the plan's columns, so its notes on the changes say a sheet's lack as the notes under its lists do.
    expect(said).toContain("“Peer Review” has no time-scale column, so its 3 open actions are not checked for being newly overdue.");
    expect(said).toContain("“Delivery Plan 2019-20” has no last-updated column, so its 2 open actions are not checked for being newly past 90 days without an update.");
    expect(said.slice(said.indexOf("Not updated for more than 90 days (0; 5 not checked)"))).toEqual(
      expect.arrayContaining([
        "None among the actions checked.",
        "“Delivery Plan 2019-20” has no last-updated column, so its 2 open actions are not checked for being not updated for more than 90 days.",
        "“Peer Review” has no last-updated column, so its 3 open actions are not checked for being not updated for more than 90 days.",
      ]),
    );
  });

  it("counts a sheet whose time scales give no date anywhere as not checked for overdue, in the changes and the lists alike", () => {
    // Every time scale "As per meeting cycle": no action of the sheet can pass its date.
    const meetingCycle = (ratings: Record<string, string> = {}) => {
      const sheet = deliveryPlan(ratings);
      return { ...sheet, values: sheet.values.map((r, i) => (i < 2 ? r : r.map((v, c) => (c === 4 ? "As per meeting cycle" : v)))) };
    };
    const first = record([meetingCycle()], "2022-02-01");
    const sheets = [meetingCycle({ "2.8": "G" })];
    const changes = compareSnapshots(first, record(sheets, "2022-06-01", first));
    const analysis = analysisOf(sheets, "2022-06-01");
    expect(named(changes.overdueNotChecked)).toEqual(["Delivery Plan 2019-20 2.6", "Delivery Plan 2019-20 2.8"]);
    const said = packTexts(buildPackPlan(analysis, changes));
    expect(said).toContain("“Delivery Plan 2019-20” has no date in its time-scale column, so its 2 open actions are not checked for being newly overdue.");
    expect(said).toContain("Overdue actions (0; 2 not checked)");
    expect(said).toContain("“Delivery Plan 2019-20” has no date in its time-scale column, so its 2 open actions are not checked for being overdue.");
    // The summary, `check` and the outcome line say it by the same rule.
    expect(analysis.findings.find((f) => f.code === "not-judged")?.message).toBe(
      'Sheet "Delivery Plan 2019-20" has no last-updated column and no date in its time-scale column, so its 2 open actions are not checked for being stale or overdue; to have them checked, add a column headed "Last updated", or choose it under Column overrides in the task pane\'s settings, and give them a date in the time-scale column, such as "March 2023".',
    );
    expect(outcomeMessage(analysis)).toContain("0 overdue (2 not checked: no due dates)");
  });

  it("says which open actions a note on the changes counts where the sheet has new ones too, beside the list that counts them all", () => {
    const first = record([deliveryPlan()], "2022-02-01");
    const sheet = deliveryPlan();
    const added = [sheet.values[2]![0]!, "2.9", "Publish a partnership response to the national review", "Response published", "March 2023", "Strategic Group", "G"];
    const sheets = [{ ...sheet, values: [...sheet.values, added] }];
    const changes = compareSnapshots(first, record(sheets, "2022-06-01", first));
    expect(named(changes.added)).toEqual(["Delivery Plan 2019-20 2.9"]);
    expect(changeNotes(changes)).toContain(
      "“Delivery Plan 2019-20” had no last-updated dates in the report recorded for 1 June 2022, so 2 of its open actions, those in both reports, are not checked for being newly past 90 days without an update.",
    );
    const said = packTexts(buildPackPlan(analysisOf(sheets, "2022-06-01"), changes));
    expect(said).toContain("Not updated for more than 90 days (0; 3 not checked)");
    expect(said).toContain("“Delivery Plan 2019-20” has no last-updated column, so its 3 open actions are not checked for being not updated for more than 90 days.");
  });

  it("does not count an action whose rating improved, or whose last-updated date moved on; a worsened one still counts", () => {
    // Leo 6 to 9 are Amber (actions 37 to 40 of the sheet, counted from 0).
    const [LEO_6, LEO_7, LEO_8] = [37, 38, 39];
    const first = record([caseReviewSheet()], "2021-07-13");
    const sheet = caseReviewSheet((row, i) => {
      if (i === LEO_6) row[9] = "Green"; // better, progress text as it was
      if (i === LEO_7) row[8] = new Date(Date.UTC(2021, 9, 1)); // updated on 1 October, text as it was
      if (i === LEO_8) row[9] = "Red"; // worse, and nothing reported
    });
    const changes = compareSnapshots(first, record([sheet], "2021-11-01", first));
    const refs = named(changes.noProgress);
    expect(refs).not.toContain("Leo 6");
    expect(refs).not.toContain("Leo 7");
    expect(refs).toContain("Leo 8");
    expect(refs).toContain("Leo 9");
  });

  it("compares nothing as progress between the workbook and a report of the same date, and says why", () => {
    const analysis = analysisOf([caseReviewSheet()], "2026-12-02");
    const recorded = recordSnapshot(analysis, meta("2026-12-02"));
    const changes = compareSnapshots(recorded, liveSnapshot(analysis, recorded), "now");
    expect(changes.progressJudged).toBe(false);
    expect(changes.noProgress).toEqual([]);
    expect(changeSentence(changes)).toBe("No ratings changed since 2 December 2026. Both are dated 2 December 2026, so progress is not judged.");
    // Two reports given the wrong way round: no time passed either.
    const earlier = recordSnapshot(analysisOf([caseReviewSheet()], "2026-06-01"), meta("2026-06-01"));
    const backwards = compareSnapshots(recorded, earlier);
    expect(backwards.noProgress).toEqual([]);
    expect(changeSentence(backwards)).toBe("No ratings changed since 2 December 2026. 1 June 2026 comes before 2 December 2026, so progress is not judged.");
  });
});

describe("4: unrelated actions are never paired", () => {
  // Rec 13's own action, and an unrelated one from the Delivery Plan (2.1) put under its number.
  const BUDGET = PEER_REVIEW_DETAIL[13]![0];
  const annualReport = (no: number): CellValue[] => ["Finance", no, "Produce the LSCP Annual Report", "Produce the LSCP Annual Report", "Annual Report published.", "B"];
  /** The unrelated action as recommendation `no`, in place of `at` or (null) after the last. */
  const unrelated = (rows: CellValue[][], at: number | null, no: number) => {
    if (at === null) rows.splice(rows.map((r) => typeof r[1] === "number").lastIndexOf(true) + 1, 0, annualReport(no));
    else rows[at] = annualReport(no);
  };

  it("a deleted Red action whose number a new action takes is removed + new, not Red → Blue", () => {
    const first = record([peerReview((rows) => void (rows[rec(rows, 13)]![PR_RATING] = "R"))], "2021-07-01");
    const second = record([peerReview((rows) => unrelated(rows, rec(rows, 13), 13))], "2021-10-01", first);
    const changes = compareSnapshots(first, second);
    expect(changes.moves).toEqual([]);
    expect(changes.removed.map((a) => [a.ref, a.rating, a.title])).toEqual([["13", "Red", BUDGET]]);
    expect(changes.added.map((a) => [a.ref, a.rating])).toEqual([["13", "Blue"]]);
  });

  it("a new action never inherits the id of a deleted action that was renumbered earlier", () => {
    const first = record([peerReview((rows) => void (rows[rec(rows, 26)]![PR_RATING] = "R"))], "2021-07-01");
    // Rec 11 deleted, 12–26 renumbered 11–25: rec 26 (Red) is now 25 and keeps its id.
    const renumber = (rows: CellValue[][]) => {
      rows.splice(rec(rows, 11), 1);
      for (const r of rows) if (typeof r[1] === "number" && r[1] > 11) r[1] -= 1;
    };
    const second = record([peerReview((rows) => (renumber(rows), void (rows[rec(rows, 25)]![PR_RATING] = "R")))], "2021-10-01", first);
    const old26 = second.actions.find((a) => a.ref === "25")!;
    expect(old26.id).toBe(first.actions.find((a) => a.ref === "26")!.id);
    // That action deleted, and a new 26 added, rated Blue.
    const third = record([peerReview((rows) => (renumber(rows), rows.splice(rec(rows, 25), 1), unrelated(rows, null, 26)))], "2022-01-01", second);
    const added = third.actions.find((a) => a.ref === "26")!;
    expect(added.id).not.toBe(old26.id);
    const changes = compareSnapshots(second, third);
    expect(changes.moves).toEqual([]);
    expect(changes.removed.map((a) => [a.ref, a.rating])).toEqual([["25", "Red"]]);
    expect(changes.added.map((a) => [a.ref, a.rating])).toEqual([["26", "Blue"]]);
  });

  it("an id carried by an earlier version onto an unrelated action does not pair it", () => {
    const first = record([peerReview((rows) => void (rows[rec(rows, 26)]![PR_RATING] = "R"))], "2021-07-01");
    const gone = first.actions.find((a) => a.ref === "26")!;
    const later = record([peerReview((rows) => (rows.splice(rec(rows, 26), 1), unrelated(rows, null, 27)))], "2021-10-01", first);
    // As an earlier version could have stored it: the new action under the deleted one's id.
    const stored = { ...later, actions: later.actions.map((a) => (a.ref === "27" ? { ...a, id: gone.id } : a)) };
    const changes = compareSnapshots(first, stored);
    expect(changes.moves).toEqual([]);
    expect(named(changes.removed)).toEqual(["Peer Review 26"]);
  });

  it("pairs by number a reworded action, and by wording one reworded and renumbered at once", () => {
    const reworded = "Strategic Partners to agree the budget, including contingency for LCSPRs.";
    const first = record([peerReview()], "2021-07-01");
    const inPlace = record([peerReview((rows) => void ((rows[rec(rows, 13)]![3] = reworded), (rows[rec(rows, 13)]![PR_RATING] = "G")))], "2021-10-01");
    expect(compareSnapshots(first, inPlace).moves.map((m) => [m.before.ref, m.after.ref, m.before.rating, m.after.rating])).toEqual([["13", "13", "Blue", "Green"]]);
    // A new recommendation inserted above it: 13 is now 14, reworded too.
    const inserted = record(
      [
        peerReview((rows) => {
          rows[rec(rows, 13)]![3] = reworded;
          rows[rec(rows, 13)]![PR_RATING] = "G";
          for (const r of rows) if (typeof r[1] === "number" && r[1] >= 13) r[1] += 1;
          rows.splice(rec(rows, 12) + 1, 0, annualReport(13));
        }),
      ],
      "2021-10-01",
    );
    const changes = compareSnapshots(first, inserted);
    expect(changes.moves.map((m) => [m.before.ref, m.after.ref, m.before.rating, m.after.rating])).toEqual([["13", "14", "Blue", "Green"]]);
    expect(named(changes.added)).toEqual(["Peer Review 13"]);
    expect(changes.removed).toEqual([]);
  });

  it("counts wording as similar from half its meaningful words shared", () => {
    expect(SIMILAR_WORDING).toBe(0.5);
    expect(wordingSimilarity(BUDGET, "Strategic Partners to agree the budget, including contingency.")).toBeCloseTo(8 / 11);
    expect(wordingSimilarity(BUDGET, "Produce the LSCP Annual Report")).toBe(0);
    // At the threshold: 2 of 2 and 2 words, one shared, is similar; 1 of 3 and 3 is not.
    expect(wordingSimilarity("Revise framework", "Revise protocol")).toBe(0.5);
    expect(wordingSimilarity("Revise learning framework", "Revise budget protocol")).toBeCloseTo(1 / 3);
    // Joining words, case and spacing do not count.
    expect(wordingSimilarity("Review functions of business unit", "REVIEW the functions of the  business unit")).toBe(1);
  });

  it("pairs by number only at the threshold or above", () => {
    const base = record([peerReview()], "2021-07-01");
    const at13 = base.actions.find((a) => a.ref === "13")!;
    // Under another recommendation: the same one would pair them whatever the wording.
    const now = (title: string) => ({ ...at13, id: undefined, text: "changed", recommendation: "changed", title });
    // Against its 5 words (strategic, partners, discuss, agree, budget): 2 shared with 3 is 4/8, with 4 is 4/9.
    expect(matchActions([at13], [now("Strategic Partners to publish")]).pairs).toHaveLength(1);
    expect(matchActions([at13], [now("Strategic Partners to publish a report")]).pairs).toHaveLength(0);
  });
});

describe("8, 11, 12: the Committee Pack names what changed, in plain words", () => {
  const RATING = 9;
  const first = record([caseReviewSheet()], "2021-07-13");
  const sheet = caseReviewSheet();
  const rows = sheet.values;
  rows[2 + 35]![7] = "June 2021"; // Leo 4 now overdue
  rows[2 + 12]![8] = new Date(Date.UTC(2021, 4, 1)); // Frankie 13: not updated since 1 May
  rows.splice(2 + 13, 1); // Frankie 14 removed
  rows.push(["Leo", 15, "Information sharing", "Hold a learning event on information sharing.", "Hold a learning event on information sharing.", "Planned.", "Health", "March 2022", new Date(Date.UTC(2021, 9, 1)), "Green"]);
  rows[2 + 31]![RATING] = "Green"; // Leo 1 Blue → Green
  const second = record([sheet], "2021-11-01", first);
  const changes = compareSnapshots(first, second);
  const analysis = analysisOf([sheet], "2021-11-01");
  const texts = packTexts(buildPackPlan(analysis, changes));

  it("lists the new, removed, newly overdue and newly stale actions by review, number and wording", () => {
    const at = (heading: string) => texts.indexOf(heading);
    expect(at("New actions (1)")).toBeGreaterThan(0);
    expect(texts.slice(at("New actions (1)"))).toEqual(expect.arrayContaining(["Leo", "Hold a learning event on information sharing."]));
    expect(at("Removed from the plan (1)")).toBeGreaterThan(0);
    expect(texts[at("Removed from the plan (1)") + 5]).toBe("Frankie");
    expect(at("Newly overdue (1)")).toBeGreaterThan(0);
    // Review, No, Action, Rating, Due, then the progress update across the rest of the page's eleven columns.
    expect(texts[at("Newly overdue (1)") + 12]).toBe("Leo");
    expect(at("Newly past 90 days without an update (1)")).toBeGreaterThan(0);
    expect(texts[at("Newly past 90 days without an update (1)") + 6]).toBe("Frankie");
  });

  it("shows the counts per category as well as per review", () => {
    expect(texts).toContain("Category");
    expect(changes.byCategory.map((g) => g.name)).toEqual(expect.arrayContaining(["Information sharing", "Professional curiosity"]));
    for (const g of changes.byCategory) expect(texts).toContain(g.name);
    // A plan with no category column: its one group, "(no category)", would only repeat the review table.
    const uncategorised = { ...changes, byCategory: [{ ...changes.byReview[0]!, name: "(no category)" }] };
    expect(packTexts(buildPackPlan(analysis, uncategorised))).not.toContain("Category");
  });

  it("says 'not updated' rather than 'stale'", () => {
    expect(texts.some((t) => /stale/i.test(t))).toBe(false);
    expect(changeSentence(changes)).toContain("1 action newly past 90 days without an update");
    expect(texts).toContain(`Not updated for more than 90 days (${analysis.stale.length})`);
  });

  it("names the list of actions that passed the limit since the last report apart from the list of all that have, as it does the overdue ones", () => {
    const headings = texts.filter((t) => /^(Newly )?(overdue|Overdue actions|past|Not updated)\b.* \(\d+\)$/.test(t));
    expect(headings).toEqual(["Newly overdue (1)", "Newly past 90 days without an update (1)", `Overdue actions (${analysis.overdue.length})`, `Not updated for more than 90 days (${analysis.stale.length})`]);
  });

  it("dated before the first report, says no report came before it and when the first was", () => {
    const early = analysisOf([caseReviewSheet()], "2021-06-30");
    const said = packTexts(buildPackPlan(early, undefined, { dates: ["2021-07-13", "2022-02-01"] }));
    expect(said).toContain(
      "No report is recorded on or before 30 June 2021 (the first recorded report is of 13 July 2021), so this pack compares with none: it counts the plan as it stands, as at 30 June 2021, and its RAG History shows no report.",
    );
    // A pack of the first report's own date is that report: there is no earlier one yet, which is no fault of the date.
    const onFirst = packTexts(buildPackPlan(analysisOf([caseReviewSheet()], "2021-07-13"), undefined, { dates: ["2021-07-13", "2022-02-01"] }));
    expect(onFirst).toContain("The report of 13 July 2021 is the first recorded, so there is nothing earlier to compare it with.");
    expect(said.some((t) => t.includes("first recorded report, so"))).toBe(false);
    expect(packTexts(buildPackPlan(early, undefined))).toContain("No report was recorded before 30 June 2021, so there is nothing to compare with yet.");
    // A report that could not be read, dated after the pack, is no report the pack could have used.
    const withLaterProblem = { dates: ["2021-07-13"], problems: ["The report recorded for 1 February 2022 is damaged (its stored text is incomplete), so it cannot be used; delete it and record a new one."], unreadable: ["2022-02-01"] };
    expect(packTexts(buildPackPlan(early, undefined, withLaterProblem))).toContain(
      "No report is recorded on or before 30 June 2021 (the first recorded report is of 13 July 2021), so this pack compares with none: it counts the plan as it stands, as at 30 June 2021, and its RAG History shows no report.",
    );
    expect(packTexts(buildPackPlan(early, undefined, { ...withLaterProblem, unreadable: ["2021-06-01"] }))).toContain(
      "No report recorded before 30 June 2021 could be used, so there is nothing to compare with.",
    );
  });
});

describe("10: a report saved by a newer version", () => {
  const snapshot = record([peerReview()], "2022-02-01");
  const { seal: _seal, ...unsealed } = snapshot;
  const NEWER = "The report recorded for 1 February 2022 was made by a newer version of RAG Tracker, so only that version can read it; update RAG Tracker to use it.";

  it("with a field this version does not know, sealed with it, is a newer version's, not altered", () => {
    const topLevel = sealSnapshot({ ...unsealed, reportTitle: "Report to Children's Services Overview and Scrutiny Committee" } as typeof unsealed);
    expect(readSnapshot(JSON.stringify(topLevel), "1 February 2022")).toEqual({ ok: false, reason: "newer", message: NEWER });
    const inAction = sealSnapshot({ ...unsealed, actions: unsealed.actions.map((a) => ({ ...a, lead: "Strategic Partners" })) });
    expect(readSnapshot(JSON.stringify(inAction), "1 February 2022")).toMatchObject({ reason: "newer" });
    expect(readSnapshot(JSON.stringify({ ...snapshot, version: 3 }), "1 February 2022")).toMatchObject({ reason: "newer" });
    // Altered after sealing, an extra field or not, is still altered.
    expect(readSnapshot(JSON.stringify({ ...topLevel, staleDays: 30 }), "1 February 2022")).toMatchObject({ reason: "altered" });
  });

  it("is kept: named among the unreadable reports, and never replaced by recording the same date", () => {
    const json = JSON.stringify({ ...snapshot, version: 3 });
    const records = [{ kind: "snapshot", id: "2022-02-01", json }];
    expect(storedSnapshots(records)).toEqual({ snapshots: [], problems: [NEWER], unreadable: ["2022-02-01"], newer: ["2022-02-01"], reasons: { "2022-02-01": "newer" }, releases: {} });
    expect(() => withSnapshot(records, snapshot)).toThrow(NewerReportError);
    expect(() => withSnapshot(records, snapshot)).toThrow(
      "The report recorded for 1 February 2022 was made by a newer version of RAG Tracker, so this version cannot replace it; update RAG Tracker to record that date again, or record this report under another date.",
    );
    // A damaged report of that date is replaced, as its message asks.
    expect(withSnapshot([{ kind: "snapshot", id: "2022-02-01", json: "{" }], snapshot)).toEqual([{ kind: "snapshot", id: "2022-02-01", json: JSON.stringify(snapshot) }]);
  });
});

describe("14: a changed threshold for 'not updated' is not movement", () => {
  it("judges the earlier report by the later threshold, and says the threshold changed", () => {
    // Every case review action was last updated on 1 September 2021: 61 days by 1 November.
    const first = record([caseReviewSheet()], "2021-11-01", undefined, 90);
    const second = record([caseReviewSheet()], "2021-11-02", first, 30);
    expect(second.actions.filter((a) => a.stale).length).toBeGreaterThan(0);
    const changes = compareSnapshots(first, second);
    expect(changes.newlyStale).toEqual([]);
    expect(changeNotes(changes)).toContain(
      'The limit for "not updated" changed from 90 to 30 days since 1 November 2021; both reports are counted by 30 days, so the change of limit is not counted as movement.',
    );
  });
});
