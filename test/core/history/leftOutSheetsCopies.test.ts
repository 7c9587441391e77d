/**
 * An action is counted again on the sheet it is on now, in place of the sheet it was on when last counted,
 * only where that sheet may have been renamed while left out: the report it was last counted in neither left
 * out nor held actions on a sheet of that name. A hidden copy kept beside the sheet read, or a hidden sheet
 * the actions were moved to later, does not make actions deleted from the sheet read counted again; nor
 * does it move the report they were removed at, or put RAG History's dash down to the hidden sheet.
 */
import { describe, expect, it } from "vitest";
import { FEBRUARY, JULY, MAY, NOVEMBER, SEPTEMBER, analysisOf, frankie, leoRows, meta, record, sheet, type Row } from "../../helpers/leftOutPlans";
import { recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { leftOutAt } from "../../../src/core/history/noLongerCounted";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { trend } from "../../../src/core/history/trend";
import { buildHistoryPlan } from "../../../src/core/history/historyPlan";
import { changesText } from "../../../src/cli/changesReport";

const leo = (ratings: string[] = ["Amber", "Green", "Red", "Amber", "Green"]): Row[] => leoRows(ratings);
const zed: Row[] = [["Zed", 1, "Audit the strategy discussions.", "Green"]];
const between = (older: Snapshot, newer: Snapshot, reports: Snapshot[]) => compareSnapshots(older, newer, newer.date, leftOutAt(newer), reports);
const result = (changes: Changes) => ({ changes, sentence: changeSentence(changes, { between: true }), notes: changeNotes(changes), problems: [] });
const historyText = (reports: Snapshot[]) =>
  buildHistoryPlan(trend(reports), reports.at(-1)!)
    .rows.flat()
    .flatMap((c) => (c.kind === "text" ? [c.value] : []))
    .join("\n");

// "Leo" read and a hidden copy "Leo (old)" beside it in July; "Leo" emptied in November; "Leo (old)" unhidden in February.
const hiddenCopy = (february: Row[] = leo()) =>
  record([
    [JULY, [sheet("Frankie", frankie), sheet("Leo", leo()), sheet("Leo (old)", leo(), true)]],
    [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", []), sheet("Leo (old)", leo(), true)]],
    [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", []), sheet("Leo (old)", february)]],
  ]);

describe("actions deleted from the sheet read, beside a hidden copy of it", () => {
  it("are back after being removed when the copy is unhidden, not counted again", () => {
    const reports = hiddenCopy();
    const changes = between(reports[1]!, reports[2]!, reports);
    expect(changes.countedAgain).toEqual([]);
    expect(changes.back.map((b) => b.removedAt)).toEqual([NOVEMBER, NOVEMBER, NOVEMBER, NOVEMBER, NOVEMBER]);
    expect(changeSentence(changes, { between: true })).toBe("No ratings changed between 1 November 2021 and 1 February 2022; 5 new actions (5 back after being removed).");
  });

  it("were removed at the report that read their sheet without them, where one comes back later than the others", () => {
    const withoutThree = leo().filter((r) => r[1] !== 3);
    const reports = hiddenCopy(withoutThree);
    reports.push(recordSnapshot(analysisOf([sheet("Frankie", frankie), sheet("Leo", []), sheet("Leo (old)", leo())], MAY), meta(MAY), reports.at(-1)));
    const changes = between(reports[2]!, reports[3]!, reports);
    expect(changes.countedAgain).toEqual([]);
    expect(changes.back.map((b) => b.removedAt)).toEqual([NOVEMBER]);
    expect(changesText(result(changes))).toContain("Back: removed at the report of 1 November 2021");
    expect(changesText(result(changes))).not.toContain("removed at the report of 1 February 2022");
  });
});

describe("actions of a deleted sheet, moved later to a hidden sheet there already", () => {
  // "Leo" read and "Archive" hidden with Zed 1 in July; "Leo" deleted in November; Leo 1–5 pasted into "Archive", unhidden, in February.
  const reports = record([
    [JULY, [sheet("Frankie", frankie), sheet("Leo", leo()), sheet("Archive", zed, true)]],
    [NOVEMBER, [sheet("Frankie", frankie), sheet("Archive", zed, true)]],
    [FEBRUARY, [sheet("Frankie", frankie), sheet("Archive", [...zed, ...leo()])]],
  ]);

  it("are back after being removed, not counted again", () => {
    const changes = between(reports[1]!, reports[2]!, reports);
    expect(changes.countedAgain).toEqual([]);
    expect(changes.back.map((b) => b.removedAt)).toEqual([NOVEMBER, NOVEMBER, NOVEMBER, NOVEMBER, NOVEMBER]);
    expect(changesText(result(changes))).not.toContain("counted again");
  });

  it("leave the review out of the plan on RAG History where it was not counted, not put down to the hidden sheet", () => {
    const points = trend(reports).byReview.find((r) => r.name === "Leo")!.points;
    expect(points.map((p) => p.leftOut)).toEqual([undefined, undefined, undefined]);
    expect(historyText(reports)).not.toMatch(/this review was not counted at that report: its sheet “Archive” was hidden/);
    // Zed, first counted on "Archive", was on the sheet the reports before left out.
    expect(trend(reports).byReview.find((r) => r.name === "Zed")!.points.map((p) => p.leftOut?.reason)).toEqual(["hiddenSheet", "hiddenSheet", undefined]);
  });
});

describe("a sheet split off, hidden, and renamed while hidden, when it is read again", () => {
  // Leo's actions split off "Case" onto "Leo extra" in September; hidden in November; renamed "Leo archive" while hidden in February; unhidden in May.
  const reports = record([
    [JULY, [sheet("Case", [...frankie, ...leo()])]],
    [SEPTEMBER, [sheet("Case", frankie), sheet("Leo extra", leo())]],
    [NOVEMBER, [sheet("Case", frankie), sheet("Leo extra", leo(), true)]],
    [FEBRUARY, [sheet("Case", frankie), sheet("Leo archive", leo(), true)]],
    [MAY, [sheet("Case", frankie), sheet("Leo archive", leo())]],
  ]);

  it("has its actions counted again, none back after being removed", () => {
    const changes = between(reports[3]!, reports[4]!, reports);
    expect(changes.back).toEqual([]);
    expect(changes.countedAgain.map((x) => x.lastCountedAt)).toEqual([SEPTEMBER, SEPTEMBER, SEPTEMBER, SEPTEMBER, SEPTEMBER]);
    expect(changeSentence(changes, { between: true })).toContain("5 actions counted again");
    expect(changesText(result(changes))).not.toContain("Back: removed at");
    expect(changes.removedWhileLeftOut).toEqual([]);
  });

  it("has the review's dashes put down to the sheet under either name on RAG History", () => {
    const points = trend(reports).byReview.find((r) => r.name === "Leo")!.points;
    expect(points.map((p) => p.leftOut)).toEqual([undefined, undefined, { reason: "hiddenSheet", sheets: ["Leo extra"] }, { reason: "hiddenSheet", sheets: ["Leo archive"] }, undefined]);
  });
});
