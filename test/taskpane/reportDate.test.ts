import { describe, expect, it } from "vitest";
import { reportDateProblem, unlikelyReportDateQuestion } from "../../src/taskpane/reportDate";

describe("the Record report date", () => {
  it("accepts a real date written year-month-day", () => {
    expect(reportDateProblem("2021-07-13")).toBeNull();
    expect(reportDateProblem(" 2024-02-29 ")).toBeNull();
  });

  it("says in one sentence what is wrong otherwise, pointing to the calendar", () => {
    // A date field hands over "" for an incomplete date as for an empty one.
    expect(reportDateProblem("")).toBe("Enter a complete date, or pick one from the calendar.");
    expect(reportDateProblem("2021-02-31")).toBe("“2021-02-31” cannot be read as a date; enter a complete date, or pick one from the calendar.");
    expect(reportDateProblem("13/07/2021")).toBe("“13/07/2021” cannot be read as a date; enter a complete date, or pick one from the calendar.");
    // As the command line refuses it: no plan is reported at a date Excel cannot hold.
    expect(reportDateProblem("1899-12-31")).toBe("31 December 1899 is before 1 January 1900, the first date Excel can hold; enter the report's date.");
    expect(reportDateProblem("1900-01-01")).toBeNull();
  });
});

describe("an unlikely report date", () => {
  const today = "2026-03-01";

  it("asks about a date after today, saying so", () => {
    expect(unlikelyReportDateQuestion("2030-01-01", today)).toBe("1 January 2030 is after today; record a report for that date anyway?");
    expect(unlikelyReportDateQuestion("2062-03-01", today)).toBe("1 March 2062 is after today; record a report for that date anyway?");
    expect(unlikelyReportDateQuestion("2026-03-02", today)).toBe("2 March 2026 is after today; record a report for that date anyway?");
  });

  it("asks about a date more than a year before today, saying so", () => {
    expect(unlikelyReportDateQuestion("1999-01-01", today)).toBe("1 January 1999 is more than a year before today; record a report for that date anyway?");
    expect(unlikelyReportDateQuestion("2025-02-28", today)).toBe("28 February 2025 is more than a year before today; record a report for that date anyway?");
  });

  it("asks about a date before the latest recorded report, saying the report would hold the plan as it stands now", () => {
    const question =
      "10 February 2026 is before 1 March 2026, the date of the latest recorded report, and a report recorded now holds the plan as it stands now, not as it stood on 10 February 2026; record a report for that date anyway?";
    expect(unlikelyReportDateQuestion("2026-02-10", today, "2026-03-01")).toBe(question);
    // Said as such also when the date is long ago too: it is the graver mistake.
    expect(unlikelyReportDateQuestion("2024-02-10", today, "2026-03-01")).toMatch(/^10 February 2024 is before 1 March 2026, the date of the latest recorded report,/);
    // The latest report's own date, or a later one, is no earlier date.
    expect(unlikelyReportDateQuestion("2026-03-01", today, "2026-03-01")).toBeNull();
    expect(unlikelyReportDateQuestion("2026-02-10", today, "2026-01-10")).toBeNull();
  });

  it("takes today and any day of the year before it without asking", () => {
    for (const date of [today, "2026-01-15", "2025-03-01"]) expect(unlikelyReportDateQuestion(date, today)).toBeNull();
    // A year before 29 February 2024 is "2023-02-29", no date but sorting between 28 February and 1 March.
    expect(unlikelyReportDateQuestion("2023-03-01", "2024-02-29")).toBeNull();
    expect(unlikelyReportDateQuestion("2023-02-28", "2024-02-29")).not.toBeNull();
  });
});
