import { describe, expect, it } from "vitest";
import { reportDateProblem } from "../../src/taskpane/reportDate";

describe("the Record report date", () => {
  it("accepts a real date written year-month-day", () => {
    expect(reportDateProblem("2021-07-13")).toBeNull();
    expect(reportDateProblem(" 2024-02-29 ")).toBeNull();
  });

  it("says in one sentence what is wrong otherwise", () => {
    expect(reportDateProblem("")).toBe("Enter the report date, for example 2021-07-13.");
    expect(reportDateProblem("2021-02-31")).toBe("“2021-02-31” is not a date written year-month-day, such as 2021-07-13.");
    expect(reportDateProblem("13/07/2021")).toBe("“13/07/2021” is not a date written year-month-day, such as 2021-07-13.");
  });
});
