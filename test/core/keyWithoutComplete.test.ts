/**
 * Which rating a workbook's own RAG key makes complete where no line of it says complete: the complete rating's
 * actions are never chased as stale or overdue, so a rating whose line says another state must never be taken for it.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { saysComplete } from "../../src/core/indexEntries";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { PEER_REVIEW_INDEX_ROWS, peerReviewSheet } from "../fixtures/peerReview";

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values, merges: [] });
/** After the case reviews' target dates ("December 2021") and over 90 days after their last update (1 September 2021). */
const run = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2022-01-15");
/** The case reviews as the committee minutes count them, with Sam and Kyle's two amber actions rated Red instead. */
const caseReviews = () => caseReviewSheet((row, i) => void (i >= 30 && i < 32 && (row[9] = "Red")));
const keySheet = (lines: CellValue[][]) => sheet("RAG Key", [["Rating", "Meaning"], ...lines]);
/** The peer review plan's 26 rows with a key typed below them in place of its own index. */
const peerReviewWithKey = (lines: CellValue[][]): SheetSnapshot => {
  const values = peerReviewSheet().values;
  const rows = values.slice(0, values.length - PEER_REVIEW_INDEX_ROWS.length);
  return { ...peerReviewSheet(), values: [...rows, [PEER_REVIEW_INDEX_ROWS[0]![0]!], ...lines.flatMap((line) => [line, []])] };
};
const completeOf = (a: ReturnType<typeof run>) => a.index.entries.filter((e) => e.complete).map((e) => e.name);
const chased = (list: ReturnType<typeof run>["stale"], name: string) => list.filter((f) => f.action.rating.kind === "rated" && f.action.rating.entry.name === name).length;

describe("a key in which every line says a state and none says complete", () => {
  const STATES: CellValue[][] = [["Blue", "Not started"], ["Red", "Off track"], ["Amber", "Some delay"], ["Green", "On track"]];

  it("takes no rating as complete, so on-track and not-started actions are chased as stale and overdue, and says how to name the complete one", () => {
    const a = run([keySheet(STATES), caseReviews()]);
    expect(a.index.source).toEqual({ kind: "keySheet", sheet: "RAG Key" });
    expect(completeOf(a)).toEqual([]);
    expect(a.totals.counts).toMatchObject({ Blue: 28, Green: 4, Amber: 12, Red: 2 });
    for (const list of [a.stale, a.overdue]) expect([chased(list, "Blue"), chased(list, "Green"), chased(list, "Amber"), chased(list, "Red")]).toEqual([28, 4, 12, 2]);
    expect(a.findings.find((f) => f.code === "index-from-workbook")?.message).toBe(
      'Ratings are read with the key on sheet "RAG Key" (Blue, Red, Amber, Green), where no line says complete, so no rating is taken as complete and actions of every rating are listed when stale or overdue; if one rating means complete, say so in its line, as in "Blue | Complete".',
    );
  });

  it("takes no rating as complete in a key typed below the peer review plan either", () => {
    const a = run([peerReviewWithKey(STATES)]);
    expect(a.index.source).toMatchObject({ kind: "block", sheet: "Peer Review" });
    expect(a.totals.total).toBe(26);
    expect(completeOf(a)).toEqual([]);
  });

  it("still takes Green as complete where Blue's line says not started and Green's says no state (\"Met\")", () => {
    const a = run([keySheet([["Blue", "Not started"], ["Red", "Not met"], ["Amber", "Partially met"], ["Green", "Met"]]), caseReviews()]);
    expect(completeOf(a)).toEqual(["Green"]);
    expect(chased(a.overdue, "Green")).toBe(0);
  });
});

describe('a key listing Blue last for work "not yet commenced"', () => {
  it.each(["Not yet commenced", "Yet to start", "Yet to commence"])('never takes Blue "%s" as complete, so its actions are chased as stale and overdue', (meaning) => {
    const a = run([keySheet([["Red", "Off track"], ["Amber", "Some delay"], ["Green", "On track"], ["Blue", meaning]]), caseReviews()]);
    expect(completeOf(a)).toEqual([]);
    expect([chased(a.stale, "Blue"), chased(a.overdue, "Blue")]).toEqual([28, 28]);
  });

  it("takes Green as complete where Green's line says no state (\"Good\"), below the peer review plan too", () => {
    const lines = [["Red", "Inadequate"], ["Amber", "Requires improvement"], ["Green", "Good"], ["Blue", "Not yet commenced"]];
    expect(completeOf(run([keySheet(lines), caseReviews()]))).toEqual(["Green"]);
    expect(completeOf(run([peerReviewWithKey(lines)]))).toEqual(["Green"]);
  });
});

describe("the committee's Green, complete but not yet embedded, in other words: \"Delivered, not yet embedded\"", () => {
  // The committee minutes: "blue actions meant the work had been embedded into the service; green meant complete but not
  // yet embedded; and amber meant work had been started but not yet completed". Delivered is complete: Green is done.
  const COMMITTEE: CellValue[][] = [["Blue", "Complete and embedded into the service"], ["Green", "Delivered, not yet embedded"], ["Amber", "Started but not yet completed"]];

  it("is complete beside Blue, so Leo's 4 green actions are counted done and not chased, as the committee counts them", () => {
    const a = run([keySheet(COMMITTEE), caseReviews()]);
    expect(completeOf(a)).toEqual(["Blue", "Green"]);
    expect([chased(a.stale, "Green"), chased(a.overdue, "Green")]).toEqual([0, 0]);
    expect(a.findings.find((f) => f.code === "index-from-workbook")?.message).toBe('Ratings are read with the key on sheet "RAG Key" (Blue, Green, Amber; Blue and Green mean complete).');
    expect(completeOf(run([peerReviewWithKey(COMMITTEE)]))).toEqual(["Blue", "Green"]);
  });

  it("is complete with no Blue line, read from its own words", () => {
    const a = run([keySheet(COMMITTEE.slice(1)), caseReviews()]);
    expect(completeOf(a)).toEqual(["Green"]);
  });

  it.each([
    ["Delivered, not yet embedded", true],
    ["Implemented", true],
    ["Signed off by the Board", true],
    ["Partially delivered", false],
    ["Partially complete", false],
    ["Being implemented", false],
    ["Part complete", false],
    // A word that qualifies what follows the complete word leaves it complete.
    ["Completed and being monitored", true],
    ["Complete as part of the wider programme", true],
    ["Implemented and being embedded", true],
    ["Complete - awaiting sign off", true],
    ["Fully implemented", true],
    // Under way, or taken back, in words teams use.
    ["Mostly delivered, some elements outstanding", false],
    ["Some actions delivered, others delayed", false],
    ["Implemented in part", false],
    ["Achieved in part", false],
    ["Largely implemented", false],
    ["Almost finished", false],
    ["Nearly complete", false],
    ["Part-complete", false],
    ["On track to complete by the due date", false],
    ["Closed - not achieved", false],
    ["Not yet delivered", false],
    ["To be delivered by March 2022", false],
  ] as [string, boolean][])('reads "%s" as saying complete: %s', (meaning, complete) => {
    expect(saysComplete(meaning)).toBe(complete);
  });
});
