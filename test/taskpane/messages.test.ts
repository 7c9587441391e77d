import { describe, expect, it } from "vitest";
import { checkedSentence } from "../../src/core/checkedSentence";
import { actionName, clearedSentence, describeEdit, errorSentence, fixSentence, ratingsLeftList, staleSentence, suggestionUsedSentence, undoneSentence } from "../../src/taskpane/messages";
import type { Finding } from "../../src/core/findings";
import type { Action } from "../../src/core/model";
import { validateSettings, formValues } from "../../src/taskpane/settingsValidation";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { analyseWorkbook } from "../../src/core/analyse";
import { peerReviewSheet } from "../fixtures/peerReview";

const edit = (sheet: string, row: number, from: string, to: string) => ({ sheet, row, column: 6, from, to });
const finding = (code: "rating-invalid" | "rating-unrated" | "rating-colour-only", sheet: string, row: number, value?: string, fix?: string): Finding => ({
  sheet,
  row,
  column: "G",
  code,
  severity: code === "rating-invalid" ? "error" : "warning",
  message: "",
  ...(value === undefined ? {} : { value }),
  ...(fix === undefined ? {} : { fix }),
});
const invalidFindings = (n: number) => Array.from({ length: n }, (_, i) => finding("rating-invalid", "Plan", 60 + i, "Yellow", "A"));
const missingFindings = (n: number) => Array.from({ length: n }, (_, i) => finding("rating-unrated", "Plan", 50 + i));

describe("sentences", () => {
  it("lists up to three rating changes, naming sheets only when the workbook has several trackers", () => {
    expect(fixSentence([edit("Plan", 5, "blue ", "Blue")], [], false)).toBe("Changed 1 rating: row 5 from ‘blue ’ (with a space after it, in small letters) to ‘Blue’ (with a capital).");
    expect(fixSentence([edit("Plan", 5, "blue ", "Blue"), edit("Plan", 7, "g", "Green"), edit("Plan", 9, "AMBER", "Amber"), edit("Plan", 11, "r", "Red")], [], false)).toBe(
      "Changed 4 ratings: row 5 from ‘blue ’ (with a space after it, in small letters) to ‘Blue’ (with a capital), row 7 from the letter ‘g’ to ‘Green’, row 9 from ‘AMBER’ (in capitals) to ‘Amber’ (with a capital) and 1 more.",
    );
    // Thousands grouped in the count of the rest, as in every other count.
    const many = Array.from({ length: 1_503 }, (_, i) => edit("Plan", 5 + i, "blue ", "Blue"));
    expect(fixSentence(many, [], false)).toMatch(/ and 1,500 more\.$/);
    expect(undoneSentence(many, [], false)).toMatch(/ and 1,500 more\.$/);
    expect(fixSentence([edit("Plan", 5, "b", "B"), edit("Leo", 3, "a", "Amber")], [], true)).toBe("Changed 2 ratings: Plan row 5 from the small letter ‘b’ to the capital letter ‘B’ and Leo row 3 from the letter ‘a’ to ‘Amber’.");
    // One change, but another tracker in the workbook: the row alone would not say where.
    expect(fixSentence([edit("Delivery Plan", 11, "blue ", "B")], [], true)).toBe("Changed 1 rating: Delivery Plan row 11 from ‘blue ’ (with a space after it) to the letter ‘B’.");
    // A cell of spaces alone (a rating cleared with the space bar): its spaces said once, as what it holds.
    expect(fixSentence([edit("Plan", 11, " ", "Green")], [], false)).toBe("Changed 1 rating: row 11 from ‘ ’ (a space alone) to ‘Green’.");
    expect(fixSentence([edit("Plan", 12, "   ", "")], [], false)).toBe("Changed 1 rating: row 12 from ‘   ’ (3 spaces alone) to blank.");
    expect(fixSentence([edit("Plan", 13, "\t", "Green")], [], false)).toBe("Changed 1 rating: row 13 from ‘\t’ (a blank character alone) to ‘Green’.");
    // A rating given by its colour alone: the cell was blank, and is said so.
    expect(fixSentence([edit("Plan", 2, "", "G")], [], false)).toBe("Changed 1 rating: row 2 from blank to the letter ‘G’.");
    expect(undoneSentence([edit("Plan", 2, "", "G")], [], false)).toMatch(/^Put back 1 rating as it was: row 2 from the letter ‘G’ to blank\b/);
  });

  it("says which invalid and missing ratings Fix ratings left for the user to choose", () => {
    const blue = [edit("Plan", 11, "blue ", "B")];
    expect(fixSentence([], [], false)).toBe("Every rating is already written the way its sheet writes ratings, so nothing was changed.");
    expect(fixSentence([], [finding("rating-invalid", "Plan", 63, "Yellow")], false)).toBe("No rating was changed; 1 invalid rating (row 63 ‘Yellow’) needs your choice.");
    expect(fixSentence([], [finding("rating-invalid", "Plan", 63, "Bleu", "B")], true)).toBe("No rating was changed; 1 invalid rating (Plan row 63 ‘Bleu’, perhaps the letter ‘B’) needs your choice.");
    expect(fixSentence(blue, [finding("rating-invalid", "Plan", 63, "Yellow"), finding("rating-unrated", "Plan", 54)], false)).toBe(
      "Changed 1 rating: row 11 from ‘blue ’ (with a space after it) to the letter ‘B’; 1 invalid rating (row 63 ‘Yellow’) and 1 missing rating (row 54) still need your choice.",
    );
    expect(fixSentence(blue, [...invalidFindings(2), ...missingFindings(1)], false)).toBe(
      "Changed 1 rating: row 11 from ‘blue ’ (with a space after it) to the letter ‘B’; 2 invalid ratings and 1 missing rating (row 50) still need your choice.",
    );
    expect(fixSentence(blue, missingFindings(2), false)).toBe("Changed 1 rating: row 11 from ‘blue ’ (with a space after it) to the letter ‘B’; 2 missing ratings still need your choice.");
  });

  it("says what Check ratings highlighted for every count of invalid and missing ratings, leaving out the noughts", () => {
    const checked = (invalid: number, missing: number, ratings = 2) =>
      checkedSentence({ findings: [...invalidFindings(invalid), ...missingFindings(missing)], actions: new Array<Action>(ratings) });
    expect(checked(0, 0, 0)).toBe("There is no rating to check, so nothing needed highlighting.");
    expect(checked(0, 0, 1)).toBe("The rating is valid, so nothing needed highlighting.");
    expect(checked(0, 0, 2)).toBe("All 2 ratings are valid, so nothing needed highlighting.");
    expect(checked(1, 0)).toBe("Highlighted 1 invalid rating.");
    expect(checked(2, 0)).toBe("Highlighted 2 invalid ratings.");
    expect(checked(0, 1)).toBe("Highlighted 1 missing rating.");
    expect(checked(0, 2)).toBe("Highlighted 2 missing ratings.");
    expect(checked(1, 1)).toBe("Highlighted 1 invalid rating and 1 missing rating.");
    expect(checked(1, 2)).toBe("Highlighted 1 invalid rating and 2 missing ratings.");
    expect(checked(2, 1)).toBe("Highlighted 2 invalid ratings and 1 missing rating.");
    expect(checked(2, 2)).toBe("Highlighted 2 invalid ratings and 2 missing ratings.");
    // Ratings counted by their colour alone are neither invalid nor missing, but no word is typed in them.
    const colourOnly = (n: number, missing: number) =>
      checkedSentence({ findings: [...Array.from({ length: n }, (_, i) => finding("rating-colour-only", "Plan", 20 + i, "", "Green")), ...missingFindings(missing)], actions: new Array<Action>(4) });
    expect(colourOnly(1, 0)).toBe("All 4 ratings are valid, so nothing needed highlighting. 1 rating is given by colour alone, with no word typed; Fix ratings types it.");
    expect(colourOnly(2, 1)).toBe("Highlighted 1 missing rating. 2 ratings are given by colour alone, with no word typed; Fix ratings types them.");
  });

  it("says what Highlight stale & overdue highlighted for every count, each colour with the rows that wear it, leaving out the noughts", () => {
    const actions = Array.from({ length: 4 }, (_, i) => ({ row: i + 2 }) as Action);
    // `stale` of the four actions, and `overdue` of them counted from the last, so the two lists share stale + overdue - 4 actions where that is above nought.
    const highlighted = (stale: number, overdue: number, staleDays = 90) =>
      staleSentence({ stale: actions.slice(0, stale).map((action) => ({ action, days: 100 })), overdue: actions.slice(4 - overdue).map((action) => ({ action, days: 10 })), staleDays, trackers: [] });
    expect(highlighted(0, 0)).toBe("No action is stale (over 90 days) or overdue, so nothing needed highlighting.");
    expect(highlighted(0, 0, 1)).toBe("No action is stale (over 1 day) or overdue, so nothing needed highlighting.");
    expect(highlighted(1, 0)).toBe("Highlighted 1 stale action (peach).");
    expect(highlighted(2, 0)).toBe("Highlighted 2 stale actions (peach).");
    expect(highlighted(0, 1)).toBe("Highlighted 1 overdue action (pink, bold).");
    expect(highlighted(0, 2)).toBe("Highlighted 2 overdue actions (pink, bold).");
    expect(highlighted(1, 1)).toBe("Highlighted 1 overdue action (pink, bold) and 1 stale action (peach).");
    expect(highlighted(2, 2)).toBe("Highlighted 2 overdue actions (pink, bold) and 2 stale actions (peach).");
    // Stale and overdue: pink, so not among the peach.
    expect(highlighted(4, 1)).toBe("Highlighted 1 overdue action (pink, bold; also stale) and 3 other stale actions (peach).");
    expect(highlighted(3, 2)).toBe("Highlighted 2 overdue actions (pink, bold; 1 of them also stale) and 2 other stale actions (peach).");
    expect(highlighted(4, 3)).toBe("Highlighted 3 overdue actions (pink, bold; all also stale) and 1 other stale action (peach).");
    expect(highlighted(3, 3)).toBe("Highlighted 3 overdue actions (pink, bold; 2 of them also stale) and 1 other stale action (peach).");
    expect(highlighted(2, 4)).toBe("Highlighted 4 overdue actions (pink, bold; 2 of them also stale).");
  });

  it("says, when nothing is stale or overdue, which sheet has no date column to judge by", () => {
    const analysis = analyseWorkbook({ sheets: [peerReviewSheet({})] }, DEFAULT_SETTINGS, "2021-07-13");
    expect(staleSentence(analysis)).toBe(
      'No action is stale (over 90 days) or overdue, so nothing needed highlighting. Sheet "Peer Review" has no last-updated or time-scale column, so its 3 open actions are not checked for being stale or overdue.',
    );
  });

  it("names the sheet in what Undo put back only when the workbook has several trackers", () => {
    expect(undoneSentence([edit("Plan", 8, "b", "B")], [edit("Plan", 13, "blue ", "B")], false)).toBe(
      "Put back 1 rating as it was: row 8 from the capital letter ‘B’ to the small letter ‘b’. 1 rating changed since the fix was left as it is (row 13).",
    );
    expect(undoneSentence([edit("Plan", 8, "b", "B")], [], true)).toBe("Put back 1 rating as it was: Plan row 8 from the capital letter ‘B’ to the small letter ‘b’.");
  });

  it("says a rating merged down beside several actions as one change over the rows it covers, with the sheet where there are several trackers", () => {
    const merged = { ...edit("Plan", 7, "", "A"), rows: [7, 8, 9, 10] };
    expect(fixSentence([merged, edit("Plan", 12, "g", "G")], [], false)).toBe("Changed 2 ratings: rows 7 to 10 from blank to the letter ‘A’ and row 12 from the small letter ‘g’ to the capital letter ‘G’.");
    expect(fixSentence([{ ...merged, rows: [8, 9] }], [], true)).toBe("Changed 1 rating: Plan rows 8 and 9 from blank to the letter ‘A’.");
    expect(undoneSentence([merged], [], false)).toBe("Put back 1 rating as it was: rows 7 to 10 from the letter ‘A’ to blank.");
    expect(undoneSentence([], [merged], true)).toBe("No rating was put back. 1 rating changed since the fix was left as it is (Plan rows 7 to 10).");
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
    // Nor a review named as its sheet (a plan with no review column): "Plan row 14: action 2.6".
    const plan = { review: "Delivery Plan 2019-20", sheet: "Delivery Plan 2019-20", ref: "2.6", row: 14 };
    expect(actionName(plan, "Publish the learning", true)).toBe("action 2.6");
    expect(actionName({ ...plan, review: "" }, "Publish the learning", true)).toBe("action 2.6");
    expect(actionName({ ...plan, ref: "" }, "Publish the learning", true)).toBe("Publish the learning…");
    expect(actionName({ ...plan, ref: "" }, "", true)).toBe("action with no number or wording");
    expect(actionName(plan, "Publish the learning")).toBe("Delivery Plan 2019-20 action 2.6");
  });

  it("says what was cleared without counting Excel's rules and lists, and when there was nothing to clear", () => {
    expect(clearedSentence("rating-colours", 0)).toBe("There were no rating colours and drop-down lists from RAG Tracker to clear.");
    expect(clearedSentence("rating-problems", 2)).toBe("Removed the rating check's highlights.");
    expect(clearedSentence("rating-colours", 3)).toBe("Removed the rating colours and drop-down lists.");
    expect(clearedSentence("stale-rows", 1)).toBe("Removed the stale and overdue highlights.");
  });
});

describe("settings validation", () => {
  const values = formValues(DEFAULT_SETTINGS);

  it("puts each zod issue next to its field as one sentence", () => {
    expect(validateSettings({ ...values, staleDays: "4000" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: { staleDays: "The stale threshold must be at most 3650 days." } });
    for (const written of ["1e2", "0x5a", "90.0", "ninety"]) expect(validateSettings({ ...values, staleDays: written }, DEFAULT_SETTINGS), written).toEqual({ ok: false, errors: { staleDays: "The stale threshold must be a whole number of days." } });
    expect(validateSettings({ ...values, staleDays: "-5" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: { staleDays: "The stale threshold must be at least 1 day." } });
    // The field is a date picker: the user never types YYYY-MM-DD, so the message speaks of the picker.
    expect(validateSettings({ ...values, asOf: "1/6/2022" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: { asOf: "The report date is not a whole, real date; choose a day, month and year in the date picker." } });
    expect(validateSettings({ ...values, asOf: "62021-03-06" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: { asOf: "The report date's year, 62021, has more than four digits; choose the date again in the date picker." } });
    expect(validateSettings({ ...values, asOf: "2022-02-30" }, DEFAULT_SETTINGS)).toEqual({ ok: false, errors: { asOf: "The report date 2022-02-30 is not a real date." } });
  });

  it("carries the column overrides through the form to the schema", () => {
    const base = { ...DEFAULT_SETTINGS, columnOverrides: { Plan: { rating: "H" } } };
    const result = validateSettings({ ...formValues(base), staleDays: " 60 " }, base);
    expect(result).toEqual({ ok: true, settings: { ...base, staleDays: 60 } });
  });

  it("takes columns up to XFD, Excel's last, and refuses any further right", () => {
    const override = (column: string) => ({ ...values, columnOverrides: [{ sheet: "Plan", role: "rating" as const, column }] });
    expect(validateSettings(override("XFD"), DEFAULT_SETTINGS).ok).toBe(true);
    expect(validateSettings(override("XFE"), DEFAULT_SETTINGS)).toEqual({
      ok: false,
      errors: { columnOverrides: "The column overrides must be a column no further right than XFD, Excel's last column." },
    });
  });
});

describe("rating changes in words a screen reader says", () => {
  it("say each change with 'from … to', never an arrow, and what the ear cannot tell: end spaces, capitals, a letter alone", () => {
    const sentences = [
      fixSentence([edit("Team Plan", 7, "blue ", "Blue"), edit("Team Plan", 9, "g", "Green"), edit("Team Plan", 11, "", "Green")], [finding("rating-invalid", "Team Plan", 4, "Yellow", "A")], true),
      undoneSentence([edit("Team Plan", 7, "blue ", "Blue")], [], true),
      suggestionUsedSentence(edit("Delivery Plan 2019-20", 63, "Yellow", "A"), true),
      describeEdit(edit("Team Plan", 8, "b", "B"), true),
      ...ratingsLeftList([finding("rating-invalid", "Plan", 4, "Yellow", "A"), finding("rating-invalid", "Plan", 5, "TBC", "A")], false),
    ];
    expect(sentences).toEqual([
      "Changed 3 ratings: Team Plan row 7 from ‘blue ’ (with a space after it, in small letters) to ‘Blue’ (with a capital), Team Plan row 9 from the letter ‘g’ to ‘Green’ and Team Plan row 11 from blank to ‘Green’; 1 invalid rating (Team Plan row 4 ‘Yellow’, perhaps the letter ‘A’) still needs your choice.",
      "Put back 1 rating as it was: Team Plan row 7 from ‘Blue’ (with a capital) to ‘blue ’ (with a space after it, in small letters).",
      "Changed Delivery Plan 2019-20 row 63 from ‘Yellow’ to the letter ‘A’.",
      "Team Plan row 8 from the small letter ‘b’ to the capital letter ‘B’",
      "Row 4 ‘Yellow’, perhaps the letter ‘A’",
      "Row 5 ‘TBC’, perhaps the letter ‘A’",
    ]);
    expect(sentences.join(" ")).not.toMatch(/[→←]/);
  });
});
