/**
 * Whether a hidden sheet is an archive actions were moved to or a backup copy of the counted sheets:
 * judged by pairing its actions with the counted ones as the comparison does (renumbered, reworded or
 * under a renamed review, a copy's actions still have their counterparts), recorded with each report
 * (`copy`, or the archive's fingerprints, none for an empty archive), and a sheet any report since an
 * action was last counted left out as a copy is no archive for it.
 */
import { describe, expect, it } from "vitest";
import { FEBRUARY, JULY, MAY, NOVEMBER, analysisOf, frankie, leoRows, record, sheet, type Row } from "../../helpers/leftOutPlans";
import { liveSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { removedWhileLeftOutInWords } from "../../../src/core/history/noLongerCounted";
import { leftOutAt, leftOutNow } from "../../../src/core/history/noLongerCounted";
import { sealSnapshot, type Snapshot } from "../../../src/core/history/snapshot";
import type { SheetSnapshot } from "../../../src/core/cells";

const leo = leoRows(["Amber", "Green", "Red", "Amber"]);
const sam: Row[] = [1, 2, 3].map((n) => ["Sam and Kyle", n, `Link sibling records, step ${n}.`, "Amber"]);
const closed = (rows: Row[]): Row[] => rows.map(([review, no, action]) => [review, no, action, "Blue"]);
const named = (list: { review: string; ref: string }[]) => list.map((a) => `${a.review} ${a.ref}`);
const refs = (list: { action: { review: string; ref: string } }[]) => list.map((x) => `${x.action.review} ${x.action.ref}`);
const between = (older: Snapshot, newer: Snapshot, reports: readonly Snapshot[]) => compareSnapshots(older, newer, newer.date, leftOutAt(newer), reports);
function sinceReport(report: Snapshot, sheets: SheetSnapshot[], reports = [report]) {
  const now = analysisOf(sheets, FEBRUARY);
  return compareSnapshots(report, liveSnapshot(now, report), "now", leftOutNow(now), reports);
}

describe("a hidden copy of a plan renumbered, reworded and with a review renamed since", () => {
  // The copy taken after the July report; since then Frankie's actions renumbered, Sam and Kyle's review renamed, Leo's reworded, and Leo 3 (Red) deleted.
  const copy = () => sheet("Plan (backup)", [...frankie, ...sam, ...leo], true);
  const edited = (): Row[] => [
    ...frankie.map(([, no, action, rag]): Row => ["Frankie", no + 10, action, rag]),
    ...sam.map(([, no, action, rag]): Row => ["Sam, Kyle and Jo", no, action, rag]),
    ...leo.filter(([, no]) => no !== 3).map(([review, no, action, rag]): Row => [review, no, action.replace("partner", "partner agency"), rag]),
  ];

  it("is a copy, so the action deleted from the plan is removed, not moved to it", () => {
    const [july] = record([[JULY, [sheet("Plan", [...frankie, ...sam, ...leo])]]]);
    const changes = sinceReport(july!, [sheet("Plan", edited()), copy()]);
    expect(named(changes.removed)).toEqual(["Leo 3"]);
    expect(changes.noLongerCounted).toEqual([]);
  });

  it("is recorded as a copy, keeping no fingerprints, so actions deleted after that report are removed too", () => {
    const reports = record([
      [JULY, [sheet("Plan", [...frankie, ...sam, ...leo])]],
      [NOVEMBER, [sheet("Plan", edited()), copy()]],
    ]);
    expect(reports[1]!.leftOut).toEqual([{ sheet: "Plan (backup)", reason: "hiddenSheet", copy: true }]);
    expect(named(between(reports[0]!, reports[1]!, reports).removed)).toEqual(["Leo 3"]);
    const changes = sinceReport(reports[1]!, [sheet("Plan", edited().filter(([review]) => review !== "Frankie")), copy()], reports);
    expect(named(changes.removed)).toEqual(["Frankie 11", "Frankie 12", "Frankie 13"]);
    expect(changes.noLongerCounted).toEqual([]);
  });
});

describe("a copy left out by a report between the two compared", () => {
  // A backup copy taken in November, Leo 4 deleted beside it; Frankie and Sam and Kyle deleted by February, so the copy then holds mostly actions on no counted sheet.
  const backup = () => sheet("Backup", [...frankie, ...sam, ...leo], true);
  const reports = () =>
    record([
      [JULY, [sheet("Plan", [...frankie, ...sam, ...leo])]],
      [NOVEMBER, [sheet("Plan", [...frankie, ...sam, ...leo.slice(0, 3)]), backup()]],
      [FEBRUARY, [sheet("Plan", leo.slice(0, 3)), backup()]],
    ]);

  it("is no archive for the actions it held: July to February says them all removed, as July to November and November to February do", () => {
    const all = reports();
    expect(all[1]!.leftOut).toEqual([{ sheet: "Backup", reason: "hiddenSheet", copy: true }]);
    expect(all[2]!.leftOut?.[0]?.archived).toBeDefined();
    expect(named(between(all[0]!, all[1]!, all).removed)).toEqual(["Leo 4"]);
    expect(named(between(all[1]!, all[2]!, all).removed)).toHaveLength(6);
    const changes = between(all[0]!, all[2]!, all);
    expect(changes.noLongerCounted).toEqual([]);
    expect(named(changes.removed)).toEqual(["Frankie 1", "Frankie 2", "Frankie 3", "Sam and Kyle 1", "Sam and Kyle 2", "Sam and Kyle 3", "Leo 4"]);
  });

  it("and against the plan now, compared from July", () => {
    const all = reports();
    const changes = sinceReport(all[0]!, [sheet("Plan", leo.slice(0, 3)), backup()], all);
    expect(changes.noLongerCounted).toEqual([]);
    expect(changes.removed).toHaveLength(7);
  });
});

describe("a hidden archive empty at a report", () => {
  const plan = () => sheet("Plan", [...frankie, ...leo]);
  const empty = () => sheet("Archive", [], true);
  const moved = (hidden = true) => [sheet("Plan", frankie), sheet("Archive", closed(leo), hidden)];

  it("is recorded as an archive with no fingerprints, not a copy: actions moved to it since are no longer counted", () => {
    const [july] = record([[JULY, [plan(), empty()]]]);
    expect(july!.leftOut).toEqual([{ sheet: "Archive", reason: "hiddenSheet", archived: "" }]);
    const changes = sinceReport(july!, moved());
    expect(changes.removed).toEqual([]);
    expect(refs(changes.noLongerCounted)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
  });

  it("between recorded reports too, and its actions are counted again, not back, when it is unhidden", () => {
    const all = record([
      [JULY, [plan(), empty()]],
      [NOVEMBER, moved()],
      [FEBRUARY, moved(false)],
    ]);
    expect(refs(between(all[0]!, all[1]!, all).noLongerCounted)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    const changes = between(all[1]!, all[2]!, all);
    expect(changes.back).toEqual([]);
    expect(refs(changes.countedAgain.map((x) => ({ action: x.action })))).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
  });

  it("where a report recorded before copies were told apart kept its name alone, it is compared as a copy, as before", () => {
    const [july] = record([[JULY, [plan(), empty()]]]);
    const { seal: _seal, ...rest } = july!;
    const older = sealSnapshot({ ...rest, leftOut: [{ sheet: "Archive", reason: "hiddenSheet" }] });
    expect(named(sinceReport(older, moved()).removed)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
  });
});

describe("actions of a sheet with no Review column moved to a hidden archive", () => {
  // A Peer Review-style sheet: its actions' review is the sheet's name, and on the archive, the archive's.
  const peer = (name: string, rows: [no: number, rag: string][], hidden = false): SheetSnapshot => ({
    name,
    firstRow: 1,
    firstColumn: 1,
    values: [["No", "Action", "RAG"], ...rows.map(([no, rag]) => [no, `Peer review recommendation ${no} carried out.`, rag])],
    merges: [],
    ...(hidden ? { hidden } : {}),
  });
  const all: [number, string][] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, n === 8 ? "Red" : "Green"]);
  const moving = new Set([1, 2, 3, 8]);
  const archived = () => [peer("Peer Review", all.filter(([n]) => !moving.has(n))), peer("Peer Review (closed)", all.filter(([n]) => moving.has(n)).map(([n]): [number, string] => [n, "Blue"]), true)];

  it("are no longer counted, moved there, not removed, against the plan now and between recorded reports", () => {
    const [july] = record([[JULY, [peer("Peer Review", all)]]]);
    const changes = sinceReport(july!, archived());
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.movedTo])).toEqual(["1", "2", "3", "8"].map((n) => [n, "Peer Review (closed)"]));
    const reports = record([
      [JULY, [peer("Peer Review", all)]],
      [NOVEMBER, archived()],
    ]);
    const recorded = between(reports[0]!, reports[1]!, reports);
    expect(recorded.removed).toEqual([]);
    expect(recorded.noLongerCounted.map((x) => x.action.ref)).toEqual(["1", "2", "3", "8"]);
  });
});

describe("an action moved to a hidden archive, then deleted from it", () => {
  // Leo's actions archived in November; Leo 3, Red when last counted in July, deleted from the archive by February; the archive unhidden in May.
  const plan = () => sheet("Plan", [...frankie, ...leo]);
  const archive = (rows: Row[], hidden = true) => [sheet("Plan", frankie), sheet("Archive", closed(rows), hidden)];
  const withoutLeo3 = leo.filter(([, no]) => no !== 3);
  const reports = () =>
    record([
      [JULY, [plan()]],
      [NOVEMBER, archive(leo)],
      [FEBRUARY, archive(withoutLeo3)],
      [MAY, archive(withoutLeo3, false)],
    ]);

  it("is removed since last counted between the two reports that left the archive out, said so truly", () => {
    const all = reports();
    const changes = between(all[1]!, all[2]!, all);
    expect(changes.removedWhileLeftOut.map((x) => [x.action.ref, x.action.rating, x.movedTo, x.lastCountedAt])).toEqual([["3", "Red", "Archive", JULY]]);
    expect(changes.removed).toEqual([]);
    expect(changeSentence(changes, { between: true })).toBe(
      "No ratings changed between 1 November 2021 and 1 February 2022; 1 action removed since it was last counted, at the report of 13 July 2021 (moved to a sheet the earlier report left out, and deleted from it).",
    );
    expect(removedWhileLeftOutInWords(changes.removedWhileLeftOut[0]!)).toBe("moved to sheet “Archive”, which was hidden at the report of 1 November 2021; Red when last counted, at the report of 13 July 2021; deleted from that sheet since");
    expect(changeNotes(changes)).toContain(
      "Sheet “Archive” was hidden at the report of 1 November 2021, and held an action moved there, last counted at the report of 13 July 2021; the later report's fingerprints hold it nowhere, so it was deleted from that sheet since, and is listed apart from the removed actions.",
    );
  });

  it("against the plan now too; and once the archive is unhidden, the rest are counted again and nothing more is said removed", () => {
    const all = reports();
    expect(sinceReport(all[1]!, archive(withoutLeo3), all.slice(0, 2)).removedWhileLeftOut.map((x) => x.action.ref)).toEqual(["3"]);
    const unhidden = between(all[2]!, all[3]!, all);
    expect(refs(unhidden.countedAgain)).toEqual(["Leo 1", "Leo 2", "Leo 4"]);
    expect(unhidden.removedWhileLeftOut).toEqual([]);
    expect(between(all[1]!, all[3]!, all).removedWhileLeftOut.map((x) => x.action.ref)).toEqual(["3"]);
  });
});

describe("what the notes say of an archive's actions found again", () => {
  const plan = () => sheet("Plan", [...frankie, ...leo]);
  const archive = (hidden = true, extra: Row[] = []) => [sheet("Plan", frankie), sheet("Archive", [...closed(leo), ...extra], hidden)];

  it("an action reopened, moved back off the hidden archive, is counted again on the sheet it is on now", () => {
    const all = record([
      [JULY, [plan()]],
      [NOVEMBER, archive()],
      [FEBRUARY, [sheet("Plan", [...frankie, ["Leo", 3, "Share the learning with partner 3.", "Red"]]), sheet("Archive", closed(leo.filter(([, no]) => no !== 3)), true)]],
    ]);
    const changes = between(all[1]!, all[2]!, all);
    expect(changes.countedAgain.map((x) => [x.action.ref, x.action.sheet, x.sheet])).toEqual([["3", "Plan", "Archive"]]);
    expect(changeNotes(changes)).toContain(
      "Sheet “Archive” was hidden at the report of 1 November 2021, and held the action counted again, now on “Plan”, so it was left out of that report's counts; a report before it counted it under the same review, number and wording, so it is not counted as new.",
    );
    expect(changeNotes(changes).join(" ")).not.toContain("counted again on it");
    expect(changeSentence(changes, { between: true })).toBe("No ratings changed between 1 November 2021 and 1 February 2022; 1 action counted again (on a sheet that was hidden at the earlier report).");
  });

  it("a new action added to the archive is not said perhaps in the plan then: that report's fingerprints show it was not on the sheet as worded now", () => {
    const extra: Row = ["Leo", 5, "Write up the learning for the annual report.", "Red"];
    const all = record([
      [JULY, [plan()]],
      [NOVEMBER, archive()],
      [FEBRUARY, archive(false, [extra])],
    ]);
    const changes = between(all[1]!, all[2]!, all);
    expect(named(changes.added)).toEqual(["Leo 5"]);
    expect(changes.newOnSheetLeftOut.map((x) => [x.action.ref, x.notThereThen])).toEqual([["5", true]]);
    expect(changeNotes(changes).join(" ")).not.toContain("may have been in the plan then");
    expect(changeNotes(changes)).toContain(
      "Sheet “Archive” was hidden at the report of 1 November 2021, and that report keeps a fingerprint of each action on it, none with the review, number and wording the new action on it has now: it is new to its counts, and was on that sheet then only if reworded or renumbered since.",
    );
  });
});
