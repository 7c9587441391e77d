/**
 * The plan changed after the report of its date was recorded, on the rows of the peer review
 * action plan: the committee pack counts the plan as it stands, RAG History the report, so the
 * difference is counted and said.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../../src/core/cells";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { unrecordedChanges, unrecordedChangesSentence } from "../../../src/core/history/unrecordedChanges";
import { leftOutNow } from "../../../src/core/history/noLongerCounted";
import { peerReviewSheet } from "../../fixtures/peerReview";

const REPORT_DATE = "2022-06-01";

function analysisOf(sheet: SheetSnapshot) {
  return analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: REPORT_DATE }), REPORT_DATE);
}

/** The peer review sheet with its value rows (below the title, blank and header rows) edited. */
function peerReview(edit: (rows: CellValue[][]) => void = () => undefined): SheetSnapshot {
  const sheet = peerReviewSheet();
  const top = sheet.values.slice(0, 3);
  const rows = sheet.values.slice(3).map((r) => [...r]);
  edit(rows);
  return { ...sheet, values: [...top, ...rows] };
}
const rec = (rows: CellValue[][], no: number) => rows.findIndex((r) => r[1] === no);
const RATING = 5;

/** The report recorded for 1 June 2022 against the plan as it stands after `edit`. */
function sinceReport(edit: (rows: CellValue[][]) => void) {
  const report = recordSnapshot(analysisOf(peerReview()), { date: REPORT_DATE, recordedAt: `${REPORT_DATE}T09:00:00Z`, recordedBy: null });
  const now = analysisOf(peerReview(edit));
  return unrecordedChanges(report, liveSnapshot(now, report), leftOutNow(now));
}

describe("the plan changed since the report of its date", () => {
  it("advises a later report date, not recording the report again, where the plan holds updates dated after it", () => {
    /** The plan with a Last updated column: each action updated in May 2022, before the report. */
    const dated = (edit: (rows: CellValue[][]) => void = () => undefined): SheetSnapshot => {
      const sheet = peerReview(edit);
      return { ...sheet, values: sheet.values.map((r, i) => (i === 2 ? [...r, "Last updated"] : i > 2 && typeof r[1] === "number" && r.length === 6 ? [...r, new Date(Date.UTC(2022, 4, 10))] : r)) };
    };
    const report = recordSnapshot(analysisOf(dated()), { date: REPORT_DATE, recordedAt: `${REPORT_DATE}T09:00:00Z`, recordedBy: null });
    // Recommendation 3 completed in August, the next quarter's work, and two progress updates in July.
    const now = analysisOf(
      dated((rows) => {
        rows[rec(rows, 3)]![RATING] = "B";
        rows[rec(rows, 3)]![6] = new Date(Date.UTC(2022, 7, 15));
        rows[rec(rows, 5)]![6] = new Date(Date.UTC(2022, 6, 1));
      }),
    );
    const counts = unrecordedChanges(report, liveSnapshot(now, report), leftOutNow(now));
    expect(counts).toMatchObject({ ratings: 1, edited: 1, updatedAfter: { count: 2, latest: "2022-08-15" } });
    expect(unrecordedChangesSentence(REPORT_DATE, counts)).toBe(
      "The plan has changed since the report recorded for 1 June 2022: 1 rating differs and 1 other action was edited (progress, dates, number or wording); the 2 actions changed were last updated after it (the latest 15 August 2022), most likely for a later report: to report them, give that meeting's date as the report date rather than recording this report again.",
    );
    expect(unrecordedChangesSentence(REPORT_DATE, { ...counts, ratings: 0, edited: 1, updatedAfter: { count: 1, latest: "2022-07-01" } })).toBe(
      "The plan has changed since the report recorded for 1 June 2022: 1 action was edited (progress, dates, number or wording); the action changed was last updated after it (1 July 2022), most likely for a later report: to report it, give that meeting's date as the report date rather than recording this report again.",
    );
    // As at 20 July, the August date is a year mistyped, no later meeting: one change of two is dated after the report.
    const mixed = unrecordedChanges(report, liveSnapshot(now, report), leftOutNow(now), undefined, "2022-07-20");
    expect(mixed.updatedAfter).toEqual({ count: 1, latest: "2022-07-01" });
    expect(unrecordedChangesSentence(REPORT_DATE, mixed)).toBe(
      "The plan has changed since the report recorded for 1 June 2022: 1 rating differs and 1 other action was edited (progress, dates, number or wording); 1 action of those changed was last updated after it (1 July 2022), most likely for a later report: record this report again only if the changes belong to it, else give the later meeting's date as the report date.",
    );
  });

  it("finds nothing when the plan holds what the report holds, and says nothing", () => {
    const counts = sinceReport(() => undefined);
    expect(counts).toEqual({ ratings: 0, edited: 0, added: 0, removed: 0 });
    expect(unrecordedChangesSentence(REPORT_DATE, counts)).toBeUndefined();
  });

  it("counts a rating changed after the report was recorded, and says to record the report again", () => {
    // Recommendation 3 (Shared and agreed priorities) completed after the report.
    const counts = sinceReport((rows) => void (rows[rec(rows, 3)]![RATING] = "B"));
    expect(counts).toEqual({ ratings: 1, edited: 0, added: 0, removed: 0 });
    expect(unrecordedChangesSentence(REPORT_DATE, counts)).toBe(
      "The plan has changed since the report recorded for 1 June 2022: 1 rating differs; record the report again to include it.",
    );
  });

  it("counts actions added and removed, and ratings changed, each in its own words", () => {
    const counts = sinceReport((rows) => {
      rows[rec(rows, 3)]![RATING] = "B";
      rows[rec(rows, 5)]![RATING] = "A";
      // Recommendation 26 gone, and a 27th in its row (the index follows the table).
      const added = [...rows[rec(rows, 26)]!];
      added[1] = 27;
      added[2] = "Publish the partnership's annual report with the learning from reviews";
      added[3] = "Draft the annual report for the Strategic Group.";
      added[4] = "Not started.";
      rows.splice(rec(rows, 26), 1, added);
    });
    expect(counts).toEqual({ ratings: 2, edited: 0, added: 1, removed: 1 });
    expect(unrecordedChangesSentence(REPORT_DATE, counts)).toBe(
      "The plan has changed since the report recorded for 1 June 2022: 2 ratings differ, 1 action was added and 1 action was removed; record the report again to include them.",
    );
    expect(unrecordedChangesSentence(REPORT_DATE, { ratings: 0, edited: 0, added: 2, removed: 1200 })).toBe(
      "The plan has changed since the report recorded for 1 June 2022: 2 actions were added and 1,200 actions were removed; record the report again to include them.",
    );
  });

  it("counts an action whose progress update or number changed, though its rating did not, and not one only moved to another row", () => {
    const RESPONSE = 4;
    const counts = sinceReport((rows) => {
      rows[rec(rows, 3)]![RATING] = "B";
      rows[rec(rows, 7)]![RESPONSE] = "Safeguarding week programme agreed with the three boards.";
      rows[rec(rows, 9)]![1] = 90;
      // Recommendation 12 moved below 13: the same action in another row.
      const [twelve] = rows.splice(rec(rows, 12), 1);
      rows.splice(rec(rows, 13) + 1, 0, twelve!);
    });
    expect(counts).toEqual({ ratings: 1, edited: 2, added: 0, removed: 0 });
    expect(unrecordedChangesSentence(REPORT_DATE, counts)).toBe(
      "The plan has changed since the report recorded for 1 June 2022: 1 rating differs and 2 other actions were edited (progress, dates, number or wording); record the report again to include them.",
    );
    expect(unrecordedChangesSentence(REPORT_DATE, { ratings: 0, edited: 1, added: 0, removed: 0 })).toBe(
      "The plan has changed since the report recorded for 1 June 2022: 1 action was edited (progress, dates, number or wording); record the report again to include it.",
    );
  });
});

describe("a tracker sheet hidden since the report of its date", () => {
  it("is said as no longer counted, not removed", () => {
    const frankie: SheetSnapshot = { name: "Frankie", firstRow: 1, firstColumn: 1, merges: [], values: [["Review", "No", "Action", "RAG"], ["Frankie", 1, "Brief staff on the learning.", "Green"]] };
    const report = recordSnapshot(analyseWorkbook({ sheets: [peerReview(), frankie] }, settingsSchema.parse({ asOf: REPORT_DATE }), REPORT_DATE), { date: REPORT_DATE, recordedAt: `${REPORT_DATE}T09:00:00Z`, recordedBy: null });
    const now = analyseWorkbook({ sheets: [peerReview(), { ...frankie, hidden: true }] }, settingsSchema.parse({ asOf: REPORT_DATE }), REPORT_DATE);
    const counts = unrecordedChanges(report, liveSnapshot(now, report), leftOutNow(now));
    expect(counts).toMatchObject({ removed: 0, noLongerCounted: [{ reason: "hiddenSheet" }] });
    // Said as the changes say it, and never as included by recording again: a report recorded now would leave it out too.
    expect(unrecordedChangesSentence(REPORT_DATE, counts)).toBe(
      "The plan has changed since the report recorded for 1 June 2022: 1 action is no longer counted (on a hidden sheet); record the report again to leave it out of its counts too.",
    );
  });
});
