/** An action removed and another new under one review and number: said once, in a note, why both lists hold it. */
import { describe, expect, it } from "vitest";
import { changeNotes } from "../../../src/core/history/changeSentences";
import { compareSnapshots } from "../../../src/core/history/changes";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { ACTION, NOW, REC, THEN, analysisOf, caseRows, caseSheet, compareBoth, copy, indexOf, meta } from "../../helpers/caseReviewComparison";

type Rows = ReturnType<typeof caseRows>;
const edited = (edit: (rows: Rows) => void) => {
  const rows = copy(caseRows());
  edit(rows);
  return rows;
};
const said = (notes: string[]) => notes.filter((n) => n.includes("both removed and new"));
/** The notes against the plan as it is, having checked that two recorded reports say the same of the later one. */
const notesFor = (edit: (rows: Rows) => void) => {
  const rows = edited(edit);
  const { then, recorded } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
  const live = compareSnapshots(then, liveSnapshot(analysisOf(caseSheet(rows), NOW), then), "now");
  expect(said(changeNotes(recorded))).toEqual(said(changeNotes(live)).map((n) => n.replace(" now ", " at the report of 15 April 2026 ")));
  return said(changeNotes(live));
};
const rewrite = (rows: Rows, review: string, n: number, rec: string, action: string) => {
  const row = rows[indexOf(rows, review, n)]!;
  [row[REC], row[ACTION]] = [rec, action];
};
const rewriteFrankie6 = (rows: Rows) => rewrite(rows, "Frankie", 6, "Disputes between agencies to be resolved quickly.", "Commission an independent audit of disputes between agencies.");

describe("an action removed and a new one under the same number", () => {
  it("one number: says the action now under it is new and the earlier one removed, and what that means if it was reworded", () => {
    expect(notesFor(rewriteFrankie6)).toEqual([
      "Frankie 6 is both removed and new: the action numbered 6 now is not worded like the one before it, so it is counted as new and the earlier one as removed; if it is that action reworded, its rating history starts again here.",
    ]);
  });

  it("several numbers: one note naming each, and past four the first three and how many other numbers", () => {
    expect(
      notesFor((rows) => {
        rewriteFrankie6(rows);
        rewrite(rows, "Leo", 2, "Children missing from education to be followed up.", "Set up a children missing education panel.");
      }),
    ).toEqual([
      "Frankie 6 and Leo 2 are each both removed and new: the action under each number now is not worded like the one before it, so each is counted as new and the earlier one as removed; where one is the earlier action reworded, its rating history starts again here.",
    ]);
    const five = notesFor((rows) => {
      for (const [review, n] of [["Frankie", 1], ["Frankie", 6], ["Sam and Kyle", 1], ["Leo", 2], ["Leo", 4]] as const) rewrite(rows, review, n, `A new recommendation for ${review} ${n}.`, `Publish a quarterly dashboard of ${review} ${n} outcomes.`);
    });
    expect(five[0]).toMatch(/^Frankie 1, Frankie 6, Sam and Kyle 1 and 2 other numbers are each both removed and new:/);
  });

  it("against a report whose wording was removed, says only that the wording is not exactly the same and cannot be compared", () => {
    const rows = edited((r) => rewrite(r, "Frankie", 5, "Home visits to include seeing where the child sleeps and plays.", "Add the child's sleeping arrangements to the home visit checklist, with photographs."));
    const recorded = recordSnapshot(analysisOf(caseSheet(caseRows()), THEN), meta(THEN));
    const noWording = { ...recorded, actions: recorded.actions.map((a) => ({ ...a, title: "" })) };
    expect(said(changeNotes(compareSnapshots(noWording, liveSnapshot(analysisOf(caseSheet(rows), NOW), noWording), "now")))).toEqual([
      "Frankie 5 is both removed and new: the action numbered 5 now is not worded exactly as the one before it, and the earlier report keeps no wording to compare them by, so it is counted as new and the earlier one as removed.",
    ]);
  });

  it("a review renamed: the earlier action is found under the review's new name", () => {
    const notes = notesFor((rows) => {
      for (const r of rows) if (r[0] === "Leo") r[0] = "Child Leo";
      rewrite(rows, "Child Leo", 2, "Children missing from education to be followed up.", "Set up a children missing education panel.");
    });
    expect(notes).toEqual([expect.stringMatching(/^Child Leo 2 is both removed and new: the action numbered 2 now/)]);
  });

  it("says nothing where the number is not both removed and new: other numbers, reviews' names swapped, two actions under one number", () => {
    const otherNumber = notesFor((rows) => {
      rows.splice(indexOf(rows, "Frankie", 6), 1);
      rows.push(["Frankie", 7, "Thresholds and escalations", "Disputes between agencies to be resolved quickly.", "Commission an independent audit of disputes between agencies.", "", "LSCP Business Team", null, null, "Red"]);
    });
    // Each new action is worded as a removed one: moved between reviews, not reworded.
    const swapped = notesFor((rows) => {
      for (const r of rows) r[0] = r[0] === "Leo" ? "Sam and Kyle" : r[0] === "Sam and Kyle" ? "Leo" : r[0];
    });
    const twoSixes = notesFor((rows) => {
      const copyOf6 = [...rows[indexOf(rows, "Frankie", 6)]!];
      rows.splice(indexOf(rows, "Frankie", 6) + 1, 0, copyOf6);
      rewriteFrankie6(rows);
    });
    expect({ otherNumber, swapped, twoSixes }).toEqual({ otherNumber: [], swapped: [], twoSixes: [] });
  });
});
