import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import { recordSnapshot, storedSnapshots, withSnapshot, withoutWording } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { trend } from "../../../src/core/history/trend";
import type { Snapshot } from "../../../src/core/history/snapshot";
import type { SheetSnapshot } from "../../../src/core/cells";
import { caseReviewSheet } from "../../fixtures/caseReviews";

const REAL = "Leo HAWTHORNBY";

/** The case review sheet with Leo's review named `leo`, or Leo's actions on a sheet of their own named so. */
function sheets(leo: string, ownSheet = false): SheetSnapshot[] {
  const sheet = caseReviewSheet();
  sheet.values = sheet.values.map((r) => (r[0] === "Leo" ? [leo, ...r.slice(1)] : [...r]));
  if (!ownSheet) return [sheet];
  const header = sheet.values.slice(0, 2);
  const own = { ...sheet, name: leo, values: [...header, ...sheet.values.filter((r) => r[0] === leo).map((r) => ["", ...r.slice(1)])] };
  return [{ ...sheet, values: sheet.values.filter((r) => r[0] !== leo) }, own];
}

function report(s: SheetSnapshot[], date: string, previous?: Snapshot): Snapshot {
  const analysis = analyseWorkbook({ sheets: s }, settingsSchema.parse({ asOf: date }), "2022-06-01");
  return recordSnapshot(analysis, { date, recordedAt: `${date}T09:00:00Z`, recordedBy: null }, previous);
}

describe("Remove wording and a review's former name", () => {
  const first = report(sheets(REAL), "2021-07-13");
  const second = report(sheets("Leo"), "2021-10-01", first);
  const records = withSnapshot(withSnapshot([], first), second);

  it("a report recorded after the rename keeps the real name in its identities, until the wording is removed", () => {
    expect(JSON.stringify(second)).toContain(REAL);
    const removed = withoutWording(records);
    expect(removed.renamedReviews).toBe(1);
    expect(JSON.stringify(removed.records)).not.toContain("HAWTHORNBY");
    const [bare1, bare2] = storedSnapshots(removed.records).snapshots;
    // Every report names the review as now, so RAG History has no former name to print.
    expect(trend([bare1!, bare2!]).byReview.find((r) => r.name === "Leo")!.formerNames).toEqual([]);
    expect(trend([first, second]).byReview.find((r) => r.name === "Leo")!.formerNames).toEqual([{ name: REAL, from: "2021-07-13", until: "2021-07-13" }]);
    // And the same changes are found between them.
    const moves = (a: Snapshot, b: Snapshot) => compareSnapshots(a, b).moves.map((m) => `${m.after.review} ${m.after.ref}`);
    expect(moves(bare1!, bare2!)).toEqual(moves(first, second));
    expect(compareSnapshots(bare1!, bare2!).added).toEqual([]);
    // A second removal changes nothing more.
    expect(withoutWording(removed.records)).toMatchObject({ reports: 0, records: removed.records });
  });

  it("a sheet named as the review is renamed with it", () => {
    const a = report(sheets(REAL, true), "2021-07-13");
    const b = report(sheets("Leo", true), "2021-10-01", a);
    const removed = withoutWording(withSnapshot(withSnapshot([], a), b));
    expect(JSON.stringify(removed.records)).not.toContain("HAWTHORNBY");
    const [bare1] = storedSnapshots(removed.records).snapshots;
    expect(new Set(bare1!.actions.filter((x) => x.review === "Leo").map((x) => x.sheet))).toEqual(new Set(["Leo"]));
  });
});
