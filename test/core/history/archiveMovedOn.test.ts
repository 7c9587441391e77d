/**
 * An archive that changes after a report found actions moved to it: renamed, its rows moved on to another
 * hidden sheet, or no longer read by the settings. The actions are found by their fingerprints on any hidden
 * sheet, not by the archive's name. And a report that hid the actions' own sheet judged no move: the later
 * side decides, in the changes, the actions removed while left out and RAG History alike.
 */
import { describe, expect, it } from "vitest";
import { FEBRUARY, JULY, MAY, NOVEMBER, TODAY, analysisOf, frankie, leoRows, meta, sheet, type Row } from "../../helpers/leftOutPlans";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { leftOutAt, leftOutNow } from "../../../src/core/history/noLongerCounted";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { trend } from "../../../src/core/history/trend";
import { reviewNotes } from "../../../src/core/history/historyPlan";
import type { SheetSnapshot } from "../../../src/core/cells";

const leo = leoRows(["Amber", "Green", "Red", "Amber"]);
const closed = (rows: Row[]): Row[] => rows.map(([review, no, action]) => [review, no, action, "Blue"]);
const refs = (list: { action: { review: string; ref: string } }[]) => list.map((x) => `${x.action.review} ${x.action.ref}`);
type Plan = [date: string, sheets: SheetSnapshot[], trackerSheets?: string[]];
const analysed = (sheets: SheetSnapshot[], date: string, trackerSheets?: string[]) =>
  trackerSheets ? analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: date, trackerSheets }), TODAY) : analysisOf(sheets, date);
function record(plans: Plan[]): Snapshot[] {
  const reports: Snapshot[] = [];
  for (const [date, sheets, trackerSheets] of plans) reports.push(recordSnapshot(analysed(sheets, date, trackerSheets), meta(date), reports.at(-1)));
  return reports;
}
const between = (older: Snapshot, newer: Snapshot, reports: readonly Snapshot[]) => compareSnapshots(older, newer, newer.date, leftOutAt(newer), reports);
function sinceReport(report: Snapshot, sheets: SheetSnapshot[], reports: readonly Snapshot[], trackerSheets?: string[]): Changes {
  const now = analysed(sheets, MAY, trackerSheets);
  return compareSnapshots(report, liveSnapshot(now, report), "now", leftOutNow(now), reports);
}
const leoTrend = (reports: Snapshot[]) => trend(reports).byReview.find((r) => r.name === "Leo")!;

describe("an archive renamed, or its rows moved on, after a report found the move", () => {
  const july = () => [sheet("Plan", [...frankie, ...leo])];
  const november = () => [sheet("Plan", frankie), sheet("Archive", closed(leo), true)];
  const renamed = () => [sheet("Plan", frankie), sheet("Archive 2021", closed(leo), true)];
  const movedOn = () => [sheet("Plan", frankie), sheet("Old archive", closed(leo), true), sheet("Archive", [], true)];

  for (const [what, february] of [["renamed", renamed], ["moved on", movedOn]] as const) {
    it(`leaves the actions moved, not removed, from July to February (${what})`, () => {
      const all = record([[JULY, july()], [NOVEMBER, november()], [FEBRUARY, february()]]);
      const changes = between(all[0]!, all[2]!, all);
      expect(changes.removed).toEqual([]);
      const sheetNow = what === "renamed" ? "Archive 2021" : "Old archive";
      expect(changes.noLongerCounted.map((x) => x.movedTo)).toEqual([sheetNow, sheetNow, sheetNow, sheetNow]);
      expect(changeSentence(changes, { between: true })).toContain("4 actions no longer counted (moved to a sheet the later report left out)");
      expect(between(all[1]!, all[2]!, all).removedWhileLeftOut).toEqual([]);
    });

    it(`and against the plan now, and in RAG History (${what})`, () => {
      const all = record([[JULY, july()], [NOVEMBER, november()]]);
      const changes = sinceReport(all[0]!, february(), all);
      expect(changes.removed).toEqual([]);
      expect(refs(changes.noLongerCounted)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
      const withFebruary = record([[JULY, july()], [NOVEMBER, november()], [FEBRUARY, february()]]);
      expect(leoTrend(withFebruary).points.map((p) => p.leftOut?.moved ?? false)).toEqual([false, true, true]);
      expect(reviewNotes(leoTrend(withFebruary)).join(" ")).not.toContain("no longer in the plan");
    });
  }
});

describe("an archive the settings no longer read", () => {
  // November found Leo's actions moved to the hidden Archive; by February it is unhidden, and the settings read only the plan.
  const reports = () =>
    record([
      [JULY, [sheet("Plan", [...frankie, ...leo])]],
      [NOVEMBER, [sheet("Plan", frankie), sheet("Archive", closed(leo), true)]],
      [FEBRUARY, [sheet("Plan", frankie), sheet("Archive", closed(leo))], ["Plan"]],
    ]);

  it("says, between reports, that the report not reading it kept no fingerprints, and which report found the move", () => {
    const all = reports();
    expect(all[2]!.leftOut).toEqual([{ sheet: "Archive", reason: "notRead" }]);
    const changes = between(all[0]!, all[2]!, all);
    expect(refs(changes.noLongerCounted)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    const notes = changeNotes(changes);
    expect(notes).toContain(
      "Sheet “Archive” was not read by the settings at the report of 1 February 2022, and that report kept no fingerprint of its actions; the report of 1 November 2021 found the 4 actions of the earlier report no longer counted moved there, so they are taken to be there still, not removed.",
    );
    expect(notes.join(" ")).not.toContain("keeps a fingerprint");
  });

  it("and against the plan now, as between the reports: moved to a sheet the settings do not read", () => {
    const all = reports().slice(0, 2);
    const changes = sinceReport(all[0]!, [sheet("Plan", frankie), sheet("Archive", closed(leo))], all, ["Plan"]);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.reason, x.movedTo])).toEqual(leo.map(() => ["notRead", "Archive"]));
    expect(changeSentence(changes)).toContain("4 actions no longer counted (moved to a sheet not read by the settings)");
    expect(changeNotes(changes)).toContain(
      "The report of 1 November 2021 found the 4 actions no longer counted moved to “Archive”; the settings name the tracker sheets to read, and not that one, so they are taken to be there still and left out of the counts.",
    );
  });
});

describe("a report that hid the actions' own sheet before they were moved to an archive", () => {
  // Leo's own sheet, which Sam and Kyle share, hidden in November; in February unhidden, with Leo's actions moved to a hidden Archive.
  const sam: Row[] = [1, 2].map((n) => ["Sam and Kyle", n, `Link sibling records, step ${n}.`, "Amber"]);
  const july = () => [sheet("Plan", frankie), sheet("Cases", [...sam, ...leo])];
  const november = () => [sheet("Plan", frankie), sheet("Cases", [...sam, ...leo], true)];
  const february = () => [sheet("Plan", frankie), sheet("Cases", sam), sheet("Archive", closed(leo), true)];
  const reports = () => record([[JULY, july()], [NOVEMBER, november()], [FEBRUARY, february()]]);

  it("judged no move: from July the actions were moved, and from November none is removed since last counted", () => {
    const all = reports();
    const fromJuly = between(all[0]!, all[2]!, all);
    expect(fromJuly.removed).toEqual([]);
    expect(fromJuly.noLongerCounted.map((x) => x.movedTo)).toEqual(leo.map(() => "Archive"));
    const fromNovember = between(all[1]!, all[2]!, all);
    expect(fromNovember.removedWhileLeftOut).toEqual([]);
    expect(changeSentence(fromNovember, { between: true })).not.toContain("removed");
  });

  it("and from November against the plan now", () => {
    const all = reports().slice(0, 2);
    expect(sinceReport(all[1]!, february(), all).removedWhileLeftOut).toEqual([]);
  });

  it("and RAG History puts February's dash down to the archive, not to the review leaving the plan", () => {
    const trendOfLeo = leoTrend(reports());
    expect(trendOfLeo.points.map((p) => p.leftOut?.moved ?? false)).toEqual([false, false, true]);
    expect(reviewNotes(trendOfLeo).join(" ")).not.toContain("no longer in the plan");
  });
});
