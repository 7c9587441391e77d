/**
 * A band's title an earlier version read whole ("Case Review: Frankie SCR (published March 2022)" as
 * "Frankie SCR (published March 2022)"), which this version reads as "Frankie": the committee is not told
 * of a rename nobody made. Rows are the case reviews' composite plan, each review under its band row.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../../src/core/cells";
import { recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { changeNotes } from "../../../src/core/history/changeSentences";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { caseReviewSheet } from "../../fixtures/caseReviews";

const TITLE = "Frankie SCR (published March 2022)";

/** The composite sheet with a band row above each review's actions, Frankie's naming the review's kind and state. */
function banded(): SheetSnapshot {
  const cases = caseReviewSheet();
  const values: CellValue[][] = [cases.values[0]!, cases.values[1]!.slice(1)];
  let review = "";
  for (const row of cases.values.slice(2)) {
    if (row[0] !== review) values.push([`Case Review: ${(review = String(row[0])) === "Frankie" ? TITLE : review}`]);
    values.push(row.slice(1));
  }
  return { ...cases, values };
}
const record = (date: string, previous?: Snapshot) =>
  recordSnapshot(analyseWorkbook({ sheets: [banded()] }, settingsSchema.parse({ asOf: date }), "2022-12-01"), { date, recordedAt: "", recordedBy: null }, previous);

/** The report as an earlier version recorded it, which kept the band's title whole as Frankie's review. */
function asEarlierVersionRead(s: Snapshot, from: string, to: string): Snapshot {
  return { ...s, actions: s.actions.map((a) => (a.review === from ? { ...a, review: to, id: a.id.replace(from, to) } : a)) };
}

describe("a review's name read otherwise since an earlier version recorded a report", () => {
  const earlier = asEarlierVersionRead(record("2022-05-01"), "Frankie", TITLE);
  const changes = compareSnapshots(earlier, record("2022-08-01", earlier));

  it("compares the review's actions as the same review's, with no sentence telling of a rename", () => {
    expect(changes.renamedReviews).toEqual([{ from: TITLE, to: "Frankie" }]);
    expect(changes.removed).toEqual([]);
    expect(changes.added).toEqual([]);
    expect(changeNotes(changes).filter((n) => n.includes("now named"))).toEqual([]);
  });

  it("still tells of a rename the team made", () => {
    const renamed = asEarlierVersionRead(record("2022-05-01"), "Frankie", "Jane Smith");
    expect(changeNotes(compareSnapshots(renamed, record("2022-08-01", renamed)))).toContain("“Jane Smith” is now named “Frankie”; its actions are compared as the same review.");
  });
});
