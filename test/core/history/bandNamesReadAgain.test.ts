/**
 * A band's title an earlier version read whole ("Case Review: Frankie SCR (published March 2022)" as
 * "Frankie SCR (published March 2022)"), which this version reads as "Frankie": the committee is not told
 * of a rename nobody made. Rows are the case reviews' composite plan, each review under its band row.
 * A review the team renamed in a Review column is told, even where the new name drops the kind ("Leo CSPR" made "Leo").
 */
import { beforeAll, describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../../src/core/cells";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { leftOutNow } from "../../../src/core/history/noLongerCounted";
import { reviewsNamedOutsideBands } from "../../../src/core/history/bandTitlesReadAgain";
import { XlsxDoor } from "../../../src/xlsx/XlsxDoor";
import { sampleBytes } from "../../helpers/workbooks";
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

describe("the sample's composite sheet: a review renamed in its Review column, or a band's title read again, against the plan now", () => {
  let cases: SheetSnapshot;
  beforeAll(async () => {
    const door = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
    cases = (await door.read()).sheets.find((s) => s.name === "Case Reviews")!;
  });
  const RENAMED = "“Leo CSPR” is now named “Leo”; its actions are compared as the same review.";
  /** The sheet with Leo's Review cells reading `name`. */
  const leoNamed = (name: string): SheetSnapshot => ({ ...cases, values: cases.values.map((r) => (r[0] === "Leo" ? [name, ...r.slice(1)] : r)) });
  /** The same rows with no Review column, each review under a band row: "LCSPR: Leo CSPR", which this version reads as Leo. */
  const bandedSample = (): SheetSnapshot => {
    const values: CellValue[][] = [cases.values[0]!, cases.values[1]!.slice(1)];
    let review = "";
    for (const row of cases.values.slice(2)) {
      if (row[0] !== review) values.push([(review = String(row[0])) === "Leo" ? "LCSPR: Leo CSPR" : `Case Review: ${review}`]);
      values.push(row.slice(1));
    }
    return { ...cases, values };
  };
  const analysed = (sheet: SheetSnapshot, date: string) => analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: date }), date);
  const recorded = (sheet: SheetSnapshot, date: string) => recordSnapshot(analysed(sheet, date), { date, recordedAt: "", recordedBy: null });
  const withPlanNow = (earlier: Snapshot, sheet: SheetSnapshot) => {
    const now = analysed(sheet, "2021-11-16");
    return compareSnapshots(earlier, liveSnapshot(now, earlier), "now", leftOutNow(now), [earlier]);
  };

  it("tells the committee that “Leo CSPR”, typed in the Review column, is now named “Leo”", () => {
    const changes = withPlanNow(recorded(leoNamed("Leo CSPR"), "2021-07-13"), cases);
    expect(changes.renamedReviews).toEqual([{ from: "Leo CSPR", to: "Leo" }]);
    expect(changes.removed).toEqual([]);
    expect(changeNotes(changes)).toContain(RENAMED);
  });

  it("tells no rename where the band row “LCSPR: Leo CSPR” an earlier version read as “Leo CSPR” is read as “Leo” now", () => {
    const earlier = asEarlierVersionRead(recorded(bandedSample(), "2021-07-13"), "Leo", "Leo CSPR");
    const changes = withPlanNow(earlier, bandedSample());
    expect(changes.renamedReviews).toEqual([{ from: "Leo CSPR", to: "Leo" }]);
    expect(changeNotes(changes).filter((n) => n.includes("now named"))).toEqual([]);
  });

  it("tells the rename where the team gave Leo's rows a Review column since an earlier version read the band as “Leo CSPR”", () => {
    const earlier = asEarlierVersionRead(recorded(bandedSample(), "2021-07-13"), "Leo", "Leo CSPR");
    expect(changeNotes(withPlanNow(earlier, cases))).toContain(RENAMED);
  });

  it("between two recorded reports, which keep no band rows, takes the name for a band title read again: listed, not told", () => {
    const earlier = recorded(leoNamed("Leo CSPR"), "2021-07-13");
    const changes = compareSnapshots(earlier, recordSnapshot(analysed(cases, "2021-11-16"), { date: "2021-11-16", recordedAt: "", recordedBy: null }, earlier));
    expect(changes.renamedReviews).toEqual([{ from: "Leo CSPR", to: "Leo" }]);
    expect(changeNotes(changes).filter((n) => n.includes("now named"))).toEqual([]);
  });

  it("between two recorded reports, with the plan as it stands naming “Leo” in its Review column, tells the rename the team made", () => {
    const earlier = recorded(leoNamed("Leo CSPR"), "2021-07-13");
    const later = recordSnapshot(analysed(cases, "2021-11-16"), { date: "2021-11-16", recordedAt: "", recordedBy: null }, earlier);
    const changes = compareSnapshots(earlier, later, later.date, undefined, [earlier, later], reviewsNamedOutsideBands(analysed(cases, "2021-12-01")));
    expect(changes.renamedReviews).toEqual([{ from: "Leo CSPR", to: "Leo" }]);
    expect(changeNotes(changes)).toContain(RENAMED);
  });

  it("between two recorded reports, with the plan as it stands naming the review “Leo CSPR” again in its Review column, tells the rename", () => {
    const earlier = recorded(leoNamed("Leo CSPR"), "2021-07-13");
    const later = recordSnapshot(analysed(cases, "2021-11-16"), { date: "2021-11-16", recordedAt: "", recordedBy: null }, earlier);
    const changes = compareSnapshots(earlier, later, later.date, undefined, [earlier, later], reviewsNamedOutsideBands(analysed(leoNamed("Leo CSPR"), "2021-12-01")));
    expect(changeNotes(changes)).toContain(RENAMED);
  });

  it("between two recorded reports, with the plan as it stands naming “Leo” by the band row “LCSPR: Leo CSPR”, tells no rename", () => {
    const earlier = asEarlierVersionRead(recorded(bandedSample(), "2021-07-13"), "Leo", "Leo CSPR");
    const later = recordSnapshot(analysed(bandedSample(), "2021-11-16"), { date: "2021-11-16", recordedAt: "", recordedBy: null }, earlier);
    const changes = compareSnapshots(earlier, later, later.date, undefined, [earlier, later], reviewsNamedOutsideBands(analysed(bandedSample(), "2021-12-01")));
    expect(changes.renamedReviews).toEqual([{ from: "Leo CSPR", to: "Leo" }]);
    expect(changeNotes(changes).filter((n) => n.includes("now named"))).toEqual([]);
  });
});
