import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { SheetSnapshot } from "../../src/core/cells";
import { outcomeMessage } from "../../src/core/outcome";
import { settingsSchema } from "../../src/core/settings";
import { SUMMARY_SHEET, buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import type { SheetPlan } from "../../src/core/writePlan";
import { sheetsLeftOut } from "../../src/core/history/snapshot";

/** A tracker of review "Leo": `n` actions numbered from 1, each rated `rating`, the wording ending in `wording`. */
function leo(name: string, n: number, { rating = "Amber", wording = "." } = {}): SheetSnapshot {
  return {
    name,
    firstRow: 1,
    firstColumn: 1,
    values: [["Review", "No", "Action", "RAG"], ...Array.from({ length: n }, (_, i) => ["Leo", i + 1, `Share the learning with partner ${i + 1}${wording}`, rating])],
    merges: [],
  };
}

const analyse = (sheets: SheetSnapshot[], settings: object = {}) => analyseWorkbook({ sheets }, settingsSchema.parse(settings), "2021-11-01");
const notes = (plan: SheetPlan) => plan.rows.flatMap((r) => (r[0]?.kind === "text" && r[0].style === "note" ? [r[0].value] : []));

describe("a tracker on a hidden sheet", () => {
  const old = { ...leo("Leo (2020 version)", 10, { rating: "Red", wording: " (draft)." }), hidden: true };
  const said = 'Not counted: sheet "Leo (2020 version)" (10 actions), which is hidden; unhide it to have its actions counted.';

  it("is not counted where the workbook has a visible tracker, and that is said wherever the counts are", () => {
    const analysis = analyse([leo("Leo", 14), old]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Leo"]);
    expect(analysis.sentences).toEqual(["Leo – 14 actions identified (14 amber)"]);
    expect(analysis.findings.filter((f) => f.sheet === "Leo (2020 version)")).toEqual([{ sheet: "Leo (2020 version)", code: "hidden-tracker", severity: "info", message: said }]);
    expect(outcomeMessage(analysis).endsWith(said)).toBe(true);
    expect(notes(buildSummaryPlan(analysis).sheets.find((s) => s.name === SUMMARY_SHEET)!)).toContain(said);
    expect(notes(buildPackPlan(analysis, undefined))).toContain(said);
  });

  it("is counted when the settings name it, hidden or not, without a note", () => {
    const analysis = analyse([leo("Leo", 14), old], { trackerSheets: ["Leo (2020 version)"] });
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Leo (2020 version)"]);
    expect(analysis.findings.some((f) => f.code === "hidden-tracker")).toBe(false);
  });

  it("is counted, with a note, when every tracker is hidden: there is nothing else to report", () => {
    const analysis = analyse([{ ...leo("Leo", 14), hidden: true }, { name: "Notes", firstRow: 1, firstColumn: 1, values: [["Minutes of the last meeting"]], merges: [] }]);
    expect(analysis.actions).toHaveLength(14);
    const counted = 'Counted although hidden: sheet "Leo" (14 actions), as the workbook has no visible tracker sheet.';
    expect(outcomeMessage(analysis).endsWith(counted)).toBe(true);
  });
});

describe("an old version of a sheet, reworded since, left visible", () => {
  it("is said to be counted twice, perhaps, where most of its numbers are the other sheet's in the same review", () => {
    const analysis = analyse([leo("Leo", 14), leo("Leo (2020 version)", 10, { rating: "Red", wording: " (draft)." })]);
    expect(analysis.actions).toHaveLength(24);
    const said =
      'Counted twice, perhaps: 10 actions on sheet "Leo (2020 version)" have the same review and number as actions on sheet "Leo", though worded differently; if one sheet is an old version, delete it or choose the tracker sheets in the settings, and if not, give each action its own number.';
    expect(analysis.findings).toContainEqual({ sheet: "Leo (2020 version)", code: "repeated-tracker", severity: "warning", message: said });
    expect(outcomeMessage(analysis).endsWith(said)).toBe(true);
  });

  it("is not said where the reviews differ, or the numbers shared are few", () => {
    const frankie: SheetSnapshot = { ...leo("Frankie", 10), values: leo("Frankie", 10).values.map((row, r) => (r === 0 ? row : ["Frankie", ...row.slice(1)])) };
    expect(analyse([leo("Leo", 14), frankie]).findings.some((f) => f.code === "repeated-tracker")).toBe(false);
    // Two numbers in common, 1 and 2: a second sheet of the review's later actions, not an old version.
    const later: SheetSnapshot = { ...leo("Leo later", 10), values: leo("Leo later", 10).values.map((row, r) => (r === 0 ? row : ["Leo", r <= 2 ? r : r + 20, `Audit the referrals ${r}.`, "Green"])) };
    expect(analyse([leo("Leo", 14), later]).findings.some((f) => f.code === "repeated-tracker")).toBe(false);
  });
});

describe("two columns headed alike, one hidden", () => {
  /** Column C last round's "RAG Status" (Amber), column D this round's (Blue). */
  const sheet = (hidden: number[]): SheetSnapshot => ({
    ...leo("Leo", 4),
    values: leo("Leo", 4).values.map((row, r) => (r === 0 ? ["Review", "No", "RAG Status", "RAG Status"] : ["Leo", row[1]!, "Amber", "Blue"])),
    hiddenColumns: hidden.map((c) => ({ first: c, last: c })),
  });
  const duplicate = (s: SheetSnapshot) => analyse([s]).findings.filter((f) => f.code === "duplicate-column").map((f) => f.message);

  it("reads the visible one, wherever the hidden one stands, and names the hidden one as hidden", () => {
    expect(analyse([sheet([3])]).totals.counts).toMatchObject({ Blue: 4 });
    expect(duplicate(sheet([3]))).toEqual(['Column C ("RAG Status"), which is hidden, and column D ("RAG Status") both head a RAG rating column, and only column D is read; if column C is the one to read, choose it under Column overrides in the task pane\'s settings, or rename one of the two.']);
    expect(analyse([sheet([4])]).totals.counts).toMatchObject({ Amber: 4 });
    expect(duplicate(sheet([4]))).toEqual(['Column D ("RAG Status"), which is hidden, and column C ("RAG Status") both head a RAG rating column, and only column C is read; if column D is the one to read, choose it under Column overrides in the task pane\'s settings, or rename one of the two.']);
  });

  it("a visible target gives way to a hidden current rating all the same: its header says it is not the rating now", () => {
    const targets: SheetSnapshot = { ...sheet([3]), values: sheet([3]).values.map((row, r) => (r === 0 ? ["Review", "No", "RAG", "Target RAG"] : row)) };
    expect(analyse([targets]).totals.counts).toMatchObject({ Amber: 4 });
  });

  it("keeps the leftmost where both are hidden, and says the one read is hidden", () => {
    expect(analyse([sheet([3, 4])]).totals.counts).toMatchObject({ Amber: 4 });
    expect(duplicate(sheet([3, 4]))).toEqual(['Column D ("RAG Status"), which is hidden, and column C ("RAG Status"), which is hidden, both head a RAG rating column, and only column C is read; if column D is the one to read, choose it under Column overrides in the task pane\'s settings, or rename one of the two.']);
  });
});

describe("an earlier quarter's sheet, hidden after its report", () => {
  it("is said to be an earlier round of the quarter counted, not a plan to unhide", () => {
    const analysis = analyse([{ ...leo("Q1 2021-22", 8, { rating: "Red" }), hidden: true }, leo("Q2 2021-22", 8)]);
    expect(analysis.trackers.map((t) => t.sheet)).toEqual(["Q2 2021-22"]);
    expect(analysis.findings.find((f) => f.code === "hidden-tracker")?.message).toBe('Not counted: sheet "Q1 2021-22" (8 actions), which is hidden, and an earlier round of sheet "Q2 2021-22", the latest rated.');
    // Not kept as a hidden sheet left out, which a later report would offer to unhide: its actions are the round's, as a visible earlier round's are.
    expect(sheetsLeftOut(analysis)).toEqual([]);
  });
});
