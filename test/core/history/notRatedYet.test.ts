import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { SheetSnapshot } from "../../../src/core/cells";
import { recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { moveInWords } from "../../../src/core/history/moveWords";
import { caseReviewSheet } from "../../fixtures/caseReviews";

const RATING = 9;
/** Rows of the case review sheet (after its title and header rows): Frankie 1 is blue, Frankie 12 amber; every action is due December 2021. */
const FRANKIE_1 = 2;
const FRANKIE_12 = 13;

function round(name: string, blank: number[] = []): SheetSnapshot {
  const sheet = caseReviewSheet();
  sheet.name = name;
  sheet.values = sheet.values.map((row) => [...row]);
  for (const i of blank) sheet.values[i]![RATING] = null;
  return sheet;
}

function report(sheets: SheetSnapshot[], date: string) {
  const analysis = analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: date }), "2022-06-01");
  return recordSnapshot(analysis, { date, recordedAt: `${date}T09:00:00Z`, recordedBy: "Business Manager" });
}

describe("actions copied forward to the next round's sheet and not rated there yet", () => {
  const older = report([round("Q3 2021-22")], "2021-11-01");
  const newer = report([round("Q3 2021-22"), round("Q4 2021-22", [FRANKIE_1, FRANKIE_12])], "2022-02-01");
  const changes = compareSnapshots(older, newer);

  it("are not yet rated on the new round, not ratings cleared", () => {
    const blanked = changes.moves.filter((m) => m.after.rating === "Unrated");
    expect(blanked.map((m) => [m.after.review, m.after.ref, m.before.rating, m.direction, moveInWords(m)])).toEqual([
      ["Frankie", "1", "Blue", "notRatedYet", "not yet rated on the new round"],
      ["Frankie", "12", "Amber", "notRatedYet", "not yet rated on the new round"],
    ]);
  });

  it("are newly overdue only where they were open when last rated", () => {
    const overdue = changes.newlyOverdue.filter((a) => a.review === "Frankie").map((a) => a.ref);
    expect(overdue).toContain("12");
    expect(overdue).not.toContain("1");
  });

  it("are cleared where the sheet is the same, as before", () => {
    const cleared = compareSnapshots(report([round("Q3 2021-22")], "2021-11-01"), report([round("Q3 2021-22", [FRANKIE_1])], "2022-02-01"));
    expect(cleared.moves.map((m) => [m.after.ref, m.direction])).toEqual([["1", "cleared"]]);
    expect(cleared.newlyOverdue.filter((a) => a.review === "Frankie").map((a) => a.ref)).toContain("1");
  });
});
