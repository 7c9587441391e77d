/**
 * A recorded report keeps the names of the sheets it left out (hidden, or not read by the settings), so
 * comparing two recorded reports says what comparing the workbook with one says: an action whose sheet
 * the later report left out is no longer counted, not removed; one found again on it next is counted
 * again, not new and not back after being removed.
 */
import { describe, expect, it } from "vitest";
import { leoRows as leo, sheet, type Row } from "../../helpers/leftOutPlans";
import fc from "fast-check";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { SheetSnapshot } from "../../../src/core/cells";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { leftOutAt, leftOutNow } from "../../../src/core/history/noLongerCounted";
import { readSnapshot, sealSnapshot, type Snapshot } from "../../../src/core/history/snapshot";
import { trend } from "../../../src/core/history/trend";
import { buildHistoryPlan } from "../../../src/core/history/historyPlan";
import { changesText } from "../../../src/cli/changesReport";
import { listRows } from "../../helpers/packLists";

const TODAY = "2022-06-01";
const JULY = "2021-07-13";
const NOVEMBER = "2021-11-01";
const FEBRUARY = "2022-02-01";

const analysisOf = (sheets: SheetSnapshot[], date: string, trackerSheets: string[] = []) => analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: date, trackerSheets }), TODAY);
const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: null });

const frankie = (n: number): Row[] => Array.from({ length: n }, (_, i) => ["Frankie", i + 1, `Brief staff on the learning from Frankie, part ${i + 1}.`, "Green"] as Row);
const LEO = ["Amber", "Green", "Red", "Amber"];

/** Two recorded reports compared, as `changes --from --to` and the pane's Compare reports do. */
const between = (older: Snapshot, newer: Snapshot, reports: Snapshot[]) => compareSnapshots(older, newer, newer.date, leftOutAt(newer), reports);
/** A recorded report compared with the plan as read at a later date. */
const since = (report: Snapshot, now: ReturnType<typeof analysisOf>, reports: Snapshot[]) => compareSnapshots(report, liveSnapshot(now, report), "now", leftOutNow(now), reports);
const refs = (list: { action: { review: string; ref: string } }[]) => list.map((x) => `${x.action.review} ${x.action.ref}`);
const result = (changes: Changes) => ({ changes, sentence: changeSentence(changes, { between: changes.to !== "now" }), notes: changeNotes(changes), problems: [] });

describe("a sheet the settings do not read, between recorded reports", () => {
  const july = recordSnapshot(analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], JULY), meta(JULY));
  const november = recordSnapshot(analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], NOVEMBER, ["Frankie"]), meta(NOVEMBER), july);
  const february = recordSnapshot(analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], FEBRUARY), meta(FEBRUARY), november);
  const reports = [july, november, february];

  it("is kept by name and reason, with no rows", () => {
    expect(november.leftOut).toEqual([{ sheet: "Leo", reason: "notRead" }]);
    expect(november.actions.map((a) => a.sheet)).toEqual(["Frankie", "Frankie", "Frankie"]);
    expect(july.leftOut).toBeUndefined();
  });

  it("has the actions the earlier report counted on it no longer counted, never removed", () => {
    const changes = between(july, november, reports);
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.ref, x.reason, x.leftOutAt])).toEqual([
      ["1", "notRead", NOVEMBER],
      ["2", "notRead", NOVEMBER],
      ["3", "notRead", NOVEMBER],
      ["4", "notRead", NOVEMBER],
    ]);
    expect(changeSentence(changes, { between: true })).toBe(
      "No ratings changed between 13 July 2021 and 1 November 2021; 4 actions no longer counted (their sheet was not read by the settings at the later report).",
    );
    // Only what the later report kept: the sheet's name and why, not that the actions are still there.
    expect(changeNotes(changes)[0]).toEqual(
      "Sheet “Leo” was not read by the settings at the report of 1 November 2021, so the 4 actions the earlier report counted on it were left out of that report's counts; that report keeps the sheet's name, not its rows, so they are not counted as removed.",
    );
    expect(changes.byReview.every((g) => g.removed === 0)).toBe(true);
    expect(changesText(result(changes))).toContain("  Leo 1: Share the learning with partner 1. — sheet “Leo” was not read by the settings at the report of 1 November 2021");
  });

  it("has them counted again once it is read, neither new nor back after being removed", () => {
    for (const changes of [between(november, february, reports), since(november, analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], FEBRUARY), [july, november])]) {
      expect(changes.added).toEqual([]);
      expect(changes.back).toEqual([]);
      expect(refs(changes.countedAgain)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
      expect(changes.countedAgain.map((x) => [x.reason, x.at])).toEqual(Array(4).fill(["notRead", NOVEMBER]));
      expect(changeSentence(changes)).toBe("No ratings changed since 1 November 2021; 4 actions counted again (their sheet was not read by the settings at the earlier report).");
      expect(changeNotes(changes)).toContain(
        "Sheet “Leo” was not read by the settings at the report of 1 November 2021, so the 4 actions counted again on it were left out of that report's counts; a report before it counted each under the same review, number and wording, so they are not counted as new.",
      );
      expect(changes.byReview.every((g) => g.added === 0)).toBe(true);
    }
  });

  it("shows as not counted on RAG History, not as out of the plan", () => {
    const notes = buildHistoryPlan(trend(reports), february).rows.flat().flatMap((c) => (c.kind === "text" ? [c.value] : []));
    expect(notes).toContain("A dash at the report of 1 November 2021 means this review was not counted at that report: its sheet “Leo” was not read by the settings.");
    expect(notes.some((n) => n.includes("in the plan"))).toBe(false);
  });
});

describe("a hidden tracker sheet, between recorded reports", () => {
  const both = (hidden: boolean, leoRows = leo(LEO)) => [sheet("Frankie", frankie(3)), sheet("Leo", leoRows, hidden)];
  const july = recordSnapshot(analysisOf(both(false), JULY), meta(JULY));
  const november = recordSnapshot(analysisOf(both(true), NOVEMBER), meta(NOVEMBER), july);
  // Unhidden, with a genuinely new Red action on it.
  const unhidden = both(false, [...leo(LEO), ["Leo", 5, "Audit the missing-from-home return interviews.", "Red"]]);
  const february = recordSnapshot(analysisOf(unhidden, FEBRUARY), meta(FEBRUARY), november);
  const reports = [july, november, february];

  it("is no longer counted when hidden, as the workbook comparison says", () => {
    // Its actions are on no counted sheet, so it is kept as an archive is (archivedActions.ts): by name, and a fingerprint of each.
    expect(november.leftOut).toEqual([{ sheet: "Leo", reason: "hiddenSheet", archived: expect.stringMatching(/^[0-9a-f]+$/) }]);
    const changes = between(july, november, reports);
    expect(changes.removed).toEqual([]);
    expect(refs(changes.noLongerCounted)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    expect(since(july, analysisOf(both(true), NOVEMBER), [july]).noLongerCounted.map((x) => x.reason)).toEqual(changes.noLongerCounted.map((x) => x.reason));
    expect(changeSentence(changes, { between: true })).toBe("No ratings changed between 13 July 2021 and 1 November 2021; 4 actions no longer counted (their sheet was hidden at the later report).");
    expect(changeNotes(changes)[0]).toBe(
      "Sheet “Leo” was hidden at the report of 1 November 2021, so the 4 actions the earlier report counted on it were left out of that report's counts; that report keeps the sheet's name, not its rows, so they are not counted as removed.",
    );
  });

  it("is counted again when unhidden, and an action with no earlier match on it is new", () => {
    for (const changes of [between(november, february, reports), since(november, analysisOf(unhidden, FEBRUARY), [july, november])]) {
      expect(refs(changes.countedAgain)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
      expect(changes.added.map((a) => `${a.review} ${a.ref} ${a.rating}`)).toEqual(["Leo 5 Red"]);
      expect(changes.back).toEqual([]);
      expect(changeSentence(changes)).toBe("No ratings changed since 1 November 2021; 1 new action (1 on a sheet the earlier report left out); 4 actions counted again (their sheet was hidden at the earlier report).");
      expect(changes.byReview.find((g) => g.name === "Leo")?.added).toBe(1);
    }
  });

  it("is listed apart in the pack, the command line and the JSON", () => {
    const changes = between(november, february, reports);
    const pack = buildPackPlan(analysisOf(unhidden, FEBRUARY), changes);
    expect(listRows(pack, "New actions")).toEqual([
      ["Review", "No", "Action", "Rating"],
      ["Leo", "5", "Audit the missing-from-home return interviews.", "Red"],
    ]);
    expect(listRows(pack, "Counted again")[0]).toEqual(["Review", "No", "Action", "Rating", "Why"]);
    expect(listRows(pack, "Counted again")[3]).toEqual(["Leo", "3", "Share the learning with partner 3.", "Red", "sheet “Leo” was hidden at the report of 1 November 2021; Red when last counted, at the report of 13 July 2021"]);
    const hiddenPack = buildPackPlan(analysisOf(both(true), NOVEMBER), between(july, november, reports));
    expect(listRows(hiddenPack, "Removed from the plan")).toEqual([]);
    expect(listRows(hiddenPack, "No longer counted")[1]).toEqual(["Leo", "1", "Share the learning with partner 1.", "Amber", "sheet “Leo” was hidden at the report of 1 November 2021"]);

    const text = changesText(result(changes));
    expect(text).toContain("Counted again (4)\n  Leo 1: Share the learning with partner 1. — sheet “Leo” was hidden at the report of 1 November 2021; Amber when last counted, at the report of 13 July 2021\n");
    expect(text).not.toContain("Back:");
    const json = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result(changes)))));
    expect(json.changes.countedAgain.map((x) => [x.action.ref, x.reason, x.earlierId])).toEqual(
      july.actions.filter((a) => a.sheet === "Leo").map((a) => [a.ref, "hiddenSheet", a.id]),
    );
    expect(json.changes.added.map((a) => a.ref)).toEqual(["5"]);
    const leftJson = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result(between(july, november, reports))))));
    expect(leftJson.changes.noLongerCounted.map((x) => [x.reason, x.leftOutAt])).toEqual(Array(4).fill(["hiddenSheet", NOVEMBER]));
    expect(leftJson.changes.countedAgain).toEqual([]);
  });

  it("shows as not counted on RAG History, beside a review truly removed", () => {
    const gone = recordSnapshot(analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], TODAY), meta(TODAY), february);
    // Frankie removed at the last report; Leo hidden at November.
    const last = recordSnapshot(analysisOf([sheet("Frankie", frankie(3), true), sheet("Sam", [["Sam", 1, "Share the learning with schools.", "Green"]]), sheet("Leo", leo(LEO))], "2022-07-01"), meta("2022-07-01"), gone);
    const dropped = { ...last, actions: last.actions.filter((a) => a.review !== "Frankie"), leftOut: [] };
    const plan = buildHistoryPlan(trend([july, november, february, dropped]), dropped);
    const notes = plan.rows.flat().flatMap((c) => (c.kind === "text" ? [c.value] : []));
    expect(notes).toContain("A dash at the report of 1 November 2021 means this review was not counted at that report: its sheet “Leo” was hidden.");
    expect(notes).toContain("A dash marks a report at which this review was no longer in the plan.");
    // Hidden at one report and removed at another: both said.
    const both2 = buildHistoryPlan(trend([july, november, february, { ...dropped, actions: dropped.actions.filter((a) => a.review !== "Leo") }]), dropped);
    const leoNotes = both2.rows.flat().flatMap((c) => (c.kind === "text" ? [c.value] : []));
    expect(leoNotes).toContain("Any other dash marks a report at which this review was no longer in the plan.");
  });
});

describe("a hidden backup copy beside real deletions", () => {
  const july = recordSnapshot(analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], JULY), meta(JULY));
  // Leo 3 deleted; a hidden copy of the sheet as it was kept beside it (most of its actions still counted: a copy, as half would be).
  const november = recordSnapshot(
    analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO).filter((r) => r[1] !== 3)), sheet("Leo (backup)", leo(LEO), true)], NOVEMBER),
    meta(NOVEMBER),
    july,
  );

  it("leaves the deletions removed: their sheet was read", () => {
    expect(november.leftOut).toEqual([{ sheet: "Leo (backup)", reason: "hiddenSheet", copy: true }]);
    const changes = between(july, november, [july, november]);
    expect(changes.removed.map((a) => a.ref)).toEqual(["3"]);
    expect(changes.noLongerCounted).toEqual([]);
  });
});

describe("a report recorded before the sheets left out were kept", () => {
  const july = recordSnapshot(analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], JULY), meta(JULY));
  const recorded = recordSnapshot(analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO), true)], NOVEMBER), meta(NOVEMBER), july);
  const { seal: _seal, leftOut: _leftOut, ...rest } = recorded;
  const older = sealSnapshot(rest);

  it("is compared as before: the actions missing from it are removed", () => {
    const changes = between(july, older, [july, older]);
    expect(changes.removed.map((a) => `${a.review} ${a.ref}`)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4"]);
    expect(changes.noLongerCounted).toEqual([]);
    const february = recordSnapshot(analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], FEBRUARY), meta(FEBRUARY), older);
    const again = between(older, february, [july, older, february]);
    expect(again.countedAgain).toEqual([]);
    expect(again.back.map((b) => b.removedAt)).toEqual(Array(4).fill(NOVEMBER));
  });

  it("reads, as one recorded now does; an altered list of sheets left out is told", () => {
    expect(readSnapshot(JSON.stringify(older), "1 November 2021").ok).toBe(true);
    const stored = JSON.stringify(recorded);
    expect(readSnapshot(stored, "1 November 2021")).toEqual({ ok: true, snapshot: recorded });
    for (const altered of [stored.replace('"reason":"hiddenSheet"', '"reason":"notRead"'), stored.replace('"sheet":"Leo","reason"', '"sheet":"Frankie","reason"'), stored.replace(/,"leftOut":\[[^\]]*\]/, "")]) {
      expect(altered).not.toBe(stored);
      expect(readSnapshot(altered, "1 November 2021")).toMatchObject({ ok: false, reason: "altered" });
    }
  });

  it("matches a sheet's name in any case, as Excel does", () => {
    const renamed = sealSnapshot({ ...rest, leftOut: [{ sheet: "LEO", reason: "hiddenSheet" }] });
    expect(between(july, renamed, [july, renamed]).noLongerCounted).toHaveLength(4);
  });
});

describe("a hidden copy of a large tracker", () => {
  it("adds only its name to the report, taken for a copy", () => {
    const rows = leo(Array.from({ length: 400 }, (_, i) => ["Blue", "Green", "Amber", "Red"][i % 4]!));
    const alone = recordSnapshot(analysisOf([sheet("Leo", rows)], JULY), meta(JULY));
    const withCopy = recordSnapshot(analysisOf([sheet("Leo", rows), sheet("Leo archive", rows, true)], JULY), meta(JULY));
    expect(withCopy.leftOut).toEqual([{ sheet: "Leo archive", reason: "hiddenSheet", copy: true }]);
    expect(JSON.stringify(withCopy).length - JSON.stringify(alone).length).toBe(',"leftOut":[{"sheet":"Leo archive","reason":"hiddenSheet","copy":true}]'.length);
  });
});

describe("the counts add up with sheets hidden, unhidden and not read", () => {
  it("previous + new + counted again − removed − no longer counted = current, between recorded reports and with the workbook", () => {
    const state = fc.record({ hide: fc.boolean(), notRead: fc.boolean(), deleted: fc.subarray([1, 2, 3, 4]), added: fc.nat(2) });
    fc.assert(
      fc.property(fc.array(state, { minLength: 2, maxLength: 4 }), (states) => {
        const reports: Snapshot[] = [];
        const dates = ["2021-07-13", "2021-11-01", "2022-02-01", "2022-05-01"];
        states.forEach((s, i) => {
          const rows = [...leo(LEO).filter((r) => !s.deleted.includes(r[1])), ...Array.from({ length: s.added }, (_, k) => ["Leo", 10 + k, `Added at ${dates[i]}, ${k}.`, "Red"] as Row)];
          const analysis = analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", rows, s.hide && !s.notRead)], dates[i]!, s.notRead ? ["Frankie"] : []);
          const previous = reports.at(-1);
          const report = recordSnapshot(analysis, meta(dates[i]!), previous);
          if (previous) {
            for (const c of [between(previous, report, [...reports, report]), since(previous, analysis, reports)]) {
              expect(previous.actions.length + c.added.length + c.countedAgain.length - c.removed.length - c.noLongerCounted.length).toBe(report.actions.length);
            }
          }
          reports.push(report);
        });
      }),
      { numRuns: 60 },
    );
  });
});
