import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseSettings, settingsSchema, usableSettings } from "../../src/core/settings";

const problem = (input: unknown) => {
  const parsed = parseSettings(input);
  return parsed.ok ? undefined : parsed.message;
};
const said = (what: string) => `The RAG Tracker settings saved in this workbook cannot be used: ${what}; save the settings again in the task pane.`;

describe("settings stored in a workbook, damaged by hand or by another program", () => {
  it("say what a report date or threshold should be, with the value that is not", () => {
    expect(problem({ asOf: "2021-02-29" })).toBe(said('the report date is "2021-02-29", where it should be a real date'));
    // As --as-of refuses it: Excel holds no date before 1900.
    expect(problem({ asOf: "1899-01-01" })).toBe(said('the report date is "1899-01-01", where it should be a date from 1900-01-01, the first date Excel can hold'));
    expect(problem({ asOf: "14/06/2021" })).toBe(said('the report date is "14/06/2021", where it should be a date written YYYY-MM-DD'));
    expect(problem({ staleDays: 0 })).toBe(said("the stale threshold is 0, where it should be a number of days from 1 to 3650"));
    expect(problem({ staleDays: 1.5 })).toBe(said("the stale threshold is 1.5, where it should be a whole number of days"));
    // A number stored as text reads as the number it shows, so it is said to be text.
    expect(problem({ staleDays: "90" })).toBe(said('the stale threshold is stored as the text "90", where it should be a number of days from 1 to 3650'));
    expect(problem({ staleDays: null })).toBe(said("the stale threshold is empty, where it should be a number of days from 1 to 3650"));
    expect(problem({ staleDays: { value: 90 } })).toBe(said("the stale threshold is a group of values, where it should be a number of days from 1 to 3650"));
    expect(problem({ asOf: 44390 })).toBe(said("the report date is 44390, where it should be a date written YYYY-MM-DD"));
    expect(problem({ asOf: "2020-02-29", staleDays: 30 })).toBeUndefined();
  });

  it("name each setting as the task pane does, with no field path or validator's words", () => {
    expect(problem({ locale: "fr-FR" })).toBe(said('the date order is "fr-FR", where it should be UK (en-GB) or US (en-US)'));
    expect(problem({ completeRating: "" })).toBe(said("the complete rating is blank, where it should be the name or code of a rating"));
    expect(problem({ trackerSheets: [5] })).toBe(said("the tracker sheets list holds 5, where it should hold sheets' names"));
    expect(problem({ trackerSheets: "Case Reviews" })).toBe(said("the tracker sheets are not stored as a list of sheets' names"));
    expect(problem({ columnOverrides: { "Case Reviews": { rating: "5" } } })).toBe(said('the column override for the RAG rating column of sheet "Case Reviews" is "5", where it should be a column letter such as F'));
    // As a settings form of an earlier version could save it.
    expect(problem({ columnOverrides: { "Action Plan": { lead: "XFE" } } })).toBe(said('the column override for the Lead column of sheet "Action Plan" is "XFE", where it should be a column no further right than XFD, Excel\'s last column'));
    expect(problem({ columnOverrides: { "Action Plan": { owner: "F" } } })).toBe(said('the column overrides of sheet "Action Plan" name a column "owner" that RAG Tracker does not read'));
    expect(problem({ columnOverrides: ["F"] })).toBe(said("the column overrides are not stored as sheets with their columns"));
    expect(problem({ sheetReviews: { "Completed actions": "  " } })).toBe(said('the review of sheet "Completed actions" is blank, where it should be a review\'s name'));
    expect(problem([1, 2])).toBe(said("they are not stored as settings"));
    for (const input of [{ trackerSheets: [5] }, { locale: "fr-FR" }, { columnOverrides: { "Case Reviews": { rating: "5" } } }]) {
      expect(problem(input)).not.toMatch(/Invalid|expected|received|trackerSheets|columnOverrides|JSON|null|\.0\b/);
    }
  });
});

describe("stored settings that cannot be used as a whole", () => {
  it("keep each field that reads on its own, the others at their defaults, and name those", () => {
    expect(usableSettings({ staleDays: "90", locale: "en-US", completeRating: "", trackerSheets: ["Plan"], asOf: "2021-11-01" })).toEqual({
      settings: settingsSchema.parse({ locale: "en-US", trackerSheets: ["Plan"], asOf: "2021-11-01" }),
      unusable: ["staleDays", "completeRating"],
      trimmed: [],
    });
    expect(usableSettings("garbled")).toEqual({ settings: DEFAULT_SETTINGS, unusable: [], trimmed: [] });
  });

  it("keep each entry of a list that reads on its own", () => {
    const stored = { trackerSheets: ["Plan", 7, ""], sheetReviews: { Completed: "Leo", Old: 3 }, columnOverrides: { Plan: { rating: "H", due: "12" }, Other: "J" } };
    expect(usableSettings(stored)).toEqual({
      settings: settingsSchema.parse({ trackerSheets: ["Plan"], sheetReviews: { Completed: "Leo" }, columnOverrides: { Plan: { rating: "H" } } }),
      unusable: [],
      trimmed: ["trackerSheets", "columnOverrides", "sheetReviews"],
    });
  });
});
