import { describe, expect, it } from "vitest";
import { afterTodayClause, unlikelyReportDate } from "../../../src/core/history/unlikelyReportDate";

describe("a report date after today", () => {
  const today = "2022-02-01";

  it("is unlikely from the day after today, whatever else it is, and today itself is not", () => {
    expect(unlikelyReportDate("2202-02-01", today)).toBe("after today");
    expect(unlikelyReportDate("2022-02-02", today)).toBe("after today");
    expect(unlikelyReportDate(today, today)).toBeNull();
    // A date before the latest report is the likelier mistake, and is asked about as such.
    expect(unlikelyReportDate("2022-02-02", today, "2022-03-01")).toBe("before the latest report");
  });

  it("is named with today, in words, by every door that refuses or questions it", () => {
    expect(afterTodayClause("2202-02-01", today)).toBe("1 February 2202 is after today (1 February 2022)");
  });
});

describe("a report date long before today", () => {
  it("is unlikely from a year and a day back, and a year back to the day is not", () => {
    expect(unlikelyReportDate("2021-02-01", "2022-02-01")).toBeNull();
    expect(unlikelyReportDate("2021-01-31", "2022-02-01")).toBe("more than a year before today");
  });
});
