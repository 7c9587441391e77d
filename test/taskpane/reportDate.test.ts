import { describe, expect, it } from "vitest";
import { reportDateProblem } from "../../src/taskpane/reportDate";

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
  });
});
