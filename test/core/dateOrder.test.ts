import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import { timeScalePlan as plan } from "../fixtures/timeScalePlan";

const analyse = (dates: string[], locale: "en-GB" | "en-US") => analyseWorkbook({ sheets: [plan(dates)] }, settingsSchema.parse({ asOf: "2021-11-30", locale }), "2021-11-30");
const orderFindings = (dates: string[], locale: "en-GB" | "en-US") => analyse(dates, locale).findings.filter((f) => f.code === "date-order");

describe("a plan's dates read in the other order than the settings'", () => {
  it("are said once, naming the setting that reads them all", () => {
    const found = orderFindings(["30/09/2021", "03/04/2021", "14/06/2021", "01/12/2021"], "en-US");
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        `2 dates, such as "30/09/2021", are real only read day first, not month first as the settings' Date order (US (en-US)) reads them; if the plan writes dates day first, choose UK (en-GB) under Date order in the task pane's settings, or its other dates are read with day and month swapped.`,
      ],
    ]);
    expect(orderFindings(["09/30/2021", "06/14/2021"], "en-GB")[0]!.message).toMatch(/^2 dates, such as "09\/30\/2021", are real only read month first, not day first/);
  });

  it("are not said for one mistyped date, nor where every date reads in the order set", () => {
    expect(orderFindings(["30/09/2021", "03/04/2021"], "en-US")).toEqual([]);
    expect(orderFindings(["30/09/2021", "14/06/2021"], "en-GB")).toEqual([]);
    expect(orderFindings(["31/02/2021", "30/02/2021"], "en-US")).toEqual([]);
    // A plan that mixes the two, as many dates real only in the order set: each cell's own warning stands.
    expect(orderFindings(["06/14/2021", "06/30/2021", "30/09/2021", "14/06/2021"], "en-GB")).toEqual([]);
  });
});

describe("the count of dates real only in the other order", () => {
  it("is every such date of the columns read, complete actions' too, not only those each warned of", () => {
    // Case review rows of a plan written month first, read day first: two open actions warned of, three complete ones not.
    const sheet = {
      name: "Case Reviews",
      firstRow: 1,
      firstColumn: 1,
      merges: [],
      values: [
        ["Review", "Action No", "Action", "Time scale", "Last updated", "RAG"],
        ["Frankie", 1, "Refresh the neglect strategy with a section on hidden adults.", "6/30/2021", null, "Blue"],
        ["Frankie", 7, "Include a reflective question on hidden adults in the supervision template.", "3/4/2022", "1/15/2022", "Amber"],
        ["Sam and Kyle", 4, "Deliver a workshop on working with resistant families.", "9/30/2021", "12/31/2021", "Blue"],
        ["Leo", 8, "Review the pathway for children missing from home.", "12/31/2021", null, "Amber"],
      ],
    };
    const found = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: "2022-03-15", locale: "en-GB" }), "2022-03-15").findings.filter((f) => f.code === "date-order");
    expect(found.map((f) => f.message.split(", not")[0])).toEqual(['5 dates, such as "1/15/2022", are real only read month first']);
  });
});
