/**
 * A row whose text is merged from the action's column through the rating column is one note, not an action
 * whose time scale, update and rating each say it. Rows are the delivery plan's Strategic Aim 1, with the team's
 * RAG column and a progress update, and action 1.3 replaced by a note merged across its row.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellRange, CellValue } from "../../src/core/cells";

const run = (values: CellValue[][], merges: CellRange[]) => analyseWorkbook({ sheets: [{ name: "Delivery Plan", firstRow: 1, firstColumn: 1, values, merges }] }, DEFAULT_SETTINGS, "2021-12-01");

const PLAN: CellValue[][] = [
  ["Action No", "Action", "Lead Group", "Time Scale", "Progress update", "RAG"],
  ["Strategic Aim 1 – Safeguarding is everyone's business"],
  [1.1, "Develop a multi-agency approach to identification of emerging safeguarding training needs by conducting a multi-agency Training Needs Analysis (TNA)", "LPR Group", "December 2021", "TNA completed", "B"],
  [1.2, "Produce an interagency online newsletter to incorporate training, recently published Learning Practice Reviews and updates on policies and procedures", "LSCP Business Team", "March 2022", "Two issues published", "G"],
  [1.3, "Action withdrawn by the Board in June 2021 – see 1.2"],
  [1.4, "Develop a learning and improvement framework", "LPR Group", "June 2022", "Audit complete - Blue"],
  [1.5, "Conduct review and evaluation of effectiveness of the Multi-agency training and learning programme", "LPR Group", "June 2022", "Started", "A"],
];
const SECTION: CellRange = { top: 2, bottom: 2, left: 1, right: 6 };
const NOTE_ACROSS_ROW: CellRange = { top: 5, bottom: 5, left: 2, right: 6 };
const UPDATE_THROUGH_RATING: CellRange = { top: 6, bottom: 6, left: 5, right: 6 };

describe("a text merged from the action's column through the rating column", () => {
  const a = run(PLAN, [SECTION, NOTE_ACROSS_ROW, UPDATE_THROUGH_RATING]);

  it("is a note: not an action, and its month is no due date", () => {
    expect(a.trackers[0]!.actions.map((x) => x.ref)).toEqual(["1.1", "1.2", "1.4", "1.5"]);
    expect(a.overdue).toEqual([]);
    expect(a.byLead.map((l) => l.name)).not.toContain("Action withdrawn by the Board in June 2021 – see 1.2");
    expect(a.findings.filter((f) => f.row === 5).map((f) => f.code)).toEqual(["merged-note"]);
  });

  it("is said as the note it is read as, with the cells to unmerge", () => {
    expect(a.findings.find((f) => f.code === "merged-note")).toEqual({
      sheet: "Delivery Plan",
      row: 5,
      code: "merged-note",
      severity: "warning",
      message:
        `Row 5 ("Action withdrawn by the Board in June 2…") is one text merged across the row (B5:F5), from the action's column to the rating's, so it reads as a note, not as an action, and no time scale or rating is read from it; if it is an action, unmerge B5:F5 and type its time scale and rating in their own columns.`,
    });
  });

  it("leaves the merge of an update through the rating warned of alone, as the rating it is", () => {
    expect(a.findings.filter((f) => f.code === "merged-into-rating").map((f) => f.message)).toEqual([
      `Cells E6:F6 are merged from column E into the rating column F, so action row 6 reads its rating from E6, "Audit complete - Blue"; unmerge E6:F6 and type the row's rating in column F.`,
    ]);
  });

  it("is a note where it begins with a word saying the action is done, a remark after it: no overdue action is made of its month", () => {
    for (const done of ["Completed March 2021 - see 1.1", "Complete - see 1.1", "Closed Dec 2020 - merged with 1.3"]) {
      const b = run(PLAN.map((row, i) => (i === 4 ? [1.3, done] : row)), [SECTION, NOTE_ACROSS_ROW]);
      expect(b.trackers[0]!.actions.map((x) => x.ref)).toEqual(["1.1", "1.2", "1.4", "1.5"]);
      expect(b.overdue).toEqual([]);
      expect(b.findings.filter((f) => f.row === 5).map((f) => f.code)).toEqual(["merged-note"]);
    }
  });

  it("is one note over every row it covers, said in one finding with another", () => {
    const two = PLAN.map((row, i) => (i === 6 ? [1.5, "Deferred to the 2022-23 plan"] : row));
    const b = run(two, [SECTION, NOTE_ACROSS_ROW, { top: 7, bottom: 7, left: 2, right: 6 }]);
    expect(b.trackers[0]!.actions.map((x) => x.ref)).toEqual(["1.1", "1.2", "1.4"]);
    expect(b.findings.filter((f) => f.code === "merged-note").map((f) => f.message)).toEqual([
      `Rows 5 and 7 ("Action withdrawn by the Board in June 2…", "Deferred to the 2022-23 plan") are each one text merged across the row (B5:F5 and B7:F7), from the action's column to the rating's, so they read as notes, not as actions, and no time scale or rating is read from them; if one is an action, unmerge its cells and type its time scale and rating in their own columns.`,
    ]);
  });
});

describe("a text merged across the row that is no note", () => {
  it("is the section it heads, merged from the action's column with nothing else on the row, as merged from the first column", () => {
    const headings = (before: CellValue[]) => PLAN.map((row, i) => (i === 1 ? [...before, row[0]!] : i === 4 ? [...before, "Strategic Aim 2 – Early help"] : row));
    const fromB = run(headings([null]), [{ top: 2, bottom: 2, left: 2, right: 6 }, NOTE_ACROSS_ROW]);
    const fromA = run(headings([]), [SECTION, { top: 5, bottom: 5, left: 1, right: 6 }]);
    for (const a of [fromB, fromA]) {
      expect(a.trackers[0]!.actions.map((x) => [x.ref, x.category])).toEqual([
        ["1.1", "Strategic Aim 1 – Safeguarding is everyone's business"],
        ["1.2", "Strategic Aim 1 – Safeguarding is everyone's business"],
        ["1.4", "Strategic Aim 2 – Early help"],
        ["1.5", "Strategic Aim 2 – Early help"],
      ]);
      expect(a.findings.filter((f) => f.code === "merged-note" || f.code === "rating-invalid")).toEqual([]);
    }
  });

  it("is the section a short title names, with no label", () => {
    for (const title of ["Priority 2 – Neglect", "Theme 1: Voice of the child", "Early help", "A safer partnership"]) {
      const headed = PLAN.map((row, i) => (i === 4 ? [null, title] : row));
      const a = run(headed, [SECTION, NOTE_ACROSS_ROW]);
      expect(a.trackers[0]!.actions.filter((x) => x.category === title).map((x) => x.ref)).toEqual(["1.4", "1.5"]);
      expect(a.findings.filter((f) => f.code === "merged-note")).toEqual([]);
    }
  });

  it("is a note, not a category, where it is no section's heading, though nothing else is on its row", () => {
    const noted = PLAN.map((row, i) => (i === 4 ? [null, "Action 1.2 withdrawn – see 1.1"] : row));
    const a = run(noted, [SECTION, NOTE_ACROSS_ROW]);
    expect(new Set(a.trackers[0]!.actions.map((x) => x.category))).toEqual(new Set([PLAN[1]![0]]));
    expect(a.findings.filter((f) => f.code === "merged-note").map((f) => f.row)).toEqual([5]);
  });

  it("is the action's rating where the index reads it, warned of as merged into the rating column", () => {
    const rated = PLAN.map((row, i) => (i === 4 ? [1.3, "Blue"] : row));
    const a = run(rated, [SECTION, NOTE_ACROSS_ROW]);
    expect(a.trackers[0]!.actions.map((x) => [x.ref, x.rating.kind === "rated" ? x.rating.entry.name : x.rating.kind])).toContainEqual(["1.3", "Blue"]);
    expect(a.findings.filter((f) => f.code === "merged-note")).toEqual([]);
    expect(a.findings.filter((f) => f.code === "merged-into-rating").map((f) => f.message)).toEqual([
      `Cells B5:F5 are merged from column B into the rating column F, so action row 5 reads its rating from B5, "Blue"; unmerge B5:F5 and type the row's rating in column F.`,
    ]);
  });

  it("is the action's rating where the index suggests one for it, as an invalid rating with its suggestion", () => {
    const complete = PLAN.map((row, i) => (i === 4 ? [1.3, "Complete"] : row));
    const a = run(complete, [SECTION, NOTE_ACROSS_ROW]);
    expect(a.trackers[0]!.actions.find((x) => x.ref === "1.3")?.rating).toMatchObject({ kind: "invalid", suggestion: { name: "Blue" } });
    expect(a.findings.filter((f) => f.code === "merged-note")).toEqual([]);
    expect(a.findings.filter((f) => f.code === "merged-into-rating").map((f) => f.message)).toEqual([
      `Cells B5:F5 are merged from column B into the rating column F, so action row 5 reads its rating from B5, "Complete"; unmerge B5:F5 and type the row's rating in column F.`,
    ]);
  });
});

describe("a numbered row whose merged text is a sentence beginning with a rating's code", () => {
  const withRow5 = (text: string) => PLAN.map((row, i) => (i === 4 ? [1.3, text] : row));

  it('is a merged note, as other sentences are: "A review found this duplicated 1.2" is no Amber', () => {
    const a = run(withRow5("A review found this duplicated 1.2"), [SECTION, NOTE_ACROSS_ROW]);
    expect(a.trackers[0]!.actions.map((x) => x.ref)).toEqual(["1.1", "1.2", "1.4", "1.5"]);
    expect(a.totals.counts).toMatchObject({ Amber: 1, Invalid: 0 });
    expect(a.findings.filter((f) => f.row === 5).map((f) => f.message)).toEqual([
      `Row 5 ("A review found this duplicated 1.2") is one text merged across the row (B5:F5), from the action's column to the rating's, so it reads as a note, not as an action, and no time scale or rating is read from it; if it is an action, unmerge B5:F5 and type its time scale and rating in their own columns.`,
    ]);
  });

  it('is that action\'s rating where the code is the whole text ("A", "A.", "g"), warned of as merged into the rating column', () => {
    for (const [text, name] of [
      ["A", "Amber"],
      ["A.", "Amber"],
      ["g", "Green"],
    ] as const) {
      const a = run(withRow5(text), [SECTION, NOTE_ACROSS_ROW]);
      const action = a.trackers[0]!.actions.find((x) => x.ref === "1.3")!;
      expect(action.rating.kind === "rated" ? action.rating.entry.name : action.rating.kind === "invalid" ? action.rating.suggestion?.name : undefined).toBe(name);
      expect(a.findings.filter((f) => f.code === "merged-note")).toEqual([]);
      expect(a.findings.filter((f) => f.code === "merged-into-rating").map((f) => f.row)).toEqual([5]);
    }
  });
});
