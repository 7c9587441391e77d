import { describe, expect, it } from "vitest";
import { recordProblemSentence } from "../../src/taskpane/recordProblem";
import { EarlierReportError, NewerReportError, ReportExistsError } from "../../src/core/history/record";

const BUSY = new Error("Excel is busy editing a cell; press Enter or Esc in the sheet and try again.");

describe("what a refusal or failure to record says", () => {
  it("is the door's own sentence while the field holds the date refused", () => {
    expect(recordProblemSentence(new ReportExistsError("2022-06-01"), "2022-06-01", "2022-06-01")).toBe(
      "A report is already recorded for 1 June 2022, so nothing was recorded; record again and confirm to replace it.",
    );
    expect(recordProblemSentence(BUSY, "2022-06-01", "2022-06-01")).toBe(BUSY.message);
  });

  it("names the date refused, with no advice to record again, once the field holds another", () => {
    expect(recordProblemSentence(new ReportExistsError("2022-06-01"), "2022-06-01", "2022-06-12")).toBe(
      "A report is already recorded for 1 June 2022, so nothing was recorded for that date.",
    );
    const earlier = recordProblemSentence(new EarlierReportError("2022-06-01", "2022-06-10"), "2022-06-01", "2022-06-12");
    expect(earlier).toMatch(/^1 June 2022 is before 10 June 2022, .*, so nothing was recorded for 1 June 2022\.$/);
    expect(earlier).not.toMatch(/record again/);
    // Which recording failed is said: pressing Record report again would record the date now in the field.
    expect(recordProblemSentence(BUSY, "2022-06-01", "2022-06-12")).toBe(`Recording the report for 1 June 2022 failed: ${BUSY.message} To record 1 June 2022, set the date back to it first.`);
    // A report a newer version recorded: the sentence names its date, and its advice holds whatever the field holds.
    const newer = new NewerReportError("The report recorded for 1 June 2022 was made by a newer version of RAG Tracker, so this version cannot replace it.");
    expect(recordProblemSentence(newer, "2022-06-01", "2022-06-12")).toBe(newer.message);
  });
});
