/**
 * A report recorded out of order (--earlier, or Record for an earlier date), on the peer review plan's own rows:
 * it holds the ratings of the day it was recorded, and every list and comparison that shows it says so.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/cells";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { reportList } from "../../../src/core/history/reportList";
import { reportListText } from "../../../src/cli/reportListText";
import { trend } from "../../../src/core/history/trend";
import { buildHistoryPlan } from "../../../src/core/history/historyPlan";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { peerReviewSheet } from "../../fixtures/peerReview";

const analysisOf = (ratings: Partial<Record<number, CellValue>>, date: string) => analyseWorkbook({ sheets: [peerReviewSheet(ratings)] }, settingsSchema.parse({ asOf: date }), date);
const record = (ratings: Partial<Record<number, CellValue>>, date: string, recordedAt: string, previous?: Snapshot) =>
  recordSnapshot(analysisOf(ratings, date), { date, recordedAt, recordedBy: null }, previous);

// Recommendations 3, 19 and 25 amber in February; 3 green by July; 19 and 25 green only in December, when the April
// report, missed, is recorded from the plan as it then stands.
const february = record({ 3: "A", 19: "A", 25: "A" }, "2021-02-01", "2021-02-01T09:00:00Z");
const july = record({ 19: "A", 25: "A" }, "2021-07-13", "2021-07-13T09:00:00Z", february);
const april = record({}, "2021-04-20", "2021-12-07T09:00:00Z", february);
const reports = [february, april, july];
const LATE = "the report of 20 April 2021, recorded on 7 December 2021, after the report of 13 July 2021, with the ratings as they stood then";
const HOLDS = "The report of 20 April 2021 holds the plan as it stood on 7 December 2021, when it was recorded, not on 20 April 2021: a move, a new or removed action or a rename said here may have happened at another time than 20 April 2021.";

describe("a report recorded out of order", () => {
  it("is named as such when compared with the report after it: what differs between the records, not what changed in the quarter", () => {
    const changes = compareSnapshots(april, july, july.date, undefined, reports);
    expect(changes.recordedLate).toEqual([{ date: "2021-04-20", recordedOn: "2021-12-07", after: "2021-07-13" }]);
    expect(changeSentence(changes, { between: true })).toBe(`Between ${LATE}, and the report of 13 July 2021: 2 actions worsened to amber; 3 actions with no progress reported.`);
    expect(changeNotes(changes)[0]).toBe(HOLDS);
    expect(changesJsonSchema.parse(toChangesJson({ changes, sentence: "", notes: [], problems: [] })).changes.recordedLate).toEqual(changes.recordedLate);
  });

  it("says no ratings differ, never that none changed, where the records agree", () => {
    const aprilAsJuly = record({ 19: "A", 25: "A" }, "2021-04-20", "2021-12-07T09:00:00Z", february);
    const changes = compareSnapshots(aprilAsJuly, july, july.date, undefined, [february, aprilAsJuly, july]);
    expect(changeSentence(changes, { between: true })).toBe(`No ratings differ between ${LATE}, and the report of 13 July 2021; 3 actions with no progress reported.`);
  });

  it("is named as such when it is the later of the two, and when the plan as it stands is compared with it", () => {
    const fromFebruary = compareSnapshots(february, april, april.date, undefined, reports);
    expect(changeSentence(fromFebruary, { between: true })).toBe(`Between the report of 1 February 2021 and ${LATE}: 3 actions improved to green.`);
    const now = liveSnapshot(analysisOf({}, "2021-12-20"), april);
    const sinceApril = compareSnapshots(april, now, "now", undefined, reports);
    expect(changeSentence(sinceApril)).toBe(`No ratings changed since ${LATE}; 3 actions with no progress reported.`);
    expect(changeNotes(sinceApril)[0]).toBe(HOLDS);
  });

  it("leaves a comparison of reports recorded in order as it was", () => {
    const changes = compareSnapshots(february, july, july.date, undefined, reports);
    expect(changes.recordedLate).toEqual([]);
    expect(changeSentence(changes, { between: true })).toBe("Between 1 February 2021 and 13 July 2021: 1 action improved to green; 2 actions with no progress reported.");
    expect(changeNotes(changes)).not.toContain(HOLDS);
  });

  it("is marked in the list of reports and under RAG History's totals, also where the report it was recorded after is not shown", () => {
    const listed = reportList({ snapshots: reports, unreadable: [], problems: [], newer: [], reasons: {}, releases: {} });
    expect(listed.reports.map((r) => r.recordedAfter)).toEqual([null, "2021-07-13", null]);
    expect(reportListText(listed).split("\n")[2]).toMatch(/; recorded on 7 December 2021, after the report of 13 July 2021: it holds the ratings as they stood then, not on 20 April 2021$/);
    const note = "The report of 20 April 2021 was recorded on 7 December 2021, after the report of 13 July 2021, with the ratings as they stood then, not as they stood on 20 April 2021.";
    const texts = (shown: Snapshot[]) => buildHistoryPlan(trend(shown, { among: reports }), shown.at(-1)).rows.flat().flatMap((c) => ("value" in c ? [String(c.value)] : []));
    expect(texts(reports)).toContain(note);
    expect(texts([february, april])).toContain(note);
    expect(texts([february, july])).not.toContain(note);
  });
});
