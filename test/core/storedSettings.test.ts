import { describe, expect, it } from "vitest";
import { parseSettings } from "../../src/core/settings";

const problem = (input: unknown) => {
  const parsed = parseSettings(input);
  return parsed.ok ? undefined : parsed.message;
};

describe("settings stored in a workbook, damaged by hand", () => {
  it("say what a report date or threshold should be, with the value that is not", () => {
    expect(problem({ asOf: "2021-02-29" })).toBe('The stored RAG Tracker settings are not valid: the report date is "2021-02-29", where it should be a real date.');
    // As --as-of refuses it: Excel holds no date before 1900.
    expect(problem({ asOf: "1899-01-01" })).toBe('The stored RAG Tracker settings are not valid: the report date is "1899-01-01", where it should be a date from 1900-01-01, the first date Excel can hold.');
    expect(problem({ asOf: "14/06/2021" })).toBe('The stored RAG Tracker settings are not valid: the report date is "14/06/2021", where it should be a date written YYYY-MM-DD.');
    expect(problem({ staleDays: 0 })).toBe("The stored RAG Tracker settings are not valid: the stale threshold is 0, where it should be a number of days from 1 to 3650.");
    expect(problem({ staleDays: 1.5 })).toBe("The stored RAG Tracker settings are not valid: the stale threshold is 1.5, where it should be a whole number of days.");
    expect(problem({ staleDays: "90" })).toBe('The stored RAG Tracker settings are not valid: the stale threshold is "90", where it should be a number of days from 1 to 3650.');
    expect(problem({ asOf: "2020-02-29", staleDays: 30 })).toBeUndefined();
  });
});
