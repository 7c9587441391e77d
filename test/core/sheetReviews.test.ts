import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS, parseSettings, settingsSchema, type Settings } from "../../src/core/settings";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { continuedName } from "../../src/core/sheetReviews";
import { commandLineWords } from "../../src/cli/commandLineWords";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";

const run = (sheets: SheetSnapshot[], settings: Settings = DEFAULT_SETTINGS) => analyseWorkbook({ sheets }, settings, "2021-12-15");
const sheetReviewFindings = (a: Analysis) => a.findings.filter((f) => f.code === "review-from-sheet");
const summaryNotes = (a: Analysis) =>
  buildSummaryPlan(a)
    .sheets[0]!.rows.flat()
    .flatMap((c) => (c.kind === "text" && c.style === "note" ? [c.value] : []));

/** The peer review plan split after recommendation `last`, the rest on a sheet named `second` under `header` (the plan's own by default). */
function splitPeerReview(second: string, last: number, header?: CellValue[]): SheetSnapshot[] {
  const plan = peerReviewSheet();
  const cut = plan.values.findIndex((r) => r[1] === last + 1);
  const first = { ...plan, values: [...plan.values.slice(0, cut)] };
  const rest = { ...plan, name: second, values: [header ?? plan.values[2]!, ...plan.values.slice(cut)] };
  return [first, rest];
}

/** The case reviews with two of Frankie's blue actions moved to a sheet of completed actions, which has no Review column. */
function withCompletedSheet(): SheetSnapshot[] {
  const cases = caseReviewSheet();
  const moved = new Set([11, 12]); // Frankie's actions 10 and 11, both Blue
  const completed: CellValue[][] = [cases.values[1]!.slice(1), ...[...moved].map((i) => cases.values[i]!.slice(1))];
  expect(completed.slice(1).map((r) => r.at(-1))).toEqual(["Blue", "Blue"]);
  return [{ ...cases, values: cases.values.filter((_, i) => !moved.has(i)) }, { name: "Completed actions", firstRow: 1, firstColumn: 1, values: completed, merges: [] }];
}

describe("the review of a sheet with no Review column", () => {
  it("is the sheet's name, said in a finding and in a note under the committee sentences", () => {
    const a = run([peerReviewSheet(), caseReviewSheet()]);
    expect(a.sentences[0]).toBe("Peer Review – 26 actions identified (23 blue and 3 green)");
    expect(sheetReviewFindings(a)).toEqual([
      {
        sheet: "Peer Review",
        code: "review-from-sheet",
        severity: "info",
        message:
          `Sheet "Peer Review" has no Review column, so its 26 actions are counted under a review named after the sheet, "Peer Review"; if they belong to another review, add a Review column naming each action's review, or name the sheet's review under Reviews of sheets in the task pane's settings.`,
      },
    ]);
    expect(summaryNotes(a)).toContain(`"Peer Review" is named after its sheet, which has no Review column.`);
  });

  it("is not said where the plan is one sheet, whose actions are one review whatever its name", () => {
    const a = run([peerReviewSheet()]);
    expect(a.sentences).toEqual(["Peer Review – 26 actions identified (23 blue and 3 green)"]);
    expect(sheetReviewFindings(a)).toEqual([]);
    expect(summaryNotes(a).join(" ")).not.toContain("named after");
  });

  it("is not said of a sheet with no action", () => {
    const empty: SheetSnapshot = { name: "Completed actions", firstRow: 1, firstColumn: 1, values: [["Rec No", "Recommendation", "Response", "RAG"]], merges: [] };
    const a = run([caseReviewSheet(), empty]);
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Case Reviews", "Completed actions"]);
    expect(sheetReviewFindings(a)).toEqual([]);
    expect(summaryNotes(a).join(" ")).not.toContain("named after");
  });

  it("stays a review of its own for a sheet of completed actions, with a finding that says how to count them under their review", () => {
    const a = run(withCompletedSheet());
    expect(a.sentences).toContain("Frankie – 12 actions identified (9 blue and 3 amber)");
    expect(a.sentences).toContain("Completed actions – 2 actions identified (2 blue)");
    expect(sheetReviewFindings(a).map((f) => [f.sheet, f.message])).toEqual([
      [
        "Completed actions",
        `Sheet "Completed actions" has no Review column, so its 2 actions are counted under a review named after the sheet, "Completed actions"; if they belong to another review, add a Review column naming each action's review, or name the sheet's review under Reviews of sheets in the task pane's settings.`,
      ],
    ]);
    expect(summaryNotes(a)).toContain(`"Completed actions" is named after its sheet, which has no Review column.`);
  });

  it("is the review the settings name for the sheet, with no finding or note", () => {
    const settings = settingsSchema.parse({ sheetReviews: { "completed ACTIONS": "Frankie" } });
    const a = run(withCompletedSheet(), settings);
    // The committee minutes' count for Frankie.
    expect(a.sentences).toEqual(["Frankie – 14 actions identified (11 blue and 3 amber)", "Sam and Kyle – 18 actions identified (16 blue and 2 amber)", "Leo – 14 actions identified (1 blue, 4 green, and 9 amber)"]);
    expect(a.trackers[1]?.sheetReview).toEqual({ review: "Frankie", namedBy: "settings" });
    expect(sheetReviewFindings(a)).toEqual([]);
    expect(summaryNotes(a).join(" ")).not.toContain("named after");
  });

  it("is not set by the settings on a sheet that has a Review column, which is said", () => {
    const a = run([caseReviewSheet()], settingsSchema.parse({ sheetReviews: { "Case Reviews": "Frankie" } }));
    expect(a.byReview.map((g) => g.name)).toEqual(["Frankie", "Sam and Kyle", "Leo"]);
    expect(sheetReviewFindings(a).map((f) => f.message)).toEqual([
      `The settings name the review of sheet "Case Reviews", but the sheet has a Review column ("Review"), which is read instead; clear the sheet's review in the settings.`,
    ]);
  });

  it("named for a sheet that is not counted, or that the workbook lacks, is said not to be used", () => {
    const notes: SheetSnapshot = { name: "Notes", firstRow: 1, firstColumn: 1, merges: [], values: [["Minutes of the meeting"], ["Actions agreed are on the plan."]] };
    const a = run([caseReviewSheet(), notes], settingsSchema.parse({ sheetReviews: { notes: "Frankie", "Leo Review": "Leo" } }));
    expect(a.byReview.map((g) => g.name)).toEqual(["Frankie", "Sam and Kyle", "Leo"]);
    expect(sheetReviewFindings(a).map((f) => f.message)).toEqual([
      `The settings name the review of sheet "Leo Review", but the workbook has no sheet of that name, so the review is not used; clear the sheet's review in the settings.`,
      // Named as its tab is.
      `The settings name the review of sheet "Notes", but the sheet is not counted (it holds no tracker, or is left out as an earlier round, a copy, or a sheet the tracker sheets chosen do not name), so the review is not used; clear the sheet's review in the settings.`,
    ]);
  });

  it("is the review of the sheet it continues, for a sheet named so with the same header", () => {
    const a = run(splitPeerReview("Peer Review (cont)", 13));
    expect(a.sentences).toEqual(["Peer Review – 26 actions identified (23 blue and 3 green)"]);
    expect(a.actions.filter((x) => x.sheet === "Peer Review (cont)").map((x) => x.review)).toEqual(Array(13).fill("Peer Review"));
    expect(sheetReviewFindings(a).find((f) => f.sheet === "Peer Review (cont)")?.message).toBe(
      `Sheet "Peer Review (cont)" has no Review column and continues "Peer Review", as its name says and its header is the same, so its 13 actions are counted under Peer Review; to count them apart, add a Review column naming each action's review, or name the sheet's review under Reviews of sheets in the task pane's settings.`,
    );
    expect(summaryNotes(a)).toContain(`"Peer Review" is named after its sheet, which has no Review column. The actions on "Peer Review (cont)" are counted under Peer Review, as the sheet continues "Peer Review".`);
  });

  it("follows the continued sheet's review where the settings name it", () => {
    const a = run(splitPeerReview("Peer Review continued", 13), settingsSchema.parse({ sheetReviews: { "Peer Review": "LSCP Peer Review" } }));
    expect(a.sentences).toEqual(["LSCP Peer Review – 26 actions identified (23 blue and 3 green)"]);
  });

  it("stays the sheet's own name where the header differs or the name only looks like a copy's", () => {
    const otherHeader = run(splitPeerReview("Peer Review (cont)", 13, ["Category", "Rec No", "Recommendation", "Specific Actions", "Update", "RAG"]));
    expect(otherHeader.byReview.map((g) => [g.name, g.total])).toEqual([["Peer Review", 13], ["Peer Review (cont)", 13]]);
    const copy = run(splitPeerReview("Peer Review (2)", 13));
    expect(copy.byReview.map((g) => [g.name, g.total])).toEqual([["Peer Review", 13], ["Peer Review (2)", 13]]);
  });
});

describe("the review of a plan kept as a tab per round, with no Review column", () => {
  /** Last quarter's tab, then this quarter's, re-rated on one row: the plan's earlier and latest rounds. */
  const rounds = (earlier: string, latest: string): SheetSnapshot[] => [{ ...peerReviewSheet(), name: earlier }, { ...peerReviewSheet({ 3: "B" }), name: latest }];

  it("is the sheet's name where the tabs are named by their periods alone, said, one plan or not, with the way to name it once", () => {
    const a = run(rounds("Oct 26", "Jan 2027"));
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Jan 2027"]);
    expect(a.sentences).toEqual(["Jan 2027 – 26 actions identified (24 blue and 2 green)"]);
    expect(sheetReviewFindings(a).map((f) => f.message)).toEqual([
      `Sheet "Jan 2027" has no Review column, so its 26 actions are counted under a review named after the sheet, "Jan 2027", which names a period, not a plan; add a Review column naming each action's review, or name the plan's review under Reviews of sheets in the task pane's settings, and the tab of the next round, copied from this one, keeps that name while this tab stays in the workbook.`,
    ]);
    // On the command line the place gains --sheet-review, in the sentence's only brackets.
    expect(sheetReviewFindings(a).map((f) => commandLineWords(f.message, { sheets: [], reviewedSheets: [] }))).toEqual([
      `Sheet "Jan 2027" has no Review column, so its 26 actions are counted under a review named after the sheet, "Jan 2027", which names a period, not a plan; add a Review column naming each action's review, or name the plan's review with --sheet-review (or under Reviews of sheets in the task pane's settings), and the tab of the next round, copied from this one, keeps that name while this tab stays in the workbook.`,
    ]);
    expect(summaryNotes(a)).toContain(`"Jan 2027" is named after its sheet, which has no Review column.`);
    // The first quarter's tab alone: said from the first report, before the month's name is in any.
    expect(sheetReviewFindings(run([{ ...peerReviewSheet(), name: "Jan 2027" }])).map((f) => f.message)).toEqual(sheetReviewFindings(a).map((f) => f.message));
  });

  it("is the review the settings name for an earlier round, the latest so named, with that said and the setting not called unused", () => {
    const settings = settingsSchema.parse({ sheetReviews: { "Jul 2026": "Old name", "Oct 26": "Peer Review" } });
    const a = run(rounds("Oct 26", "Jan 2027"), settings);
    expect(a.sentences).toEqual(["Peer Review – 26 actions identified (24 blue and 2 green)"]);
    expect(a.trackers[0]?.sheetReview).toEqual({ review: "Peer Review", namedBy: "earlierRound", carriedFrom: "Oct 26" });
    expect(sheetReviewFindings(a).map((f) => f.message)).toEqual([
      `Sheet "Jan 2027" has no Review column, so its 26 actions are counted under Peer Review, the review the settings name for "Oct 26", an earlier round of the same plan; to count them under another, add a Review column naming each action's review, or name the sheet's review under Reviews of sheets in the task pane's settings.`,
      // A round before it, whose name is not the one carried: truly unused.
      `The settings name the review of sheet "Jul 2026", but the workbook has no sheet of that name, so the review is not used; clear the sheet's review in the settings.`,
    ]);
    // Hidden, the earlier round still holds the plan's actions; deleted, a tab named by a period alone is no review's own name.
    const hidden = run([{ ...peerReviewSheet(), name: "Oct 26", hidden: true }, { ...peerReviewSheet({ 3: "B" }), name: "Jan 2027" }], settings);
    expect(hidden.sentences).toEqual(["Peer Review – 26 actions identified (24 blue and 2 green)"]);
    const deleted = run([{ ...peerReviewSheet(), name: "Jan 2027" }], settings);
    expect(deleted.sentences).toEqual(["Peer Review – 26 actions identified (23 blue and 3 green)"]);
    // The team's cycle: the named tab deleted once two later ones are there.
    const cycle = run([{ ...peerReviewSheet(), name: "Jan 2027" }, { ...peerReviewSheet({ 3: "B" }), name: "Apr 2027" }], settings);
    expect(cycle.sentences).toEqual(["Peer Review – 26 actions identified (24 blue and 2 green)"]);
    // A setting for a later period is no earlier round's.
    expect(run([{ ...peerReviewSheet(), name: "Jan 2027" }], settingsSchema.parse({ sheetReviews: { "Apr 2027": "Peer Review" } })).sentences).toEqual(["Jan 2027 – 26 actions identified (23 blue and 3 green)"]);
  });

  it("is never carried to, or named after, a tab that holds other actions, a review of its own named for its month", () => {
    const march: SheetSnapshot = { ...caseReviewSheet(), name: "Rapid Review March 2021" };
    const june: SheetSnapshot = { ...peerReviewSheet(), name: "Rapid Review June 2021" };
    const settings = settingsSchema.parse({ sheetReviews: { "Rapid Review March 2021": "Child A" } });
    // March's tab closed and hidden, or deleted, with its review's name left in the settings.
    for (const sheets of [[{ ...march, hidden: true }, june], [june]]) {
      const a = run(sheets, settings);
      expect(a.sentences, sheets.length === 2 ? "hidden" : "deleted").toEqual(["Rapid Review June 2021 – 26 actions identified (23 blue and 3 green)"]);
      expect(a.trackers.at(-1)?.sheetReview).toEqual({ review: "Rapid Review June 2021", namedBy: "sheet" });
    }
    // Both counted: each its own review, and neither told its name is a period's.
    const both = run([{ ...march, name: "Rapid Review March 2021" }, june]);
    expect(both.byReview.map((g) => g.name)).toContain("Rapid Review June 2021");
    expect(sheetReviewFindings(both).map((f) => f.message).join(" ")).not.toContain("names a period");
  });

  it("is not carried from a later round's setting, nor put before the sheet's own", () => {
    const later = run(rounds("Oct 26", "Jan 2027"), settingsSchema.parse({ sheetReviews: { "Apr 2027": "Peer Review" } }));
    expect(later.sentences).toEqual(["Jan 2027 – 26 actions identified (24 blue and 2 green)"]);
    const own = run(rounds("Oct 26", "Jan 2027"), settingsSchema.parse({ sheetReviews: { "Oct 26": "Peer Review", "Jan 2027": "LSCP Peer Review" } }));
    expect(own.sentences).toEqual(["LSCP Peer Review – 26 actions identified (24 blue and 2 green)"]);
  });

  it("is what the tabs' names share besides their periods, the same from round to round", () => {
    const a = run(rounds("Peer Review Q2 2026-27", "Peer Review Q3 2026-27"));
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Peer Review Q3 2026-27"]);
    expect(a.sentences).toEqual(["Peer Review – 26 actions identified (24 blue and 2 green)"]);
    expect(a.trackers[0]?.sheetReview).toEqual({ review: "Peer Review", namedBy: "rounds" });
    // One plan: one review, whatever its name, so nothing is said.
    expect(sheetReviewFindings(a)).toEqual([]);
    // Beside another sheet's plan, said with where the name comes from.
    const beside = run([...rounds("Peer Review Q2 2026-27", "Peer Review Q3 2026-27"), caseReviewSheet()]);
    expect(beside.sentences[0]).toBe("Peer Review – 26 actions identified (24 blue and 2 green)");
    expect(summaryNotes(beside)).toContain(`"Peer Review" is the name "Peer Review Q3 2026-27" and its plan's other round tabs share besides their periods; the sheet has no Review column.`);
  });
});

describe("continuedName", () => {
  it("reads the sheet a name says it continues", () => {
    for (const name of ["Peer Review (cont)", "Peer Review (Cont.)", "Peer Review (continued)", "Peer Review - continued", "Peer Review – cont", "Peer Review contd", "Peer Review cont'd"]) expect(continuedName(name), name).toBe("Peer Review");
    for (const name of ["Peer Review (2)", "Peer Review 2", "Completed actions", "Continued", "Contingency plan", "Peer Review (contingency)"]) expect(continuedName(name), name).toBeUndefined();
  });
});

describe("the sheet reviews setting", () => {
  it("refuses a blank review name in one sentence", () => {
    expect(parseSettings({ sheetReviews: { "Completed actions": "  " } })).toEqual({ ok: false, message: 'The RAG Tracker settings saved in this workbook cannot be used: the review of sheet "Completed actions" is blank, where it should be a review\'s name; save the settings again in the task pane.' });
  });
});
