import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { settingsSchema } from "../../src/core/settings";

const HEADER = ["Review", "Action No", "Action", "RAG"];

function plan(rows: CellValue[][]): SheetSnapshot {
  return { name: "Plan", firstRow: 1, firstColumn: 1, values: [HEADER, ...rows], merges: [] };
}

function duplicates(rows: CellValue[][]) {
  const analysis = analyseWorkbook({ sheets: [plan(rows)] }, settingsSchema.parse({}), "2021-11-01");
  return analysis.findings.filter((f) => f.code === "duplicate-ref").map((f) => ({ row: f.row, column: f.column, value: f.value, message: f.message }));
}

describe("action numbers used twice", () => {
  it("reads an action number as its fixed-decimals format shows it: 2.10 is the tenth action under 2, not 2.1 again", () => {
    // The delivery plan numbers its actions 2.1, 2.2 … 2.10; Excel holds 2.10 as 2.1, and a 0.00 format shows it as typed.
    const sheet: SheetSnapshot = {
      ...plan([
        ["Strategic Aim 2", 2.1, "Produce the LSCP Annual Report", "G"],
        ["Strategic Aim 2", 2.1, "Receive and review the CDOP Annual Report", "B"],
      ]),
      numberFormats: [[], [null, "General"], [null, "0.00"]],
    };
    const analysis = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({}), "2021-11-01");
    expect(analysis.actions.map((a) => a.ref)).toEqual(["2.1", "2.10"]);
    expect(analysis.findings.filter((f) => f.code === "duplicate-ref")).toEqual([]);
    // Merged down beside two actions, the number is read in its top-left cell's format on both rows.
    const merged: SheetSnapshot = {
      ...plan([
        ["Strategic Aim 2", 2.1, "Receive and review the CDOP Annual Report", "B"],
        ["Strategic Aim 2", null, "Share its learning with the partnership", "G"],
      ]),
      numberFormats: [[], [null, "0.00"], [null, "General"]],
      merges: [{ top: 2, bottom: 3, left: 2, right: 2 }],
    };
    const mergedAnalysis = analyseWorkbook({ sheets: [merged] }, settingsSchema.parse({}), "2021-11-01");
    expect(mergedAnalysis.actions.map((a) => a.ref)).toEqual(["2.10", "2.10"]);
  });


  describe("a number Excel shortened: 2.10 typed into a General cell, held as 2.1", () => {
    // The delivery plan's actions under Strategic Aim 2 (2.1 to 2.8), and three of its later actions numbered on as the plan grew.
    const AIM_2 = [
      "Produce the LSCP Annual Report",
      "LSCP Management Executive Board undertake themed multi-agency audits supporting our scrutiny of improving outcomes for children",
      "Circulate and review Section 11 and school 157/175 audits which include a Prevent audit.",
      "Receive and review Annual Report from LADO",
      "Receive and review Annual Report from IRO",
      "Monitor use of Signs of Safety, promoting its benefits and impact on improving safeguarding interventions",
      "Receive and review an Annual Report from Essex Fire & Rescue on their role with education establishments promoting safeguarding",
      "Non mandatory Serious safeguarding Incidents (SI's) to be reported to the partnership and included as part of the Learning and Improvement framework",
      "Review the multi-agency response for children at risk of neglect making recommendations for any additional processes",
      "Review and refresh the Neglect Strategy",
      "Monitor use and impact of GCP2 by trained staff and promote its use",
    ];
    /** Aim 2's actions numbered as Excel holds what was typed (`numbers`: the number cells, one an action, in order). */
    const aim2 = (numbers: CellValue[]) => duplicates(numbers.map((n, i) => ["Strategic Aim 2", n, AIM_2[i]!, "G"]));
    const typed = [2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 2.1, 2.11];
    const KEEP = "to keep 2.10, format column B as Text and type 2.10 again, or type '2.10.";

    it("says the second 2.1 is probably 2.10, where it follows 2.9", () => {
      expect(aim2(typed).map((d) => d.message)).toEqual([`Row 11: action number 2.1 of Strategic Aim 2 is also used on row 2; as it follows 2.9 on row 10, it is probably 2.10 typed as a number, which Excel keeps as 2.1; ${KEEP}`]);
      // Its 2.9 missing (closed and taken off), where 2.11 comes just after it.
      expect(aim2([...typed.slice(0, 8), 2.1, 2.11]).map((d) => d.message)).toEqual([`Row 10: action number 2.1 of Strategic Aim 2 is also used on row 2; as it comes before 2.11 on row 11, it is probably 2.10 typed as a number, which Excel keeps as 2.1; ${KEEP}`]);
    });

    it("says which of the two is, beside 2.9 or 2.11 however the plan is sorted, and one of the two, where 2.11 is in the review but beside neither", () => {
      const sorted = [2.1, 2.1, 2.11, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9].map((n, i) => (i === 2 ? "2.11" : n));
      const moved = [2.1, 2.2, 2.3, 2.4, 2.1, 2.5, 2.6, 2.7, 2.8, 2.9, 2.11];
      expect(aim2(moved).map((d) => d.message)).toEqual([`Row 6: action number 2.1 of Strategic Aim 2 is also used on row 2; as 2.11 is on row 12 and 2.10 on none, one of the two is probably 2.10 typed as a number, which Excel keeps as 2.1; ${KEEP}`]);
      // Sorted as text ("2.1", "2.1", "2.11", "2.2" …): the second 2.1 is the one beside 2.11.
      expect(aim2(sorted).map((d) => d.message)).toEqual([`Row 3: action number 2.1 of Strategic Aim 2 is also used on row 2; as it comes before 2.11 on row 4, it is probably 2.10 typed as a number, which Excel keeps as 2.1; ${KEEP}`]);
      // Newest first (2.11, 2.10, 2.9 … 2.1): the first 2.1 is the one, beside 2.11 and 2.9.
      const newestFirst = [...typed].reverse();
      expect(aim2(newestFirst).map((d) => d.message)).toEqual([`Row 12: action number 2.1 of Strategic Aim 2 is also used on row 3; as row 3's follows 2.11 on row 2, that one is probably 2.10 typed as a number, which Excel keeps as 2.1; ${KEEP}`]);
    });

    it("guesses nothing where the plan does not number past 2.9, 2.10 is there, or the second 2.1 is typed as text", () => {
      const plain = "give each action its own number so reports can follow it.";
      expect(aim2([2.1, 2.2, 2.3, 2.1]).map((d) => d.message)).toEqual([`Row 5: action number 2.1 of Strategic Aim 2 is also used on row 2; ${plain}`]);
      expect(aim2([...typed.slice(0, 9), 2.1, "2.10"]).map((d) => d.message)).toEqual([`Row 11: action number 2.1 of Strategic Aim 2 is also used on row 2; ${plain}`]);
      expect(aim2([...typed.slice(0, 9), "2.1", 2.11]).map((d) => d.message)).toEqual([`Row 11: action number 2.1 of Strategic Aim 2 is also used on row 2; ${plain}`]);
      // Another aim's 2.9 above it is not this aim's.
      const otherAim = duplicates([
        ["Strategic Aim 2", 2.1, AIM_2[0]!, "G"],
        ["Strategic Aim 3", 2.9, AIM_2[8]!, "G"],
        ["Strategic Aim 2", 2.1, AIM_2[9]!, "G"],
      ]);
      expect(otherAim.map((d) => d.message)).toEqual([`Row 4: action number 2.1 of Strategic Aim 2 is also used on row 2; ${plain}`]);
    });
  });

  it("finds a number used twice in one review, whatever the case or spacing of the review's name", () => {
    expect(
      duplicates([
        ["Frankie", 1, "Brief staff", "Blue"],
        ["Leo", 1, "Audit files", "Green"],
        ["frankie ", 1, "Train leads", "Amber"],
      ]),
    ).toEqual([{ row: 4, column: "B", value: "1", message: "Row 4: action number 1 of frankie is also used on row 2; give each action its own number so reports can follow it." }]);
  });

  it("says a row worded as the earlier one may be a copy to delete, where giving it a number of its own would keep it", () => {
    expect(
      duplicates([
        ["Frankie", 7, "Include a reflective question on hidden adults in the supervision template.", "Amber"],
        ["Frankie", 8, "Audit files", "Green"],
        ["Frankie", 7, "Include a reflective question on hidden adults in the supervision template.", "Amber"],
      ]),
    ).toEqual([
      {
        row: 4,
        column: "B",
        value: "7",
        message: "Row 4: action number 7 of Frankie is also used on row 2, worded the same; if the row was copied by mistake, delete it, and if not, give each action its own number so reports can follow it.",
      },
    ]);
  });

  it("reads a number typed as text and as a number as the same, and letters in either case as the same", () => {
    expect(
      duplicates([
        ["Frankie", 3, "Brief staff", "Blue"],
        ["Frankie", "3", "Audit files", "Green"],
        ["Frankie", "2a", "Train leads", "Amber"],
        ["Frankie", "2A", "Review policy", "Red"],
        ["Frankie", 2.5, "Update forms", "Red"],
        ["Frankie", "2.5", "Share learning", "Red"],
      ]).map((d) => [d.row, d.value]),
    ).toEqual([
      [3, "3"],
      [5, "2A"],
      [7, "2.5"],
    ]);
  });

  it("finds none when every review numbers its actions once", () => {
    expect(
      duplicates([
        ["Frankie", 1, "Brief staff", "Blue"],
        ["Frankie", 2, "Audit files", "Green"],
        ["Leo", 1, "Train leads", "Amber"],
      ]),
    ).toEqual([]);
  });
});
