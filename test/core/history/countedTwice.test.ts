/**
 * A differing copy of the tracker kept in the workbook before a big edit ("Case Reviews (2)"), then
 * the original edited (the tester's case, D5): compared with a report recorded before the copy was
 * taken, the copy's actions are counted twice, not new, and an action deleted from the original that
 * the copy still holds is said, not lost. Both ways a user meets the comparison: the plan now against
 * the report, and two recorded reports.
 */
import { describe, expect, it } from "vitest";
import { CASE_HEADER, NOW, RATING, THEN, analysisOf, caseRows, copy, indexOf, meta, type Sheet } from "../../helpers/caseReviewComparison";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { unrecordedChanges, unrecordedChangesSentence } from "../../../src/core/history/unrecordedChanges";
import { leftOutNow } from "../../../src/core/history/noLongerCounted";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import type { Snapshot } from "../../../src/core/history/snapshot";
import type { CellValue } from "../../../src/core/cells";

const COPY = "Case Reviews (2)";
const plan = (name: string, rows: CellValue[][]): Sheet => ({ name, header: CASE_HEADER, rows });
/** The tester's edit of the original after the copy was taken: Frankie 2 Amber → Green, Sam and Kyle 4 deleted. */
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

/** The counts add up: the earlier report's actions, plus those new, counted again and counted twice, less those removed and no longer counted, are the later side's. */
function addsUp(then: Snapshot, now: Snapshot, c: Changes): void {
  const twice = c.countedTwice.reduce((n, x) => n + x.actions.length, 0);
  expect(then.actions.length + c.added.length + c.countedAgain.length + twice - c.removed.length - c.noLongerCounted.length).toBe(now.actions.length);
  // By review, as "Changes by review" counts: the actions counted twice are in no group's count, so each review's earlier count, plus its new, less its removed, is its count now less its actions counted twice.
  const count = (list: readonly { review: string }[], review: string) => list.filter((a) => a.review === review).length;
  for (const g of c.byReview) {
    const twiceHere = c.countedTwice.flatMap((x) => x.actions).filter((a) => a.review === g.name).length;
    expect(count(then.actions, g.name) + g.added - g.removed).toBe(count(now.actions, g.name) - twiceHere);
  }
  const inCategory = (list: readonly { category: string }[], category: string) => list.filter((a) => a.category === category).length;
  for (const g of c.byCategory) {
    const twiceHere = inCategory(c.countedTwice.flatMap((x) => x.actions), g.name);
    expect(inCategory(then.actions, g.name) + g.added - g.removed).toBe(inCategory(now.actions, g.name) - twiceHere);
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
    expect(changeSentence(live)).toBe("Since 15 January 2026: 1 action improved to green; 13 actions with no progress reported; 14 actions newly not updated for more than 90 days; 3 newly overdue.");
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
