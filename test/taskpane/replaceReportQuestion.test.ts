import { describe, expect, it } from "vitest";
import { replaceReportQuestion } from "../../src/taskpane/replaceReportQuestion";

describe("the question before a report is replaced", () => {
  const readable = { date: "2021-06-01", recordedBy: "Sam Jones", readable: true };
  const unreadable = { date: "2021-06-01", recordedBy: null, readable: false };
  const longAgo = "1 June 2021 is more than a year before today";

  it("says who recorded the report it replaces, and that it cannot be recovered", () => {
    expect(replaceReportQuestion(readable, null)).toEqual({
      title: "Replace the report recorded for 1 June 2021?",
      text: "The report recorded for 1 June 2021 by Sam Jones will be replaced by the ratings as they stand now; the earlier one cannot be recovered.",
    });
    expect(replaceReportQuestion(unreadable, null).text).toBe(
      "The report recorded for 1 June 2021 could not be read (the list of recorded reports says why); it will be replaced by the ratings as they stand now, and what it held cannot be recovered.",
    );
  });

  it("says first, in the same sentence, why the date is unlikely, so one answer covers both", () => {
    expect(replaceReportQuestion(readable, longAgo)).toEqual({
      title: "Replace the report recorded for 1 June 2021?",
      text: "1 June 2021 is more than a year before today; the report already recorded for 1 June 2021 by Sam Jones will be replaced by the ratings as they stand now, and the earlier one cannot be recovered.",
    });
    expect(replaceReportQuestion(unreadable, longAgo).text).toBe(
      "1 June 2021 is more than a year before today; the report already recorded for 1 June 2021 could not be read (the list of recorded reports says why), and it will be replaced by the ratings as they stand now, so what it held cannot be recovered.",
    );
  });

  it("says when the report it replaces was recorded, to the minute, as neither door knows who recorded it", () => {
    const recorded = { date: "2026-10-13", recordedBy: null, recordedAt: "2026-12-07T10:02:31.000+00:00", readable: true };
    expect(replaceReportQuestion(recorded, null).text).toBe(
      "The report for 13 October 2026, recorded on 7 December 2026 at 10:02, will be replaced by the ratings as they stand now; the earlier one cannot be recovered.",
    );
    expect(replaceReportQuestion({ ...recorded, recordedBy: "Sam Jones" }, null).text).toMatch(/^The report for 13 October 2026, recorded by Sam Jones on 7 December 2026 at 10:02, will be replaced/);
  });
});
