/**
 * A differing copy of the tracker kept in the workbook before a big edit ("Case Reviews (2)"), then
 * the original edited: compared with a report recorded before the copy was
 * taken, the copy's actions are counted twice, not new, and an action deleted from the original that
 * the copy still holds is said, not lost. Both ways a user meets the comparison: the plan now against
 * the report, and two recorded reports.
 */
import { describe, expect, it } from "vitest";
import { ACTION, CASE_HEADER, NOW, RATING, THEN, analysisOf, caseRows, copy, indexOf, meta, sheetOf, told, TODAY, type Sheet } from "../../helpers/caseReviewComparison";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { unrecordedChanges, unrecordedChangesSentence } from "../../../src/core/history/unrecordedChanges";
import { leftOutNow } from "../../../src/core/history/noLongerCounted";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { trend } from "../../../src/core/history/trend";
import { buildHistoryPlan } from "../../../src/core/history/historyPlan";
import { reportList } from "../../../src/core/history/reportList";
import type { CellValue } from "../../../src/core/cells";
import { deliveryPlanSheet } from "../../fixtures/deliveryPlan";

const COPY = "Case Reviews (2)";
const plan = (name: string, rows: CellValue[][]): Sheet => ({ name, header: CASE_HEADER, rows });
/** An edit of the original after the copy was taken: Frankie 2 Amber → Green, Sam and Kyle 4 deleted. */
function edited(): CellValue[][] {
  const rows = copy(caseRows());
  rows[indexOf(rows, "Frankie", 2)]![RATING] = "Green";
  rows.splice(indexOf(rows, "Sam and Kyle", 4), 1);
  return rows;
}
const named = (list: { review: string; ref: string }[]) => list.map((a) => `${a.review} ${a.ref}`);

/** The report of 15 January (before the copy), and the plan of 15 April, as now and as recorded. */
function compared(thenSheets: Sheet[], nowSheets: Sheet[]): { then: Snapshot; now: Snapshot; live: Changes; recorded: Changes } {
  const then = recordSnapshot(analysisOf(thenSheets, THEN), meta(THEN));
  const analysis = analysisOf(nowSheets, NOW);
  const now = liveSnapshot(analysis, then);
  const later = recordSnapshot(analysis, meta(NOW), then);
  return { then, now, live: compareSnapshots(then, now, "now", leftOutNow(analysis), [then]), recorded: compareSnapshots(then, later, later.date, undefined, [then, later]) };
}

/**
 * The counts add up: the earlier report's actions, plus those new, counted again and counted twice, less those removed,
 * no longer counted and no longer counted twice, are the later side's.
 */
function addsUp(then: Snapshot, now: Snapshot, c: Changes): void {
  const twice = c.countedTwice.reduce((n, x) => n + x.actions.length, 0);
  const onceNow = c.noLongerCountedTwice.flatMap((x) => x.actions);
  expect(then.actions.length + c.added.length + c.countedAgain.length + twice - c.removed.length - c.noLongerCounted.length - onceNow.length).toBe(now.actions.length);
  // By review, as "Changes by review" counts: the actions counted twice are in no group's count, so each review's earlier count, plus its new, less its removed, is its count now less its actions counted twice.
  // A review renamed since counts the earlier report's actions under its name now, as "Changes by review" does.
  const nameNow = new Map(c.renamedReviews.map((r) => [r.from, r.to]));
  const countThen = (list: readonly { review: string }[], review: string) => list.filter((a) => (nameNow.get(a.review) ?? a.review) === review).length;
  const count = (list: readonly { review: string }[], review: string) => list.filter((a) => a.review === review).length;
  for (const g of c.byReview) {
    const twiceHere = c.countedTwice.flatMap((x) => x.actions).filter((a) => a.review === g.name).length;
    expect(countThen(then.actions, g.name) - countThen(onceNow, g.name) + g.added - g.removed).toBe(count(now.actions, g.name) - twiceHere);
  }
  const inCategory = (list: readonly { category: string }[], category: string) => list.filter((a) => a.category === category).length;
  for (const g of c.byCategory) {
    const twiceHere = inCategory(c.countedTwice.flatMap((x) => x.actions), g.name);
    expect(inCategory(then.actions, g.name) - inCategory(onceNow, g.name) + g.added - g.removed).toBe(inCategory(now.actions, g.name) - twiceHere);
  }
}

describe("a differing copy of the tracker taken since the earlier report", () => {
  const sheets = (order: "copy last" | "copy first") => (order === "copy last" ? [plan("Case Reviews", edited()), plan(COPY, caseRows())] : [plan(COPY, caseRows()), plan("Case Reviews", edited())]);

  for (const order of ["copy last", "copy first"] as const) {
    it(`counts the copy's actions twice, not new, and reports Frankie 2's move from the original (${order} in tab order)`, () => {
      const { then, now, live, recorded } = compared([plan("Case Reviews", caseRows())], sheets(order));
      for (const c of [live, recorded]) {
        expect(c.added).toEqual([]);
        expect(c.countedTwice).toHaveLength(1);
        expect(c.countedTwice[0]!.sheet).toBe(COPY);
        expect(c.countedTwice[0]!.of).toBe("Case Reviews");
        // Every action of the copy but Sam and Kyle 4, which the original no longer holds.
        expect(named(c.countedTwice[0]!.actions)).toEqual(named(then.actions.filter((a) => !(a.review === "Sam and Kyle" && a.ref === "4"))));
        expect(c.countedTwice[0]!.actions.every((a) => a.sheet === COPY)).toBe(true);
        expect(c.moves.map((m) => `${m.after.sheet}: ${m.after.review} ${m.after.ref} ${m.before.rating}→${m.after.rating}`)).toEqual(["Case Reviews: Frankie 2 Amber→Green"]);
        // Newly overdue and the rest are the original's actions, each once.
        expect(c.newlyOverdue.every((a) => a.sheet === "Case Reviews")).toBe(true);
        expect(c.byReview.every((g) => g.added === 0 && g.removed === 0)).toBe(true);
        addsUp(then, c === live ? now : recordSnapshot(analysisOf(sheets(order), NOW), meta(NOW), then), c);
      }
    });

    it(`says Sam and Kyle 4, deleted from the original, is still counted on the copy, not removed (${order} in tab order)`, () => {
      const { live, recorded } = compared([plan("Case Reviews", caseRows())], sheets(order));
      for (const c of [live, recorded]) {
        expect(c.removed).toEqual([]);
        expect(c.heldOnlyByCopy.map(({ before, after }) => `${before.sheet} ${before.review} ${before.ref} → ${after.sheet}`)).toEqual(["Case Reviews Sam and Kyle 4 → Case Reviews (2)"]);
      }
    });
  }

  it("says so in one sentence, and the headline counts no new action", () => {
    const { live, recorded } = compared([plan("Case Reviews", caseRows())], sheets("copy last"));
    expect(changeSentence(live)).toBe("Since 15 January 2026: 1 action improved to green; 13 actions with no progress reported; 14 actions newly past 90 days without an update; 3 actions newly overdue.");
    expect(changeSentence(live)).not.toMatch(/new action|already overdue/);
    const notes = [
      "Sheet “Case Reviews (2)” repeats 15 actions of sheet “Case Reviews”, so they are counted twice since 15 January 2026; they are not new actions, and the counts by review and by category leave them out. If it is an old copy, delete it or choose the tracker sheets in the settings.",
      "Sam and Kyle 4 is no longer on sheet “Case Reviews”; only sheet “Case Reviews (2)”, which repeats that sheet, still holds it, so it is still counted, not removed.",
    ];
    expect(changeNotes(live).slice(0, 2)).toEqual(notes);
    expect(changeNotes(recorded, {}).slice(0, 2)).toEqual([notes[0]!.replace("since 15 January 2026;", "since 15 January 2026, at the report of 15 April 2026;"), notes[1]]);
  });

  it("carries them in the JSON document, which the schema accepts", () => {
    const { live } = compared([plan("Case Reviews", caseRows())], sheets("copy last"));
    const json = changesJsonSchema.parse(toChangesJson({ changes: live, sentence: changeSentence(live), notes: changeNotes(live), problems: [] }));
    expect(json.changes.added).toEqual([]);
    expect(json.changes.countedTwice?.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([[COPY, "Case Reviews", 15]]);
    expect(json.changes.heldOnlyByCopy?.map((x) => [x.before.sheet, x.after.sheet, x.after.id])).toEqual([["Case Reviews", COPY, "Sam and Kyle#4"]]);
  });

  it("lists no new actions in the pack, which says the same sentence", () => {
    const analysis = analysisOf(sheets("copy last"), NOW);
    const { live } = compared([plan("Case Reviews", caseRows())], sheets("copy last"));
    const texts = buildPackPlan(analysis, live).rows.flatMap((r) => r.map((c) => ("value" in c ? String(c.value) : "")));
    expect(texts.some((t) => t.startsWith("New actions"))).toBe(false);
    expect(texts).toContain(changeNotes(live)[0]);
    expect(texts).toContain(changeNotes(live)[1]);
  });

  it("says the plan has changed since a report recorded for the same date before the copy was taken", () => {
    const report = recordSnapshot(analysisOf([plan("Case Reviews", caseRows())], NOW), meta(NOW));
    const analysis = analysisOf([plan("Case Reviews", caseRows()), plan(COPY, caseRows().map((r, i) => (i === 0 ? [...r.slice(0, RATING), "Amber"] : r)))], NOW);
    const counted = unrecordedChanges(report, liveSnapshot(analysis, report), leftOutNow(analysis), [report]);
    expect(counted).toMatchObject({ added: 0, countedTwice: 16 });
    expect(unrecordedChangesSentence(NOW, counted)).toBe("The plan has changed since the report recorded for 15 April 2026: 16 actions are counted twice (on a sheet that repeats another); record the report again to include them.");
  });
});

describe("what is as it was", () => {
  it("a copy the earlier report already held: nothing is counted twice, and Sam and Kyle 4 deleted from the original is removed", () => {
    // The copy differs from the original at both reports (Frankie 1 Amber on it), so both are counted at both.
    const differing = () => caseRows().map((r, i) => (i === 0 ? [...r.slice(0, RATING), "Amber"] : r));
    const { then, now, live, recorded } = compared([plan("Case Reviews", caseRows()), plan(COPY, differing())], [plan("Case Reviews", edited()), plan(COPY, differing())]);
    for (const c of [live, recorded]) {
      expect(c.countedTwice).toEqual([]);
      expect(c.heldOnlyByCopy).toEqual([]);
      expect(c.added).toEqual([]);
      // As before this comparison knew of copies: the matching pairs the original's Sam and Kyle 4 with the copy's, whose own is the one said removed.
      expect(named(c.removed)).toEqual(["Sam and Kyle 4"]);
      expect(c.moves.map((m) => `${m.after.sheet} ${m.after.review} ${m.after.ref}`)).toEqual(["Case Reviews Frankie 2"]);
      expect(changeNotes(c).some((n) => n.includes("counted twice"))).toBe(false);
    }
    addsUp(then, now, live);
  });

  it("an exact copy is left out, so nothing is counted twice and a deletion from the original is removed", () => {
    // The copy taken after the edit: the same ratings and dates as the original, so it is not counted at all.
    const { live, recorded } = compared([plan("Case Reviews", caseRows())], [plan("Case Reviews", edited()), plan(COPY, edited())]);
    for (const c of [live, recorded]) {
      expect(c.countedTwice).toEqual([]);
      expect(c.heldOnlyByCopy).toEqual([]);
      expect(named(c.removed)).toEqual(["Sam and Kyle 4"]);
      expect(named(c.moves.map((m) => m.after))).toEqual(["Frankie 2"]);
    }
  });

  it("a sheet of other actions that share no wording with the plan stays new", () => {
    const other = caseRows().map((r) => [...r.slice(0, 4), `${String(r[4])} (phase two)`, ...r.slice(5)]);
    const { live } = compared([plan("Case Reviews", caseRows())], [plan("Case Reviews", caseRows()), plan("Phase Two", other)]);
    expect(live.countedTwice).toEqual([]);
    expect(live.added).toHaveLength(16);
  });
});

/** The original edited further after the copy was taken, beside the first edit. */
const EDITS: [string, (rows: CellValue[][]) => void][] = [
  ["Frankie 3 reworded slightly", (rows) => void (rows[indexOf(rows, "Frankie", 3)]![ACTION] = "Send a notification to the school's designated safeguarding lead when a child protection plan starts.")],
  ["review Leo renamed Child Leo", (rows) => rows.forEach((r) => void (r[0] === "Leo" && (r[0] = "Child Leo")))],
  ["Sam and Kyle renumbered 1.x", (rows) => rows.forEach((r) => void (r[0] === "Sam and Kyle" && (r[1] = `1.${String(r[1])}`)))],
  ["every action reworded", (rows) => rows.forEach((r) => void (r[ACTION] = `Revised: ${String(r[ACTION])}`))],
];

describe("the original edited after the copy was taken reads as it would without the copy", () => {
  for (const [label, edit] of EDITS) {
    it(label, () => {
      const rows = edited();
      edit(rows);
      const without = compared([plan("Case Reviews", caseRows())], [plan("Case Reviews", rows)]);
      const { then, now, live, recorded } = compared([plan("Case Reviews", caseRows())], [plan("Case Reviews", rows), plan(COPY, caseRows())]);
      for (const [c, alone] of [[live, without.live], [recorded, without.recorded]] as const) {
        // Without the copy, Sam and Kyle 4 is removed; with it, only the copy holds it.
        expect(told(then, c)).toEqual({ ...told(then, alone), removed: [] });
        expect(named(alone.removed)).toEqual(["Sam and Kyle 4"]);
        expect(c.modified.map((m) => `${m.after.sheet} ${m.after.review} ${m.after.ref}`)).toEqual(alone.modified.map((m) => `${m.after.sheet} ${m.after.review} ${m.after.ref}`));
        expect(c.added).toEqual([]);
        expect(c.countedTwice.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([[COPY, "Case Reviews", 15]]);
        expect(c.heldOnlyByCopy.map((h) => `${h.before.review} ${h.before.ref} → ${h.after.sheet}`)).toEqual(["Sam and Kyle 4 → Case Reviews (2)"]);
        expect(changeSentence(c)).not.toMatch(/new action/);
        expect(changeNotes(c).filter((n) => !/counted twice|still counted/.test(n))).toEqual(changeNotes(alone));
      }
      addsUp(then, now, live);
    });
  }
});

describe("a full copy under a name that is not a copy's, the original made smaller since", () => {
  it("takes the sheet the earlier report did not hold as the copy", () => {
    const { then, now, live, recorded } = compared([plan("Case Reviews", caseRows())], [plan("Case Reviews", edited()), plan("Old plan", caseRows())]);
    for (const c of [live, recorded]) {
      expect(c.added).toEqual([]);
      expect(c.countedTwice.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([["Old plan", "Case Reviews", 15]]);
      expect(c.heldOnlyByCopy.map((h) => `${h.before.sheet}: ${h.before.review} ${h.before.ref} → ${h.after.sheet}`)).toEqual(["Case Reviews: Sam and Kyle 4 → Old plan"]);
      expect(c.moves.map((m) => `${m.after.sheet}: ${m.after.review} ${m.after.ref}`)).toEqual(["Case Reviews: Frankie 2"]);
    }
    addsUp(then, now, live);
  });
});

describe("two copies taken since", () => {
  it("counts each copy's actions twice and names both copies holding the action deleted from the original", () => {
    const third = caseRows();
    third[indexOf(third, "Leo", 4)]![RATING] = "Amber";
    const { then, now, live } = compared([plan("Case Reviews", caseRows())], [plan("Case Reviews", edited()), plan(COPY, caseRows()), plan("Case Reviews (3)", third)]);
    expect(live.added).toEqual([]);
    expect(live.removed).toEqual([]);
    expect(live.countedTwice.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([
      [COPY, "Case Reviews", 15],
      ["Case Reviews (3)", "Case Reviews", 15],
      ["Case Reviews (3)", COPY, 1],
    ]);
    expect(live.heldOnlyByCopy.map((h) => [h.after.sheet, h.alsoOn])).toEqual([[COPY, ["Case Reviews (3)"]]]);
    expect(changeNotes(live)).toContain("Sam and Kyle 4 is no longer on sheet “Case Reviews”; only sheets “Case Reviews (2)” and “Case Reviews (3)”, which repeat that sheet, still hold it, so it is still counted, not removed.");
    addsUp(then, now, live);
  });
});

describe("the copy deleted after a report counted it", () => {
  // The report of 15 January holds the first edit and the copy, counted twice; the copy is deleted by 15 April.
  const withCopy = () => [plan("Case Reviews", edited()), plan(COPY, caseRows())];

  it("says its actions the original still holds are no longer counted twice, and removes only the action gone from both", () => {
    const { then, now, live, recorded } = compared(withCopy(), [plan("Case Reviews", edited())]);
    for (const c of [live, recorded]) {
      expect(named(c.removed)).toEqual(["Sam and Kyle 4"]);
      expect(c.removed[0]!.sheet).toBe(COPY);
      expect(c.noLongerCountedTwice.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([[COPY, "Case Reviews", 15]]);
      expect(c.byReview.reduce((n, g) => n + g.removed, 0)).toBe(1);
    }
    expect(changeSentence(live)).toMatch(/; 1 action removed;/);
    expect(changeNotes(live)[0]).toBe("Sheet “Case Reviews (2)”, which repeated 15 actions of sheet “Case Reviews” at the report of 15 January 2026, is gone, so they are no longer counted twice; its rows are not counted as removed.");
    const json = changesJsonSchema.parse(toChangesJson({ changes: live, sentence: changeSentence(live), notes: changeNotes(live), problems: [] }));
    expect(json.changes.noLongerCountedTwice?.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([[COPY, "Case Reviews", 15]]);
    addsUp(then, now, live);
  });

  it("removes an action deleted from the original as well once, as the original's row, the copy's going with the rest", () => {
    const withoutLast = edited().filter((r) => !(r[0] === "Leo" && String(r[1]) === "5"));
    const { then, now, live, recorded } = compared(withCopy(), [plan("Case Reviews", withoutLast)]);
    for (const c of [live, recorded]) {
      expect(named(c.removed).sort()).toEqual(["Leo 5", "Sam and Kyle 4"]);
      expect(c.removed.find((a) => a.review === "Leo")!.sheet).toBe("Case Reviews");
      expect(c.noLongerCountedTwice.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([[COPY, "Case Reviews", 15]]);
    }
    addsUp(then, now, live);
  });

  it("reads a copy renamed since as one gone and one taken, the action only they held neither removed nor new", () => {
    const { then, now, live, recorded } = compared(withCopy(), [plan("Case Reviews", edited()), plan("Old copy", caseRows())]);
    for (const c of [live, recorded]) {
      expect(named(c.added)).toEqual([]);
      expect(named(c.removed)).toEqual([]);
      expect(c.countedTwice.map((x) => [x.sheet, x.actions.length])).toEqual([["Old copy", 15]]);
      expect(c.noLongerCountedTwice.map((x) => [x.sheet, x.actions.length])).toEqual([[COPY, 15]]);
    }
    addsUp(then, now, live);
  });

  it("keeps the action only the copies held where two copies are renamed at once", () => {
    // The second copy differs by a rating: an exact copy of another is not counted at all.
    const third = () => {
      const rows = caseRows();
      rows[indexOf(rows, "Frankie", 1)]![RATING] = "Red";
      return rows;
    };
    const { then, now, live, recorded } = compared([...withCopy(), plan("Case Reviews (3)", third())], [plan("Case Reviews", edited()), plan("Old copy", caseRows()), plan("Older copy", third())]);
    for (const c of [live, recorded]) {
      expect(named(c.added)).toEqual([]);
      expect(named(c.removed)).toEqual([]);
    }
    addsUp(then, now, live);
  });

  it("says the plan has changed since a report recorded for the same date that counted the copy", () => {
    const report = recordSnapshot(analysisOf(withCopy(), NOW), meta(NOW));
    const analysis = analysisOf([plan("Case Reviews", edited())], NOW);
    const counted = unrecordedChanges(report, liveSnapshot(analysis, report), leftOutNow(analysis), [report]);
    expect(counted).toMatchObject({ removed: 1, noLongerCountedTwice: 15 });
    expect(unrecordedChangesSentence(NOW, counted)).toBe("The plan has changed since the report recorded for 15 April 2026: 1 action was removed and 15 actions are no longer counted twice (their copy is gone); record the report again to include them.");
  });

  it("says a sheet an earlier version counted beside the one it repeats, there still and now left out as an earlier round, is left out, not gone", () => {
    // Quarters' sheets: the report of 15 January counted both, as a version before rounds were read did (here, both named in the settings).
    const q1 = edited().map((r) => [...r]);
    q1[indexOf(q1, "Frankie", 2)]![RATING] = "Amber";
    const sheets = [plan("Q3 2025-26", q1), plan("Q4 2025-26", edited())];
    const bothCounted = analyseWorkbook({ sheets: sheets.map(sheetOf) }, settingsSchema.parse({ asOf: THEN, trackerSheets: ["Q3 2025-26", "Q4 2025-26"] }), TODAY);
    const then = recordSnapshot(bothCounted, meta(THEN));
    const analysis = analysisOf(sheets, NOW);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q4 2025-26"]);
    const now = liveSnapshot(analysis, then);
    const live = compareSnapshots(then, now, "now", leftOutNow(analysis), [then]);
    expect(live.noLongerCountedTwice.map((x) => [x.sheet, x.of, x.actions.length, x.whereabouts])).toEqual([["Q3 2025-26", "Q4 2025-26", q1.length, "leftOut"]]);
    expect(changeNotes(live)).toContain(
      "Sheet “Q3 2025-26”, an earlier round of sheet “Q4 2025-26” that the report of 15 January 2026 counted beside it (15 actions, all of them repeated there), is now left out of the counts; its actions are not counted as removed.",
    );
    addsUp(then, now, live);
    // Between two recorded reports nothing says what sheets the workbook held.
    const later = recordSnapshot(analysis, meta(NOW), then);
    expect(changeNotes(compareSnapshots(then, later, later.date, undefined, [then, later]))).toContain(
      "Sheet “Q3 2025-26”, an earlier round of sheet “Q4 2025-26” that the report of 15 January 2026 counted beside it (15 actions, all of them repeated there), is not counted by the later report; its actions are not counted as removed.",
    );
    // The report of the date itself, recorded so: the plan has not changed, only its counting.
    const sameDay = recordSnapshot({ ...bothCounted, asOf: NOW }, meta(NOW));
    const counted = unrecordedChanges(sameDay, liveSnapshot(analysis, sameDay), leftOutNow(analysis), [sameDay]);
    expect(counted).toMatchObject({ earlierRoundLeftOut: 15 });
    expect(unrecordedChangesSentence(NOW, counted)).toBe(
      "The counts have changed since the report recorded for 15 April 2026, though the plan has not: 15 actions of another round's sheet are now left out of the counts, as the plan counts its latest round rated alone; record the report again to leave them out of its counts too.",
    );
  });

  it("compares the latest round's actions such a report had not rated with the complete rating the round before gave them, as this version records them", () => {
    // Q4 copied forward with one rating given when the report of 15 January was recorded; rated since, Frankie 4 and Sam and Kyle 4 (Blue on Q3) now Green.
    const oneRated = caseRows().map((r, i) => [...r.slice(0, RATING), i === 0 ? r[RATING]! : null]);
    const sheets = [plan("Q3 2025-26", caseRows()), plan("Q4 2025-26", oneRated)];
    const bothCounted = analyseWorkbook({ sheets: sheets.map(sheetOf) }, settingsSchema.parse({ asOf: THEN, trackerSheets: ["Q3 2025-26", "Q4 2025-26"] }), TODAY);
    const old = recordSnapshot(bothCounted, meta(THEN));
    const own = recordSnapshot(analysisOf(sheets, THEN), meta(THEN));
    const rated = caseRows().map((r) => [...r]);
    for (const review of ["Frankie", "Sam and Kyle"]) rated[indexOf(rated, review, 4)]![RATING] = "Green";
    const analysis = analysisOf([sheets[0]!, plan("Q4 2025-26", rated)], NOW);
    const [byOld, byOwn] = [old, own].map((then) => compareSnapshots(then, liveSnapshot(analysis, then), "now", leftOutNow(analysis), [then]));
    expect(changeSentence(byOld!)).toBe(changeSentence(byOwn!));
    expect(changeSentence(byOld!)).toContain("2 actions worsened to green");
  });

  it("compares such a report as it is where the latest round's tab was renamed since to a name that is no period: nothing new, the earlier round not said left out", () => {
    const { sheets, report: then } = everyRoundCounted();
    const analysis = analysisOf([sheets[0]!, { ...sheets[1]!, name: "Current plan" }], NOW);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q3 2025-26", "Current plan"]);
    const live = compareSnapshots(then, liveSnapshot(analysis, then), "now", leftOutNow(analysis), [then]);
    expect([live.added, live.removed, live.earlierRoundsCounted]).toEqual([[], [], []]);
    expect(changeNotes(live).join(" ")).not.toContain("an earlier round");
  });

  it("says such a report's exact copy of the latest round (“Q4 2025-26 (2)”) is the copy left out, as the plan keeps the first of copies, not the original as an earlier round", () => {
    const sheets = [plan("Q3 2025-26", caseRows()), plan("Q4 2025-26", edited()), plan("Q4 2025-26 (2)", edited())];
    const allCounted = analyseWorkbook({ sheets: sheets.map(sheetOf) }, settingsSchema.parse({ asOf: THEN, trackerSheets: sheets.map((x) => x.name) }), TODAY);
    const then = recordSnapshot(allCounted, meta(THEN));
    const analysis = analysisOf(sheets, NOW);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q4 2025-26"]);
    const live = compareSnapshots(then, liveSnapshot(analysis, then), "now", leftOutNow(analysis), [then]);
    expect(live.noLongerCountedTwice.map((x) => [x.sheet, x.of])).toEqual([
      ["Q3 2025-26", "Q4 2025-26"],
      ["Q4 2025-26 (2)", "Q4 2025-26"],
    ]);
    expect(changeNotes(live).join(" ")).not.toContain("Sheet “Q4 2025-26”, an earlier round");
    expect([live.added, live.removed, live.moves]).toEqual([[], [], []]);
  });

  /** The report of 15 January as a version before rounds were read recorded it: "Q3 2025-26" and "Q4 2025-26" both counted, Frankie 2 Amber on Q3 and Green on Q4. */
  function everyRoundCounted(date = THEN): { sheets: Sheet[]; report: Snapshot } {
    const q3 = edited().map((r) => [...r]);
    q3[indexOf(q3, "Frankie", 2)]![RATING] = "Amber";
    const sheets = [plan("Q3 2025-26", q3), plan("Q4 2025-26", edited())];
    const bothCounted = analyseWorkbook({ sheets: sheets.map(sheetOf) }, settingsSchema.parse({ asOf: date, trackerSheets: ["Q3 2025-26", "Q4 2025-26"] }), TODAY);
    return { sheets, report: recordSnapshot(bothCounted, meta(date)) };
  }

  it("measures moves from the latest round such a report counted once the next round's sheet is added, and removes nothing", () => {
    const { sheets, report: then } = everyRoundCounted();
    // The next quarter: Q4 copied to "Q1 2026-27", Frankie 2 made Blue and Frankie 3 Red there.
    const q1 = edited().map((r) => [...r]);
    q1[indexOf(q1, "Frankie", 2)]![RATING] = "Blue";
    q1[indexOf(q1, "Frankie", 3)]![RATING] = "Red";
    const analysis = analysisOf([...sheets, plan("Q1 2026-27", q1)], NOW);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q1 2026-27"]);
    const now = liveSnapshot(analysis, then);
    const recorded = recordSnapshot(analysis, meta(NOW), then);
    for (const c of [compareSnapshots(then, now, "now", leftOutNow(analysis), [then]), compareSnapshots(then, recorded, recorded.date, undefined, [then, recorded])]) {
      // From Q4's Green, the rating the committee heard as the latest; not from Q3's Amber.
      expect(c.moves.map((m) => `${m.after.review} ${m.after.ref} ${m.before.sheet} ${m.before.rating}→${m.after.rating}`)).toEqual(["Frankie 2 Q4 2025-26 Green→Blue", `Frankie 3 Q4 2025-26 ${edited()[indexOf(edited(), "Frankie", 3)]![RATING]}→Red`]);
      expect(c.removed).toEqual([]);
      expect(c.added).toEqual([]);
      expect(c.noLongerCountedTwice.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([["Q3 2025-26", "Q4 2025-26", edited().length]]);
      addsUp(then, now, c);
    }
  });

  it("compares two such reports each action once, and says so", () => {
    const { report: then } = everyRoundCounted();
    const { report: later } = everyRoundCounted(NOW);
    const c = compareSnapshots(then, later, later.date, undefined, [then, later]);
    expect(c.earlierRoundsCounted).toEqual([{ sheet: "Q3 2025-26", of: "Q4 2025-26", count: edited().length, reports: [THEN, NOW] }]);
    expect(c.noLongerCountedTwice).toEqual([]);
    // Each open action once, from the latest round: before, every one was listed twice, a complete one of Q4 among them through its Q3 copy.
    const open = later.actions.filter((a) => a.sheet === "Q4 2025-26" && !a.complete);
    expect(c.noProgress.map((a) => a.sheet)).toEqual(open.map(() => "Q4 2025-26"));
    expect(new Set(c.noProgress.map((a) => `${a.review} ${a.ref}`)).size).toBe(c.noProgress.length);
    expect(changeNotes(c)).toContain(
      `The reports of 15 January 2026 and 15 April 2026 counted sheet “Q3 2025-26”, an earlier round, beside sheet “Q4 2025-26”; its ${edited().length} actions are left out here, as the plan counts its latest round rated alone, so each action is compared once, as on sheet “Q4 2025-26”.`,
    );
    expect(changesJsonSchema.parse(toChangesJson({ changes: c, sentence: changeSentence(c), notes: changeNotes(c), problems: [] })).changes.earlierRoundsCounted).toEqual(c.earlierRoundsCounted);
    // The later count, less those set apart, is the earlier one's, nothing having been edited.
    expect(later.actions.length - c.earlierRoundsCounted[0]!.count).toBe(then.actions.length - edited().length);
  });

  it("names each report's own latest round where a round was added between two such reports", () => {
    const { sheets, report: then } = everyRoundCounted();
    const q1 = edited().map((r) => [...r]);
    const later = recordSnapshot(
      analyseWorkbook({ sheets: [...sheets, plan("Q1 2026-27", q1)].map(sheetOf) }, settingsSchema.parse({ asOf: NOW, trackerSheets: ["Q3 2025-26", "Q4 2025-26", "Q1 2026-27"] }), TODAY),
      meta(NOW),
    );
    const c = compareSnapshots(then, later, later.date, undefined, [then, later]);
    expect(c.earlierRoundsCounted.map((r) => [r.sheet, r.of, r.reports])).toEqual([
      ["Q3 2025-26", "Q4 2025-26", [THEN]],
      ["Q3 2025-26", "Q1 2026-27", [NOW]],
      ["Q4 2025-26", "Q1 2026-27", [NOW]],
    ]);
    expect(changeNotes(c).join(" ")).not.toContain("The reports of 15 January 2026 and 15 April 2026 counted sheet “Q3 2025-26”, an earlier round, beside sheet “Q1 2026-27”");
  });

  it("draws RAG History with such a report's earlier round left out, and says so", () => {
    const { report } = everyRoundCounted();
    const t = trend([report]);
    expect(t.totals[0]!.total).toBe(edited().length);
    expect(t.byReview.reduce((n, r) => n + r.points[0]!.total, 0)).toBe(edited().length);
    expect(t.earlierRoundsLeftOut).toEqual([{ date: THEN, sheet: "Q3 2025-26", of: "Q4 2025-26", count: edited().length }]);
    const sheetText = buildHistoryPlan(t, report).rows.flat().map((cell) => (cell && typeof cell === "object" && "value" in cell ? String(cell.value) : ""));
    expect(sheetText).toContain(`The report of 15 January 2026 counted sheet “Q3 2025-26”, an earlier round, beside sheet “Q4 2025-26”; its ${edited().length} actions are left out here, as the plan counts its latest round rated alone.`);
    // The list of recorded reports gives what the report recorded.
    expect(reportList({ snapshots: [report], unreadable: [], problems: [], newer: [], reasons: {}, releases: {} }).reports[0]!.total).toBe(2 * edited().length);
  });

  it("leaves out the whole earlier round such a report counted, a review renamed on the latest and one closed there included", () => {
    // Q3: the three reviews. Q4: Frankie given the pseudonym "Child F", Sam and Kyle closed (not carried forward), Leo as it was.
    const q3 = caseRows();
    const q4 = caseRows()
      .filter((r) => r[0] !== "Sam and Kyle")
      .map((r) => (r[0] === "Frankie" ? ["Child F", ...r.slice(1)] : r));
    const sheets = [plan("Q3 2025-26", q3), plan("Q4 2025-26", q4)];
    const bothCounted = analyseWorkbook({ sheets: sheets.map(sheetOf) }, settingsSchema.parse({ asOf: NOW, trackerSheets: ["Q3 2025-26", "Q4 2025-26"] }), TODAY);
    const report = recordSnapshot(bothCounted, meta(NOW));
    const analysis = analysisOf(sheets, NOW);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q4 2025-26"]);
    const c = compareSnapshots(report, liveSnapshot(analysis, report), "now", leftOutNow(analysis), [report]);
    expect(c.removed).toEqual([]);
    expect(c.noLongerCountedTwice.map((x) => [x.sheet, x.actions.length, x.round, x.whereabouts])).toEqual([["Q3 2025-26", q3.length, { repeated: q4.length }, "leftOut"]]);
    expect(changeNotes(c)).toContain(
      `Sheet “Q3 2025-26”, an earlier round of sheet “Q4 2025-26” that the report of 15 April 2026 counted beside it (${q3.length} actions, ${q4.length} of them repeated there), is now left out of the counts; its actions are not counted as removed.`,
    );
    const counted = unrecordedChanges(report, liveSnapshot(analysis, report), leftOutNow(analysis), [report]);
    expect(unrecordedChangesSentence(NOW, counted)).toBe(
      `The counts have changed since the report recorded for 15 April 2026, though the plan has not: ${q3.length} actions of another round's sheet are now left out of the counts, as the plan counts its latest round rated alone; record the report again to leave them out of its counts too.`,
    );
  });

  it.each([
    ["blank", null],
    ["blank but one cell's “TBC”, no rating", "TBC"],
  ])("measures moves from the round such a report rated, where it counted the next round's %s copy beside it", (_, firstCell) => {
    // "Q4 2025-26" copied forward from Q3 and not rated yet when the report was recorded, as teams do before a meeting.
    const blank = edited().map((r, i) => [...r.slice(0, RATING), i === 0 ? firstCell : null]);
    const bothCounted = analyseWorkbook({ sheets: [plan("Q3 2025-26", edited()), plan("Q4 2025-26", blank)].map(sheetOf) }, settingsSchema.parse({ asOf: THEN, trackerSheets: ["Q3 2025-26", "Q4 2025-26"] }), TODAY);
    const then = recordSnapshot(bothCounted, meta(THEN));
    // Rated since: Frankie 2 Green → Blue, the rest as on Q3.
    const q4 = edited().map((r) => [...r]);
    q4[indexOf(q4, "Frankie", 2)]![RATING] = "Blue";
    const analysis = analysisOf([plan("Q3 2025-26", edited()), plan("Q4 2025-26", q4)], NOW);
    const c = compareSnapshots(then, liveSnapshot(analysis, then), "now", leftOutNow(analysis), [then]);
    expect(c.moves.map((m) => `${m.after.review} ${m.after.ref} ${m.before.rating}→${m.after.rating}`)).toEqual(["Frankie 2 Green→Blue"]);
    expect([c.removed, c.added]).toEqual([[], []]);
    expect(changeNotes(c)).toContain(
      `The report of 15 January 2026 counted sheet “Q4 2025-26”, a later round not rated then, beside sheet “Q3 2025-26”; its ${blank.length} actions are left out of that report here, as the plan counts the latest round rated, so each action is compared once.`,
    );
    // RAG History counts that report by the round it rated.
    expect(trend([then]).totals[0]!.counts["Unrated"]).toBe(0);
  });

  it("a copy hidden instead is no longer counted, as any hidden sheet", () => {
    const then = recordSnapshot(analysisOf(withCopy(), THEN), meta(THEN));
    const analysis = analyseWorkbook({ sheets: [sheetOf(plan("Case Reviews", edited())), { ...sheetOf(plan(COPY, caseRows())), hidden: true }] }, settingsSchema.parse({ asOf: NOW }), TODAY);
    const c = compareSnapshots(then, liveSnapshot(analysis, then), "now", leftOutNow(analysis), [then]);
    expect(c.noLongerCountedTwice).toEqual([]);
    expect(c.noLongerCounted).toHaveLength(16);
    expect(c.removed).toEqual([]);
  });
});

// The peer review plan's rows (test/cli/planShapes.test.ts): a sheet with no review column, whose actions count under its name.
const PEER_HEADER = ["Category", "Rec No", "Recommendation", "Specific Actions", "Response", "RAG Rating"];
const peerRows = (): CellValue[][] => [
  ["Governance & Business Support Structures", 1, "Consider deputies on Strategic Group to bring strategic/operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Deputies are now core members of Strategic Group.", "Blue"],
  ["Governance & Business Support Structures", 2, "Multi-agency Safeguarding Hub (MASH) steering group subgroup - governance through LSCP", "The MASH Steering Group to become one of the LSCP Sub-Groups", "Terms of reference being drafted.", "G"],
  ["Shared Priorities/Engagement", 3, "Shared and agreed priorities across Partnerships in Thurrock", "Produce a Priorities Outcome Booklet which shows the priorities for the LSCP, SAB, CSP and HWBB.", "Meetings between all Board/Partnerships managers have taken place.", "A"],
  ["Shared Priorities/Engagement", 4, "Protocol to reduce duplication and streamline processes across partnership groups e.g. SARs/LSPRs/DHRs", "Develop a protocol across the partnerships in Thurrock", "A draft protocol and flowchart has been developed.", "A"],
  ["Learning and Improvement", 5, "Consider different models to involve frontline staff/schools e.g. learning hubs", "Consultation to be undertaken with front line staff and then the learning hub developed following the results", "Consultation schedule devised.", "G"],
  ["Learning and Improvement", 6, "Revise Learning and Improvement Framework", "The Learning and Practice Review Group to revise the Learning and Improvement Framework", "Framework in draft.", "A"],
  ["Quality Assurance and Data", 7, "Agree a multiagency dataset based on priority areas, plus regular reporting on safeguarding proxy indicators", "Look at collating a small selection of data across the Partnership", "Pilot data set designed.", "G"],
  ["Quality Assurance and Data", 8, "Develop different audit models - questionnaires, deep dives, quality conversations", "Undertake surveys in different areas, the first one around the Threshold Document.", "Audit schedule in draft.", "R"],
];

describe("a copy of a sheet with no review column", () => {
  it("is linked by the copy's name, so its actions are counted twice, not new", () => {
    const peer = (name: string, rows: CellValue[][]): Sheet => ({ name, header: PEER_HEADER, rows });
    const changed = peerRows();
    changed[2]![5] = "G";
    changed.splice(4, 1);
    const { live, recorded } = compared([plan("Case Reviews", caseRows()), peer("Peer Review", peerRows())], [plan("Case Reviews", caseRows()), peer("Peer Review", changed), peer("Peer Review (2)", peerRows())]);
    for (const c of [live, recorded]) {
      expect(c.added).toEqual([]);
      expect(c.removed).toEqual([]);
      expect(c.countedTwice.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([["Peer Review (2)", "Peer Review", 7]]);
      expect(c.heldOnlyByCopy.map((h) => `${h.before.sheet} ${h.before.ref} → ${h.after.sheet}`)).toEqual(["Peer Review 5 → Peer Review (2)"]);
      expect(c.moves.map((m) => `${m.after.sheet} ${m.after.ref}`)).toEqual(["Peer Review 3"]);
    }
  });

  it("but a sheet of other actions under no review, not named a copy, shares none with it", () => {
    const peer = (name: string, rows: CellValue[][]): Sheet => ({ name, header: PEER_HEADER, rows });
    const { live } = compared([peer("Peer Review", peerRows())], [peer("Peer Review", peerRows()), peer("Audit Plan", peerRows())]);
    expect(live.countedTwice).toEqual([]);
    expect(live.added).toHaveLength(8);
  });
});

describe("a sheet the actions were moved to is no copy", () => {
  it("Leo's actions moved to a visible archive sheet and closed are moves, as before", () => {
    const rows = caseRows();
    const leo = rows.filter((r) => r[0] === "Leo").map((r) => [...r.slice(0, RATING), "Blue"]);
    const { live, recorded } = compared([plan("Case Reviews", caseRows())], [plan("Case Reviews", rows.filter((r) => r[0] !== "Leo")), plan("Archive", leo)]);
    for (const c of [live, recorded]) {
      expect(c.countedTwice).toEqual([]);
      expect(c.heldOnlyByCopy).toEqual([]);
      expect(c.moves.map((m) => `${m.after.sheet}: ${m.after.review} ${m.after.ref} → ${m.after.rating}`)).toEqual(["Leo 1", "Leo 2", "Leo 3", "Leo 4", "Leo 5"].map((n) => `Archive: ${n} → Blue`));
    }
  });
});

describe("a copy of a sheet kept for one review, whose review is named as the sheet", () => {
  it("is linked by the copy's name, so its actions are counted twice, not new", () => {
    const leo = () => caseRows().filter((r) => r[0] === "Leo");
    const changed = leo();
    changed[1]![RATING] = "Red";
    const { live, recorded } = compared([plan("Leo", leo())], [plan("Leo", changed), plan("Leo (2)", leo())]);
    for (const c of [live, recorded]) {
      expect(c.added).toEqual([]);
      expect(c.countedTwice.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([["Leo (2)", "Leo", 5]]);
      expect(c.moves.map((m) => `${m.after.sheet} ${m.after.review} ${m.after.ref}`)).toEqual(["Leo Leo 2"]);
    }
  });
});

describe("Excel's copy of a plan's tab named for its year, the original edited since", () => {
  /** The delivery plan's real rows under its header, the actions numbered in `blue` rated Blue. */
  const deliveryPlan = (name: string, blue: string[] = []): Sheet => {
    const [, header, ...rows] = deliveryPlanSheet().values;
    return { name, header: header as string[], rows: rows.map((r) => (blue.includes(String(r[1])) ? [...r.slice(0, 6), "B"] : r)) };
  };
  const EDITED = ["1.4", "1.5", "2.6", "3.1"];

  it("compares the original, its moves told, and counts the copy twice: no later round, and no rename", () => {
    const { live, recorded } = compared([deliveryPlan("Delivery Plan 2019-20")], [deliveryPlan("Delivery Plan 2019-20", EDITED), deliveryPlan("Delivery Plan 2019-20 (2)")]);
    for (const c of [live, recorded]) {
      expect(c.moves.map((m) => `${m.after.sheet} ${m.after.ref} ${m.before.rating}→${m.after.rating}`)).toEqual(EDITED.map((no) => `Delivery Plan 2019-20 ${no} Green→Blue`));
      expect(c.countedTwice.map((x) => [x.sheet, x.of, x.actions.length])).toEqual([["Delivery Plan 2019-20 (2)", "Delivery Plan 2019-20", 101]]);
      expect([c.added, c.removed, c.renamedReviews]).toEqual([[], [], []]);
    }
    expect(changeSentence(live)).toBe("Since 15 January 2026: 4 actions moved to blue.");
  });
});
