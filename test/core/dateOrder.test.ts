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
