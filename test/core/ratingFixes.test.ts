/**
 * Fix ratings' plan for a rating merged down beside several actions: one edit at the merge's top-left
 * only where the merge starts in the rating column and every action row it covers reads the
 * same fix; otherwise no edit, and one sentence saying why. Rows are the peer review plan's, its
 * third recommendation split into three actions (rows 6 to 8), its rating column F.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellRange, CellValue, SheetSnapshot } from "../../src/core/cells";
import { colourOnlyLeft, ratingFixPlan, ratingFixes } from "../../src/core/ratingFixes";
import { checkedSentence } from "../../src/core/checkedSentence";

const GREEN = "#00B050";
const plan = (rating: CellValue): CellValue[][] => [
  ["Peer Review Action Plan"],
  ["No", "Category", "Recommendation", "Specific Actions", "Response", "RAG Rating"],
  [1, "Governance", "Consider deputies on Strategic Group", "Identify deputies.", "Deputies are now core members.", "B"],
  [2, "Governance", "MASH steering group", "Become an LSCP sub-group.", "Now a sub-group.", "B"],
  [3, "Priorities", "Shared and agreed priorities", "Produce a booklet.", "Meetings have taken place.", "Blue"],
  [3, "Priorities", "Shared and agreed priorities", "Share the booklet.", "Delayed.", rating],
  [3, "Priorities", "Shared and agreed priorities", "Re-publish the booklet.", "Agreed.", null],
  [3, "Priorities", "Shared and agreed priorities", "Review the booklet.", "Due.", null],
];
const run = (values: CellValue[][], merges: CellRange[], fills?: Record<string, string>) => {
  const sheet: SheetSnapshot = { name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges, ...(fills && { fills }) };
  return analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2021-11-01");
};
const F6_F8: CellRange = { top: 6, bottom: 8, left: 6, right: 6 };

describe("ratingFixPlan: a rating merged down beside several actions", () => {
  it("typed in an unusual spelling: one edit at the top-left, naming the rows it covers", () => {
    const a = run(plan("blue "), [F6_F8]);
    expect(ratingFixPlan(a)).toEqual({ edits: [{ sheet: "Peer Review", row: 6, column: 6, from: "blue ", to: "Blue", rows: [6, 7, 8] }], notes: [] });
  });

  it("coloured in and read alike on each row: one edit typing the rating once", () => {
    const a = run(plan(null), [F6_F8], { F6: GREEN, F7: GREEN, F8: GREEN });
    expect(ratingFixes(a)).toEqual([{ sheet: "Peer Review", row: 6, column: 6, from: "", to: "G", rows: [6, 7, 8] }]);
  });

  it("coloured in but a row read as missing (its own fill hides the colour there): no edit, and a sentence saying why", () => {
    const a = run(plan(null), [F6_F8], { F6: GREEN, F8: GREEN });
    expect(a.totals.counts).toMatchObject({ Green: 2, Unrated: 1 });
    expect(ratingFixPlan(a)).toEqual({
      edits: [],
      notes: ["The rating merged over rows 6 to 8 was left as it is: its rows are not read alike (row 7 reads as missing); unmerge it and rate each row."],
    });
  });

  it("the first row read as missing: no edit either, and the counting note is not given, as its rows are not one rating", () => {
    const a = run(plan(null), [F6_F8], { F7: GREEN, F8: GREEN });
    expect(ratingFixPlan(a).edits).toEqual([]);
    expect(ratingFixPlan(a).notes).toEqual([expect.stringContaining("(row 6 reads as missing)")]);
    expect(a.findings.filter((f) => f.code === "merged-rating")).toEqual([]);
  });

  it("merged with the cell beside it in another column: no edit, as it would land in that column's cell", () => {
    const values = plan("blue ");
    const a = run(values, [{ top: 6, bottom: 6, left: 5, right: 6 }]);
    // The response on row 6 is merged over the rating: the rating cell F6 holds nothing of its own.
    values[5]![4] = "blue ";
    values[5]![5] = null;
    const b = run(values, [{ top: 6, bottom: 6, left: 5, right: 6 }]);
    for (const analysis of [a, b]) expect(ratingFixes(analysis).filter((e) => e.row === 6)).toEqual([]);
    expect(ratingFixPlan(b).notes).toEqual(["The rating of row 6 was left as it is: its cell is merged in from column E (E6:F6), where the rating would be typed; unmerge it and rate the row in column F."]);
  });

  it("merged across to the next column from the rating cell: fixed there, in its own cell", () => {
    const values = plan("blue ");
    const a = run(values, [{ top: 6, bottom: 6, left: 6, right: 7 }]);
    expect(ratingFixPlan(a).edits.filter((e) => e.row === 6)).toEqual([{ sheet: expect.any(String), row: 6, column: 6, from: "blue ", to: expect.any(String) }]);
    expect(ratingFixPlan(a).notes).toEqual([]);
  });

  it("given by colour alone where the plan leaves it: its finding and Check ratings' sentence promise no fix", () => {
    const values = plan(null);
    values[3]![5] = null;
    const a = run(values, [F6_F8], { F4: GREEN, F6: GREEN, F8: GREEN });
    const colourOnly = a.findings.filter((f) => f.code === "rating-colour-only");
    expect(colourOnly.map((f) => [f.row, f.message.includes("(Fix ratings does)")])).toEqual([
      [4, true],
      [6, false],
      [8, false],
    ]);
    expect(colourOnlyLeft(a).map((f) => f.row)).toEqual([6, 8]);
    expect(checkedSentence(a)).toContain("3 ratings are given by colour alone, with no word typed; Fix ratings types 1 and leaves 2 as they are, in merged cells, saying why.");
    const beside = plan(null);
    beside[5]![4] = null;
    const b = run(beside, [{ top: 6, bottom: 6, left: 5, right: 6 }], { E6: GREEN, F6: GREEN });
    expect(ratingFixPlan(b).edits).toEqual([]);
    expect(checkedSentence(b)).toContain("1 rating is given by colour alone, with no word typed; Fix ratings leaves it as it is, in a merged cell, saying why.");
    expect(b.findings.find((f) => f.code === "rating-colour-only")?.message).not.toContain("Fix ratings");
  });

  it("given by colour alone where the plan leaves it: its finding says to unmerge the cell before typing the rating in the row's own", () => {
    const values = plan(null);
    const a = run(values, [F6_F8], { F6: GREEN, F8: GREEN });
    expect(a.findings.filter((f) => f.code === "rating-colour-only").map((f) => f.message)).toEqual([
      'Row 6: the rating cell is filled green (#00B050) with nothing typed in it, so it is counted as Green; unmerge F6:F8 first, then type "G" in F6, so filters, screen readers and printouts in black and white read the rating too.',
      'Row 8: the rating cell is filled green (#00B050) with nothing typed in it, so it is counted as Green; unmerge F6:F8 first, then type "G" in F8, so filters, screen readers and printouts in black and white read the rating too.',
    ]);
    const beside = plan(null);
    beside[5]![4] = null;
    const b = run(beside, [{ top: 6, bottom: 6, left: 5, right: 6 }], { E6: GREEN, F6: GREEN });
    expect(b.findings.find((f) => f.code === "rating-colour-only")?.message).toContain('unmerge E6:F6 first, then type "G" in F6,');
  });

  it("leaves other rows' fixes as they are", () => {
    const values = plan("blue ");
    values[3]![5] = "b";
    const a = run(values, [F6_F8]);
    expect(ratingFixes(a).map((e) => [e.row, e.rows])).toEqual([
      [4, undefined],
      [6, [6, 7, 8]],
    ]);
  });
});

/**
 * The peer review plan's third recommendation, its three actions (rows 6 to 8) rated by one merged
 * green cell, repeated `times` times below its first two recommendations: each copy's middle row is
 * read as missing (`apart`), or each copy's first row is merged in from the response column instead;
 * `thenTimes` more copies of the kind `then` follow.
 */
function repeated(times: number, kind: "apart" | "beyond", then: "apart" | "beyond" = kind, thenTimes = 0) {
  const base = plan(null);
  const values = [...base.slice(0, 5)];
  const merges: CellRange[] = [];
  const fills: Record<string, string> = {};
  for (let i = 0; i < times + thenTimes; i++) {
    if (i === times) kind = then;
    const top = values.length + 1;
    values.push(...base.slice(5).map((row) => [...row]));
    if (kind === "apart") {
      merges.push({ top, bottom: top + 2, left: 6, right: 6 });
      fills[`F${top}`] = GREEN;
      fills[`F${top + 2}`] = GREEN;
    } else {
      values[top - 1]![4] = "blue ";
      merges.push({ top, bottom: top, left: 5, right: 6 });
    }
  }
  return run(values, merges, fills);
}

describe("ratingFixPlan: many merged ratings left as they are on one sheet", () => {
  it("four merges whose rows read apart are still said one by one", () => {
    const notes = ratingFixPlan(repeated(4, "apart")).notes;
    expect(notes).toHaveLength(4);
    expect(notes[3]).toBe("The rating merged over rows 15 to 17 was left as it is: its rows are not read alike (row 16 reads as missing); unmerge it and rate each row.");
  });

  it("500 merges whose rows read apart: one sentence naming the first three areas and how many more", () => {
    const a = repeated(500, "apart");
    expect(a.findings.filter((f) => f.code === "rating-unrated")).toHaveLength(500);
    expect(ratingFixPlan(a)).toEqual({
      edits: [],
      notes: ['500 merged ratings on "Peer Review" were left as they are because the rows each covers are not read alike (F6:F8, F9:F11, F12:F14 and 497 more); unmerge each and rate each row.'],
    });
  });

  it("1,200 ratings merged in from the response column: one sentence, the count grouped by thousands", () => {
    expect(ratingFixPlan(repeated(1200, "beyond")).notes).toEqual([
      '1,200 ratings on "Peer Review" were left as they are because their cells are merged in from an earlier column (E6:F6, E9:F9, E12:F12 and 1,197 more), where the rating would be typed; unmerge each and rate each row in column F.',
    ]);
  });

  it("each kind is grouped by itself: two of one kind after six of the other keep their own sentences, after the six's one", () => {
    const notes = ratingFixPlan(repeated(6, "apart", "beyond", 2)).notes;
    expect(notes).toEqual([
      '6 merged ratings on "Peer Review" were left as they are because the rows each covers are not read alike (F6:F8, F9:F11, F12:F14 and 3 more); unmerge each and rate each row.',
      "The rating of row 24 was left as it is: its cell is merged in from column E (E24:F24), where the rating would be typed; unmerge it and rate the row in column F.",
      "The rating of row 27 was left as it is: its cell is merged in from column E (E27:F27), where the rating would be typed; unmerge it and rate the row in column F.",
    ]);
  });
});
