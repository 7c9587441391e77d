import { describe, expect, it } from "vitest";
import { actionName, clearedSentence, errorSentence, fixSentence } from "../../src/taskpane/messages";
import { validateSettings, formValues } from "../../src/taskpane/settingsValidation";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("sentences", () => {
  it("lists up to three rating changes, naming sheets only when there are several", () => {
    const edit = (sheet: string, row: number, from: string, to: string) => ({ sheet, row, column: 6, from, to });
    expect(fixSentence([edit("Plan", 5, "blue ", "Blue")])).toBe("Changed 1 rating: row 5 ‘blue ’ → ‘Blue’.");
    expect(fixSentence([edit("Plan", 5, "blue ", "Blue"), edit("Plan", 7, "g", "Green"), edit("Plan", 9, "AMBER", "Amber"), edit("Plan", 11, "r", "Red")])).toBe(
      "Changed 4 ratings: row 5 ‘blue ’ → ‘Blue’, row 7 ‘g’ → ‘Green’, row 9 ‘AMBER’ → ‘Amber’ and 1 more.",
    );
    expect(fixSentence([edit("Plan", 5, "b", "B"), edit("Leo", 3, "a", "Amber")])).toBe("Changed 2 ratings: Plan row 5 ‘b’ → ‘B’ and Leo row 3 ‘a’ → ‘Amber’.");
  });

  it("keeps only the first line of an error and ends it as a sentence", () => {
    expect(errorSentence(new Error("Excel is busy\n    at run (office.js:1:1)"))).toBe("Excel is busy.");
    expect(errorSentence(new Error("There is no sheet named \"Plan\" any more."))).toBe('There is no sheet named "Plan" any more.');
    expect(errorSentence({ weird: true })).toBe("RAG Tracker stopped because of a problem it did not expect; please try again.");
  });

  it("names an action by its number, its first words, or else its sheet and row", () => {
    const action = { review: "Frankie", sheet: "Case Reviews", ref: "3", row: 12 };
    expect(actionName(action, "Publish the learning")).toBe("Frankie action 3");
    expect(actionName({ ...action, ref: "" }, "Publish the learning from the review to all partners")).toBe("Frankie: Publish the learning from the review…");
    // A report whose wording was removed keeps neither number nor words for an action without a number.
    expect(actionName({ ...action, ref: "" }, "")).toBe("Frankie (Case Reviews row 12)");
    expect(actionName({ ...action, review: "", ref: "" }, "")).toBe("Case Reviews row 12");
    // A list that shows each action's sheet and row first does not say them twice.
    expect(actionName({ ...action, ref: "" }, "", true)).toBe("Frankie");
  });

  it("says when there was nothing to clear", () => {
    expect(clearedSentence("rating-colours", 0)).toBe("There were no rating colours and drop-down lists from RAG Tracker to clear.");
    expect(clearedSentence("stale-rows", 2)).toBe("Cleared the stale and overdue highlights (2 rules and lists removed).");
  });
});

describe("settings validation", () => {
  const values = formValues(DEFAULT_SETTINGS);

  it("puts each zod issue next to its field as one sentence", () => {
    expect(validateSettings({ ...values, staleDays: "4000" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: { staleDays: "The stale threshold must be at most 3650 days." } });
    expect(validateSettings({ ...values, asOf: "1/6/2022" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: { asOf: "The report date must be a date written YYYY-MM-DD." } });
    expect(validateSettings({ ...values, asOf: "2022-02-30" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: { asOf: "The report date 2022-02-30 is not a real date." } });
  });

  it("carries the column overrides through the form to the schema", () => {
    const base = { ...DEFAULT_SETTINGS, columnOverrides: { Plan: { rating: "H" } } };
    const result = validateSettings({ ...formValues(base), staleDays: " 60 " }, base);
    expect(result).toEqual({ ok: true, settings: { ...base, staleDays: 60 } });
  });
});
