/** Recording a date again, on the peer review plan's own rows: what the report replaced was, and what differs from it. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/cells";
import { recordSnapshot } from "../../../src/core/history/record";
import { replacedReportSentence } from "../../../src/core/history/replacedReport";
import { PEER_REVIEW_ROWS, peerReviewSheet } from "../../fixtures/peerReview";

const record = (ratings: Partial<Record<number, CellValue>>, recordedAt: string) =>
  recordSnapshot(analyseWorkbook({ sheets: [peerReviewSheet(ratings)] }, settingsSchema.parse({ asOf: "2021-07-13" }), "2021-07-13"), { date: "2021-07-13", recordedAt, recordedBy: null });

describe("the report replaced by recording its date again", () => {
  // One colleague records 13 July in the morning; another sets recommendation 19 to Blue and records it again.
  const morning = record({}, "2021-07-13T10:02:31.000+01:00");

  it("is said with when it was recorded and each rating that differs from it", () => {
    expect(replacedReportSentence(morning, record({ 19: "B" }, "2021-07-13T15:40:00.000+01:00"))).toBe(
      "The report replaced was recorded on 13 July 2021 at 10:02; 1 rating differs from it: Peer Review 19 (Green to Blue).",
    );
    expect(replacedReportSentence(morning, record({ 19: "B", 25: "B", 3: "A", 1: "G", 2: "G" }, "2021-07-13T15:40:00.000+01:00"))).toBe(
      "The report replaced was recorded on 13 July 2021 at 10:02; 5 ratings differ from it: Peer Review 1 (Blue to Green), Peer Review 2 (Blue to Green), Peer Review 3 (Green to Amber) and 2 more.",
    );
  });

  it("names an action of a plan with no numbers by its opening words, not by its sheet alone", () => {
    const plan = (ratings: string[]) => ({
      name: "Plan",
      firstRow: 1,
      firstColumn: 1,
      values: [["Action", "RAG"], ...PEER_REVIEW_ROWS.slice(0, 3).map(([, , action], i) => [action, ratings[i]!])],
      merges: [],
    });
    const report = (ratings: string[], recordedAt: string) =>
      recordSnapshot(analyseWorkbook({ sheets: [plan(ratings)] }, settingsSchema.parse({ asOf: "2021-07-13" }), "2021-07-13"), { date: "2021-07-13", recordedAt, recordedBy: null });
    expect(replacedReportSentence(report(["B", "B", "G"], "2021-07-13T10:02:31.000+01:00"), report(["A", "B", "B"], "2021-07-13T15:40:00.000+01:00"))).toBe(
      "The report replaced was recorded on 13 July 2021 at 10:02; 2 ratings differ from it: Plan “Consider deputies on Strategic Group to…” (Blue to Amber) and Plan “Shared and agreed priorities across Par…” (Green to Blue).",
    );
  });

  it("says where nothing differs, so recording again is known to have lost nothing", () => {
    expect(replacedReportSentence(morning, record({}, "2021-07-13T15:40:00.000+01:00"))).toBe("The report replaced was recorded on 13 July 2021 at 10:02; no rating differs from it.");
  });
});
