/**
 * An action found again after a report that left a sheet out is counted again only where the action an
 * earlier report counted was on that sheet, and every report since left it out; counted again, it is
 * compared with its rating when last counted. RAG History puts a review's dash down to a sheet left out
 * only where the review was on it when last counted; the plan-changed note says what the headline says.
 */
import { describe, expect, it } from "vitest";
import { FEBRUARY, JULY, MAY, NOVEMBER, SEPTEMBER, analysisOf, frankie, leoRows, record, sheet, type Row } from "../../helpers/leftOutPlans";
import { liveSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { leftOutAt, leftOutNow, notCountedInWords } from "../../../src/core/history/noLongerCounted";
import { countedAgainInWords } from "../../../src/core/history/noLongerCounted";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { trend } from "../../../src/core/history/trend";
import { unrecordedChanges, unrecordedChangesSentence } from "../../../src/core/history/unrecordedChanges";
import { changesText } from "../../../src/cli/changesReport";

const leo = (ratings: string[] = ["Amber", "Green", "Red", "Amber"]): Row[] => leoRows(ratings);
const between = (older: Snapshot, newer: Snapshot, reports: Snapshot[]) => compareSnapshots(older, newer, newer.date, leftOutAt(newer), reports);
const refs = (list: { action: { review: string; ref: string } }[]) => list.map((x) => `${x.action.review} ${x.action.ref}`);
const result = (changes: Changes) => ({ changes, sentence: changeSentence(changes, { between: true }), notes: changeNotes(changes), problems: [] });

describe("an action found again after a report that left a sheet out", () => {
  it("is counted again, not back after being removed, where it was moved to a hidden archive from a sheet still read", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo().slice(0, 3)), sheet("Archive", leo().slice(3), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo().slice(0, 3)), sheet("Archive", leo().slice(3))]],
    ]);
    // The November report kept a fingerprint of the archived action: it was moved there, not removed (archivedActions.ts).
    expect(refs(between(reports[0]!, reports[1]!, reports).noLongerCounted)).toEqual(["Leo 4"]);
    const changes = between(reports[1]!, reports[2]!, reports);
    expect(changes.back).toEqual([]);
    expect(changes.countedAgain.map((x) => [x.action.ref, x.sheet, x.lastCountedAt])).toEqual([["4", "Archive", JULY]]);
    expect(changeSentence(changes, { between: true })).toBe("No ratings changed between 1 November 2021 and 1 February 2022; 1 action counted again (its sheet was hidden at the earlier report).");
  });

  it("is back after being removed where the report that last counted it left the archive out as a copy", () => {
    // "Archive" hidden beside "Leo" in July holding Leo 4 too, a copy then; Leo 4 deleted from "Leo" in November.
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo()), sheet("Archive", leo().slice(3), true)]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo().slice(0, 3)), sheet("Archive", leo().slice(3), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo().slice(0, 3)), sheet("Archive", leo().slice(3))]],
    ]);
    expect(between(reports[0]!, reports[1]!, reports).removed.map((a) => a.ref)).toEqual(["4"]);
    const changes = between(reports[1]!, reports[2]!, reports);
    expect(changes.countedAgain).toEqual([]);
    expect(changes.back.map((b) => b.removedAt)).toEqual([NOVEMBER]);
  });

  it("is counted again where its sheet is gone and the sheet it is on now was hidden (renamed as it was hidden), as RAG History says", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Archive", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Archive", leo())]],
    ]);
    const changes = between(reports[1]!, reports[2]!, reports);
    expect(changes.back).toEqual([]);
    expect(changes.countedAgain.map((x) => [x.action.ref, x.sheet, x.lastCountedAt])).toEqual(["1", "2", "3", "4"].map((ref) => [ref, "Archive", JULY]));
    expect(changeSentence(changes, { between: true })).toBe("No ratings changed between 1 November 2021 and 1 February 2022; 4 actions counted again (their sheet was hidden at the earlier report).");
    expect(trend(reports).byReview.find((r) => r.name === "Leo")!.points[1]!.leftOut).toEqual({ reason: "hiddenSheet", sheets: ["Archive"] });
  });

  it("is back after being removed where a report since read its sheet without it, the sheet hidden later", () => {
    const three = leo().slice(0, 3);
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [SEPTEMBER, [sheet("Frankie", frankie), sheet("Leo", three)]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", three, true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
    ]);
    const changes = between(reports[2]!, reports[3]!, reports);
    expect(refs(changes.countedAgain)).toEqual(["Leo 1", "Leo 2", "Leo 3"]);
    expect(changes.back.map((b) => b.removedAt)).toEqual([SEPTEMBER]);
    expect(changesText(result(changes))).toContain("Leo 4: Share the learning with partner 4. — Back: removed at the report of 1 September 2021");
  });

  it("is not counted again for being on a hidden copy of its sheet, when deleted from the sheet read", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Leo", leo().slice(0, 3)), sheet("Leo (old)", leo(), true)]],
      [FEBRUARY, [sheet("Leo", leo().slice(0, 3)), sheet("Leo (old)", leo())]],
    ]);
    const changes = between(reports[1]!, reports[2]!, reports);
    expect(changes.countedAgain).toEqual([]);
    expect(changes.back.map((b) => b.removedAt)).toEqual([NOVEMBER]);
  });

  it("is counted again over several reports that left its sheet out", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [MAY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
    ]);
    const changes = between(reports[2]!, reports[3]!, reports);
    expect(refs(changes.countedAgain)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    expect(changes.back).toEqual([]);
    expect(changes.countedAgain.map((x) => x.lastCountedAt)).toEqual(Array(4).fill(JULY));
  });

  it("is compared with its rating when last counted, in the sentence, the lists and the JSON", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo(["Amber", "Red", "Red", "Green"]))]],
    ]);
    const changes = between(reports[1]!, reports[2]!, reports);
    expect(changes.moves).toEqual([]);
    expect(changes.countedAgain.map((x) => x.move)).toEqual([undefined, "worsened", undefined, "improved"]);
    // Never "No ratings changed": Leo 2 went from Green to Red while its sheet was hidden.
    expect(changeSentence(changes, { between: true })).toBe(
      "Between 1 November 2021 and 1 February 2022: 4 actions counted again (their sheet was hidden at the earlier report; since last counted, 1 rated worse and 1 better).",
    );
    expect(countedAgainInWords(changes.countedAgain[1]!)).toBe("sheet “Leo” was hidden at the report of 1 November 2021; Green when last counted, at the report of 13 July 2021; now Red");
    expect(countedAgainInWords(changes.countedAgain[0]!)).toBe("sheet “Leo” was hidden at the report of 1 November 2021; Amber when last counted, at the report of 13 July 2021");
    const json = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result(changes)))));
    expect(json.changes.countedAgain.map((x) => [x.earlierRating, x.action.rating, x.move, x.lastCountedAt])).toEqual([
      ["Amber", "Amber", undefined, JULY],
      ["Green", "Red", "worsened", JULY],
      ["Red", "Red", undefined, JULY],
      ["Amber", "Green", "improved", JULY],
    ]);
    // The counts still add up: earlier + new + counted again − removed − no longer counted = later.
    expect(reports[1]!.actions.length + changes.added.length + changes.countedAgain.length - changes.removed.length - changes.noLongerCounted.length).toBe(reports[2]!.actions.length);
  });

  it("names its sheet as the report that left it out recorded it", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("LEO", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
    ]);
    const gone = between(reports[0]!, reports[1]!, reports);
    expect(notCountedInWords(gone.noLongerCounted[0]!)).toBe("sheet “LEO” was hidden at the report of 1 November 2021");
    expect(changeNotes(gone)[0]).toMatch(/^Sheet “LEO” was hidden at the report of 1 November 2021,/);
    const again = between(reports[1]!, reports[2]!, reports);
    expect(countedAgainInWords(again.countedAgain[0]!)).toMatch(/^sheet “LEO” was hidden/);
    expect(changeNotes(again)[0]).toMatch(/^Sheet “LEO” was hidden at the report of 1 November 2021,/);
  });
});

describe("RAG History's dash for a review at a report that left a sheet out", () => {
  it("is not put down to the sheet where the review was already out of the plan", () => {
    const reports = record([
      [JULY, [sheet("Case", [...frankie, ...leo()]), sheet("Sam", [["Sam", 1, "Audit the visits.", "Green"]])]],
      [NOVEMBER, [sheet("Case", frankie), sheet("Sam", [["Sam", 1, "Audit the visits.", "Green"]])]],
      [FEBRUARY, [sheet("Case", frankie, true), sheet("Sam", [["Sam", 1, "Audit the visits.", "Green"]])]],
    ]);
    const leoTrend = trend(reports).byReview.find((r) => r.name === "Leo")!;
    expect(leoTrend.points.map((p) => p.leftOut)).toEqual([undefined, undefined, undefined]);
    const frankieTrend = trend(reports).byReview.find((r) => r.name === "Frankie")!;
    expect(frankieTrend.points[2]!.leftOut).toEqual({ reason: "hiddenSheet", sheets: ["Case"] });
  });

  it("is put down to the hidden sheet the review is on when next counted, not the one it was on when last counted", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Archive", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Archive", leo())]],
    ]);
    const leoTrend = trend(reports).byReview.find((r) => r.name === "Leo")!;
    expect(leoTrend.points[1]!.leftOut).toEqual({ reason: "hiddenSheet", sheets: ["Archive"] });
  });

  it("is put down to the sheet at every report since the review was last counted that left it out", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [FEBRUARY, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
      [MAY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
    ]);
    const leoTrend = trend(reports).byReview.find((r) => r.name === "Leo")!;
    expect(leoTrend.points.map((p) => p.leftOut?.reason)).toEqual([undefined, "hiddenSheet", "hiddenSheet", undefined]);
  });
});

describe("the plan-changed note, against the plan as it stands", () => {
  it("says an action found again on a sheet the report left out is counted again, not added", () => {
    const reports = record([
      [JULY, [sheet("Frankie", frankie), sheet("Leo", leo())]],
      [NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo(), true)]],
    ]);
    const now = analysisOf([sheet("Frankie", frankie), sheet("Leo", leo())], NOVEMBER);
    const counts = unrecordedChanges(reports[1]!, liveSnapshot(now, reports[1]!), leftOutNow(now), reports);
    expect(counts).toMatchObject({ added: 0, countedAgain: 4 });
    expect(unrecordedChangesSentence(NOVEMBER, counts)).toBe(
      "The plan has changed since the report recorded for 1 November 2021: 4 actions are counted again (left out with their sheet by that report); record the report again to include them.",
    );
  });

  it("parts an action deleted from a sheet hidden since from those still on it, as the headline does, and never says recording includes those", () => {
    const reports = record([[NOVEMBER, [sheet("Frankie", frankie), sheet("Leo", leo())]]]);
    const now = analysisOf([sheet("Frankie", frankie), sheet("Leo", leo().slice(0, 3), true)], NOVEMBER);
    const counts = unrecordedChanges(reports[0]!, liveSnapshot(now, reports[0]!), leftOutNow(now), reports);
    expect(counts).toMatchObject({ removed: 1 });
    expect(counts.noLongerCounted).toHaveLength(3);
    expect(unrecordedChangesSentence(NOVEMBER, counts)).toBe(
      "The plan has changed since the report recorded for 1 November 2021: 1 action was removed and 3 actions are no longer counted (on a hidden sheet); record the report again to include it and to leave out those no longer counted.",
    );
  });
});
