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
  expect(said(changeNotes(recorded))).toEqual(said(changeNotes(live)));
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
      "Frankie 6 is both removed and new: the new action of that number is not worded like the removed one, so they are counted apart; if it is that action reworded, its rating history starts again from its new wording.",
    ]);
  });

  it("several numbers: one note naming each, and past four how many and the first three", () => {
    expect(
      notesFor((rows) => {
        rewriteFrankie6(rows);
        rewrite(rows, "Leo", 2, "Children missing from education to be followed up.", "Set up a children missing education panel.");
      }),
    ).toEqual([
      "Frankie 6 and Leo 2 are each both removed and new: under each number, the new action is not worded like the removed one, so they are counted apart; where one is the removed action reworded, its rating history starts again from its new wording.",
    ]);
    const five = notesFor((rows) => {
      for (const [review, n] of [["Frankie", 1], ["Frankie", 6], ["Sam and Kyle", 1], ["Leo", 2], ["Leo", 4]] as const) rewrite(rows, review, n, `A new recommendation for ${review} ${n}.`, `Publish a quarterly dashboard of ${review} ${n} outcomes.`);
    });
    expect(five[0]).toMatch(/^5 numbers are each both removed and new, among them Frankie 1, Frankie 6 and Sam and Kyle 1: under each number/);
  });

  it("against a report whose wording was removed, says only that the wording is not exactly the same and cannot be compared", () => {
    const rows = edited((r) => rewrite(r, "Frankie", 5, "Home visits to include seeing where the child sleeps and plays.", "Add the child's sleeping arrangements to the home visit checklist, with photographs."));
    const recorded = recordSnapshot(analysisOf(caseSheet(caseRows()), THEN), meta(THEN));
    const noWording = { ...recorded, actions: recorded.actions.map((a) => ({ ...a, title: "" })) };
    expect(said(changeNotes(compareSnapshots(noWording, liveSnapshot(analysisOf(caseSheet(rows), NOW), noWording), "now")))).toEqual([
      "Frankie 5 is both removed and new: the new action of that number is not worded exactly as the removed one, and the earlier report keeps no wording to compare them by, so they are counted apart.",
    ]);
  });

  it("a review renamed: the earlier action is found under the review's new name", () => {
    const notes = notesFor((rows) => {
      for (const r of rows) if (r[0] === "Leo") r[0] = "Child Leo";
      rewrite(rows, "Child Leo", 2, "Children missing from education to be followed up.", "Set up a children missing education panel.");
    });
    expect(notes).toEqual([expect.stringMatching(/^Child Leo 2 is both removed and new: the new action of that number/)]);
  });

  it("another action of the number, matched as before, leaves the note about the new and the removed one", () => {
    const rows = edited((r) => r.splice(indexOf(r, "Frankie", 6) + 1, 0, ["Frankie", 6, "Thresholds and escalations", "Escalations to be logged.", "Keep a log of every escalation.", "Log in use.", "LSCP Business Team", null, null, "Green"]));
    const { then } = compareBoth(caseSheet(rows), caseSheet(rows));
    const now = copy(rows);
    rewriteFrankie6(now);
    const live = compareSnapshots(then, liveSnapshot(analysisOf(caseSheet(now), NOW), then), "now");
    expect(said(changeNotes(live))).toEqual([expect.stringMatching(/^Frankie 6 is both removed and new: the new action of that number is not worded like the removed one/)]);
  });

  it("says nothing of an action back after being removed: its own line says so", () => {
    const first = recordSnapshot(analysisOf(caseSheet(caseRows()), THEN), meta(THEN));
    const second = recordSnapshot(analysisOf(caseSheet(edited(rewriteFrankie6)), NOW), meta(NOW), first);
    const live = compareSnapshots(second, liveSnapshot(analysisOf(caseSheet(caseRows()), "2026-07-15"), second), "now", undefined, [first, second]);
    expect({ back: live.back.length, notes: said(changeNotes(live)) }).toEqual({ back: 1, notes: [] });
  });

  it("says nothing where the number is not both removed and new: other numbers, reviews' names swapped, two new and two removed under one number, no number", () => {
    const otherNumber = notesFor((rows) => {
      rows.splice(indexOf(rows, "Frankie", 6), 1);
      rows.push(["Frankie", 7, "Thresholds and escalations", "Disputes between agencies to be resolved quickly.", "Commission an independent audit of disputes between agencies.", "", "LSCP Business Team", null, null, "Red"]);
    });
    // Each new action is worded as a removed one: moved between reviews, not reworded.
    const swapped = notesFor((rows) => {
      for (const r of rows) r[0] = r[0] === "Leo" ? "Sam and Kyle" : r[0] === "Sam and Kyle" ? "Leo" : r[0]!;
    });
    // Frankie 5 and 6 both renumbered 6 and rewritten: two removed and two new under one number.
    const twoSixes = notesFor((rows) => {
      rewrite(rows, "Frankie", 5, "Home visits to be recorded on the day.", "Introduce a same-day recording standard for home visits.");
      rewriteFrankie6(rows);
      rows[indexOf(rows, "Frankie", 5)]![1] = 6;
    });
    // Frankie's actions numbered in neither report.
    const unnumbered = edited((rows) => {
      for (const r of rows) if (r[0] === "Frankie") r[1] = null;
    });
    const rewritten = copy(unnumbered);
    rewritten[5]![ACTION] = "Commission an independent audit of disputes between agencies.";
    const { live } = compareBoth(caseSheet(unnumbered), caseSheet(rewritten));
    const noNumber = said(changeNotes(live));
    expect({ otherNumber, swapped, twoSixes, noNumber }).toEqual({ otherNumber: [], swapped: [], twoSixes: [], noNumber: [] });
  });
});
