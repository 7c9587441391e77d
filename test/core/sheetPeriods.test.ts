/** Sheets named for the period each holds, put in order, earliest first, as the tabs of a team's rounds of reporting are named. */
import { describe, expect, it } from "vitest";
import { isNextRound, roundSheets } from "../../src/core/sheetPeriods";

const order = (...names: string[]) => (roundSheets(names, "en-GB")[0] ?? []).map((i) => names[i]);

describe("sheets named for periods", () => {
  it.each([
    [["Q1 2022-23", "Q2 2022-23", "Q3 2022-23"]],
    [["2022-23 Q1", "2022-23 Q2", "2022-23 Q3"]],
    [["Q1-2022-23", "Q2-2022-23", "Q3-2022-23"]],
    [["Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)"]],
    [["Q1 Apr-Jun", "Q2 Jul-Sep", "Q3 Oct-Dec"]],
    [["Qtr 1", "Qtr 2", "Qtr 3"]],
    [["Quarter 1", "Quarter 2", "Quarter 3"]],
    [["1st Qtr", "2nd Qtr", "3rd Qtr"]],
    [["Oct 22", "Jan 23", "Apr 23"]],
    [["Sept", "Dec", "March"]],
    [["June 2022", "Q3 2022-23", "March 2023"]],
    // "Nov" ends in a "v", which is no version ("v2") of a sheet "No".
    [["Aug 2022", "Nov 2022", "Feb 2023"]],
    [["Case Reviews - Nov 2021", "Case Reviews - Feb 2022", "Case Reviews - May 2022", "Case Reviews - Aug 2022", "Case Reviews - Nov 2022"]],
    [["Aug 22", "Nov 22"]],
    [["Q2 2022-23", "Nov 2022"]],
    [["CR Sep22", "CR Dec22", "CR Mar23"]],
  ])("%j are in order", (names) => {
    expect(order(...names)).toEqual(names);
  });

  it("orders dated tabs by date, whatever the tab order, and a later version of a period after it", () => {
    expect(order("Q3 2022-23", "Q1 2022-23", "Q2 2022-23")).toEqual(["Q1 2022-23", "Q2 2022-23", "Q3 2022-23"]);
    // "(2)" beside a sheet of the name before it is Excel's copy of that sheet, no later version (below); alone, it is one.
    expect(order("Q1 2022-23", "Q2 2022-23 (2)")).toEqual(["Q1 2022-23", "Q2 2022-23 (2)"]);
    expect(order("Q2 2022-23 v2", "Q2 2022-23")).toEqual(["Q2 2022-23", "Q2 2022-23 v2"]);
    // Joined by an underscore, as some teams name files and tabs alike.
    expect(order("Q3 2026-27_v2", "Q3 2026-27")).toEqual(["Q3 2026-27", "Q3 2026-27_v2"]);
    expect(order("Q3 2026-27_final", "Q3 2026-27")).toEqual(["Q3 2026-27", "Q3 2026-27_final"]);
  });

  it("dates a quarter or month typed without its year by the dated tab before it", () => {
    expect(order("Oct 22", "Nov", "Jan 23")).toEqual(["Oct 22", "Nov", "Jan 23"]);
    expect(order("Q1 2022-23", "Q2", "Q3")).toEqual(["Q1 2022-23", "Q2", "Q3"]);
  });

  it("takes undated tabs in the order they run, forward or newest first, across the year's end", () => {
    expect(order("Q3", "Q2", "Q1")).toEqual(["Q1", "Q2", "Q3"]);
    expect(order("March", "Dec", "Sept")).toEqual(["Sept", "Dec", "March"]);
    expect(order("Q3", "Q4", "Q1")).toEqual(["Q3", "Q4", "Q1"]);
    // Tabs in neither order say nothing of which is latest.
    expect(order("Q1", "Q3", "Q2", "Q4")).toEqual([]);
  });

  it("keeps the rounds of two plans named by quarter apart", () => {
    const names = ["Safeguarding Q1", "Training Q1", "Safeguarding Q2", "Training Q2"];
    expect(roundSheets(names, "en-GB").map((plan) => plan.map((i) => names[i]))).toEqual([
      ["Safeguarding Q1", "Safeguarding Q2"],
      ["Training Q1", "Training Q2"],
    ]);
  });

  it("takes a sheet named as another's copy for that sheet's copy, no later round or version, whatever period its name gives", () => {
    // Excel's copy of the delivery plan's tab, and of a quarter's.
    expect(order("Delivery Plan 2019-20", "Delivery Plan 2019-20 (2)")).toEqual([]);
    expect(order("Delivery Plan 2019-20 - Copy", "Delivery Plan 2019-20")).toEqual([]);
    expect(isNextRound("Delivery Plan 2019-20", "Delivery Plan 2019-20 (2)")).toBe(false);
    expect(order("Q1 2022-23", "Q2 2022-23", "Q2 2022-23 (2)")).toEqual(["Q1 2022-23", "Q2 2022-23"]);
    // The plan copied forward a year is its next round, and a copy of that tab is still a copy.
    expect(order("Delivery Plan 2019-20", "Delivery Plan 2020-21")).toEqual(["Delivery Plan 2019-20", "Delivery Plan 2020-21"]);
    expect(isNextRound("Delivery Plan 2019-20", "Delivery Plan 2020-21")).toBe(true);
    expect(order("Delivery Plan 2019-20", "Delivery Plan 2020-21", "Delivery Plan 2020-21 (2)")).toEqual(["Delivery Plan 2019-20", "Delivery Plan 2020-21"]);
    // A later version named as such is no copy.
    expect(order("Q2 2022-23 v2", "Q2 2022-23", "Q2 2022-23 (2)")).toEqual(["Q2 2022-23", "Q2 2022-23 v2"]);
  });

  it("finds no rounds among names that are no periods, or two of one period", () => {
    expect(order("Frankie", "Leo", "Sam and Kyle")).toEqual([]);
    expect(order("Q2 2022-23", "Actions Q2 2022-23")).toEqual([]);
  });
});
