import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { SheetSnapshot } from "../../../src/core/cells";
import { recordSnapshot } from "../../../src/core/history/record";
import { readSnapshot, sealSnapshot } from "../../../src/core/history/snapshot";
import { compareSnapshots } from "../../../src/core/history/changes";
import { moveInWords } from "../../../src/core/history/moveWords";
import { changeSentence } from "../../../src/core/history/changeSentences";
import { caseReviewSheet } from "../../fixtures/caseReviews";
import { deliveryPlanSheet } from "../../fixtures/deliveryPlan";

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

/**
 * The delivery plan rated a column a quarter: "RAG Q3 19/20" holding the plan's ratings and, where `q4` is given, a
 * "RAG Q4 19/20" column beside it with the same ratings but for these actions' (null: not rated yet; a rating: this one instead).
 */
function quarters(q4?: Record<string, string | null>): SheetSnapshot {
  const sheet = deliveryPlanSheet();
  const rating = sheet.values[1]!.length - 1;
  sheet.values = sheet.values.map((row, i) => {
    if (i === 1) return [...row.slice(0, rating), "RAG Q3 19/20", ...(q4 ? ["RAG Q4 19/20"] : [])];
    if (!q4 || row.length <= rating) return [...row];
    const no = String(row[1]);
    return [...row, no in q4 ? q4[no]! : row[rating]!];
  });
  return sheet;
}

describe("actions not rated yet in a new round's rating column", () => {
  // Rated at the Q3 report: 1.1 blue, 5.2 green, 5.3 amber; the Q4 column added since, not yet rated for them.
  const q3 = report([quarters()], "2020-01-10");
  const changes = compareSnapshots(q3, report([quarters({ "1.1": null, "5.2": null, "5.3": null })], "2020-04-10"));

  it("are not yet rated on the new round, not ratings cleared, as on a new round's sheet", () => {
    expect(changes.moves.map((m) => [m.after.ref, m.before.rating, m.direction, moveInWords(m)])).toEqual([
      ["1.1", "Blue", "notRatedYet", "not yet rated on the new round"],
      ["5.2", "Green", "notRatedYet", "not yet rated on the new round"],
      ["5.3", "Amber", "notRatedYet", "not yet rated on the new round"],
    ]);
    expect(changeSentence(changes)).toContain("3 actions not yet rated on the new round");
    expect(changeSentence(changes)).not.toContain("no rating");
  });

  it("are cleared where the earlier report read the new column too, and it rated them otherwise than the round before", () => {
    // Rated at the earlier report in Q4, 5.3 amber at Q3 then red at Q4; that Q4 rating cleared since.
    const cleared = compareSnapshots(report([quarters({ "5.3": "R" })], "2020-04-10"), report([quarters({ "5.3": null })], "2020-05-10"));
    expect(cleared.moves.map((m) => [m.after.ref, m.before.rating, m.direction])).toEqual([["5.3", "Red", "cleared"]]);
  });
});

describe("a rating cleared from the new round's column the earlier report read", () => {
  // Rated in both quarters at the earlier report, which read Q4: 5.2 (Monitor use and impact of Neglect strategy) green in each.
  const q4 = report([quarters({})], "2020-02-10");
  const cleared = report([quarters({ "5.2": null })], "2020-03-10");

  it("is cleared, though the round before gave it the rating that report counted", () => {
    const changes = compareSnapshots(q4, cleared);
    expect(changes.moves.map((m) => [m.after.ref, m.before.rating, m.direction, moveInWords(m)])).toEqual([["5.2", "Green", "cleared", "rating cleared"]]);
    expect(changeSentence(changes)).toContain("1 action now with no rating");
  });

  it("is known from the rating column each report read, which a report keeps by sheet", () => {
    expect(q4.ratingColumns).toEqual([{ sheet: "Delivery Plan 2019-20", header: "RAG Q4 19/20" }]);
    expect(report([quarters()], "2020-01-10").ratingColumns).toEqual([{ sheet: "Delivery Plan 2019-20", header: "RAG Q3 19/20" }]);
  });

  it("is not yet rated on the new round where the earlier report does not say which column it read (recorded by an earlier version)", () => {
    // The Q3 report as a version that kept no rating column recorded it: whether it read Q3 is not known, and the round before's
    // rating beside a blank in the new round's column is far more often the round not rated yet than a rating cleared.
    const { ratingColumns: _, seal: _seal, ...unsealed } = report([quarters()], "2020-01-10");
    const olderVersion = sealSnapshot(unsealed);
    expect(readSnapshot(JSON.stringify(olderVersion), "10 January 2020").ok).toBe(true);
    const changes = compareSnapshots(olderVersion, report([quarters({ "5.2": null })], "2020-04-10"));
    expect(changes.moves.map((m) => [m.after.ref, m.direction])).toEqual([["5.2", "notRatedYet"]]);
  });
});
