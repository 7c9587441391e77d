/**
 * An action deleted while its sheet was left out: back after being removed at the first report that read
 * its sheet without it, not at one that left the sheet out; and, comparing a report that left the sheet
 * out with one that reads it again, removed since it was last counted, listed apart from the removed,
 * outside the sum. A review first counted on a sheet earlier reports left out has its dashes put down to
 * that sheet, and its actions, new to the comparison, are not said to be new to the plan.
 */
import { describe, expect, it } from "vitest";
import { FEBRUARY, JULY, MAY, NOVEMBER, SEPTEMBER, TODAY, analysisOf, frankie, leoRows, meta, record, sheet, type Row } from "../../helpers/leftOutPlans";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { SheetSnapshot } from "../../../src/core/cells";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { leftOutAt, leftOutNow } from "../../../src/core/history/noLongerCounted";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { trend } from "../../../src/core/history/trend";
import { buildHistoryPlan } from "../../../src/core/history/historyPlan";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { changesText } from "../../../src/cli/changesReport";
import { listRows } from "../../helpers/packLists";

const leo = (ratings: string[] = ["Amber", "Green", "Red", "Amber"]): Row[] => leoRows(ratings);
const threeLeo = leo().slice(0, 3);
const between = (older: Snapshot, newer: Snapshot, reports: Snapshot[]) => compareSnapshots(older, newer, newer.date, leftOutAt(newer), reports);
const refs = (list: { action: { review: string; ref: string } }[]) => list.map((x) => `${x.action.review} ${x.action.ref}`);
const result = (changes: Changes) => ({ changes, sentence: changeSentence(changes, { between: changes.to !== "now" }), notes: changeNotes(changes), problems: [] });
const json = (changes: Changes) => changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result(changes)))));
/** The counts add up: earlier + new + counted again − removed − no longer counted = later. */
const adds = (older: Snapshot, newer: Snapshot, c: Changes) => older.actions.length + c.added.length + c.countedAgain.length - c.removed.length - c.noLongerCounted.length === newer.actions.length;

/** Leo 4 counted in July, its sheet hidden in November, read again without it in February, and back in May. */
const deletedWhileHidden = () =>
  record([
    [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
    [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
    [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", threeLeo)]],
    [MAY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
  ]);

describe("an action back after being removed while its sheet was left out", () => {
  it("was removed at the first report that read its sheet without it, not at one that left the sheet out", () => {
    const reports = deletedWhileHidden();
    const changes = between(reports[2]!, reports[3]!, reports);
    expect(changes.back.map((b) => b.removedAt)).toEqual([FEBRUARY]);
    expect(changesText(result(changes))).toContain("Leo 4: Share the learning with partner 4. — Back: removed at the report of 1 February 2022");
    expect(json(changes).changes.back.map((b) => b.removedAt)).toEqual([FEBRUARY]);
    const pack = buildPackPlan(analysisOf([sheet("Frankie", frankie), sheet("Leo", leo())], MAY), changes);
    expect(listRows(pack, "New actions")[1]).toEqual(["Leo", "4", "Share the learning with partner 4.", "Amber", "Back: removed at the report of 1 February 2022"]);
  });

  it("was removed at the report it was last in, where that read its sheet", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", threeLeo)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
    ]);
    expect(between(reports[1]!, reports[2]!, reports).back.map((b) => b.removedAt)).toEqual([NOVEMBER]);
  });
});

describe("an action deleted while its sheet was left out, when the sheet is read again", () => {
  it("is removed since it was last counted, apart from the removed and outside the sum", () => {
    const reports = deletedWhileHidden();
    const changes = between(reports[1]!, reports[2]!, reports);
    expect(refs(changes.countedAgain)).toEqual(["Leo 1", "Leo 2", "Leo 3"]);
    expect(changes.removed).toEqual([]);
    expect(changes.removedWhileLeftOut.map((x) => [`${x.action.review} ${x.action.ref}`, x.action.rating, x.reason, x.sheet, x.at, x.lastCountedAt])).toEqual([["Leo 4", "Amber", "hiddenSheet", "Leo", NOVEMBER, JULY]]);
    expect(adds(reports[1]!, reports[2]!, changes)).toBe(true);
    expect(changeSentence(changes, { between: true })).toBe(
      "No ratings changed between 1 November 2021 and 1 February 2022; 3 actions counted again (their sheet was hidden at the earlier report); 1 action removed since it was last counted, at the report of 13 July 2021 (its sheet was hidden at the earlier report).",
    );
    expect(changeNotes(changes)).toContain(
      "Sheet “Leo” was hidden at the report of 1 November 2021, which did not count its actions; the later report reads the sheet without 1 action last counted on it at the report of 13 July 2021, so that action was removed since then, and is listed apart from the removed actions.",
    );
    const text = changesText(result(changes));
    expect(text).toContain("Removed since last counted (1)\n  Leo 4: Share the learning with partner 4. — sheet “Leo” was hidden at the report of 1 November 2021; Amber when last counted, at the report of 13 July 2021; removed since\n");
    expect(text).not.toContain("Removed (");
    expect(json(changes).changes.removedWhileLeftOut).toEqual([{ action: expect.objectContaining({ ref: "4", rating: "Amber" }), reason: "hiddenSheet", sheet: "Leo", lastCountedAt: JULY }]);
    expect(changes.byReview.every((g) => g.removed === 0)).toBe(true);
    const pack = buildPackPlan(analysisOf([sheet("Frankie", frankie), sheet("Leo", threeLeo)], FEBRUARY), changes);
    expect(listRows(pack, "Removed since last counted")).toEqual([
      ["Review", "No", "Action", "Rating when last counted", "Why"],
      ["Leo", "4", "Share the learning with partner 4.", "Amber", "sheet “Leo” was hidden at the report of 1 November 2021; Amber when last counted, at the report of 13 July 2021; removed since"],
    ]);
    expect(listRows(pack, "Removed from the plan")).toEqual([]);
  });

  it("is said so against the plan as read now too", () => {
    const reports = deletedWhileHidden().slice(0, 2);
    const now = analysisOf([sheet("Frankie", frankie), sheet("Leo", threeLeo)], FEBRUARY);
    const changes = compareSnapshots(reports[1]!, liveSnapshot(now, reports[1]!), "now", leftOutNow(now), reports);
    expect(refs(changes.removedWhileLeftOut)).toEqual(["Leo 4"]);
    expect(changeNotes(changes)).toContain(
      "Sheet “Leo” was hidden at the report of 1 November 2021, which did not count its actions; the sheet is read now without 1 action last counted on it at the report of 13 July 2021, so that action was removed since then, and is listed apart from the removed actions.",
    );
  });

  it("is found over several reports that left its sheet out, last counted before them", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [MAY, [sheet("Frankie", frankie), sheet("Leo", threeLeo)]],
    ]);
    const changes = between(reports[2]!, reports[3]!, reports);
    expect(changes.removedWhileLeftOut.map((x) => [x.action.ref, x.at, x.lastCountedAt])).toEqual([["4", FEBRUARY, JULY]]);
  });

  it("is not said where the sheet is still left out, gone, or the action moved to another sheet or reworded while it was", () => {
    const stillHidden = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", threeLeo, true)]],
    ]);
    expect(between(stillHidden[1]!, stillHidden[2]!, stillHidden).removedWhileLeftOut).toEqual([]);
    // A sheet the later report holds no action on may have been renamed while hidden: nothing is said of it.
    const gone = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie)]],
    ]);
    expect(between(gone[1]!, gone[2]!, gone).removedWhileLeftOut).toEqual([]);
    const moved = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", [...frankie, leo()[3]!]), sheet("Leo", threeLeo, true)]],
      [FEBRUARY, [sheet("Frankie", [...frankie, leo()[3]!]), sheet("Leo", threeLeo)]],
    ]);
    expect(between(moved[1]!, moved[2]!, moved).removedWhileLeftOut).toEqual([]);
    const reworded = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", [...threeLeo, ["Leo", 4, "Share the learning with partner 4 and partner 5.", "Amber"]])]],
    ]);
    const changes = between(reworded[1]!, reworded[2]!, reworded);
    expect(changes.removedWhileLeftOut).toEqual([]);
    expect(refs(changes.newOnSheetLeftOut)).toEqual(["Leo 4"]);
  });
});

describe("an action moved off a sheet left out, to a sheet read, while it was left out", () => {
  // Leo 4 counted on "Leo" in July; "Leo" left out in November; Leo 4 moved to "Frankie" (read) by
  // February, so counted there under a new identity, "Leo" still left out; "Leo" read again in May.
  const movedWhileLeftOut = (leftOut: "hidden" | "notRead") => {
    const hidden = leftOut === "hidden";
    const plans: [string, SheetSnapshot[], string[] | undefined][] = [
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())], undefined],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), hidden)], hidden ? undefined : ["Frankie"]],
      [FEBRUARY, [sheet("Frankie", [...frankie, leo()[3]!]), sheet("Leo", threeLeo, hidden)], hidden ? undefined : ["Frankie"]],
      [MAY, [sheet("Frankie", [...frankie, leo()[3]!]), sheet("Leo", threeLeo)], undefined],
    ];
    const reports: Snapshot[] = [];
    for (const [date, sheets, trackerSheets] of plans) {
      const analysis = analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: date, ...(trackerSheets ? { trackerSheets } : {}) }), TODAY);
      reports.push(recordSnapshot(analysis, meta(date), reports.at(-1)));
    }
    return reports;
  };

  for (const leftOut of ["hidden", "notRead"] as const) {
    it(`is not removed since last counted, counted on the sheet it was moved to (sheet ${leftOut})`, () => {
      const reports = movedWhileLeftOut(leftOut);
      expect(reports[2]!.leftOut?.map((x) => x.sheet)).toEqual(["Leo"]);
      const changes = between(reports[2]!, reports[3]!, reports);
      expect(changes.removedWhileLeftOut).toEqual([]);
      expect(refs(changes.countedAgain)).toEqual(["Leo 1", "Leo 2", "Leo 3"]);
      expect(adds(reports[2]!, reports[3]!, changes)).toBe(true);
      expect(changeSentence(changes, { between: true })).not.toContain("removed");
      expect(changesText(result(changes))).not.toContain("Removed since last counted");
    });
  }

  it("is still removed since last counted where it was deleted, not moved, while its sheet was left out", () => {
    const deleted = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", threeLeo, true)]],
      [MAY, [sheet("Frankie", frankie), sheet("Leo", threeLeo)]],
    ]);
    expect(refs(between(deleted[2]!, deleted[3]!, deleted).removedWhileLeftOut)).toEqual(["Leo 4"]);
  });
});

describe("the actions of a sheet renamed while it was hidden, when it is read again", () => {
  // "Leo" counted in July, hidden in November, renamed "Leo archive" while hidden in February, read again in May.
  const renamedWhileHidden = (february: Row[] = leo(), may: Row[] = leo()) =>
    record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo archive", february, true)]],
      [MAY, [sheet("Frankie", frankie), sheet("Leo archive", may)]],
    ]);

  it("are counted again, not back after being removed, as RAG History says", () => {
    const reports = renamedWhileHidden();
    const changes = between(reports[2]!, reports[3]!, reports);
    expect(changes.back).toEqual([]);
    expect(changes.countedAgain.map((x) => [x.action.ref, x.sheet, x.at, x.lastCountedAt])).toEqual(["1", "2", "3", "4"].map((ref) => [ref, "Leo archive", FEBRUARY, JULY]));
    expect(changesText(result(changes))).not.toContain("Back:");
    const pack = buildPackPlan(analysisOf([sheet("Frankie", frankie), sheet("Leo archive", leo())], MAY), changes);
    expect(listRows(pack, "New actions")).toEqual([]);
    const leoTrend = trend(reports).byReview.find((r) => r.name === "Leo")!;
    expect(leoTrend.points[2]!.leftOut).toEqual({ reason: "hiddenSheet", sheets: ["Leo archive"] });
  });

  it("are back, removed at the first report that read the sheet under either name without them", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [SEPTEMBER, [sheet("Frankie", frankie), sheet("Leo archive", leo(), true)]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo archive", threeLeo)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo archive", leo())]],
    ]);
    const changes = between(reports[2]!, reports[3]!, reports);
    expect(changes.back.map((b) => b.removedAt)).toEqual([NOVEMBER]);
    expect(changesText(result(changes))).toContain("Leo 4: Share the learning with partner 4. — Back: removed at the report of 1 November 2021");
  });
});

describe("a review first counted on a sheet the reports before left out", () => {
  const reports = record([
    [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
    [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
    [MAY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
  ]);

  it("has its dashes at those reports put down to the sheet, not to the review being not yet in the plan", () => {
    const leoTrend = trend(reports).byReview.find((r) => r.name === "Leo")!;
    expect(leoTrend.points.map((p) => p.leftOut)).toEqual([{ reason: "hiddenSheet", sheets: ["Leo"] }, { reason: "hiddenSheet", sheets: ["Leo"] }, undefined]);
    const notes = buildHistoryPlan(trend(reports), reports[2]).rows.flat().flatMap((c) => (c.kind === "text" ? [c.value] : []));
    expect(notes).toContain("A dash at the reports of 1 November 2021 and 1 February 2022 means this review was not counted at those reports: its sheet “Leo” was hidden.");
    expect(notes.some((n) => typeof n === "string" && n.includes("not yet in the plan"))).toBe(false);
  });

  it("is not said to have been left out past a report that read its sheet without it", () => {
    const later = record([
      [NOVEMBER, [sheet("Case", frankie, true)]],
      [FEBRUARY, [sheet("Case", frankie)]],
      [MAY, [sheet("Case", [...frankie, ...leo()])]],
    ]);
    const leoTrend = trend(later).byReview.find((r) => r.name === "Leo")!;
    expect(leoTrend.points.map((p) => p.leftOut)).toEqual([undefined, undefined, undefined]);
  });

  it("has its actions new to the comparison, and says they may have been in the plan", () => {
    const changes = between(reports[1]!, reports[2]!, reports);
    expect(changes.added.map((a) => `${a.review} ${a.ref}`)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    expect(changeSentence(changes, { between: true })).toBe("No ratings changed between 1 February 2022 and 1 May 2022; 4 new actions (4 on a sheet the earlier report left out).");
    expect(changeNotes(changes)[0]).toBe(
      "Sheet “Leo” was hidden at the report of 1 February 2022, and that report keeps the sheet's name, not its rows: the 4 new actions on it are new to its counts, and may have been in the plan then.",
    );
  });
});

describe("the JSON of actions left out with their sheet", () => {
  it("gives the sheet as the report that left it out recorded it", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("LEO", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
    ]);
    expect(json(between(reports[0]!, reports[1]!, reports)).changes.noLongerCounted[0]).toMatchObject({ reason: "hiddenSheet", leftOutAt: NOVEMBER, leftOutSheet: "LEO" });
    expect(json(between(reports[1]!, reports[2]!, reports)).changes.countedAgain[0]).toMatchObject({ reason: "hiddenSheet", sheet: "LEO" });
  });
});
