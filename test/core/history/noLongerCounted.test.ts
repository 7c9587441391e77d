/**
 * A report recorded before the plan was read as it is now still counts as actions what is now left
 * out of the count: a tracker on a hidden sheet, a recommendation row heading its numbered actions, a
 * note under the table. Compared with the plan now, those are no longer counted, never "removed"; and
 * actions an earlier report counted under the sheet's name, now under the reviews band rows name,
 * are the same actions.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../../src/core/cells";
import type { Analysis } from "../../../src/core/model";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { trend } from "../../../src/core/history/trend";
import { reviewNotes } from "../../../src/core/history/historyPlan";
import { leftOutAt, leftOutNow } from "../../../src/core/history/noLongerCounted";
import { actionText, readSnapshot, sealSnapshot, snapshotActions, type Snapshot, type SnapshotAction } from "../../../src/core/history/snapshot";
import { assignIds } from "../../../src/core/history/matching";
import { changesText } from "../../../src/cli/changesReport";
import { listRows } from "../../helpers/packLists";
import { caseReviewSheet } from "../../fixtures/caseReviews";
import { PEER_REVIEW_DETAIL, PEER_REVIEW_ROWS } from "../../fixtures/peerReview";
import { DELIVERY_HEADER, DELIVERY_PLAN } from "../../../scripts/sample/deliveryPlan";
import { deliveryPlanSheet } from "../../fixtures/deliveryPlan";

const TODAY = "2022-06-01";
const JULY = "2021-07-13";
const NOVEMBER = "2021-11-01";
const UPDATED = new Date(Date.UTC(2021, 5, 1));

const analysisOf = (sheets: SheetSnapshot[], date: string) => analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: date }), TODAY);
const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: null });

/** The report recorded in July, compared with the plan as read in November, as the pane, the pack and the command line compare them. */
function sinceJuly(july: Snapshot, november: Analysis): Changes {
  return compareSnapshots(july, liveSnapshot(november, july), "now", leftOutNow(november));
}

/** A report as an earlier version recorded it: the actions it read, given here, in place of this version's. */
function recordedEarlier(analysis: Analysis, actions: (read: SnapshotAction[]) => SnapshotAction[]): Snapshot {
  const { seal: _seal, ...report } = recordSnapshot(analysis, meta(JULY));
  return sealSnapshot({ ...report, actions: actions(report.actions) });
}

const GOV = "Governance & \nBusiness \nSupport \nStructures";
const SPE = "Shared Priorities/\nEngagement";
const HEADER = ["No", "Category", "Recommendation", "Specific Actions", "Response", "Time scale", "Last updated", "RAG Rating"];

/** The peer review's recommendations on rows of their own above the actions numbered under them; `headingRating` rates each heading row, making it an action. */
function peerReview(headingRating: CellValue = null, { without = [] as string[], notes = [] as CellValue[][] } = {}): SheetSnapshot {
  const rows: CellValue[][] = [
    [1, GOV, "Consider deputies on Strategic Group to bring strategic /operational leads together", null, null, null, null, headingRating],
    ["1a", GOV, null, "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Deputies are now core members of Strategic Group.", "March 2022", UPDATED, "B"],
    ["1b", GOV, null, "Revise the Terms of Reference for the group.", "The Terms of Reference have been revised to reflect this.", "March 2022", UPDATED, "B"],
    [2, SPE, "Shared and agreed priorities across Partnerships in Thurrock", null, null, null, null, headingRating],
    ["2a", null, null, "Produce a Priorities Outcome Booklet.", "Meetings between all Board/Partnerships managers have taken place.", "March 2022", UPDATED, "G"],
    ["2b", null, null, "Share the booklet with the Health and Wellbeing Board.", "To be shared at the next meeting.", "March 2022", UPDATED, "A"],
  ];
  const values = [["Peer Review Action Plan"], HEADER, ...rows.filter((r) => !without.includes(String(r[0]))), ...notes];
  return { name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges: [] };
}

describe("rows now read as recommendation headings, counted as actions by the report", () => {
  // In July each recommendation row was rated, so it was an action; by November the ratings are cleared and the rows head their actions.
  const july = recordSnapshot(analysisOf([peerReview("G")], JULY), meta(JULY));
  const changes = sinceJuly(july, analysisOf([peerReview()], NOVEMBER));

  it("are no longer counted, not removed, and the sentence says which they are", () => {
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.action.row, x.reason])).toEqual([
      ["1", 3, "heading"],
      ["2", 6, "heading"],
    ]);
    // What else is said (progress, dates) is the plan's own news, said as ever.
    expect(changeSentence(changes)).toMatch(/^No ratings changed since 13 July 2021; 2 rows no longer counted as actions \(recommendations heading the numbered actions below them\);/);
    expect(changeNotes(changes)).toContain(
      "The 2 rows of “Peer Review” no longer counted are still in the plan: the earlier report counted them as actions, and they are now read as headings of the numbered actions below them.",
    );
    // The tables count removed work only.
    expect(changes.byReview.every((g) => g.removed === 0)).toBe(true);
  });

  it("an action taken out of the plan since is still removed beside them", () => {
    const without2b = sinceJuly(july, analysisOf([peerReview(null, { without: ["2b"] })], NOVEMBER));
    expect(without2b.removed.map((a) => a.ref)).toEqual(["2b"]);
    expect(without2b.noLongerCounted.map((x) => x.action.ref)).toEqual(["1", "2"]);
    expect(changeSentence(without2b)).toMatch(/^No ratings changed since 13 July 2021; 1 action removed; 2 rows no longer counted as actions \(recommendations heading the numbered actions below them\);/);
  });

  it("compared without the plan now (two recorded reports), they are removed, as before", () => {
    const november = recordSnapshot(analysisOf([peerReview()], NOVEMBER), meta(NOVEMBER), july);
    const between = compareSnapshots(july, november);
    expect(between.removed.map((a) => a.ref)).toEqual(["1", "2"]);
    expect(between.noLongerCounted).toEqual([]);
  });

  it("are listed apart in the pack, the command line and the JSON", () => {
    const november = analysisOf([peerReview()], NOVEMBER);
    const pack = buildPackPlan(november, changes);
    expect(listRows(pack, "Removed from the plan")).toEqual([]);
    expect(listRows(pack, "No longer counted")).toEqual([
      ["Review", "No", "Action", "Rating when last reported", "Why"],
      ["Peer Review", "1", "Consider deputies on Strategic Group to bring strategic /operational leads together", "Green", "heads the numbered actions below it"],
      ["Peer Review", "2", "Shared and agreed priorities across Partnerships in Thurrock", "Green", "heads the numbered actions below it"],
    ]);
    const result = { changes, sentence: changeSentence(changes), notes: changeNotes(changes), problems: [] };
    const text = changesText(result);
    expect(text).not.toContain("Removed (");
    expect(text).toContain("No longer counted (2)\n  Peer Review 1: Consider deputies on Strategic Group to bring strategic /operational leads together — heads the numbered actions below it\n");
    const json = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result))));
    expect(json.changes.removed).toEqual([]);
    expect(json.changes.noLongerCounted.map((x) => [x.action.ref, x.reason])).toEqual([
      ["1", "heading"],
      ["2", "heading"],
    ]);
  });
});

describe("a note under the table, counted as an action by an earlier version's report", () => {
  const note: CellValue[] = ["Note:", null, "Recommendations 1 and 2 to be reviewed at the next Strategic Group."];
  const plan = peerReview(null, { notes: [note] });
  const november = analysisOf([plan], NOVEMBER);
  const noteRow = plan.values.length;
  // The earlier version read the note's row as an unrated action numbered "Note:".
  const july = recordedEarlier(analysisOf([plan], JULY), (read) => [
    ...read,
    { ...read.at(-1)!, id: "Peer Review#Note:", row: noteRow, ref: "Note:", category: "", rating: "Unrated", complete: false, title: String(note[2]), text: actionText({ recommendation: String(note[2]), actions: "" }) },
  ]);

  it("is no longer counted, as a note", () => {
    expect(november.trackers[0]!.rowsNotCounted?.map(({ row, readAs }) => ({ row, readAs }))).toEqual([
      { row: 3, readAs: "heading" },
      { row: 6, readAs: "heading" },
      { row: noteRow, readAs: "note" },
    ]);
    const changes = sinceJuly(july, november);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.row, x.reason])).toEqual([[noteRow, "note"]]);
    expect(changeSentence(changes)).toMatch(/^No ratings changed since 13 July 2021; 1 row no longer counted as an action \(a note\);/);
    expect(changeNotes(changes)).toContain("The row of “Peer Review” no longer counted is still in the plan: the earlier report counted it as an action, and it is now read as a note.");
  });
});

describe("a closed plan kept below the live one, counted by an earlier version's report", () => {
  const header = ["Category", "Rec\nNo", "Recommendation", "Specific Actions", "Response", "RAG \nRating"];
  /** The peer review's recommendations `from` to `to`, as its rows read, less those numbered in `without`. */
  const peerRows = (from: number, to: number, without: number[] = []): CellValue[][] =>
    PEER_REVIEW_ROWS.filter(([, no]) => no >= from && no <= to && !without.includes(no)).map(([category, no, recommendation, rating]) => {
      const [actions, response] = PEER_REVIEW_DETAIL[no] ?? [`Specific actions for recommendation ${no}.`, `Progress on recommendation ${no}.`];
      return [category, no, recommendation, actions, response, rating];
    });
  /** This year's plan (recommendations 14 to 26, rows 4 to 16), two blank rows, then last year's (1 to 13) under its header repeated, and `title` on row 18. */
  const sheet = (title: string | null, without: number[] = []): SheetSnapshot => ({
    name: "Peer Review",
    firstRow: 1,
    firstColumn: 1,
    values: [["Peer Review Action Plan 2021-22"], [], header, ...peerRows(14, 26), [], [title], header, ...peerRows(1, 13, without)],
    merges: [],
  });
  // In July, with no title between them, last year's rows read as this year's plan going on after a page break: 26 actions.
  const july = recordSnapshot(analysisOf([sheet(null)], JULY), meta(JULY));
  const november = analysisOf([sheet("Previous action plan 2019-20 (closed)")], NOVEMBER);

  it("has its actions no longer counted, not removed, each said to be in the closed plan", () => {
    expect(july.actions).toHaveLength(26);
    expect(november.actions).toHaveLength(13);
    expect(november.trackers[0]!.rowsNotCounted?.map(({ row, readAs }) => `${row} ${readAs}`)).toEqual(Array.from({ length: 13 }, (_, i) => `${20 + i} closedPlan`));
    const changes = sinceJuly(july, november);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.reason])).toEqual(Array.from({ length: 13 }, (_, i) => [String(i + 1), "closedPlan"]));
    expect(changeSentence(changes)).toMatch(/^No ratings changed since 13 July 2021; 13 actions no longer counted \(in a closed plan kept on the same sheet\);/);
    expect(changeNotes(changes)).toContain(
      "The 13 actions of “Peer Review” no longer counted are still on the sheet, in a closed plan kept there under a title saying it is closed; if they belong to the plan reported, move them into it to have them counted.",
    );
    expect(changes.byReview.every((g) => g.removed === 0)).toBe(true);
    const result = { changes, sentence: changeSentence(changes), notes: changeNotes(changes), problems: [] };
    expect(changesText(result)).toContain("No longer counted (13)\n  Peer Review 1: Specific actions for recommendation 1. — in a closed plan kept on the same sheet\n");
    const json = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result))));
    expect(json.changes.noLongerCounted.map((x) => x.reason)).toEqual(Array(13).fill("closedPlan"));
  });

  it("an action deleted from the closed plan since is still removed", () => {
    const changes = sinceJuly(july, analysisOf([sheet("Previous action plan 2019-20 (closed)", [13])], NOVEMBER));
    expect(changes.removed.map((a) => a.ref)).toEqual(["13"]);
    expect(changes.noLongerCounted).toHaveLength(12);
    expect(changeSentence(changes)).toMatch(/^No ratings changed since 13 July 2021; 1 action removed; 12 actions no longer counted \(in a closed plan kept on the same sheet\);/);
  });
});

describe("the delivery plan's aims typed in the Action column, counted as actions with no rating by an earlier version's report", () => {
  // As pasted from its document: each Strategic Aim's title alone in the Action column, not the first.
  const plan = deliveryPlanSheet();
  const aimRows = plan.values.flatMap((r, i) => (r.length === 1 && /^Strategic Aim/.test(String(r[0])) ? [i + 1] : []));
  const values = plan.values.map((r, i) => (aimRows.includes(i + 1) ? [null, null, r[0]!] : r));
  const sheet: SheetSnapshot = { ...plan, values };
  const november = analysisOf([sheet], NOVEMBER);
  // The earlier version read each title as an unrated action with no number, held by its wording in the Action column.
  const july = recordedEarlier(analysisOf([sheet], JULY), (read) => [
    ...read,
    ...aimRows.map((row) => {
      const wording = String(values[row - 1]![2]);
      const text = actionText({ recommendation: "", actions: wording });
      return { ...read[0]!, id: `${sheet.name}~${text.slice(0, 8)}`, row, ref: "", category: "", rating: "Unrated", complete: false, due: null, updated: null, stale: false, overdue: false, title: wording, text };
    }),
  ]);

  it("has them no longer counted, as sections' titles, not removed", () => {
    expect(aimRows).toHaveLength(5);
    expect(november.trackers[0]!.rowsNotCounted?.map(({ row, readAs }) => `${row} ${readAs}`)).toEqual(aimRows.map((row) => `${row} section`));
    const changes = sinceJuly(july, november);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.row, x.reason])).toEqual(aimRows.map((row) => [row, "section"]));
    expect(changeSentence(changes)).toMatch(/^No ratings changed since 13 July 2021; 5 rows no longer counted as actions \(sections' titles\)/);
    expect(changeNotes(changes)).toContain(
      "The 5 rows of “Delivery Plan 2019-20” no longer counted are still in the plan: the earlier report counted them as actions, and they are now read as titles of the sections below them.",
    );
    const result = { changes, sentence: changeSentence(changes), notes: changeNotes(changes), problems: [] };
    const text = changesText(result);
    expect(text).not.toContain("Removed (");
    expect(text).toContain("No longer counted (5)\n  Delivery Plan 2019-20 –: Strategic Aim 1 – Safeguarding is everyone’s business — a section's title, not an action\n");
    const json = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result))));
    expect(json.changes.noLongerCounted.map((x) => x.reason)).toEqual(Array(5).fill("section"));
  });

  it("a report this version recorded holds no such rows, and an aim's title deleted since is no action removed", () => {
    const recorded = recordSnapshot(analysisOf([sheet], JULY), meta(JULY));
    const withoutAim5 = values.filter((_, i) => i + 1 !== aimRows.at(-1));
    const changes = sinceJuly(recorded, analysisOf([{ ...sheet, values: withoutAim5 }], NOVEMBER));
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted).toEqual([]);
  });
});

/** A tracker of review "Leo": `n` actions numbered from 1. */
function leo(name: string, n: number, hidden = false): SheetSnapshot {
  const values = [["Review", "No", "Action", "RAG"], ...Array.from({ length: n }, (_, i) => ["Leo", i + 1, `Share the learning with partner ${i + 1}.`, "Amber"])];
  return { name, firstRow: 1, firstColumn: 1, values, merges: [], ...(hidden ? { hidden } : {}) };
}
const frankie = (n: number): SheetSnapshot => ({
  name: "Frankie",
  firstRow: 1,
  firstColumn: 1,
  values: [["Review", "No", "Action", "RAG"], ...Array.from({ length: n }, (_, i) => ["Frankie", i + 1, `Brief staff on the learning from Frankie, part ${i + 1}.`, "Green"])],
  merges: [],
});

describe("a tracker on a sheet hidden since the report", () => {
  const july = recordSnapshot(analysisOf([frankie(3), leo("Leo (2020 version)", 4)], JULY), meta(JULY));

  it("has its actions no longer counted, and a Frankie action taken out is still removed", () => {
    const november = analysisOf([frankie(2), leo("Leo (2020 version)", 4, true)], NOVEMBER);
    expect(november.hiddenSheetsLeftOut).toEqual(["Leo (2020 version)"]);
    const changes = sinceJuly(july, november);
    expect(changes.removed.map((a) => [a.review, a.ref])).toEqual([["Frankie", "3"]]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.reason])).toEqual([
      ["1", "hiddenSheet"],
      ["2", "hiddenSheet"],
      ["3", "hiddenSheet"],
      ["4", "hiddenSheet"],
    ]);
    expect(changeSentence(changes)).toBe("No ratings changed since 13 July 2021; 1 action removed; 4 actions no longer counted (on a hidden sheet).");
    expect(changeNotes(changes)).toContain(
      "The 4 actions no longer counted on “Leo (2020 version)” are still in the workbook, but the sheet is hidden, so they are left out of the counts; unhide it to have them counted.",
    );
    expect(changes.byReview.map((g) => [g.name, g.removed])).toEqual([["Frankie", 1]]);
  });

  it("are no longer counted after the report's wording was removed too (matched by what the actions say, which is kept)", () => {
    const unworded = sealSnapshot({ ...july, actions: july.actions.map((a) => ({ ...a, title: "" })) });
    const changes = sinceJuly(unworded, analysisOf([frankie(3), leo("Leo (2020 version)", 4, true)], NOVEMBER));
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => x.reason)).toEqual(["hiddenSheet", "hiddenSheet", "hiddenSheet", "hiddenSheet"]);
  });

  it("counted after all where no tracker is visible, its actions are compared as ever", () => {
    const alone = recordSnapshot(analysisOf([leo("Leo", 4)], JULY), meta(JULY));
    const november = analysisOf([leo("Leo", 4, true)], NOVEMBER);
    expect(november.hiddenSheetsLeftOut).toBeUndefined();
    const changes = sinceJuly(alone, november);
    expect([changes.removed, changes.noLongerCounted, changes.added]).toEqual([[], [], []]);
  });
});

/** The composite sheet with its Review column taken out and a band row above each review's actions ("Case Review: Frankie"). */
function banded(without: (row: CellValue[]) => boolean = () => false): SheetSnapshot {
  const cases = caseReviewSheet();
  const values: CellValue[][] = [cases.values[0]!, cases.values[1]!.slice(1)];
  let review = "";
  for (const row of cases.values.slice(2)) {
    if (row[0] !== review) values.push([`Case Review: ${(review = String(row[0]))}`]);
    if (!without(row)) values.push(row.slice(1));
  }
  return { ...cases, values };
}

describe("a tracker whose header row was deleted since the report", () => {
  /** Leo's tracker with its header row cleared. */
  function headless(): SheetSnapshot {
    const sheet = leo("Leo", 6);
    sheet.values[0] = [];
    // A column of two ratings or more tells a tracker's from a note's.
    sheet.values[1]![3] = "Green";
    return sheet;
  }

  it("has its actions no longer counted, not removed, with what to put back", () => {
    const july = recordSnapshot(analysisOf([frankie(3), leo("Leo", 6)], JULY), meta(JULY));
    const november = analysisOf([frankie(3), headless()], NOVEMBER);
    expect(november.sheetsWithoutHeader).toEqual(["Leo"]);
    const changes = sinceJuly(july, november);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.reason])).toEqual(["1", "2", "3", "4", "5", "6"].map((ref) => [ref, "noHeader"]));
    expect(changeSentence(changes)).toBe("No ratings changed since 13 July 2021; 6 actions no longer counted (on a sheet whose header row is missing).");
    expect(changeNotes(changes)).toContain("The 6 actions the earlier report counted on “Leo” are not counted now: the sheet still holds ratings, but no header row naming its columns, so it is skipped; put its header row back to have them counted.");
    expect(changesText({ changes, sentence: changeSentence(changes), notes: [], problems: [] })).toContain("on sheet “Leo”, whose header row is missing");
  });

  // Recorded in November while the header row was missing, the report keeps the sheet's name and why, so comparisons
  // made later, between recorded reports or with the plan once the header row is back, do not call its actions removed, then new.
  describe("recorded while the header row was missing", () => {
    const july = recordSnapshot(analysisOf([frankie(3), leo("Leo", 6)], JULY), meta(JULY));
    const november = recordSnapshot(analysisOf([frankie(3), headless()], NOVEMBER), meta(NOVEMBER), july);

    it("keeps the sheet as left out, and why, as a version 2 report, which an older RAG Tracker takes for a newer version's, not a malformed one", () => {
      expect(november.leftOut).toEqual([{ sheet: "Leo", reason: "noHeader" }]);
      expect([july.version, november.version]).toEqual([1, 2]);
      expect(readSnapshot(JSON.stringify(november), "1 November 2021")).toEqual({ ok: true, snapshot: november });
    });

    it("compared with the report before, its actions are no longer counted, not removed", () => {
      const changes = compareSnapshots(july, november, NOVEMBER, leftOutAt(november), [july, november]);
      expect(changes.removed).toEqual([]);
      expect(changes.noLongerCounted.map((x) => [x.action.ref, x.reason, x.leftOutAt])).toEqual(["1", "2", "3", "4", "5", "6"].map((ref) => [ref, "noHeader", NOVEMBER]));
      expect(changeSentence(changes)).toBe("No ratings changed since 13 July 2021; 6 actions no longer counted (their sheet was missing its header row at the later report).");
      expect(changeNotes(changes)).toContain(
        "Sheet “Leo” was missing its header row at the report of 1 November 2021, so the 6 actions the earlier report counted on it were left out of that report's counts; that report keeps the sheet's name, not its rows, so they are not counted as removed.",
      );
    });

    it("with the header row back, its actions are counted again, not new", () => {
      const now = analysisOf([frankie(3), leo("Leo", 6)], TODAY);
      const changes = compareSnapshots(november, liveSnapshot(now, november), "now", leftOutNow(now), [july, november]);
      expect(changes.added).toEqual([]);
      expect(changes.countedAgain.map((x) => [x.action.ref, x.reason])).toEqual(["1", "2", "3", "4", "5", "6"].map((ref) => [ref, "noHeader"]));
      // In no earlier report to compare with, Leo's actions are not checked for these, never 0.
      expect(changes.byReview.find((g) => g.name === "Leo")?.notChecked).toEqual(["noProgress", "newlyStale", "newlyOverdue"]);
      expect(changeSentence(changes)).toBe("No ratings changed since 1 November 2021; 6 actions counted again (their sheet was missing its header row at the earlier report).");
    });

    it("an action counted again rated otherwise than when last counted is counted in the Changes by review table, as the sentence says it", () => {
      const back = leo("Leo", 6);
      back.values[2]![3] = "Green";
      const now = analysisOf([frankie(3), back], TODAY);
      const changes = compareSnapshots(november, liveSnapshot(now, november), "now", leftOutNow(now), [july, november]);
      expect(changeSentence(changes)).toMatch(/6 actions counted again \(their sheet was missing its header row at the earlier report; since last counted, 1 rated better\)/);
      // Its actions were in no earlier report, so the rest of the row is not checked, never 0.
      expect(changes.byReview.filter((g) => g.improved + g.worsened > 0).map((g) => [g.name, g.improved, g.worsened, g.notChecked])).toEqual([["Leo", 1, 0, ["noProgress", "newlyStale", "newlyOverdue"]]]);
    });

    it("RAG History says why Leo has a dash at that report", () => {
      const later = recordSnapshot(analysisOf([frankie(3), leo("Leo", 6)], TODAY), meta(TODAY), november);
      const leoTrend = trend([july, november, later]).byReview.find((r) => r.name === "Leo")!;
      expect(reviewNotes(leoTrend)).toContain("A dash at the report of 1 November 2021 means this review was not counted at that report: its sheet “Leo” was missing its header row.");
    });
  });
});

describe("actions an earlier version counted under the sheet's name, now under the reviews its band rows name", () => {
  const plan = banded();
  // The earlier version did not read the bands: every action was under the sheet's name, its id made from it.
  const july = recordedEarlier(analysisOf([plan], JULY), (read) => read.map((a, i) => ({ ...a, id: `Case Reviews#${a.ref}(${i})`, review: "Case Reviews" })));

  it("are the same actions, neither new nor removed, and the reviews' new names are said", () => {
    const changes = sinceJuly(july, analysisOf([plan], NOVEMBER));
    expect([changes.added, changes.removed, changes.noLongerCounted, changes.moves]).toEqual([[], [], [], []]);
    expect(changes.reviewsNamedOnSheet).toEqual([{ from: "Case Reviews", to: ["Frankie", "Sam and Kyle", "Leo"] }]);
    expect(changes.renamedReviews).toEqual([]);
    expect(changeNotes(changes)).toContain(
      "The actions counted under “Case Reviews”, the sheet's name, are now counted under the reviews the sheet names, “Frankie”, “Sam and Kyle” and “Leo”; each is compared as the same action.",
    );
    expect(changeSentence(changes)).not.toMatch(/new action|removed/);
  });

  it("an action taken out since is still removed", () => {
    const leo14 = (row: CellValue[]) => row[0] === "Leo" && row[1] === 14;
    const changes = sinceJuly(july, analysisOf([banded(leo14)], NOVEMBER));
    expect(changes.removed.map((a) => [a.review, a.ref, a.row])).toEqual([["Case Reviews", "14", 51]]);
    expect(changes.added).toEqual([]);
  });

  it("are matched by sheet, number and wording alone: the same number on another sheet is another action", () => {
    const elsewhere = { ...plan, name: "Case Reviews 2022" };
    const changes = sinceJuly(july, analysisOf([elsewhere], NOVEMBER));
    expect(changes.reviewsNamedOnSheet).toEqual([]);
  });
});

describe("what is no longer counted is told from what was taken out", () => {
  it("a heading moved up into a deleted action's row: the deleted action is removed, the headings no longer counted", () => {
    const withHeadingsCounted = recordedEarlier(analysisOf([peerReview("B")], JULY), (read) => read);
    const november = analysisOf([peerReview(null, { without: ["1b"] })], NOVEMBER);
    const changes = sinceJuly(withHeadingsCounted, november);
    expect(changes.removed.map((a) => a.ref)).toEqual(["1b"]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.reason])).toEqual([
      ["1", "heading"],
      ["2", "heading"],
    ]);
  });

  it("an action deleted from a sheet hidden since is removed; the ones still there are no longer counted", () => {
    const july = recordSnapshot(analysisOf([frankie(3), leo("Leo", 3)], JULY), meta(JULY));
    const hiddenWithout2: SheetSnapshot = { ...leo("Leo", 3, true), values: leo("Leo", 3).values.filter((r) => r[1] !== 2) };
    const changes = sinceJuly(july, analysisOf([frankie(3), hiddenWithout2], NOVEMBER));
    expect(changes.removed.map((a) => [a.review, a.ref])).toEqual([["Leo", "2"]]);
    expect(changes.noLongerCounted.map((x) => x.action.ref)).toEqual(["1", "3"]);
  });

  it("two band reviews sharing a number and wording: one deleted leaves the other new, never taking its rating", () => {
    const sheet = (frankieFirst: boolean): SheetSnapshot => ({
      name: "Case Reviews",
      firstRow: 1,
      firstColumn: 1,
      merges: [],
      values: [
        ["No", "Action", "RAG"],
        ["Case Review: Frankie"],
        ...(frankieFirst ? [[1, "Deliver briefings", "Red"]] : []),
        [2, "Audit referrals", "Amber"],
        ["Case Review: Sam"],
        [1, "Deliver briefings", "Blue"],
        [2, "Audit referrals", "Green"],
      ],
    });
    const july = recordedEarlier(analysisOf([sheet(true)], JULY), (read) => read.map((a, i) => ({ ...a, id: `Case Reviews#${a.ref}(${i})`, review: "Case Reviews" })));
    const same = sinceJuly(july, analysisOf([sheet(true)], NOVEMBER));
    expect([same.added, same.removed, same.moves]).toEqual([[], [], []]);
    const deleted = sinceJuly(july, analysisOf([sheet(false)], NOVEMBER));
    expect(deleted.moves).toEqual([]);
    expect(deleted.renamedReviews).toEqual([]);
    expect(deleted.added.map((a) => [a.review, a.ref])).toEqual([["Sam", "1"]]);
    expect(deleted.removed.map((a) => a.ref)).toEqual(["1", "1"]);
  });

  it("with no band rows, an action deleted and another added under the same number and wording in another review stay removed and new", () => {
    const sheet = (rows: CellValue[][]): SheetSnapshot => ({ name: "Frankie", firstRow: 1, firstColumn: 1, merges: [], values: [["Review", "No", "Action", "RAG"], ...rows] });
    const july = recordSnapshot(analysisOf([sheet([["Frankie", 1, "Deliver briefings", "Red"], ["Frankie", 2, "Audit referrals", "Amber"], ["Sam", 2, "Audit referrals", "Green"]])], JULY), meta(JULY));
    const changes = sinceJuly(july, analysisOf([sheet([["Frankie", 2, "Audit referrals", "Amber"], ["Sam", 1, "Deliver briefings", "Blue"], ["Sam", 2, "Audit referrals", "Green"]])], NOVEMBER));
    expect(changes.moves).toEqual([]);
    expect(changes.added.map((a) => [a.review, a.ref])).toEqual([["Sam", "1"]]);
    expect(changes.removed.map((a) => [a.review, a.ref])).toEqual([["Frankie", "1"]]);
    expect(changes.reviewsNamedOnSheet).toEqual([]);
  });
});

describe("a closed plan carrying on the live plan's wording, kept on the same sheet", () => {
  // The 2020-21 plan carries on the delivery plan's first strategic aim word for word; the 2019-20 plan is kept closed on the sheet.
  const liveAim = DELIVERY_PLAN[0]!;
  const liveRows = (without: string[]): CellValue[][] => [
    [liveAim.title],
    ...liveAim.objectives.flatMap(({ objective, actions }) =>
      actions.filter(([no]) => !without.includes(no)).map(([no, action, measure, timeScale, lead], i) => [i === 0 ? objective : null, no, action, measure, timeScale, lead, no === "2.1" ? "G" : "A"]),
    ),
  ];
  const closedRows = (): CellValue[][] => {
    const rows: CellValue[][] = [];
    for (const aim of DELIVERY_PLAN) {
      rows.push([aim.title]);
      for (const { objective, actions } of aim.objectives) actions.forEach(([no, action, measure, timeScale, lead, rating], i) => rows.push([i === 0 ? objective : null, no, action, measure, timeScale, lead, rating.trim() === "" ? null : rating.trim()]));
    }
    return rows;
  };
  const LIVE: CellValue[][] = [["Delivery Plan 2020-21"], DELIVERY_HEADER];
  const CLOSED: CellValue[][] = [["Delivery Plan 2019-20 (closed)"], DELIVERY_HEADER];
  const sheet = (values: CellValue[][]): SheetSnapshot => ({ name: "Delivery Plan", firstRow: 1, firstColumn: 1, values, merges: [] });
  /** The live plan, less the actions numbered in `without`, above the closed one. */
  const liveAbove = (without: string[] = []) => sheet([...LIVE, ...liveRows(without), [], ...CLOSED, ...closedRows()]);
  const lastLive = liveAim.objectives.at(-1)!.actions.at(-1)![0];

  it("a live action deleted since is removed, not said to be in the closed plan, where this version recorded the report", () => {
    const july = recordSnapshot(analysisOf([liveAbove()], JULY), meta(JULY));
    expect(july.actions.map((a) => a.ref)).toContain("2.1");
    for (const deleted of ["2.1", lastLive]) {
      const changes = sinceJuly(july, analysisOf([liveAbove([deleted])], NOVEMBER));
      expect(changes.removed.map((a) => [a.ref, a.text])).toEqual([[deleted, july.actions.find((a) => a.ref === deleted)!.text]]);
      expect(changes.noLongerCounted).toEqual([]);
      expect(changes.moves).toEqual([]);
      expect(changeSentence(changes)).toMatch(/^No ratings changed since 13 July 2021; 1 action removed\./);
    }
  });
});

describe("a closed plan kept above the live one, both counted by an earlier version's report", () => {
  const liveAim = DELIVERY_PLAN[0]!;
  const planRows = (aims: typeof DELIVERY_PLAN, rating: (no: string, rating: string) => string | null): CellValue[][] =>
    aims.flatMap((aim) => [[aim.title], ...aim.objectives.flatMap(({ objective, actions }) => actions.map(([no, action, measure, timeScale, lead, r], i) => [i === 0 ? objective : null, no, action, measure, timeScale, lead, rating(no, r)]))]);
  // Last year's delivery plan, closed, on rows 1 to 108; this year's carries on its first strategic aim word for word, rated afresh.
  const CLOSED: CellValue[][] = [["Delivery Plan 2019-20 (closed)"], DELIVERY_HEADER, ...planRows(DELIVERY_PLAN, (_, r) => (r.trim() === "" ? null : r.trim()))];
  const LIVE: CellValue[][] = [["Delivery Plan 2020-21"], DELIVERY_HEADER, ...planRows([liveAim], (no) => (no === "2.1" ? "G" : "A"))];
  const sheet = (values: CellValue[][]): SheetSnapshot => ({ name: "Delivery Plan", firstRow: 1, firstColumn: 1, values, merges: [] });
  const plan = sheet([...CLOSED, [], ...LIVE]);

  /**
   * The report an earlier version recorded, which read both plans as one: the closed plan's actions first, then the live plan's,
   * those sharing a number given "(2)" after it, as that version gave ids.
   */
  function recordedBeforeClosedPlansToldApart(live = LIVE): Snapshot {
    const july = sheet([...CLOSED, [], ...live]);
    const closedAlone = analysisOf([sheet(CLOSED)], JULY);
    const both = assignIds([], [...snapshotActions(closedAlone), ...snapshotActions(analysisOf([july], JULY))], JULY);
    return recordedEarlier(analysisOf([july], JULY), () => both);
  }

  it("has the closed plan's actions no longer counted and the live plan's matched with themselves: no rating moved", () => {
    const july = recordedBeforeClosedPlansToldApart();
    const november = analysisOf([plan], NOVEMBER);
    expect(november.actions).toHaveLength(53);
    expect(july.actions.filter((a) => a.ref === "1.1").map((a) => [a.id, a.row])).toEqual([
      ["Delivery Plan#1.1", 4],
      ["Delivery Plan#1.1(2)", 113],
    ]);
    const changes = sinceJuly(july, november);
    expect(changes.moves).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(changes.added).toEqual([]);
    expect(changes.noLongerCounted.map((x) => x.reason)).toEqual(Array(101).fill("closedPlan"));
    expect(changes.noLongerCounted.every((x) => x.action.row <= 108)).toBe(true);
    expect(changeSentence(changes)).toMatch(/^No ratings changed since 13 July 2021; 101 actions no longer counted \(in a closed plan kept on the same sheet\)/);
  });

  it("where the new plan carries on actions from the middle of the closed one, the rest are no longer counted, not removed", () => {
    // Last year's plan, live and counted in July; by November this year's plan carries on two of its actions from the middle
    // (2.1 and 5.2) word for word, and last year's is kept closed below it.
    const lastYear = planRows(DELIVERY_PLAN, (_, r) => (r.trim() === "" ? null : r.trim()));
    const carried = lastYear.filter((row) => row[1] === "2.1" || row[1] === "5.2");
    expect(carried).toHaveLength(2);
    const july = recordSnapshot(analysisOf([sheet([["Delivery Plan 2019-20"], DELIVERY_HEADER, ...lastYear])], JULY), meta(JULY));
    const november = analysisOf([sheet([["Delivery Plan 2020-21"], DELIVERY_HEADER, ...carried, [], [], ["Delivery Plan 2019-20 (closed)"], DELIVERY_HEADER, ...lastYear])], NOVEMBER);
    expect(november.actions).toHaveLength(2);
    const changes = sinceJuly(july, november);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => x.reason)).toEqual(Array(99).fill("closedPlan"));
  });

  it("a report recorded after it carries the live plan's ids, not the closed plan's", () => {
    const july = recordedBeforeClosedPlansToldApart();
    const november = recordSnapshot(analysisOf([plan], NOVEMBER), meta(NOVEMBER), july);
    expect(november.actions.filter((a) => a.ref === "1.1").map((a) => [a.id, a.row])).toEqual([["Delivery Plan#1.1(2)", 113]]);
    expect(november.actions.every((a) => a.id === july.actions.find((b) => b.row === a.row)?.id)).toBe(true);
  });

  describe("compared between the two recorded reports", () => {
    /** The July report compared with one recorded in November of `values`, as `changes --from … --to …` and Compare reports compare them. */
    const between = (values: CellValue[][], live = LIVE) => {
      const july = recordedBeforeClosedPlansToldApart(live);
      const november = recordSnapshot(analysisOf([sheet(values)], NOVEMBER), meta(NOVEMBER), july);
      return { july, november, changes: compareSnapshots(july, november, november.date, leftOutAt(november), [july, november]) };
    };

    it("has the closed plan's actions no longer counted, as the later report kept its rows apart, not removed", () => {
      const { november, changes } = between([...CLOSED, [], ...LIVE]);
      expect(november.closedPlans?.map((c) => [c.sheet, c.rows.length])).toEqual([["Delivery Plan", 106]]);
      expect([changes.moves, changes.added, changes.removed]).toEqual([[], [], []]);
      expect(changes.noLongerCounted.map((x) => x.reason)).toEqual(Array(101).fill("closedPlan"));
      expect(changeSentence(changes, { between: true })).toMatch(/^No ratings changed between 13 July 2021 and 1 November 2021; 101 actions no longer counted \(in a closed plan kept on the same sheet\)/);
      expect(changeNotes(changes)).toContain(
        "The 101 actions of “Delivery Plan” no longer counted were on the sheet at the report of 1 November 2021, in a closed plan kept there under a title saying it is closed, so that report did not count them; they are not counted as removed.",
      );
      const result = { changes, sentence: changeSentence(changes, { between: true }), notes: changeNotes(changes), problems: [] };
      expect(changesText(result)).toContain("No longer counted (101)\n  Delivery Plan 1.1: ");
      const json = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result))));
      expect(json.changes.noLongerCounted.map((x) => x.reason)).toEqual(Array(101).fill("closedPlan"));
      expect(changes.byReview.every((g) => g.removed === 0)).toBe(true);
    });

    it("an action deleted from the closed plan before the later report is still removed, as compared with the plan now", () => {
      const closed = CLOSED.filter((r) => r[1] !== "13.5");
      expect(closed).toHaveLength(CLOSED.length - 1);
      const { july, changes } = between([...closed, [], ...LIVE]);
      const live = sinceJuly(july, analysisOf([sheet([...closed, [], ...LIVE])], NOVEMBER));
      const told = (c: Changes) => [c.removed.map((a) => a.ref), c.noLongerCounted.length, c.moves.length, c.added.length];
      expect(told(changes)).toEqual([["13.5"], 100, 0, 0]);
      expect(told(changes)).toEqual(told(live));
    });

    it("the action deleted from the closed plan is the one named removed, not the live action worded as it, which keeps its own history", () => {
      // 13.5 is in both plans word for word: the closed plan's on row 40, Amber, the live plan's on row 149 (row 148 once the closed
      // one is deleted), Green at both reports.
      const closed = CLOSED.filter((r) => r[1] !== "13.5");
      const greenLive = LIVE.map((r) => (r[1] === "13.5" ? [...r.slice(0, 6), "G"] : r));
      const { july, november, changes } = between([...closed, [], ...greenLive], greenLive);
      const live = sinceJuly(july, analysisOf([sheet([...closed, [], ...greenLive])], NOVEMBER));
      expect(july.actions.filter((a) => a.ref === "13.5").map((a) => [a.id, a.row])).toEqual([
        ["Delivery Plan#13.5", 40],
        ["Delivery Plan#13.5(2)", 149],
      ]);
      expect(november.actions.filter((a) => a.ref === "13.5").map((a) => [a.id, a.row])).toEqual([["Delivery Plan#13.5(2)", 148]]);
      // A later report recorded before this was put right gave the live row the closed action's id: compared, it is told the same way.
      const { seal: _seal, ...rest } = november;
      const givenClosedId = sealSnapshot({ ...rest, actions: rest.actions.map((a) => (a.ref === "13.5" ? { ...a, id: "Delivery Plan#13.5" } : a)) });
      const againstOlder = compareSnapshots(july, givenClosedId, givenClosedId.date, leftOutAt(givenClosedId), [july, givenClosedId]);
      for (const c of [changes, live, againstOlder]) {
        expect(c.removed.map((a) => [a.id, a.row, a.rating])).toEqual([["Delivery Plan#13.5", 40, "Amber"]]);
        expect(c.noLongerCounted.map((x) => x.action.ref)).not.toContain("13.5");
        expect(c.moves).toEqual([]);
      }
      expect(changeSentence(changes, { between: true })).toBe("No ratings changed between 13 July 2021 and 1 November 2021; 1 action removed; 100 actions no longer counted (in a closed plan kept on the same sheet).");
    });

    it("a later report recorded before closed plans' rows were kept still has them removed, as it always had", () => {
      const { july, november } = between([...CLOSED, [], ...LIVE]);
      const { seal: _seal, closedPlans: _kept, ...rest } = november;
      const older = sealSnapshot(rest);
      expect(readSnapshot(JSON.stringify(older), "1 November 2021").ok).toBe(true);
      const changes = compareSnapshots(july, older, older.date, leftOutAt(older), [july, older]);
      expect([changes.removed.length, changes.noLongerCounted.length]).toEqual([101, 0]);
    });
  });
});
