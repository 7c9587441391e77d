/** An action removed and another new under one review and number: said once, in a note, why both lists hold it. */
import { describe, expect, it } from "vitest";
import { changeNotes } from "../../../src/core/history/changeSentences";
import { ACTION, REC, caseRows, caseSheet, compareBoth, copy, indexOf } from "../../helpers/caseReviewComparison";

const notesFor = (edit: (rows: ReturnType<typeof caseRows>) => void) => {
  const rows = copy(caseRows());
  edit(rows);
  const { live, recorded } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
  // The plan as it is and the two recorded reports tell it alike.
  expect(changeNotes(recorded)).toEqual(changeNotes(live));
  return changeNotes(live);
};
const rewrite = (rows: ReturnType<typeof caseRows>, review: string, n: number, rec: string, action: string) => {
  const row = rows[indexOf(rows, review, n)]!;
  [row[REC], row[ACTION]] = [rec, action];
};

describe("an action removed and a new one under the same number", () => {
  it("one number: says the action now under it is new and the earlier one removed, and what that means if it was reworded", () => {
    const notes = notesFor((rows) => rewrite(rows, "Frankie", 6, "Disputes between agencies to be resolved quickly.", "Commission an independent audit of disputes between agencies."));
    expect(notes).toContain(
      "Frankie 6 is both removed and new: the action numbered 6 now is not worded like the one before it, so it is counted as new and the earlier one as removed; if it is that action reworded, its rating history starts again here.",
    );
  });

  it("several numbers: one note naming each", () => {
    const notes = notesFor((rows) => {
      rewrite(rows, "Frankie", 6, "Disputes between agencies to be resolved quickly.", "Commission an independent audit of disputes between agencies.");
      rewrite(rows, "Leo", 2, "Children missing from education to be followed up.", "Set up a children missing education panel.");
    });
    expect(notes.filter((n) => n.includes("both removed and new"))).toEqual([
      "Frankie 6 and Leo 2 are each both removed and new: the action under each number now is not worded like the one before it, so each is counted as new and the earlier one as removed; where one is that action reworded, its rating history starts again here.",
    ]);
  });

  it("a removed action and a new one under other numbers, or a review renamed, say nothing of it", () => {
    const other = notesFor((rows) => {
      rows.splice(indexOf(rows, "Frankie", 6), 1);
      rows.push(["Frankie", 7, "Thresholds and escalations", "Disputes between agencies to be resolved quickly.", "Commission an independent audit of disputes between agencies.", "", "LSCP Business Team", null, null, "Red"]);
    });
    const renamed = notesFor((rows) => {
      for (const r of rows) if (r[0] === "Leo") r[0] = "Child Leo";
    });
    expect([...other, ...renamed].filter((n) => n.includes("both removed and new"))).toEqual([]);
  });
});
