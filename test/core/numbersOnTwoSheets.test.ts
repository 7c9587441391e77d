/**
 * A review's action numbers used on two counted sheets: an action copied, not moved, to a sheet of
 * completed actions is counted twice, and is said, as a number used twice on one sheet is.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { CASE_REVIEW_HEADER, caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";

const run = (sheets: SheetSnapshot[], settings: Settings = DEFAULT_SETTINGS) => analyseWorkbook({ sheets }, settings, "2021-12-15");
const numberFindings = (sheets: SheetSnapshot[], settings?: Settings) => run(sheets, settings).findings.filter((f) => f.code === "duplicate-ref");

/** Frankie's actions 1 and 2 copied (not moved) from the case reviews, beside three new ones numbered 15 to 17. */
function completedSheet(): SheetSnapshot {
  const cases = caseReviewSheet().values;
  const added = [15, 16, 17].map((n): CellValue[] => ["Frankie", n, "Information sharing", `Recommendation ${n}.`, `Audit of the learning from Frankie, part ${n}.`, "Audit complete.", "Health", "March 2021", new Date(Date.UTC(2021, 2, 1)), "Blue"]);
  return { name: "Completed actions", firstRow: 1, firstColumn: 1, merges: [], values: [CASE_REVIEW_HEADER, cases[2]!, cases[3]!, ...added] };
}

describe("an action number of one review on two counted sheets", () => {
  it("is said once for the pair of sheets, naming each number's rows, as the actions are counted on both", () => {
    const a = run([caseReviewSheet(), completedSheet()]);
    expect(a.sentences[0]).toBe("Frankie – 19 actions identified (16 blue and 3 amber)");
    expect(a.findings.filter((f) => f.code === "duplicate-ref")).toEqual([
      {
        sheet: "Completed actions",
        row: 2,
        code: "duplicate-ref",
        severity: "warning",
        message:
          'Sheet "Completed actions" uses 2 action numbers that sheet "Case Reviews" also uses for the same review or the same action: Frankie 1 on row 2 (row 3 there) and Frankie 2 on row 3 (row 4 there); an action on both sheets is counted twice: if they are the same actions, delete them from one sheet, and if not, give each action its own number so reports can follow them.',
      },
    ]);
  });

  it("is said where the settings give a sheet with no Review column the review of another sheet's numbers, naming five and counting the rest", () => {
    const [finding, ...others] = numberFindings([caseReviewSheet(), peerReviewSheet()], settingsSchema.parse({ sheetReviews: { "Peer Review": "Frankie" } }));
    expect(others).toEqual([]);
    expect(finding!.message).toMatch(/^Sheet "Peer Review" uses 14 action numbers that sheet "Case Reviews" also uses for the same review or the same action: Frankie 1 on row 4 \(row 3 there\), .* and 9 more; /);
  });

  it("finds an action copied to a sheet with no Review column, its own review, by its number and wording", () => {
    const cases = caseReviewSheet().values;
    // No Review column: the sheet's actions are counted under "Completed actions".
    const completed: SheetSnapshot = { name: "Completed actions", firstRow: 1, firstColumn: 1, merges: [], values: [CASE_REVIEW_HEADER.slice(1), cases[2]!.slice(1), cases[3]!.slice(1)] };
    const [finding, ...others] = numberFindings([caseReviewSheet(), completed]);
    expect(others).toEqual([]);
    expect(finding!.message).toMatch(/^Sheet "Completed actions" uses 2 action numbers that sheet "Case Reviews" also uses for the same review or the same action: Completed actions 1 on row 2 \(Frankie 1, row 3 there\) and /);
  });

  it("finds a review's numbers written with '&' or a full stop on one sheet, as the counts group them", () => {
    const completed = completedSheet();
    completed.values = completed.values.map((r, i) => (i === 0 ? r : Object.assign([...r], { 0: "Frankie." })));
    expect(numberFindings([caseReviewSheet(), completed])).toHaveLength(1);
  });

  it("is not said of numbers on one sheet only, of two reviews' numbers alike, or of a continued sheet's numbers", () => {
    expect(numberFindings([caseReviewSheet()])).toEqual([]);
    const plan = peerReviewSheet();
    const cut = plan.values.findIndex((r) => r[1] === 14);
    const continued: SheetSnapshot = { ...plan, name: "Peer Review (cont)", values: [plan.values[2]!, ...plan.values.slice(cut)] };
    expect(numberFindings([{ ...plan, values: plan.values.slice(0, cut) }, continued, caseReviewSheet()])).toEqual([]);
  });
});
