/**
 * Whether an action went to an archive is decided once, by the first report after the one that last
 * counted it (movedToArchive): a later report taking the archive for a copy does not make the move a
 * deletion, and a later one taking a copy for an archive does not make a deletion a move. A hidden sheet
 * is a copy where at least half its actions pair with counted ones. The plan is read once for both.
 */
import { describe, expect, it } from "vitest";
import { FEBRUARY, JULY, MAY, NOVEMBER, analysisOf, frankie, leoRows, record, sheet, type Row } from "../../helpers/leftOutPlans";
import { liveSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { leftOutAt, leftOutNow } from "../../../src/core/history/noLongerCounted";
import { hiddenSheetsJudged } from "../../../src/core/history/archivedActions";
import { sheetsLeftOut, type Snapshot } from "../../../src/core/history/snapshot";
import { trend } from "../../../src/core/history/trend";
import { reviewNotes } from "../../../src/core/history/historyPlan";
import type { SheetSnapshot } from "../../../src/core/cells";

const leo = leoRows(["Amber", "Green", "Red", "Amber"]);
const sam: Row[] = [1, 2, 3].map((n) => ["Sam and Kyle", n, `Link sibling records, step ${n}.`, "Amber"]);
const closed = (rows: Row[]): Row[] => rows.map(([review, no, action]) => [review, no, action, "Blue"]);
const refs = (list: { action: { review: string; ref: string } }[]) => list.map((x) => `${x.action.review} ${x.action.ref}`);
const named = (list: { review: string; ref: string }[]) => list.map((a) => `${a.review} ${a.ref}`);
const between = (older: Snapshot, newer: Snapshot, reports: readonly Snapshot[]) => compareSnapshots(older, newer, newer.date, leftOutAt(newer), reports);
function sinceReport(report: Snapshot, sheets: SheetSnapshot[], reports: readonly Snapshot[], date = MAY): Changes {
  const now = analysisOf(sheets, date);
  return compareSnapshots(report, liveSnapshot(now, report), "now", leftOutNow(now), reports);
}

describe("an archive later taken for a copy", () => {
  // Leo's actions cut to a hidden Archive by November; Frankie's copied there (not moved) by February, so the
  // Archive then holds more actions still counted than not, and February takes it for a copy.
  const july = () => [sheet("Plan", [...frankie, ...sam, ...leo])];
  const november = () => [sheet("Plan", [...frankie, ...sam]), sheet("Archive", closed(leo), true)];
  const february = () => [sheet("Plan", [...frankie, ...sam]), sheet("Archive", [...closed(leo), ...closed(frankie), ...closed(sam)], true)];
  const reports = () => record([[JULY, july()], [NOVEMBER, november()], [FEBRUARY, february()]]);

  it("leaves the actions November found moved there moved, from July to February as from July to November", () => {
    const all = reports();
    expect(all[1]!.leftOut?.[0]?.archived).toBeDefined();
    expect(all[2]!.leftOut).toEqual([{ sheet: "Archive", reason: "hiddenSheet", copy: true }]);
    for (const later of [all[1]!, all[2]!]) {
      const changes = between(all[0]!, later, all);
      expect(changes.removed).toEqual([]);
      expect(changes.noLongerCounted.map((x) => [`${x.action.review} ${x.action.ref}`, x.movedTo])).toEqual([1, 2, 3, 4].map((n) => [`Leo ${n}`, "Archive"]));
    }
    expect(changeSentence(between(all[0]!, all[2]!, all), { between: true })).toContain("4 actions no longer counted (moved to a sheet the later report left out)");
  });

  it("and against the plan now, from July, with the reports between", () => {
    const all = reports();
    const changes = sinceReport(all[0]!, february(), all);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.movedTo, x.ratingThere])).toEqual([1, 2, 3, 4].map((n) => [String(n), "Archive", "Blue"]));
  });

  it("leaves RAG History's dashes put down to the archive at February too, not to the review leaving the plan", () => {
    const leoTrend = trend(reports()).byReview.find((r) => r.name === "Leo")!;
    expect(leoTrend.points.map((p) => p.leftOut?.moved ?? false)).toEqual([false, true, true]);
    expect(reviewNotes(leoTrend).join(" ")).not.toContain("no longer in the plan");
  });

  it("counts Leo's actions again, not back after being removed, when the archive is unhidden", () => {
    const all = record([[JULY, july()], [NOVEMBER, november()], [FEBRUARY, february()], [MAY, [sheet("Plan", [...frankie, ...sam]), sheet("Archive", [...closed(leo), ...closed(frankie), ...closed(sam)])]]]);
    const changes = between(all[2]!, all[3]!, all);
    expect(refs(changes.countedAgain)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    expect(changes.back).toEqual([]);
  });
});

describe("an action deleted from an archive while a report took it for a copy", () => {
  it("is said deleted from it against the next report that keeps the archive's fingerprints again", () => {
    const all = record([
      [JULY, [sheet("Plan", [...frankie, ...sam, ...leo])]],
      [NOVEMBER, [sheet("Plan", [...frankie, ...sam]), sheet("Archive", closed(leo), true)]],
      [FEBRUARY, [sheet("Plan", [...frankie, ...sam]), sheet("Archive", [...closed(leo), ...closed(frankie), ...closed(sam)], true)]],
      // The copied actions taken off the archive again, and Leo 4 deleted from it.
      [MAY, [sheet("Plan", [...frankie, ...sam]), sheet("Archive", closed(leo.slice(0, 3)), true)]],
    ]);
    expect(all[3]!.leftOut?.[0]?.archived).toBeDefined();
    const fromCopy = between(all[2]!, all[3]!, all);
    expect(fromCopy.removedWhileLeftOut.map((x) => [`${x.action.review} ${x.action.ref}`, x.movedTo, x.lastCountedAt])).toEqual([["Leo 4", "Archive", JULY]]);
    const fromJuly = between(all[0]!, all[3]!, all);
    expect(named(fromJuly.removed)).toEqual(["Leo 4"]);
    expect(refs(fromJuly.noLongerCounted)).toEqual(["Leo 1", "Leo 2", "Leo 3"]);
  });
});

describe("actions whose own sheet was hidden at the report after they were last counted", () => {
  it("are moved to the archive the later report found them on: that report judged no move", () => {
    const all = record([
      [JULY, [sheet("Plan", frankie), sheet("Leo", leo)]],
      [NOVEMBER, [sheet("Plan", frankie), sheet("Leo", leo, true)]],
      // Leo's sheet deleted, its actions closed and cut to a hidden Archive.
      [FEBRUARY, [sheet("Plan", frankie), sheet("Archive", closed(leo), true)]],
    ]);
    const changes = between(all[0]!, all[2]!, all);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => x.movedTo)).toEqual(Array(4).fill("Archive"));
  });
});

describe("a partial backup recorded as a copy, then deleted from", () => {
  // A hidden copy of Frankie's actions beside the plan in July (a copy); Frankie deleted from the plan by November
  // (removed: the copy was July's); Frankie 3 then deleted from the backup by February.
  const backup = (rows: Row[]) => sheet("Frankie backup", rows, true);
  const reports = () =>
    record([
      [JULY, [sheet("Plan", [...frankie, ...leo]), backup(frankie)]],
      [NOVEMBER, [sheet("Plan", leo), backup(frankie)]],
      [FEBRUARY, [sheet("Plan", leo), backup(frankie.slice(0, 2))]],
    ]);

  it("says Frankie's actions removed once, in July to November, not again as deleted from the backup", () => {
    const all = reports();
    expect(all[0]!.leftOut).toEqual([{ sheet: "Frankie backup", reason: "hiddenSheet", copy: true }]);
    expect(all[1]!.leftOut?.[0]?.archived).toBeDefined();
    expect(named(between(all[0]!, all[1]!, all).removed)).toEqual(["Frankie 1", "Frankie 2", "Frankie 3"]);
    const changes = between(all[1]!, all[2]!, all);
    expect(changes.removedWhileLeftOut).toEqual([]);
    expect(changeSentence(changes, { between: true })).not.toContain("removed");
  });
});

describe("a hidden copy with exactly half its actions deleted from the plan", () => {
  // Four of the eight actions the copy holds are deleted from the plan: half pair with counted ones, which makes it a copy.
  const plan = [...frankie, ...leo.slice(0, 1)];
  const copy = () => sheet("Backup", [...frankie, ...leo, ...sam.slice(0, 1)], true);
  const july = () => record([[JULY, [sheet("Plan", [...frankie, ...leo, ...sam.slice(0, 1)])]]])[0]!;

  it("is a copy, whether its actions pair by key or only as the comparison pairs them: the four deleted are removed", () => {
    const report = july();
    const asIs = sinceReport(report, [sheet("Plan", plan), copy()], [report]);
    // Renumbered since, so none pairs by key: the same answer.
    const renumbered = sinceReport(report, [sheet("Plan", plan.map(([r, n, t, g]): Row => [r, n + 10, t, g])), copy()], [report]);
    for (const changes of [asIs, renumbered]) {
      expect(changes.noLongerCounted).toEqual([]);
      expect(named(changes.removed)).toEqual(["Leo 2", "Leo 3", "Leo 4", "Sam and Kyle 1"]);
    }
    expect(sheetsLeftOut(analysisOf([sheet("Plan", plan), copy()], MAY))).toEqual([{ sheet: "Backup", reason: "hiddenSheet", copy: true }]);
  });

  it("and an archive with one fewer paired, whose note does not advise unhiding a sheet that repeats counted actions", () => {
    const report = july();
    const changes = sinceReport(report, [sheet("Plan", frankie), copy()], [report]);
    expect(refs(changes.noLongerCounted)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4", "Sam and Kyle 1"]);
    const notes = changeNotes(changes);
    expect(notes).toContain(
      "The 5 actions no longer counted by being moved to “Backup” are still in the workbook, but the sheet is hidden, so they are left out of the counts; it also holds actions counted on other sheets, which unhiding it would count twice.",
    );
    expect(notes.join(" ")).not.toContain("unhide it");
  });
});

describe("a live comparison", () => {
  it("judges the hidden sheets once, for the report recorded and for what the plan leaves out", () => {
    const now = analysisOf([sheet("Plan", frankie), sheet("Archive", closed(leo), true)], MAY);
    expect(hiddenSheetsJudged(now.actions, now.hiddenActionsLeftOut!)).toBe(hiddenSheetsJudged(now.actions, now.hiddenActionsLeftOut!));
  });
});

describe("actions counted again off one hidden archive", () => {
  it("are said to have been on a sheet that was hidden, one sheet, where one was taken back off it", () => {
    const plan = [...frankie, ...leo];
    const all = record([
      [JULY, [sheet("Plan", plan)]],
      [NOVEMBER, [sheet("Plan", frankie), sheet("Archive", closed(leo), true)]],
      // Leo 4 taken back to the plan, reopened, and the archive unhidden.
      [FEBRUARY, [sheet("Plan", [...frankie, leo[3]!]), sheet("Archive", closed(leo.slice(0, 3)))]],
    ]);
    const changes = between(all[1]!, all[2]!, all);
    expect(changes.countedAgain).toHaveLength(4);
    expect(changeSentence(changes, { between: true })).toContain("4 actions counted again (on a sheet that was hidden at the earlier report");
  });
});
