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
