import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { outcomeMessage } from "../../src/core/outcome";
import { settingsSchema } from "../../src/core/settings";
import { SUMMARY_SHEET, buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import type { SheetPlan } from "../../src/core/writePlan";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { CASE_HEADER, PROGRESS, caseRows } from "../helpers/caseReviewComparison";
import { isCopyName } from "../../src/core/copyNames";
import { peerReviewSheet } from "../fixtures/peerReview";
import { deliveryPlanSheet } from "../fixtures/deliveryPlan";

const SENTENCE = 'Not counted: the table headed on row 3 of sheet "Actions", as one table is read on each sheet; move it to a sheet of its own to have its actions counted.';

/** The peer review plan (title, header on row 3, 26 recommendations) with the case reviews' table below it on the same sheet, as a team might paste one under the other. */
function stacked(): SheetSnapshot {
  const peer = peerReviewSheet();
  // The peer review plan without its index, which would end its table as a block below it does.
  const table = peer.values.slice(0, peer.values.findIndex((row) => row[0] === "The following index indicates how the rating is decided:") - 1);
  return { name: "Actions", firstRow: 1, firstColumn: 1, values: [...table, [], [], ...caseReviewSheet().values], merges: [] };
}

const notes = (plan: SheetPlan) => plan.rows.flatMap((r) => (r[0]?.kind === "text" && r[0].style === "note" ? [r[0].value] : []));

describe("a second table on a sheet, which is not counted", () => {
  const analysis = analyseWorkbook({ sheets: [stacked()] }, settingsSchema.parse({}), "2021-11-01");

  it("is said by the outcome line, the RAG Summary and the Committee Pack, so their counts are not taken for the whole plan", () => {
    expect(analysis.findings.filter((f) => f.code === "another-table").map((f) => f.row)).toEqual([3]);
    expect(outcomeMessage(analysis)).toMatch(new RegExp(`\\. ${SENTENCE.replace(/[.()]/g, "\\$&")}$`));
    expect(notes(buildSummaryPlan(analysis).sheets.find((s) => s.name === SUMMARY_SHEET)!)).toContain(SENTENCE);
    expect(notes(buildPackPlan(analysis, undefined))).toContain(SENTENCE);
  });

  it("is not said where every table is counted", () => {
    const one = analyseWorkbook({ sheets: [peerReviewSheet(), caseReviewSheet()] }, settingsSchema.parse({}), "2021-11-01");
    expect(outcomeMessage(one)).not.toContain("Not counted");
    expect(notes(buildSummaryPlan(one).sheets[0]!).some((n) => n.startsWith("Not counted"))).toBe(false);
  });
});

describe("a tracker sheet that repeats another's actions", () => {
  const renamed = (sheet: SheetSnapshot, name: string): SheetSnapshot => ({ ...sheet, name, values: sheet.values.map((row) => [...row]) });
  const analyse = (...sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, settingsSchema.parse({}), "2021-11-01");
  const alone = analyse(caseReviewSheet());

  it("is left out when it is a copy, the same actions with the same ratings, whichever side of the original it sits", () => {
    for (const sheets of [
      [caseReviewSheet(), renamed(caseReviewSheet(), "Case Reviews (2)")],
      [renamed(caseReviewSheet(), "Copy of Case Reviews"), caseReviewSheet()],
    ]) {
      const analysis = analyse(...sheets);
      expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Case Reviews"]);
      expect(analysis.totals).toEqual(alone.totals);
      expect(analysis.byReview).toEqual(alone.byReview);
      const copy = sheets.find((s) => s.name !== "Case Reviews")!.name;
      const said = `Not counted: sheet "${copy}", a copy of sheet "Case Reviews" (the same 46 actions, with the same ratings, dates and leads).`;
      expect(analysis.findings.filter((f) => f.sheet === copy)).toEqual([{ sheet: copy, code: "repeated-tracker", severity: "info", message: said }]);
      expect(outcomeMessage(analysis).endsWith(said)).toBe(true);
      expect(notes(buildSummaryPlan(analysis).sheets[0]!)).toContain(said);
    }
  });

  it("is counted, with a warning said wherever the counts are, when its ratings differ: it may be the live plan", () => {
    const edited = renamed(caseReviewSheet(), "Case Reviews (2)");
    edited.values[2]![9] = "Red";
    const analysis = analyse(caseReviewSheet(), edited);
    expect(analysis.actions).toHaveLength(92);
    const said = 'Counted twice: 46 actions on sheet "Case Reviews (2)" repeat those on sheet "Case Reviews" (the same review, number and wording); if one sheet is an old copy, delete it or choose the tracker sheets in the settings.';
    expect(analysis.findings).toContainEqual({ sheet: "Case Reviews (2)", code: "repeated-tracker", severity: "warning", message: said });
    expect(notes(buildPackPlan(analysis, undefined))).toContain(said);
  });

  it("is a copy when Excel copied a plan's tab named for its year, as when the tab's name has none: never the plan's later round", () => {
    // The delivery plan's tab copied ("Delivery Plan 2019-20 (2)"), then 1.4, 1.5, 2.6 and 3.1 set to Blue on the original, or not.
    const said = (name: string, edited: boolean) => {
      const original = renamed(deliveryPlanSheet(), name);
      if (edited) for (const no of ["1.4", "1.5", "2.6", "3.1"]) original.values.find((row) => row[1] === no)![6] = "B";
      const analysis = analyse(original, renamed(deliveryPlanSheet(), `${name} (2)`));
      const named = (text: string) => text.replaceAll(name, "NAME");
      return { counted: analysis.trackers.map((t) => named(t.sheet)), findings: analysis.findings.filter((f) => f.code === "repeated-tracker" || f.code === "review-from-sheet").map((f) => named(f.message)) };
    };
    const edited = said("Delivery Plan 2019-20", true);
    expect(edited.counted).toEqual(["NAME", "NAME (2)"]);
    expect(edited.findings[0]).toBe(
      'Counted twice: 101 actions on sheet "NAME (2)" repeat those on sheet "NAME" (the same number and wording); if one sheet is an old copy, delete it or choose the tracker sheets in the settings.',
    );
    // Each sheet's actions under its own name, not under "Delivery Plan", as a plan's round tabs would be.
    expect(edited.findings.filter((f) => f.includes("round"))).toEqual([]);
    const unedited = said("Delivery Plan 2019-20", false);
    expect(unedited.counted).toEqual(["NAME"]);
    expect(unedited.findings[0]).toBe('Not counted: sheet "NAME (2)", a copy of sheet "NAME" (the same 101 actions, with the same ratings, dates and leads).');
    for (const e of [true, false]) expect(said("Delivery Plan 2019-20", e)).toEqual(said("Delivery Plan", e));
  });

  it("is the plan's next round when the tab is copied forward a year and rated again: the earlier year's tab is not counted", () => {
    const next = renamed(deliveryPlanSheet(), "Delivery Plan 2020-21");
    for (const no of ["1.4", "1.5", "2.6", "3.1"]) next.values.find((row) => row[1] === no)![6] = "B";
    const analysis = analyse(deliveryPlanSheet(), next);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Delivery Plan 2020-21"]);
    expect(analysis.findings.find((f) => f.code === "repeated-tracker")?.message).toMatch(/^Not counted: sheet "Delivery Plan 2019-20", an earlier round of sheet "Delivery Plan 2020-21", the latest rated \(101 actions worded the same\)/);
  });

  it("is told by its actions, so a copy of a plan with no review column is found, and sheets sharing a few actions are not copies", () => {
    const delivery = (name: string, actions: string[]): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values: [["Ref", "Action", "Time scale", "RAG"], ...actions.map((a, i) => [`1.${i + 1}`, a, "March 2022", "Green"])], merges: [] });
    const plan = ["Publish the annual report", "Audit multi-agency referrals", "Refresh the threshold document", "Run the neglect strategy launch"];
    expect(analyse(delivery("Delivery Plan", plan), delivery("Delivery Plan - Copy", plan)).trackers.map((t) => t.sheet)).toEqual(["Delivery Plan"]);
    const shared = [...plan.slice(0, 2), "Train designated leads", "Review the escalation policy", "Consult young people", "Publish a newsletter"];
    expect(analyse(delivery("Plan 2021", plan), delivery("Plan 2022", shared)).findings.some((f) => f.code === "repeated-tracker")).toBe(false);
  });

  it("is named as a copy only in the ways a copy is named", () => {
    for (const name of ["Case Reviews (2)", "Copy of Case Reviews", "Case Reviews - Copy", "case reviews copy (3)", "Case Reviews OLD", "Case Reviews backup"]) expect(isCopyName(name, "Case Reviews")).toBe(true);
    for (const name of ["Case Reviews", "Case Reviews 2022", "Old Case Reviews list", "Reviews"]) expect(isCopyName(name, "Case Reviews")).toBe(false);
  });
});

describe("which sheets repeat which", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  /** A case review tracker of `n` actions of Frankie's, each updated on `updated`. */
  const plan = (name: string, n: number, { updated = "2021-10-01", withReview = true, first = "Green" } = {}): SheetSnapshot => ({
    name,
    firstRow: 1,
    firstColumn: 1,
    values: [
      [...(withReview ? ["Review"] : []), "Action No", "Action", "Last updated", "RAG"],
      ...Array.from({ length: n }, (_, i) => [...(withReview ? ["Frankie"] : []), i + 1, `Share the learning from the review with partner ${i + 1}.`, day(updated), i === 0 ? first : "Green"]),
    ],
    merges: [],
  });
  const said = (...sheets: SheetSnapshot[]) => {
    const analysis = analyseWorkbook({ sheets }, settingsSchema.parse({ staleDays: 90 }), "2021-11-01");
    return { counted: analysis.trackers.map((t) => t.sheet), repeats: analysis.findings.filter((f) => f.code === "repeated-tracker").map((f) => f.message.split(" (the same")[0]) };
  };

  it("counts both sheets where only their dates differ, as the stale count reads them", () => {
    expect(said(plan("Case Reviews", 10, { updated: "2021-01-01" }), plan("Case Reviews (2)", 10))).toEqual({ counted: ["Case Reviews", "Case Reviews (2)"], repeats: ['Counted twice: 10 actions on sheet "Case Reviews (2)" repeat those on sheet "Case Reviews"'] });
  });

  it("leaves out a sheet held whole in a larger one, rated the same; says one rated otherwise; and finds each copy in a chain of them", () => {
    expect(said(plan("Plan A", 10), plan("Plan B", 40))).toEqual({
      counted: ["Plan B"],
      repeats: ['Not counted: sheet "Plan A", whose 10 actions all repeat actions on sheet "Plan B" with the same number, wording and rating.'],
    });
    expect(said(plan("Plan A", 10, { first: "Blue" }), plan("Plan B", 40)).repeats).toEqual(['Counted twice: 10 actions on sheet "Plan A" repeat those on sheet "Plan B"']);
    expect(said(plan("Plan", 10), plan("Plan (2)", 10, { first: "Blue" }), plan("Plan (3)", 10, { first: "Blue" }))).toEqual({
      counted: ["Plan", "Plan (2)"],
      repeats: ['Counted twice: 10 actions on sheet "Plan (2)" repeat those on sheet "Plan"', 'Not counted: sheet "Plan (3)", a copy of sheet "Plan (2)"'],
    });
  });

  it("keeps the original whose 31-character name Excel cut for its copy, and takes sheets of one template with no review column for reviews of their own", () => {
    expect(said(plan("Local Child Safeguarding Pra (2)", 10), plan("Local Child Safeguarding Practic", 10)).counted).toEqual(["Local Child Safeguarding Practic"]);
    expect(said(plan("Frankie", 4, { withReview: false }), plan("Leo", 4, { withReview: false }))).toEqual({ counted: ["Frankie", "Leo"], repeats: [] });
    // A plan with no action numbers is told by its wording.
    const unnumbered = (name: string): SheetSnapshot => ({ ...plan(name, 5), values: plan(name, 5).values.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 1 ? null : v)))) });
    expect(said(unnumbered("Actions"), unnumbered("Actions - Copy")).counted).toEqual(["Actions"]);
  });
});

describe("sheets kept one per round, and a sheet that pulls out another's actions", () => {
  // Frankie's actions (from the committee's case reviews), kept on a sheet per quarter with no Review column, re-rated each quarter.
  const HEADER = ["Action No", "Theme", "Recommendation", "Action", "Progress Update", "Lead Agency", "Target Date", "Last Updated", "RAG Status"];
  const frankie = () => caseRows().filter((r) => r[0] === "Frankie").map((r) => r.slice(1));
  const RAG = HEADER.length - 1;
  const sheet = (name: string, rows: CellValue[][], header = HEADER): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values: [header, ...rows], merges: [] });
  const rated = (ratings: string[]) => frankie().map((r, i) => [...r.slice(0, RAG), ratings[i]!]);
  const q1 = rated(["Red", "Red", "Amber", "Amber", "Red", "Red"]);
  const q2 = rated(["Amber", "Amber", "Green", "Green", "Amber", "Red"]);
  const q3 = rated(["Blue", "Amber", "Green", "Blue", "Amber", "Amber"]);
  const analyse = (sheets: SheetSnapshot[], settings: object = {}) => analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: "2026-05-01", ...settings }), "2026-05-01");
  const repeats = (a: ReturnType<typeof analyse>) => a.findings.filter((f) => f.code === "repeated-tracker").map((f) => `${f.severity}: ${f.message}`);

  it("counts the latest rated quarter's sheet alone, and says each earlier one is left out", () => {
    const analysis = analyse([sheet("Q1 2025-26", q1), sheet("Q2 2025-26", q2), sheet("Q3 2025-26", q3)]);
    const latest = analyse([sheet("Q3 2025-26", q3)]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q3 2025-26"]);
    expect([analysis.totals, analysis.stale.length, analysis.overdue.length]).toEqual([latest.totals, latest.stale.length, latest.overdue.length]);
    // The round before the latest in full; those before it in one sentence, so a sheet added each quarter adds none.
    expect(repeats(analysis)).toEqual([
      `info: Not counted: sheet "Q1 2025-26", an older round of sheet "Q3 2025-26", the latest rated (before "Q2 2025-26", the round before it); to count another round, choose the tracker sheets in the settings.`,
      `info: Not counted: sheet "Q2 2025-26", an earlier round of sheet "Q3 2025-26", the latest rated (6 actions worded the same); to count another round, choose the tracker sheets in the settings.`,
    ]);
    expect(notes(buildSummaryPlan(analysis).sheets[0]!).filter((n) => n.startsWith("Not counted"))).toHaveLength(2);
    const year = analyse([sheet("Q1 2025-26", q1), sheet("Q2 2025-26", q2), sheet("Q3 2025-26", q3), sheet("Q4 2025-26", q3), sheet("Q1 2026-27", q3)]);
    expect(repeats(year).filter((r) => r.includes("Not counted"))).toEqual([
      `info: Not counted: sheets "Q1 2025-26", "Q2 2025-26" and "Q3 2025-26", older rounds of sheet "Q1 2026-27", the latest rated (before "Q4 2025-26", the round before it); to count another round, choose the tracker sheets in the settings.`,
      `info: Not counted: sheet "Q4 2025-26", an earlier round of sheet "Q1 2026-27", the latest rated (6 actions worded the same); to count another round, choose the tracker sheets in the settings.`,
    ]);
  });

  it("counts a quarter's tab copied forward with only its progress written, nothing re-rated, as the latest round, not as a copy of the last", () => {
    // The case reviews kept with a Review column, as the partnership keeps them: a quiet quarter, progress written on every row.
    const quiet = caseRows().map((r) => r.map((v, c) => (c === PROGRESS ? `${String(v)} Update for the next quarter.` : v)));
    const analysis = analyse([sheet("Q1 2026-27", caseRows(), CASE_HEADER), sheet("Q2 2026-27", quiet, CASE_HEADER)]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q2 2026-27"]);
    expect(repeats(analysis)[0]).toMatch(/^info: Not counted: sheet "Q1 2026-27", an earlier round of sheet "Q2 2026-27", the latest rated/);
    // Its later version, "final" or "v2", so too.
    for (const later of ["Q1 2026-27 final", "Q1 2026-27 v2"]) expect(analyse([sheet("Q1 2026-27", caseRows(), CASE_HEADER), sheet(later, quiet, CASE_HEADER)]).trackers.map((t) => t.sheet)).toEqual([later]);
    // A copy of one quarter's tab, "(2)", is still a copy: the original is kept.
    const copied = analyse([sheet("Q1 2026-27", caseRows(), CASE_HEADER), sheet("Q1 2026-27 (2)", caseRows(), CASE_HEADER)]);
    expect(copied.trackers.map((t) => t.sheet)).toEqual(["Q1 2026-27"]);
  });

  it("says actions on no later round of the round before the latest alone: those of older rounds were dropped at an earlier report", () => {
    // Action 7 was on Q1 alone: dropped when Q2 was made, said then, not again each quarter.
    const dropped = [7, "Thresholds and escalations", "Escalations to be audited.", "Audit the escalations raised this year.", "Audit done.", "LSCP", null, null, "Amber"];
    const analysis = analyse([sheet("Q1 2025-26", [...q1, dropped]), sheet("Q2 2025-26", q2), sheet("Q3 2025-26", q3)]);
    expect(repeats(analysis).some((r) => r.includes('sheet "Q1 2025-26"'))).toBe(true);
    expect(repeats(analysis).every((r) => !r.includes("on no later round"))).toBe(true);
    // On the round before the latest, it is news: said.
    const now = analyse([sheet("Q1 2025-26", q1), sheet("Q2 2025-26", [...q2, dropped]), sheet("Q3 2025-26", q3)]);
    expect(repeats(now).some((r) => r.startsWith('warning: Not counted: sheet "Q2 2025-26"') && r.includes("1 action of it is on no later round"))).toBe(true);
  });

  it("reads quarters and months named without a year in tab order, and leaves out a later sheet not yet rated", () => {
    const unrated = frankie().map((r) => [...r.slice(0, RAG), null]);
    const analysis = analyse([sheet("Sept", q1), sheet("Dec", q2), sheet("March", q3), sheet("June", unrated)]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["March"]);
    expect(repeats(analysis).find((r) => r.includes('"June"'))).toBe('info: Not counted: sheet "June", a later round of sheet "March" with no rating given yet (6 actions worded the same).');
  });

  it("counts every sheet the settings name, saying the repeat, and sheets named for periods that hold other actions", () => {
    const named = analyse([sheet("Q1 2025-26", q1), sheet("Q3 2025-26", q3)], { trackerSheets: ["Q1 2025-26", "Q3 2025-26"] });
    expect(named.actions).toHaveLength(12);
    expect(repeats(named)[0]).toMatch(/^warning: Counted twice: 6 actions on sheet "Q1 2025-26" repeat those on sheet "Q3 2025-26"/);
    // Quarters' tabs are kept for the record: the advice is to choose the round counted, not to delete one as a copy.
    expect(repeats(named)[0]).toMatch(/; if one is an earlier round, choose the tracker sheets in the settings to count the latest alone\.$/);
    const leo = caseRows().filter((r) => r[0] === "Leo").map((r) => r.slice(1));
    expect(analyse([sheet("Q1 2025-26", q1), sheet("Q2 2025-26", leo)]).actions).toHaveLength(11);
  });

  it("counts every review kept on a sheet named for its month, whose sheets share only the partnership's standard actions", () => {
    const STANDARD = ["Share the learning through a 7-minute briefing.", "Include the learning in the multi-agency training programme.", "Each agency to give assurance that the learning is embedded."];
    const review = (name: string, own: CellValue[][], rating: string) =>
      sheet(name, [...STANDARD.map((a, i) => [i + 1, "Learning", "Standard actions.", a, "In hand.", "LSCP Business Team", null, null, rating]), ...own.map((r, i) => [i + 4, ...r.slice(1)])]);
    const leo = caseRows().filter((r) => r[0] === "Leo").map((r) => r.slice(1));
    const analysis = analyse([review("April", q3.slice(0, 3), "Blue"), review("May", leo.slice(0, 2), "Green"), review("June", leo.slice(2), "Amber")]);
    expect([analysis.actions.length, repeats(analysis)]).toEqual([17, []]);
  });

  it("counts reviews kept a sheet each on a template of five standard actions, numbering their own actions alike", () => {
    const STANDARD = ["Share the learning through a 7-minute briefing.", "Include the learning in the training programme.", "Each agency to give assurance of the learning.", "Update the multi-agency procedures.", "Audit the impact after six months."];
    const review = (name: string, own: string[], rating: string) =>
      sheet(name, [...STANDARD, ...own].map((a, i) => [i + 1, "Learning", "Review actions.", a, "In hand.", "LSCP Business Team", null, null, rating]));
    // The two reviews' own sixth actions share half their words: different actions, numbered alike.
    const analysis = analyse([review("Jan 2026", ["Add exploitation indicators to the MASH referral form."], "Blue"), review("Mar 2026", ["Add a prompt on household members to the MASH referral form.", "Invite the GP to strategy discussions."], "Amber")]);
    expect([analysis.actions.length, repeats(analysis)]).toEqual([13, []]);
  });

  it("takes rounds by their wording whatever their numbers, and leaves a review named for a period beside them alone", () => {
    const renumbered = q3.map((r, i) => [i + 10, ...r.slice(1)]);
    expect(analyse([sheet("Q2 2025-26", q2), sheet("Q3 2025-26", renumbered)]).trackers.map((t) => t.sheet)).toEqual(["Q3 2025-26"]);
    const leo = caseRows().filter((r) => r[0] === "Leo").map((r) => r.slice(1));
    const analysis = analyse([sheet("Q1 2025-26", q1), sheet("Q2 2025-26", q2), sheet("Q3 2025-26", q3), sheet("Dec 2025", leo)]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q3 2025-26", "Dec 2025"]);
  });

  it("warns where a sheet holds the round's actions under a name that is no period, and where an earlier round holds actions the latest does not", () => {
    const typo = analyse([sheet("Sept 2025", q1), sheet("Dce 2025", q2), sheet("Mar 2026", q3)]);
    expect(typo.trackers.map((t) => t.sheet)).toEqual(["Dce 2025", "Mar 2026"]);
    expect(repeats(typo)).toContain(
      'warning: Counted twice, perhaps: 6 actions on sheet "Dce 2025" are worded as actions on sheet "Mar 2026", and neither sheet\'s name says it is an earlier round or a copy; if one is, delete it or choose the tracker sheets in the settings.',
    );
    const closed = analyse([sheet("Q2 2025-26", [...q2, [7, "Learning", "Closed since.", "Publish the annual report.", "Published.", "LSCP Business Team", null, null, "Blue"]]), sheet("Q3 2025-26", q3)]);
    expect(repeats(closed)).toEqual([
      'warning: Not counted: sheet "Q2 2025-26", an earlier round of sheet "Q3 2025-26", the latest rated (6 of its 7 actions worded the same); 1 action of it is on no later round, so is not counted either; if it is no earlier round, choose the tracker sheets in the settings.',
    ]);
  });

  it("takes a review renamed on the new round's sheet for the one it was, so the rounds are not counted twice, but not a new review on the same template", () => {
    // Both reviews under a Review column; on Q3 Frankie is named by a pseudonym, not yet rated.
    const reviewed = (rows: CellValue[][], review: (r: CellValue[]) => string) => rows.map((r) => [review(r), ...r]);
    const sam = caseRows().filter((r) => r[0] === "Sam and Kyle").map((r) => r.slice(1));
    const q2 = sheet("Q2 2025-26", [...reviewed(rated(["Blue", "Amber", "Green", "Blue", "Amber", "Red"]), () => "Jane Smith"), ...reviewed(sam, () => "Sam and Kyle")], ["Review", ...HEADER]);
    const q3 = sheet("Q3 2025-26", [...reviewed(rated(Array(6).fill(null)), () => "Frankie"), ...reviewed(sam, () => "Sam and Kyle")], ["Review", ...HEADER]);
    const analysis = analyse([q2, q3]);
    expect([analysis.trackers.map((t) => t.sheet), analysis.actions.length]).toEqual([["Q3 2025-26"], 11]);
    expect(repeats(analysis)).toEqual([
      'info: Not counted: sheet "Q2 2025-26", an earlier round of sheet "Q3 2025-26", the latest rated (11 actions worded the same); to count another round, choose the tracker sheets in the settings.',
    ]);
    // Its actions 1 and 4, complete under its former name, are not chased meanwhile.
    expect(analysis.stale.filter((s) => s.action.review === "Frankie").map((s) => s.action.ref)).toEqual(["2", "3", "5", "6"]);
    // On the partnership's template (two standard actions, then each review's own): Jane Smith's review closed and taken off,
    // and a new review added, not yet rated. Its standard actions are not taken for hers, or for the others', rated blue.
    const standard = (review: string, rating: string | null, own: CellValue[][]) => [
      ...["Share the learning through a 7-minute briefing.", "Include the learning in the training programme."].map((a, i) => [review, `S${i + 1}`, "Learning", "Standard actions.", a, "In hand.", "LSCP Business Team", null, null, rating]),
      ...reviewed(own, () => review),
    ];
    const leo = caseRows().filter((r) => r[0] === "Leo").map((r) => r.slice(1));
    const [janes, childKs] = [rated(Array(6).fill("Amber")).slice(0, 1), frankie().slice(1, 2).map((r) => [...r.slice(0, RAG), null])];
    const others = [...standard("Sam and Kyle", "Blue", sam), ...standard("Leo", "Blue", leo)];
    const next = analyse([sheet("Q2 2025-26", [...standard("Jane Smith", "Blue", janes), ...others], ["Review", ...HEADER]), sheet("Q3 2025-26", [...standard("Child K", null, childKs), ...others], ["Review", ...HEADER])]);
    expect(next.trackers.map((t) => t.sheet)).toEqual(["Q3 2025-26"]);
    expect(next.findings.filter((f) => f.code === "rating-earlier-round")).toEqual([]);
    expect(next.stale.filter((s) => s.action.review === "Child K")).toHaveLength(3);
  });

  it("takes two quarters' sheets for rounds where one review was closed and another added on the template, as a review's own actions are on both", () => {
    // Jane Smith renamed to her pseudonym on Q3; John closed and taken off; Child M added; Leo as he was. 13 of 18 actions on both: under three in four.
    const STANDARD = ["Share the learning through a 7-minute briefing.", "Include the learning in the training programme.", "Audit the learning after six months."];
    const HEAD = ["Review", ...HEADER];
    const rows = (review: string, key: string, own: number, rating: string | null) => [
      ...STANDARD.map((a, i) => [review, `S${i + 1}`, "Learning", "Standard actions.", a, "In hand.", "LSCP", null, null, rating]),
      ...Array.from({ length: own }, (_, i) => [review, i + 1, "Own", `Own recommendation ${key}-${i + 1}.`, `Own action ${key}-${i + 1} for the case.`, "In hand.", "Police", null, null, rating]),
    ];
    const q2 = sheet("Q2 2026-27", [...rows("Jane Smith", "J", 3, "Amber"), ...rows("John", "B", 2, "Blue"), ...rows("Leo", "L", 4, "Amber")], HEAD);
    const q3 = sheet("Q3 2026-27", [...rows("Frankie", "J", 3, null), ...rows("Child M", "M", 2, null), ...rows("Leo", "L", 4, "Amber")], HEAD);
    const analysis = analyse([q2, q3]);
    expect([analysis.trackers.map((t) => t.sheet), analysis.actions.length, analysis.byReview.length]).toEqual([["Q3 2026-27"], 18, 3]);
    expect(repeats(analysis)).toEqual([
      'warning: Not counted: sheet "Q2 2026-27", an earlier round of sheet "Q3 2026-27", the latest rated (13 of its 18 actions worded the same); 5 actions of it are on no later round, so are not counted either; if it is no earlier round, choose the tracker sheets in the settings.',
    ]);
    // Reviews kept a sheet each, on the template, share no review's own actions: each still counted.
    const apart = analyse([sheet("Q2 2026-27", rows("Jane Smith", "J", 3, "Amber"), HEAD), sheet("Q3 2026-27", rows("Child M", "M", 3, "Amber"), HEAD)]);
    expect(apart.trackers).toHaveLength(2);
  });

  it("leaves out an exceptions sheet still drawing on last quarter's sheet, whose ratings are no longer the plan's", () => {
    const EXCEPTIONS = ["Action No", "Action", "RAG Status"];
    const lastQuarters = sheet("Exceptions", q2.filter((r) => r[RAG] !== "Green").map((r) => [r[0]!, r[3]!, r[RAG]!]), EXCEPTIONS);
    const analysis = analyse([sheet("Q2 2025-26", q2), sheet("Q3 2025-26", q3), lastQuarters]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q3 2025-26"]);
    expect(repeats(analysis)[0]).toMatch(/^info: Not counted: sheet "Exceptions", whose 4 actions all repeat actions on sheets "Q3 2025-26" and "Q2 2025-26"/);
  });

  it("takes a round that gained a Review column for the next round of the same actions", () => {
    const withReview = sheet("Q3 2025-26", q3.map((r) => ["Delivery Plan", ...r]), ["Review", ...HEADER]);
    const analysis = analyse([sheet("Q2 2025-26", q2), withReview]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q3 2025-26"]);
  });

  it("leaves out an exceptions sheet gathering the amber actions of two sheets, its Review column naming their reviews", () => {
    const leo = caseRows().filter((r) => r[0] === "Leo").map((r) => r.slice(1));
    const ambers = [...q3.filter((r) => r[RAG] === "Amber").map((r) => ["Frankie", ...r]), ...leo.filter((r) => r[RAG] === "Amber").map((r) => ["Leo", ...r])];
    const exceptions = sheet("Exceptions", ambers.map((r) => [r[0]!, r[1]!, r[4]!, r[RAG + 1]!]), ["Review", "Action No", "Action", "RAG Status"]);
    const analysis = analyse([exceptions, sheet("Frankie", q3), sheet("Leo", leo)]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Frankie", "Leo"]);
    expect(repeats(analysis)).toEqual(['info: Not counted: sheet "Exceptions", whose 5 actions all repeat actions on sheets "Frankie" and "Leo" with the same number, wording and rating.']);
  });

  it("leaves out an exceptions sheet of the red and amber actions, rated as on the plan, but not a review's sheet of another's standard actions", () => {
    const EXCEPTIONS = ["Action No", "Action", "Lead Agency", "RAG Status"];
    const pick = (r: CellValue[]) => [r[0]!, r[3]!, r[5]!, r[RAG]!];
    const exceptions = sheet("Exceptions", q3.filter((r) => r[RAG] === "Amber").map(pick), EXCEPTIONS);
    const analysis = analyse([exceptions, sheet("Action Plan", q3)]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Action Plan"]);
    expect(repeats(analysis)).toEqual(['info: Not counted: sheet "Exceptions", whose 3 actions all repeat actions on sheet "Action Plan" with the same number, wording and rating.']);
    // One rated otherwise there (pasted, not pulled by formula, and gone stale): counted, as it may be the newer.
    const stale = sheet("Exceptions", q3.filter((r) => r[RAG] === "Amber").map((r, i) => (i === 0 ? [...pick(r).slice(0, 3), "Red"] : pick(r))), EXCEPTIONS);
    expect(analyse([stale, sheet("Action Plan", q3)]).actions).toHaveLength(9);
    // Two reviews' sheets of one template, the shorter's actions all standard ones worded and rated as the other's.
    expect(analyse([sheet("Frankie", q3.slice(0, 3)), sheet("Leo", q3)]).trackers.map((t) => t.sheet)).toEqual(["Frankie", "Leo"]);
    // Or on a narrower template, two standard actions alone: too few to tell from an extract.
    expect(analyse([sheet("Leo", q3.slice(0, 2).map(pick), EXCEPTIONS), sheet("Frankie", q3)]).trackers.map((t) => t.sheet)).toEqual(["Leo", "Frankie"]);
    // Named for a rating, as a review's pseudonym may be: still a review's sheet.
    expect(analyse([sheet("Amber", q3.slice(0, 2).map(pick), EXCEPTIONS), sheet("Frankie", q3)]).trackers.map((t) => t.sheet)).toEqual(["Amber", "Frankie"]);
  });

  it("leaves out a list pasted from the filtered plan with every column, where its name says it is one, and not a review's sheet of the same columns", () => {
    const open = q3.filter((r) => r[RAG] !== "Blue");
    for (const name of ["Exceptions", "Red and Amber", "Amber actions"]) {
      const analysis = analyse([sheet("Action Plan", q3), sheet(name, open)]);
      expect([name, analysis.trackers.map((t) => t.sheet)]).toEqual([name, ["Action Plan"]]);
      expect(repeats(analysis)).toEqual([`info: Not counted: sheet "${name}", whose ${open.length} actions all repeat actions on sheet "Action Plan" with the same number, wording and rating.`]);
    }
    // A review named for a rating, as a pseudonym may be, or whose sheet is the closed actions moved out of the plan: counted.
    for (const name of ["Amber", "Completed"]) expect([name, analyse([sheet("Action Plan", q3), sheet(name, open)]).actions.length]).toEqual([name, q3.length + open.length]);
  });

  it("counts the sheets a hidden backup repeats: the plan's own, and its completed actions moved to a sheet of their own", () => {
    const open = q3.filter((r) => r[RAG] !== "Blue");
    const done = q3.filter((r) => r[RAG] === "Blue").map((r) => [r[0]!, r[3]!, r[RAG]!]);
    const backup = { ...sheet("Plan backup", q3), hidden: true };
    const analysis = analyse([sheet("Plan", open), sheet("Completed", done, ["Action No", "Action", "RAG Status"]), backup]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Plan", "Completed"]);
    expect(analysis.actions).toHaveLength(q3.length);
  });
});

describe("the latest round's sheet, partly rated", () => {
  it("says, with the counts, what the round before rated the actions it has not rated yet", () => {
    const HEADER = ["Action No", "Theme", "Recommendation", "Action", "Progress Update", "Lead Agency", "Target Date", "Last Updated", "RAG Status"];
    const frankie = caseRows().filter((r) => r[0] === "Frankie").map((r) => r.slice(1));
    const rated = (ratings: (string | null)[]) => frankie.map((r, i) => [...r.slice(0, 8), ratings[i]!]);
    const sheet = (name: string, rows: CellValue[][]): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values: [HEADER, ...rows], merges: [] });
    const analysis = analyseWorkbook(
      { sheets: [sheet("Q3 2025-26", rated(["Blue", "Amber", "Green", "Blue", "Amber", "Amber"])), sheet("Q4 2025-26", rated(["Blue", null, null, "Blue", null, "Green"]))] },
      settingsSchema.parse({ asOf: "2026-05-01" }),
      "2026-05-01",
    );
    const said =
      'Sheet "Q4 2025-26" is the latest round with ratings in it, and 3 of the 6 actions have no rating in it yet, so are counted as unrated, though sheet "Q3 2025-26", the round before, rated them 1 green and 2 amber.';
    expect(analysis.findings.find((f) => f.code === "rating-earlier-round")).toMatchObject({ sheet: "Q4 2025-26", severity: "warning", message: said });
    expect(notes(buildSummaryPlan(analysis).sheets[0]!)).toContain(said);
  });
});
