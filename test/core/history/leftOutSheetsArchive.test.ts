/**
 * Actions moved to a hidden "Archive" sheet (archivedActions.ts): no longer counted, with the sheet named,
 * never removed, against the plan now and between recorded reports, which keep a fingerprint of each
 * archived action; counted again, not back, when the archive is unhidden. A hidden backup copy of the
 * tracker is no archive: an action deleted from the counted sheets stays removed, copy or not.
 */
import { describe, expect, it } from "vitest";
import { JULY, NOVEMBER, FEBRUARY, analysisOf, frankie, leoRows, meta, record, sheet, type Row } from "../../helpers/leftOutPlans";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { leftOutAt, leftOutNow } from "../../../src/core/history/noLongerCounted";
import { readSnapshot, type Snapshot } from "../../../src/core/history/snapshot";
import { ARCHIVED_FINGERPRINT_LENGTH } from "../../../src/core/history/archivedActions";
import { trend } from "../../../src/core/history/trend";
import { reviewNotes } from "../../../src/core/history/historyPlan";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { changesText } from "../../../src/cli/changesReport";
import { listRows } from "../../helpers/packLists";
import type { SheetSnapshot } from "../../../src/core/cells";

const leo = leoRows(["Amber", "Green", "Red", "Amber"]);
const closed = (rows: Row[]): Row[] => rows.map(([review, no, action]) => [review, no, action, "Blue"]);
const sam: Row[] = [1, 2, 3].map((n) => ["Sam and Kyle", n, `Link sibling records, step ${n}.`, "Amber"]);
const refs = (list: { action: { review: string; ref: string } }[]) => list.map((x) => `${x.action.review} ${x.action.ref}`);
const named = (list: { review: string; ref: string }[]) => list.map((a) => `${a.review} ${a.ref}`);
const result = (changes: Changes) => ({ changes, sentence: changeSentence(changes, { between: changes.to !== "now" }), notes: changeNotes(changes), problems: [] });
const json = (changes: Changes) => changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result(changes)))));
/** The counts add up: earlier + new + counted again − removed − no longer counted = later. */
const adds = (older: Snapshot, newer: Snapshot, c: Changes) => older.actions.length + c.added.length + c.countedAgain.length - c.removed.length - c.noLongerCounted.length === newer.actions.length;
const between = (older: Snapshot, newer: Snapshot, reports: Snapshot[]) => compareSnapshots(older, newer, newer.date, leftOutAt(newer), reports);
/** The plan now compared with the report, as every door compares them. */
function sinceReport(report: Snapshot, sheets: SheetSnapshot[], reports = [report]) {
  const now = analysisOf(sheets, NOVEMBER);
  const later = liveSnapshot(now, report);
  return { now, later, changes: compareSnapshots(report, later, "now", leftOutNow(now), reports) };
}

const plan = () => sheet("Plan", [...frankie, ...leo]);
/** Leo's actions closed and cut to a sheet "Archive", hidden. */
const archived = (hidden = true) => [sheet("Plan", frankie), sheet("Archive", closed(leo), hidden)];

describe("actions moved to a hidden archive, compared with the plan now", () => {
  it("are no longer counted, moved to the sheet named, never removed; said alike in the sentence, the lists, the JSON and the pack", () => {
    const [july] = record([[JULY, [plan()]]]);
    const { now, later, changes } = sinceReport(july!, archived());
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.reason, x.movedTo, x.ratingThere])).toEqual([1, 2, 3, 4].map((n) => [String(n), "hiddenSheet", "Archive", "Blue"]));
    expect(adds(july!, later, changes)).toBe(true);
    expect(changeSentence(changes)).toBe("No ratings changed since 13 July 2021; 4 actions no longer counted (moved to a hidden sheet).");
    expect(changeNotes(changes)).toContain("The 4 actions no longer counted by being moved to “Archive” are still in the workbook, but the sheet is hidden, so they are left out of the counts; unhide it to have them counted.");
    const text = changesText(result(changes));
    expect(text).toContain("No longer counted (4)\n  Leo 1: Share the learning with partner 1. — moved to sheet “Archive”, which is hidden; rated Blue there\n");
    expect(text).not.toContain("Removed (");
    expect(json(changes).changes.noLongerCounted[2]).toEqual({ action: expect.objectContaining({ ref: "3", rating: "Red" }), reason: "hiddenSheet", movedTo: "Archive", ratingThere: "Blue" });
    expect(changes.byReview.every((g) => g.removed === 0)).toBe(true);
    const pack = buildPackPlan(now, changes);
    expect(listRows(pack, "No longer counted")[3]).toEqual(["Leo", "3", "Share the learning with partner 3.", "Red", "moved to sheet “Archive”, which is hidden; rated Blue there"]);
    expect(listRows(pack, "Removed from the plan")).toEqual([]);
  });

  it("moved to a visible archive are compared as before: rated Blue, not removed nor left out", () => {
    const [july] = record([[JULY, [plan()]]]);
    const { changes } = sinceReport(july!, archived(false));
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted).toEqual([]);
    expect(changes.moves.map((m) => [m.after.ref, m.after.sheet, m.direction])).toEqual([1, 2, 3, 4].map((n) => [String(n), "Archive", "improved"]));
  });

  it("with a new action added to the archive: it is counted nowhere, and not said new, counted again or moved", () => {
    const [july] = record([[JULY, [plan()]]]);
    const extra: Row = ["Leo", 5, "Write up the learning for the annual report.", "Red"];
    const { later, changes } = sinceReport(july!, [sheet("Plan", frankie), sheet("Archive", [...closed(leo), extra], true)]);
    expect(refs(changes.noLongerCounted)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    expect(changes.added).toEqual([]);
    expect(changes.countedAgain).toEqual([]);
    expect(adds(july!, later, changes)).toBe(true);
  });
});

describe("a hidden backup copy of the tracker is no archive", () => {
  // A copy of the whole plan kept hidden before a big edit, then a whole review (with its Red action) deleted from the plan.
  const before = () => sheet("Plan", [...frankie, ...sam, ...leo.slice(2)]);
  const backup = () => sheet("Plan (backup)", [...frankie, ...sam, ...leo.slice(2)], true);

  it("an action deleted from the counted sheets, the copy holding it, stays removed, against the plan now and between reports", () => {
    const [july] = record([[JULY, [before()]]]);
    const { later, changes } = sinceReport(july!, [sheet("Plan", [...frankie, ...sam]), backup()]);
    expect(named(changes.removed)).toEqual(["Leo 3", "Leo 4"]);
    expect(changes.removed.map((a) => a.rating)).toEqual(["Red", "Amber"]);
    expect(changes.noLongerCounted).toEqual([]);
    expect(adds(july!, later, changes)).toBe(true);
    const reports = record([
      [JULY, [before()]],
      [NOVEMBER, [sheet("Plan", [...frankie, ...sam]), backup()]],
    ]);
    // The copy repeats the counted sheets, so the report keeps its name, and that it was taken for a copy.
    expect(reports[1]!.leftOut).toEqual([{ sheet: "Plan (backup)", reason: "hiddenSheet", copy: true }]);
    expect(named(between(reports[0]!, reports[1]!, reports).removed)).toEqual(["Leo 3", "Leo 4"]);
  });

  it("a review deleted from the plan stays removed where the copy, hidden at the earlier report too, now holds mostly actions on no counted sheet", () => {
    // The copy was taken of Frankie and Leo, and hidden, before the July report; Leo's 4 actions deleted since: 4 of the copy's 7.
    const copy = () => sheet("Plan (backup)", [...frankie, ...leo], true);
    const [july] = record([[JULY, [plan(), copy()]]]);
    expect(july!.leftOut).toEqual([{ sheet: "Plan (backup)", reason: "hiddenSheet", copy: true }]);
    const { changes } = sinceReport(july!, [sheet("Plan", frankie), copy()]);
    expect(named(changes.removed)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    expect(changes.noLongerCounted).toEqual([]);
    const reports = record([
      [JULY, [plan(), copy()]],
      [NOVEMBER, [sheet("Plan", frankie), copy()]],
    ]);
    expect(named(between(reports[0]!, reports[1]!, reports).removed)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    expect(trend(reports).byReview.find((r) => r.name === "Leo")!.points[1]!.leftOut).toBeUndefined();
  });

  it("an action deleted beside a hidden copy that does not hold it stays removed too", () => {
    const [july] = record([[JULY, [before()]]]);
    const { changes } = sinceReport(july!, [sheet("Plan", [...frankie, ...sam, leo[2]!]), sheet("Plan (backup)", [...frankie, ...sam, leo[2]!], true)]);
    expect(named(changes.removed)).toEqual(["Leo 4"]);
    expect(changes.noLongerCounted).toEqual([]);
  });
});

describe("actions moved to a hidden archive, between recorded reports", () => {
  const reports = () =>
    record([
      [JULY, [plan()]],
      [NOVEMBER, archived()],
    ]);

  it("are no longer counted, known from the fingerprints the later report kept of the archive", () => {
    const [july, november] = reports();
    const changes = between(july!, november!, [july!, november!]);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.reason, x.movedTo, x.leftOutAt, x.leftOutSheet])).toEqual([1, 2, 3, 4].map((n) => [String(n), "hiddenSheet", "Archive", NOVEMBER, "Archive"]));
    expect(adds(july!, november!, changes)).toBe(true);
    expect(changeSentence(changes, { between: true })).toBe("No ratings changed between 13 July 2021 and 1 November 2021; 4 actions no longer counted (moved to a sheet the later report left out).");
    expect(changeNotes(changes)).toContain(
      "Sheet “Archive” was hidden at the report of 1 November 2021, and held the 4 actions of the earlier report no longer counted; that report keeps a fingerprint of each action on it, so they are known to have been moved there, not removed.",
    );
    expect(changesText(result(changes))).toContain("  Leo 3: Share the learning with partner 3. — moved to sheet “Archive”, which was hidden at the report of 1 November 2021\n");
    expect(json(changes).changes.noLongerCounted[0]).toEqual({ action: expect.objectContaining({ ref: "1" }), reason: "hiddenSheet", leftOutAt: NOVEMBER, leftOutSheet: "Archive", movedTo: "Archive" });
  });

  it("leave RAG History's dash put down to the archive, not to the review leaving the plan", () => {
    const leoTrend = trend(reports()).byReview.find((r) => r.name === "Leo")!;
    expect(reviewNotes(leoTrend)).toEqual(["A dash at the report of 1 November 2021 means this review was not counted at that report: its actions had been moved to sheet “Archive”, which was hidden."]);
  });

  it("are counted again, not back after being removed, when the archive is unhidden; a new action on it is new", () => {
    const extra: Row = ["Leo", 5, "Write up the learning for the annual report.", "Red"];
    const all = record([
      [JULY, [plan()]],
      [NOVEMBER, archived()],
      [FEBRUARY, [sheet("Plan", frankie), sheet("Archive", [...closed(leo), extra])]],
    ]);
    const changes = between(all[1]!, all[2]!, all);
    expect(changes.back).toEqual([]);
    expect(changes.countedAgain.map((x) => [x.action.ref, x.sheet, x.earlier.rating, x.move])).toEqual([
      ["1", "Archive", "Amber", "improved"],
      ["2", "Archive", "Green", "improved"],
      ["3", "Archive", "Red", "improved"],
      ["4", "Archive", "Amber", "improved"],
    ]);
    expect(named(changes.added)).toEqual(["Leo 5"]);
    expect(adds(all[1]!, all[2]!, changes)).toBe(true);
  });
});

describe("what a report keeps of a hidden archive", () => {
  it("a fingerprint of each archived action on no counted sheet, read back; a plan with no archive is stored as before", () => {
    const [november] = record([[NOVEMBER, archived()]]);
    expect(november!.leftOut).toEqual([{ sheet: "Archive", reason: "hiddenSheet", archived: expect.stringMatching(new RegExp(`^[0-9a-f]{${4 * ARCHIVED_FINGERPRINT_LENGTH}}$`)) }]);
    const read = readSnapshot(JSON.stringify(november), "1 November 2021");
    expect(read.ok && read.snapshot.leftOut).toEqual(november!.leftOut);
    const plain = recordSnapshot(analysisOf([sheet("Plan", frankie), sheet("Leo", leo, true)], NOVEMBER), meta(NOVEMBER));
    // A tracker hidden on its own sheet holds actions on no counted sheet too: kept as an archive is, since no report can tell them apart.
    expect(plain.leftOut?.map((x) => [x.sheet, x.archived?.length])).toEqual([["Leo", 4 * ARCHIVED_FINGERPRINT_LENGTH]]);
    expect(recordSnapshot(analysisOf([plan()], JULY), meta(JULY))).not.toHaveProperty("leftOut");
  });

  it("for a 20,000-action archive, about 10 characters an action", () => {
    const many: Row[] = Array.from({ length: 20000 }, (_, i) => [`Review ${Math.floor(i / 10)}`, (i % 10) + 1, `Closed action ${i + 1}.`, "Blue"]);
    const [report] = record([[NOVEMBER, [sheet("Plan", frankie), sheet("Archive", many, true)]]]);
    expect(JSON.stringify(report!.leftOut).length).toBeLessThan(20000 * ARCHIVED_FINGERPRINT_LENGTH + 100);
  });
});
