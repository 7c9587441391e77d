/**
 * Actions now under another review: one row's review mistyped, part of a
 * review renamed, a review split, closed actions moved to a sheet with no Review column. Each is the
 * same action, said for what happened, never a rename it was not; "Changes by review" counts it as
 * removed from one review and new to the other, so each review's counts add up to RAG History's. A
 * templated action deleted from one review beside a new review worded from the same template stays
 * removed and new.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { changeNotes } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { buildHistoryPlan, reviewNotes } from "../../../src/core/history/historyPlan";
import { reviewLineages } from "../../../src/core/history/reviewLineage";
import { formerNamesInPackNote } from "../../../src/core/history/formerNames";
import { trend } from "../../../src/core/history/trend";
import { sealSnapshot, type Snapshot } from "../../../src/core/history/snapshot";
import { groupingKey } from "../../../src/core/text";
import { deliveryPlanSheet } from "../../fixtures/deliveryPlan";
import { DELIVERY_HEADER, DELIVERY_PLAN } from "../../../scripts/sample/deliveryPlan";
import type { CellRange } from "../../../src/core/cells";
import { CASE_HEADER, NOW, PROGRESS, RATING, analysisOf, caseRows, caseSheet, compare, compareBoth, d, indexOf, meta, none, type Sheet } from "../../helpers/caseReviewComparison";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import type { SheetPlan } from "../../../src/core/writePlan";

const renamedRows = (rename: (review: string, n: number) => string) =>
  caseRows().map((r) => {
    r[0] = rename(r[0] as string, r[1] as number);
    return r;
  });

/** Each review's count at the earlier report (under its name then, where renamed), plus its new, less its removed, is its count at the later one. */
function expectCountsAddUp(c: Changes, [then, now]: Snapshot[]) {
  const nameThen = (name: string) => c.renamedReviews.find((r) => groupingKey(r.to) === groupingKey(name))?.from ?? name;
  const size = (s: Snapshot, name: string) => s.actions.filter((a) => groupingKey(a.review) === groupingKey(name)).length;
  for (const g of c.byReview) expect([g.name, size(then!, nameThen(g.name)) + g.added - g.removed]).toEqual([g.name, size(now!, g.name)]);
}

const moved = (c: Changes) => c.movedBetweenReviews.map(({ before, after }) => `${before.review} ${before.ref}→${after.review} ${after.ref}`);
/** `changes --json` of the comparison, as validated by its schema. */
const json = (c: Changes) => changesJsonSchema.parse(toChangesJson({ changes: c, sentence: "", notes: changeNotes(c), problems: [] })).changes;
const counts = (c: Changes) => c.byReview.map((g) => `${g.name} +${g.added} -${g.removed}`);

describe("an action whose review cell alone changed", () => {
  it("one row's review mistyped (Frankie 3 as “Franki”) is the same action, said moved to that review", () => {
    const rows = renamedRows((review, n) => (review === "Frankie" && n === 3 ? "Franki" : review));
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual(none);
    const { live, recorded, reports } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
    expect(moved(live)).toEqual(["Frankie 3→Franki 3"]);
    expect(changeNotes(live)[0]).toBe(
      "Frankie 3 is now under the review “Franki”, so “Changes by review” counts it as removed from “Frankie” and new to “Franki”, though it keeps its rating history; check the review's name on row 4 of “Case Reviews”.",
    );
    expect(counts(live)).toEqual(["Frankie +0 -1", "Franki +1 -0", "Sam and Kyle +0 -0", "Leo +0 -0"]);
    expect(json(live).movedBetweenReviews?.map((m) => [m.before.review, m.after.review, m.after.id])).toEqual([["Frankie", "Franki", "Frankie#3"]]);
    expectCountsAddUp(recorded, reports);
    // Recorded, it keeps its identity, so the next report follows it as one action.
    expect(reports[1]!.actions.find((a) => a.review === "Franki")?.id).toBe("Frankie#3");
  });

  it("the typo put right at the next report moves it back", () => {
    const typo = renamedRows((review, n) => (review === "Frankie" && n === 3 ? "Franki" : review));
    const { live } = compareBoth(caseSheet(typo), caseSheet(caseRows()));
    expect([live.added, live.removed, moved(live)]).toEqual([[], [], ["Franki 3→Frankie 3"]]);
    expect(changeNotes(live)[0]).toBe(
      "Franki 3 is now under the review “Frankie”, so “Changes by review” counts it as removed from “Franki” and new to “Frankie”, though it keeps its rating history.",
    );
  });

  it("three of Leo's five actions under “Child Leo” are the same actions", () => {
    const rows = renamedRows((review, n) => (review === "Leo" && n <= 3 ? "Child Leo" : review));
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual(none);
    const { live, recorded, reports } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
    expect(moved(live)).toEqual(["Leo 1→Child Leo 1", "Leo 2→Child Leo 2", "Leo 3→Child Leo 3"]);
    expect(changeNotes(live)[0]).toBe(
      "Leo 1, Leo 2 and Leo 3 are now under the review “Child Leo”; they keep their rating history, and “Changes by review” counts them as removed from “Leo” and new to “Child Leo”.",
    );
    expect(live.byReview.find((g) => g.name === "Child Leo")).toMatchObject({ added: 3, removed: 0 });
    expectCountsAddUp(recorded, reports);
  });

  it("Frankie renamed “Frankie (CSPR)” on every row but Frankie 5's, as a fill over a filtered list leaves it: the row the rename missed is named", () => {
    const rows = renamedRows((review, n) => (review === "Frankie" && n !== 5 ? "Frankie (CSPR)" : review));
    const { live, recorded, reports } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
    expect(live.renamedButForRows.map((r) => [r.from, r.to, r.rows.map((a) => `${a.sheet}!${a.row}`)])).toEqual([["Frankie", "Frankie (CSPR)", ["Case Reviews!6"]]]);
    expect(changeNotes(live)[0]).toBe(
      "Frankie 1, Frankie 2, Frankie 3 and 2 more are now under the review “Frankie (CSPR)”; they keep their rating history, and “Changes by review” counts them as removed from “Frankie” and new to “Frankie (CSPR)”. Only row 6 of “Case Reviews” (Frankie 5) is still under “Frankie”: if the review was renamed, give that row its new name too, so it is counted as one review.",
    );
    expectCountsAddUp(recorded, reports);
    // Put right, the next report finds the rename.
    const { live: next } = compareBoth(caseSheet(caseRows()), caseSheet(renamedRows((review) => (review === "Frankie" ? "Frankie (CSPR)" : review))));
    expect([next.renamedReviews, next.renamedButForRows]).toEqual([[{ from: "Frankie", to: "Frankie (CSPR)" }], []]);
  });

  it("part of a review moved to a new one, with more of it left than a rename would miss, names no row", () => {
    const rows = renamedRows((review, n) => (review === "Frankie" && n <= 3 ? "Frankie (CSPR)" : review));
    const { live } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
    expect([moved(live).length, live.renamedButForRows]).toEqual([3, []]);
  });

  it("a row whose review is mistyped and rated afresh the same quarter stays removed and new: the rest of the row must be as it was", () => {
    const rows = renamedRows((review, n) => (review === "Frankie" && n === 6 ? "Franki" : review));
    rows.find((r) => r[0] === "Franki")![RATING] = "Green";
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual({ ...none, added: ["Franki 6 Green"], removed: ["Frankie 6 Red"] });
  });

  it("Leo renamed “Child Leo” with one row typed “Chld Leo” is a rename, that row said moved, and RAG History follows Leo", () => {
    const rows = renamedRows((review, n) => (review === "Leo" ? (n === 5 ? "Chld Leo" : "Child Leo") : review));
    const { live, recorded, reports } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
    for (const c of [live, recorded]) expect([c.renamedReviews, c.splitReviews]).toEqual([[{ from: "Leo", to: "Child Leo" }], []]);
    expect(moved(live)).toEqual(["Leo 5→Chld Leo 5"]);
    expect(changeNotes(live).slice(0, 2)).toEqual([
      "“Leo” is now named “Child Leo”; its actions are compared as the same review.",
      "Leo 5 is now under the review “Chld Leo”, so “Changes by review” counts it as removed from “Leo” and new to “Chld Leo”, though it keeps its rating history; check the review's name on row 17 of “Case Reviews”.",
    ]);
    expectCountsAddUp(recorded, reports);
    expect(reviewLineages(reports).map((l) => [l.name, l.formerNames.map((f) => f.name)])).toEqual([
      ["Frankie", []],
      ["Sam and Kyle", []],
      ["Child Leo", ["Leo"]],
      ["Chld Leo", []],
    ]);
  });

  it("Leo's blank Review cells read as “Sam and Kyle”, which holds actions of those numbers already: removed and new, as before", () => {
    const rows = renamedRows((review) => (review === "Leo" ? "Sam and Kyle" : review));
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual({
      ...none,
      added: ["Sam and Kyle 1 Amber", "Sam and Kyle 2 Green", "Sam and Kyle 3 Green", "Sam and Kyle 4 Red", "Sam and Kyle 5 Amber"],
      removed: ["Leo 1 Amber", "Leo 2 Green", "Leo 3 Green", "Leo 4 Red", "Leo 5 Amber"],
    });
  });

  it("five of Frankie's six actions under a new review are named three and “2 more”, and the one left is named as a rename may have missed it", () => {
    const rows = renamedRows((review, n) => (review === "Frankie" && n <= 5 ? "Frankie (2025)" : review));
    const { live } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
    expect(moved(live)).toHaveLength(5);
    expect(changeNotes(live)[0]).toBe(
      "Frankie 1, Frankie 2, Frankie 3 and 2 more are now under the review “Frankie (2025)”; they keep their rating history, and “Changes by review” counts them as removed from “Frankie” and new to “Frankie (2025)”. Only row 7 of “Case Reviews” (Frankie 6) is still under “Frankie”: if the review was renamed, give that row its new name too, so it is counted as one review.",
    );
  });

  it("all of Leo's actions under “Child Leo” is a rename, as before", () => {
    const rows = renamedRows((review) => (review === "Leo" ? "Child Leo" : review));
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual({ ...none, renamed: [{ from: "Leo", to: "Child Leo" }] });
    const { live } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
    expect([live.movedBetweenReviews, live.splitReviews, live.reviewsMovedToSheet]).toEqual([[], [], []]);
    // The document of a plan with none is as it was.
    expect(Object.keys(json(live)).filter((k) => ["movedBetweenReviews", "splitReviews", "reviewsMovedToSheet"].includes(k))).toEqual([]);
    expect(changeNotes(live)[0]).toBe("“Leo” is now named “Child Leo”; its actions are compared as the same review.");
  });
});

describe("a review parted otherwise than by a rename", () => {
  it("“Sam and Kyle” split into “Sam” and “Kyle” is said as a split, not as a rename to one of them", () => {
    const rows = renamedRows((review, n) => (review === "Sam and Kyle" ? (n <= 3 ? "Sam" : "Kyle") : review));
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual(none);
    const { live, recorded, reports } = compareBoth(caseSheet(caseRows()), caseSheet(rows));
    expect(live.splitReviews).toEqual([{ from: "Sam and Kyle", to: ["Sam", "Kyle"] }]);
    expect(changeNotes(live)[0]).toBe(
      "“Sam and Kyle” is now split into “Sam” and “Kyle”; its actions keep their rating history, and “Changes by review” counts each as removed from “Sam and Kyle” and new to the review it is under now.",
    );
    expect(changeNotes(live)).toHaveLength(1);
    expectCountsAddUp(recorded, reports);
    expect(reviewNotes(trend(reports).byReview.find((r) => r.name === "Sam and Kyle")!)).toEqual([
      "A dash marks a report at which this review was no longer in the plan by its name: at the report of 15 April 2026 its actions were split between “Sam” and “Kyle”.",
    ]);
    expect(reviewLineages(reports).map((l) => [l.name, l.formerNames])).toEqual([
      ["Frankie", []],
      ["Sam and Kyle", []],
      ["Leo", []],
      ["Sam", []],
      ["Kyle", []],
    ]);
  });

  it("Leo's closed actions moved to a sheet with no Review column are said moved there, not renamed, and their moves to blue reported", () => {
    const rows = caseRows();
    const leo = rows.filter((r) => r[0] === "Leo").map((r) => [...r.slice(1, RATING), "Blue"]);
    const sheets: Sheet[] = [...caseSheet(rows.filter((r) => r[0] !== "Leo")), { name: "Completed actions", header: CASE_HEADER.slice(1), rows: leo }];
    const c = compare(caseSheet(caseRows()), sheets);
    expect(c.renamed).toEqual([]);
    expect(c.moves).toEqual(["Leo 1→1 Amber→Blue", "Leo 2→2 Green→Blue", "Leo 3→3 Green→Blue", "Leo 4→4 Red→Blue", "Leo 5→5 Amber→Blue"]);
    const { live, recorded, reports } = compareBoth(caseSheet(caseRows()), sheets);
    expect(live.reviewsMovedToSheet).toEqual([{ from: "Leo", sheet: "Completed actions" }]);
    expect(changeNotes(live)[0]).toBe(
      "The actions of “Leo” are now on the sheet “Completed actions”, which names no review for them, so they are counted under the sheet's name; they keep their rating history, and “Changes by review” counts them as removed from “Leo” and new to “Completed actions”.",
    );
    expect(live.byReview.find((g) => g.name === "Completed actions")).toMatchObject({ improved: 5, added: 5 });
    expectCountsAddUp(recorded, reports);
    // RAG History says where Leo's actions went, not that they left the plan.
    expect(reviewNotes(trend(reports).byReview.find((r) => r.name === "Leo")!)).toEqual([
      "A dash marks a report at which this review was no longer in the plan by its name: at the report of 15 April 2026 its actions were on the sheet “Completed actions”, counted under the sheet's name.",
    ]);
  });
});

describe("a templated action is never moved from one review to another", () => {
  const SHARE = "Share the learning from this review with all partners.";
  const share = (review: string, rag: string, progress: string): CellValue[] => [review, 1, "Learning", "Learning from the review to be shared across the partnership.", SHARE, progress, "LSCP Business Team", d("2026-06-30"), d("2026-01-05"), rag];
  const mia = (n: number, text: string): CellValue[] => ["Mia", n, "Information sharing", `Recommendation ${n} of Mia.`, text, "Not started.", "Health", d("2026-09-30"), d("2026-04-01"), "Amber"];
  /** The plan with Leo's first action worded from the template (Blue: shared), and Frankie's too where asked. */
  const templated = (frankieToo: boolean) =>
    caseRows().map((r) => (r[0] === "Leo" && r[1] === 1 ? share("Leo", "Blue", "Shared at the LSCP conference.") : frankieToo && r[0] === "Frankie" && r[1] === 1 ? share("Frankie", "Green", "Briefing drafted.") : r));

  it("a whole review deleted beside a new one whose standard first action is worded as the deleted one's: removed and new", () => {
    const rows = [...templated(false).filter((r) => r[0] !== "Leo"), share("Mia", "Red", "Not started."), mia(2, "Review the health visiting pathway for new birth visits.")];
    expect(compare(caseSheet(templated(false)), caseSheet(rows))).toEqual({
      ...none,
      added: ["Mia 1 Red", "Mia 2 Amber"],
      removed: ["Leo 1 Blue", "Leo 2 Green", "Leo 3 Green", "Leo 4 Red", "Leo 5 Amber"],
    });
  });

  it("a new review's standard first action, beside actions of its own, never takes the rating of one deleted from a review still there", () => {
    const rows = [...templated(false).filter((r) => !(r[0] === "Leo" && r[1] === 1)), share("Mia", "Red", "Not started."), mia(2, "Review the health visiting pathway for new birth visits.")];
    expect(compare(caseSheet(templated(false)), caseSheet(rows))).toEqual({ ...none, added: ["Mia 1 Red", "Mia 2 Amber"], removed: ["Leo 1 Blue"] });
  });

  it("two reviews that both keep the templated action: the one deleted from Leo never goes to a new review worded alike", () => {
    // Mia's only action: the shape of a mistyped review, told apart only because the wording is on the sheet twice.
    const rows = [...templated(true).filter((r) => !(r[0] === "Leo" && r[1] === 1)), share("Mia", "Red", "Not started.")];
    expect(compare(caseSheet(templated(true)), caseSheet(rows))).toEqual({ ...none, added: ["Mia 1 Red"], removed: ["Leo 1 Blue"] });
  });

  it("a review's standard actions deleted beside a new review of the same standard actions alone, rated afresh: removed and new", () => {
    const STANDARD = ["Share the learning from this review with all partners.", "Publish a 7-minute briefing on the review.", "Audit the impact of the learning after six months."];
    const standard = (review: string, n: number, rag: string): CellValue[] => [review, n, "Learning", "Standard learning actions for every review.", STANDARD[n - 1]!, "Progress.", "LSCP Business Team", d("2026-06-30"), d("2026-01-05"), rag];
    const leoOwn = caseRows().filter((r) => r[0] === "Leo").map((r) => {
      const x = [...r];
      x[1] = (x[1] as number) + 3;
      return x;
    });
    const then = [...caseRows().filter((r) => r[0] !== "Leo"), standard("Leo", 1, "Blue"), standard("Leo", 2, "Blue"), standard("Leo", 3, "Green"), ...leoOwn];
    const now = [...then.filter((r) => !(r[0] === "Leo" && (r[1] as number) <= 3)), standard("Mia", 1, "Red"), standard("Mia", 2, "Red"), standard("Mia", 3, "Amber")];
    expect(compare(caseSheet(then), caseSheet(now))).toEqual({ ...none, added: ["Mia 1 Red", "Mia 2 Red", "Mia 3 Amber"], removed: ["Leo 1 Blue", "Leo 2 Blue", "Leo 3 Green"] });
  });

  it("an action deleted from one review and one added to another review already there stay removed and new", () => {
    // Frankie 6 (Red) deleted; Leo 6, worded alike, added not started: two reviews in both reports, so no move.
    const rows = caseRows();
    const f6 = rows.splice(indexOf(rows, "Frankie", 6), 1)[0]!;
    rows.push(["Leo", ...f6.slice(1, RATING), "Amber"]);
    expect(compare(caseSheet(caseRows()), caseSheet(rows))).toEqual({ ...none, added: ["Leo 6 Amber"], removed: ["Frankie 6 Red"] });
  });
});

describe("actions moved between two sheets that name no review", () => {
  // Frankie's actions on "Open actions", with no Review column, so each sheet's actions are counted under its name, as most teams keep them.
  const open = () => caseRows().filter((r) => r[0] === "Frankie").map((r) => r.slice(1));
  const closedEarlier = ["7", "Thresholds and escalations", "Escalation to be recorded.", "Record every escalation on the child's file.", "Recorded since 2025.", "LSCP Business Team", d("2025-06-30"), d("2025-07-01"), "Blue"];
  const sheets = (openRows: CellValue[][], closedRows: CellValue[][]): Sheet[] => [
    { name: "Open actions", header: CASE_HEADER.slice(1), rows: openRows },
    { name: "Closed actions", header: CASE_HEADER.slice(1), rows: closedRows },
  ];
  const closing = (closedToo: CellValue[][]) => {
    const rows = open();
    const done = rows.filter((r) => r[0] === 1 || r[0] === 3).map((r) => [...r.slice(0, RATING - 1), "Blue"]);
    return { then: sheets(open(), closedToo), now: sheets(rows.filter((r) => r[0] !== 1 && r[0] !== 3), [...closedToo, ...done]) };
  };

  it("completed actions cut from “Open actions” and pasted under “Closed actions” are the same actions, their moves to blue reported", () => {
    const { then, now } = closing([closedEarlier]);
    expect(compare(then, now)).toEqual({ ...none, moves: ["Open actions 1→1 Green→Blue", "Open actions 3→3 Green→Blue"] });
    const { live, recorded, reports } = compareBoth(then, now);
    expect(moved(live)).toEqual(["Open actions 1→Closed actions 1", "Open actions 3→Closed actions 3"]);
    expect(changeNotes(live)[0]).toBe(
      "Actions 1 and 3 have moved from the sheet “Open actions” to the sheet “Closed actions”; they keep their rating history, and “Changes by review” counts them as removed from “Open actions” and new to “Closed actions”.",
    );
    expect(counts(live)).toEqual(["Open actions +0 -2", "Closed actions +2 -0"]);
    expectCountsAddUp(recorded, reports);
  });

  it("so too where “Closed actions” held no action at the earlier report", () => {
    const { then, now } = closing([]);
    expect(compare(then, now)).toEqual({ ...none, moves: ["Open actions 1→1 Green→Blue", "Open actions 3→3 Green→Blue"] });
  });

  it("an action closed as no longer needed, moved still Green with its progress column left behind, is the same action", () => {
    const rows = open();
    const superseded = rows.splice(0, 1)[0]!;
    const closedHeader = CASE_HEADER.slice(1).filter((h) => h !== "Progress Update");
    const then: Sheet[] = [{ name: "Open actions", header: CASE_HEADER.slice(1), rows: open() }, { name: "Closed actions", header: closedHeader, rows: [] }];
    const now: Sheet[] = [then[0]!, { name: "Closed actions", header: closedHeader, rows: [superseded.filter((_, i) => i !== PROGRESS - 1)] }];
    now[0] = { ...then[0]!, rows };
    expect(compare(then, now)).toEqual(none);
    expect(moved(compareBoth(then, now).live)).toEqual(["Open actions 1→Closed actions 1"]);
  });

  it("completed actions cut from a sheet with a Review column to one without are the same actions, said moved to a sheet that names no review", () => {
    const rows = caseRows();
    const done = rows.filter((r) => r[0] === "Leo" && (r[1] === 1 || r[1] === 4));
    const closed = (extra: CellValue[][]): Sheet => ({ name: "Closed actions", header: CASE_HEADER.slice(1), rows: [closedEarlier, ...extra] });
    const then = [...caseSheet(caseRows()), closed([])];
    const now = [...caseSheet(rows.filter((r) => !done.includes(r))), closed(done.map((r) => [...r.slice(1, RATING), "Blue"]))];
    expect(compare(then, now)).toEqual({ ...none, moves: ["Leo 1→1 Amber→Blue", "Leo 4→4 Red→Blue"] });
    expect(changeNotes(compareBoth(then, now).live)[0]).toBe(
      "Leo 1 and Leo 4 have moved from the sheet “Case Reviews” to the sheet “Closed actions”, which names no review for them, so they are counted under its name; they keep their rating history, and “Changes by review” counts them as removed from “Leo” and new to “Closed actions”.",
    );
  });

  it("an action deleted from one sheet beside one worded alike on another, rated afresh and not complete, stays removed and new", () => {
    const rows = open();
    const [first] = rows.splice(0, 1);
    const then = sheets(open(), [closedEarlier]);
    const now = sheets(rows, [closedEarlier, [...first!.slice(0, RATING - 1), "Red"]]);
    expect(compare(then, now)).toEqual({ ...none, added: ["Closed actions 1 Red"], removed: ["Open actions 1 Green"] });
  });
});

describe("completed actions cut from the delivery plan to a sheet without its Objective column", () => {
  // The delivery plan's real rows, each objective merged down its actions' rows as the plan prints it; `cut` left out, `rated` rated anew.
  const plan = (cut: string[] = [], rated: Record<string, string> = {}): Sheet => {
    const rows: CellValue[][] = [];
    const merges: CellRange[] = [];
    for (const aim of DELIVERY_PLAN) {
      rows.push([aim.title]);
      for (const { objective, actions } of aim.objectives) {
        const kept = actions.filter(([no]) => !cut.includes(no));
        // Rows count from the header's row 1: the next row pushed is row rows.length + 2.
        if (kept.length > 1) merges.push({ top: rows.length + 2, left: 1, bottom: rows.length + 1 + kept.length, right: 1 });
        kept.forEach(([no, action, measure, timeScale, lead, rating], i) => rows.push([i === 0 ? objective : null, no, action, measure, timeScale, lead, rated[no] ?? (rating === "" ? null : rating)]));
      }
    }
    return { name: "Delivery Plan 2019-20", header: DELIVERY_HEADER, rows, merges };
  };
  const actionOf = (no: string) => DELIVERY_PLAN.flatMap((aim) => aim.objectives.flatMap((o) => o.actions)).find((a) => a[0] === no)!;
  // Pasted with their number, action, measure, time scale and lead, but not their objective, rated Blue.
  const completed = (rows: CellValue[][]): Sheet => ({ name: "Completed Actions", header: DELIVERY_HEADER.slice(1), rows });
  const pasted = (no: string, timeScale?: string) => {
    const [, action, measure, due, lead] = actionOf(no);
    return [no, action, measure, timeScale ?? due, lead, "B"];
  };

  it("are the same actions, their moves to blue reported and their move between sheets said", () => {
    // 1.1 was Blue already; 1.4 ("As per training cycle", no date) and 2.6 ("September 2019") were Green.
    const cut = ["1.1", "1.4", "2.6"];
    const then = [plan()];
    const now = [plan(cut), completed(cut.map((no) => pasted(no)))];
    expect(compare(then, now)).toEqual({ ...none, moves: ["Delivery Plan 2019-20 1.4→1.4 Green→Blue", "Delivery Plan 2019-20 2.6→2.6 Green→Blue"] });
    const { live, recorded, reports } = compareBoth(then, now);
    expect(moved(live)).toEqual(["Delivery Plan 2019-20 1.1→Completed Actions 1.1", "Delivery Plan 2019-20 1.4→Completed Actions 1.4", "Delivery Plan 2019-20 2.6→Completed Actions 2.6"]);
    expect(changeNotes(live)[0]).toBe(
      "Actions 1.1, 1.4 and 2.6 have moved from the sheet “Delivery Plan 2019-20” to the sheet “Completed Actions”; they keep their rating history, and “Changes by review” counts them as removed from “Delivery Plan 2019-20” and new to “Completed Actions”.",
    );
    expect(counts(live)).toEqual(["Delivery Plan 2019-20 +0 -3", "Completed Actions +3 -0"]);
    expectCountsAddUp(recorded, reports);
  });

  it("a recurring action deleted from the plan beside one of its number and wording due another year stays removed and new", () => {
    // 2.4 "Receive and review Annual Report from LADO", due October 2019, deleted; next year's, due October 2020, complete on the other sheet.
    const then = [plan()];
    const now = [plan(["2.4"]), completed([pasted("2.4", "October 2020")])];
    expect(compare(then, now)).toEqual({ ...none, added: ["Completed Actions 2.4 Blue"], removed: ["Delivery Plan 2019-20 2.4 Blue"] });
  });

  it("an action pasted with its number but another action's wording stays removed and new", () => {
    // 2.5 cut, but pasted with the wording of 2.4, which stays in the plan: the number alone pairs nothing.
    const [no, , measure, due, lead] = actionOf("2.5");
    const then = [plan()];
    const now = [plan(["2.5"]), completed([[no, actionOf("2.4")[1], measure, due, lead, "B"]])];
    expect(compare(then, now)).toEqual({ ...none, added: ["Completed Actions 2.5 Blue"], removed: ["Delivery Plan 2019-20 2.5 Blue"] });
  });

  it("an action cut while another row of the plan keeps its number and wording stays removed and new", () => {
    // 2.6 is cut to the sheet, and a copy of it, Green, is typed further down the plan: which is which cannot be told.
    const copyRow = (() => {
      const [no, action, measure, due, lead] = actionOf("2.6");
      return [null, no, action, measure, due, lead, "G"];
    })();
    const then = [{ ...plan(), rows: [...plan().rows, copyRow] }];
    const now = [{ ...plan(["2.6"]), rows: [...plan(["2.6"]).rows, copyRow] }, completed([pasted("2.6")])];
    expect(compare(then, now).added).toEqual(["Completed Actions 2.6 Blue"]);
  });
});

describe("a sheet per quarter, the next quarter's added", () => {
  const quarter = (name: string, ratings: string[]): Sheet => ({
    name,
    header: CASE_HEADER.slice(1),
    rows: caseRows().filter((r) => r[0] === "Frankie").map((r, i) => [...r.slice(1, RATING), ratings[i]!]),
  });

  it("compares this quarter's sheet with the last, the one each report counted, and says the latest round moved on", () => {
    const q1 = quarter("Q1 2026-27", ["Red", "Red", "Amber", "Amber", "Red", "Red"]);
    const q2 = quarter("Q2 2026-27", ["Amber", "Amber", "Green", "Green", "Amber", "Red"]);
    const q3 = quarter("Q3 2026-27", ["Blue", "Amber", "Green", "Blue", "Amber", "Amber"]);
    const c = compare([q1, q2], [q1, q2, q3]);
    expect([c.moves, c.added, c.removed]).toEqual([["Q2 2026-27 1→1 Amber→Blue", "Q2 2026-27 4→4 Green→Blue", "Q2 2026-27 6→6 Red→Amber"], [], []]);
    expect(changeNotes(compareBoth([q1, q2], [q1, q2, q3]).live)[0]).toBe("The latest round is now “Q3 2026-27”, where it was “Q2 2026-27”; its actions are compared with that round's.");
  });

  it("says the latest round moved on where last quarter's tab is kept beside it, and a rename where the tab was renamed", () => {
    const q1 = quarter("Q1 2026-27", ["Red", "Red", "Amber", "Amber", "Red", "Red"]);
    const q2 = quarter("Q2 2026-27", ["Amber", "Amber", "Green", "Green", "Amber", "Red"]);
    const notes = (now: Sheet[]) => changeNotes(compareBoth([q1], now).live, { sheets: analysisOf(now, NOW).sheets });
    expect(notes([q1, q2])[0]).toBe("The latest round is now “Q2 2026-27”, where it was “Q1 2026-27”; its actions are compared with that round's.");
    expect(notes([q2])[0]).toBe("“Q1 2026-27” is now named “Q2 2026-27”; its actions are compared as the same review.");
  });

  it("between two recorded reports, says the latest round moved on where the later report kept last quarter's tab beside it, deleted since", () => {
    const q1 = quarter("Q1 2026-27", ["Red", "Red", "Amber", "Amber", "Red", "Red"]);
    const q2 = quarter("Q2 2026-27", ["Amber", "Amber", "Green", "Green", "Amber", "Red"]);
    // Q1's tab is gone from the workbook now: only the later report knows it was kept beside Q2.
    const sheetsNow = analysisOf([q2], NOW).sheets;
    const kept = compareBoth([q1], [q1, q2]);
    expect(kept.reports[1]!.roundTabsLeftOut).toEqual(["Q1 2026-27"]);
    expect(changeNotes(kept.recorded, { sheets: sheetsNow })[0]).toBe("The latest round is now “Q2 2026-27”, where it was “Q1 2026-27”; its actions are compared with that round's.");
    // The tab renamed for the next quarter is still a rename.
    const renamed = compareBoth([q1], [q2]);
    expect(renamed.reports[1]!.roundTabsLeftOut).toBeUndefined();
    expect(changeNotes(renamed.recorded, { sheets: sheetsNow })[0]).toBe("“Q1 2026-27” is now named “Q2 2026-27”; its actions are compared as the same review.");
    // A later report recorded before the tabs were kept is read as it was, by the workbook's sheets now.
    const { seal: _seal, roundTabsLeftOut: _tabs, ...rest } = kept.reports[1]!;
    const older = sealSnapshot(rest);
    expect(changeNotes(compareSnapshots(kept.reports[0]!, older), { sheets: sheetsNow })[0]).toBe("“Q1 2026-27” is now named “Q2 2026-27”; its actions are compared as the same review.");
    expect(changeNotes(compareSnapshots(kept.reports[0]!, older), { sheets: analysisOf([q1, q2], NOW).sheets })[0]).toBe(
      "The latest round is now “Q2 2026-27”, where it was “Q1 2026-27”; its actions are compared with that round's.",
    );
  });

  it("follows the plan into a round that grew to more than twice its actions, every move reported and nothing removed", () => {
    const q1 = quarter("Q1 2026-27", ["Red", "Red", "Amber", "Amber", "Red", "Red"]);
    const added = caseRows().filter((r) => r[0] !== "Frankie").map((r, i) => [i + 7, ...r.slice(2, RATING), "Amber"]);
    const q2: Sheet = { ...quarter("Q2 2026-27", ["Amber", "Red", "Green", "Green", "Amber", "Red"]), rows: [...quarter("Q2 2026-27", ["Amber", "Red", "Green", "Green", "Amber", "Red"]).rows, ...added] };
    const c = compare([q1], [q1, q2]);
    expect([c.moves.length, c.added.length, c.removed]).toEqual([4, added.length, []]);
    expect(changeNotes(compareBoth([q1], [q1, q2]).live)[0]).toBe("The latest round is now “Q2 2026-27”, where it was “Q1 2026-27”; its actions are compared with that round's.");
  });
});

describe("a plan's one tab renamed for another year", () => {
  // The delivery plan's real rows, under its header; 13.5 set to Red since.
  const plan = (name: string, red = false): Sheet => {
    const [, header, ...rows] = deliveryPlanSheet().values;
    return { name, header: header as string[], rows: rows.map((r) => (red && r[1] === "13.5" ? [...r.slice(0, 6), "Red"] : r)) };
  };
  const packText = (plan: SheetPlan) => plan.rows.flatMap((r) => (r[0]?.kind === "text" ? [r[0].value] : []));

  it("is a rename where the earlier year's tab is gone, said alike by changes, the pack and RAG History", () => {
    const nowSheets = [plan("Delivery Plan 2026-27", true)];
    const { live, recorded, reports } = compareBoth([plan("Delivery Plan 2019-20")], nowSheets);
    const analysis = analysisOf(nowSheets, NOW);
    const said = "“Delivery Plan 2019-20” is now named “Delivery Plan 2026-27”; its actions are compared as the same review.";
    expect([changeNotes(live, { sheets: analysis.sheets })[0], changeNotes(recorded, { sheets: analysis.sheets })[0]]).toEqual([said, said]);
    expect(packText(buildPackPlan(analysis, live))).toContain(said);
    expect(live.moves.map((m) => `${m.before.ref} ${m.before.rating}→${m.after.rating}`)).toEqual(["13.5 Amber→Red"]);
    expect(reviewNotes(trend(reports).byReview.find((r) => r.name === "Delivery Plan 2026-27")!)).toEqual(["Named “Delivery Plan 2019-20” up to the report of 15 January 2026."]);
  });
});

describe("the plan copied forward a year, on tabs with no Review column", () => {
  // The delivery plan's real rows, under its header; 13.5 set to Red on the later year's tab.
  const plan = (name: string, red = false): Sheet => {
    const [, header, ...rows] = deliveryPlanSheet().values;
    return { name, header: header as string[], rows: rows.map((r) => (red && r[1] === "13.5" ? [...r.slice(0, 6), "Red"] : r)) };
  };
  const packText = (plan: SheetPlan) => plan.rows.flatMap((r) => (r[0]?.kind === "text" ? [r[0].value] : []));
  const renameSaid = (notes: string[]) => notes.filter((n) => n.includes("is now named"));

  it("with the earlier year's tab kept beside it, says the latest round moved on under the name the tabs share, not a rename, alike in changes, the pack and RAG History", () => {
    const nowSheets = [plan("Delivery Plan 2019-20"), plan("Delivery Plan 2020-21", true)];
    const { live, recorded, reports } = compareBoth([plan("Delivery Plan 2019-20")], nowSheets);
    const analysis = analysisOf(nowSheets, NOW);
    const said =
      "The latest round is now “Delivery Plan 2020-21”, where it was “Delivery Plan 2019-20”; the plan's actions are counted under “Delivery Plan”, the name its round tabs share besides their periods, and compared with that round's.";
    for (const c of [live, recorded]) {
      const notes = changeNotes(c, { sheets: analysis.sheets });
      expect([notes[0], renameSaid(notes)]).toEqual([said, []]);
      expect(c.moves.map((m) => `${m.before.ref} ${m.before.rating}→${m.after.rating}`)).toEqual(["13.5 Amber→Red"]);
      expect([c.added, c.removed]).toEqual([[], []]);
    }
    expect(changeNotes(live)[0]).toBe(said);
    expect(packText(buildPackPlan(analysis, live))).toContain(said);
    expect(reviewNotes(trend(reports).byReview.find((r) => r.name === "Delivery Plan")!)).toEqual([
      "Counted under “Delivery Plan 2019-20”, its tab's name, up to the report of 15 January 2026; “Delivery Plan” is the name its round tabs share besides their periods.",
    ]);
    // A tab's name is no former name of the review that a team may need kept out of a published pack.
    expect(formerNamesInPackNote(reports)).toBe("");
  });

  it("with the earlier year's tab deleted since, says the plan is counted under its one tab's name, not a rename", () => {
    const thenSheets = [plan("Delivery Plan 2019-20"), plan("Delivery Plan 2020-21")];
    const nowSheets = [plan("Delivery Plan 2020-21", true)];
    const { live, recorded, reports } = compareBoth(thenSheets, nowSheets);
    const analysis = analysisOf(nowSheets, NOW);
    const said = "The plan counted under “Delivery Plan”, the name its round tabs shared besides their periods, is now counted under “Delivery Plan 2020-21”, its one tab's name; its actions are compared as the same review.";
    for (const c of [live, recorded]) {
      const notes = changeNotes(c, { sheets: analysis.sheets });
      expect([notes[0], renameSaid(notes)]).toEqual([said, []]);
      expect(c.moves.map((m) => `${m.before.ref} ${m.before.rating}→${m.after.rating}`)).toEqual(["13.5 Amber→Red"]);
    }
    expect(packText(buildPackPlan(analysis, live))).toContain(said);
    expect(reviewNotes(trend(reports).byReview.find((r) => r.name === "Delivery Plan 2020-21")!)).toEqual([
      "Counted under “Delivery Plan”, the name its round tabs shared besides their periods, up to the report of 15 January 2026; “Delivery Plan 2020-21” is its one tab's name.",
    ]);
  });

  it("with the later year's tab deleted again, follows the actions back to the tab there all along, one review in changes, the pack and RAG History", () => {
    const dates = ["2026-01-15", "2026-04-15", "2026-07-15"];
    // Kept on its one tab; the next year's tab added beside it, 13.5 rated Red there; that tab deleted again.
    const rounds = [[plan("Delivery Plan 2019-20")], [plan("Delivery Plan 2019-20"), plan("Delivery Plan 2020-21", true)], [plan("Delivery Plan 2019-20")]];
    const reports: Snapshot[] = [];
    rounds.forEach((sheets, i) => reports.push(recordSnapshot(analysisOf(sheets, dates[i]!), meta(dates[i]!), reports.at(-1))));
    const [, june, september] = reports as [Snapshot, Snapshot, Snapshot];
    const analysis = analysisOf(rounds[2]!, dates[2]!);
    const said =
      "The plan counted under “Delivery Plan”, the name its round tabs shared besides their periods, is now counted under “Delivery Plan 2019-20”, its one tab's name, as “Delivery Plan 2020-21” is no longer beside it; its actions are compared with that tab's as the same actions.";
    for (const c of [compareSnapshots(june, september), compareSnapshots(june, liveSnapshot(analysis, june))]) {
      expect([c.added.length, c.removed.length, c.reviewsMovedToSheet, c.movedBetweenReviews.length]).toEqual([0, 0, [], 0]);
      expect(changeNotes(c, { sheets: analysis.sheets }).filter((n) => n.includes("“Delivery Plan”"))).toEqual([said]);
      expect(c.moves.map((m) => `${m.before.ref} ${m.before.rating}→${m.after.rating}`)).toEqual(["13.5 Red→Amber"]);
      expect(counts(c)).toEqual(["Delivery Plan 2019-20 +0 -0"]);
    }
    expect(packText(buildPackPlan(analysis, compareSnapshots(june, liveSnapshot(analysis, june))))).toContain(said);
    const history = trend(reports);
    expect(history.byReview.map((r) => [r.name, r.points.map((p) => p.total)])).toEqual([["Delivery Plan 2019-20", [101, 101, 101]]]);
    expect(reviewNotes(history.byReview[0]!)).toEqual([
      "Counted under “Delivery Plan”, the name its round tabs shared besides their periods, at the report of 15 April 2026; “Delivery Plan 2019-20” is its one tab's name.",
    ]);
    const headings = buildHistoryPlan(history, september).rows.flatMap((r) => (r.length === 1 && r[0]?.kind === "text" && r[0].style === "subtitle" ? [r[0].value] : []));
    expect(headings.filter((h) => String(h).startsWith("Delivery Plan"))).toEqual(["Delivery Plan 2019-20"]);

    // The next year's tab added back: still one review, its tab's name quoted once with both reports it was counted under it.
    const december = recordSnapshot(analysisOf(rounds[1]!, "2026-10-15"), meta("2026-10-15"), september);
    const again = trend([...reports, december]);
    expect(again.byReview.map((r) => [r.name, r.points.map((p) => p.total)])).toEqual([["Delivery Plan", [101, 101, 101, 101]]]);
    expect(reviewNotes(again.byReview[0]!)).toEqual([
      "Counted under “Delivery Plan 2019-20”, its tab's name, up to the report of 15 January 2026 and at the report of 15 July 2026; “Delivery Plan” is the name its round tabs share besides their periods.",
    ]);
  });

  it("with the later year's tab added and not yet rated, says the plan on the earlier tab is counted under the name the tabs share", () => {
    const unrated: Sheet = { ...plan("Delivery Plan 2020-21"), rows: plan("Delivery Plan 2020-21").rows.map((r) => (r[1] ? [...r.slice(0, 6), null] : r)) };
    const { live, recorded } = compareBoth([plan("Delivery Plan 2019-20")], [plan("Delivery Plan 2019-20", true), unrated]);
    const said = "The plan on “Delivery Plan 2019-20” is now counted under “Delivery Plan”, the name its round tabs share besides their periods, as another round's tab is beside it; its actions are compared as the same review.";
    expect([changeNotes(live)[0], changeNotes(recorded)[0]]).toEqual([said, said]);
    expect(live.moves.map((m) => `${m.before.ref} ${m.before.rating}→${m.after.rating}`)).toEqual(["13.5 Amber→Red"]);
  });

  it("a tab renamed from the plan's name to a year's is still said renamed", () => {
    const { live, reports } = compareBoth([plan("Delivery Plan")], [plan("Delivery Plan 2020-21", true)]);
    expect(changeNotes(live)[0]).toBe("“Delivery Plan” is now named “Delivery Plan 2020-21”; its actions are compared as the same review.");
    expect(reviewNotes(trend(reports).byReview.find((r) => r.name === "Delivery Plan 2020-21")!)).toEqual(["Named “Delivery Plan” up to the report of 15 January 2026."]);
  });
});
