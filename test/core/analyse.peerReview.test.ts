import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";

const analyse = (sheet = peerReviewSheet()) => analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2021-11-01");

describe("the peer review action plan", () => {
  it("finds the header below the title, with line breaks in its names", () => {
    const [tracker] = analyse().trackers;
    expect(tracker?.headerRow).toBe(3);
    expect(tracker?.columns).toEqual({ category: 1, ref: 2, recommendation: 3, actions: 4, response: 5, rating: 6 });
    expect(tracker?.headers.rating).toBe("RAG Rating");
  });

  it("reads 26 actions: 23 blue and 3 green, ignoring the blank page-break row and the index block", () => {
    const a = analyse();
    expect(a.actions).toHaveLength(26);
    expect(a.totals.counts).toEqual({ Blue: 23, Green: 3, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 });
    expect(a.trackers[0]?.lastRow).toBe(peerReviewRow(26));
    expect(a.sentences).toEqual(["Peer Review – 26 actions identified (23 blue and 3 green)"]);
  });

  it("reads the index printed below the table, with Blue as complete", () => {
    const { index } = analyse();
    expect(index.source).toEqual({ kind: "block", sheet: "Peer Review", row: peerReviewRow(26) + 2 });
    expect(index.entries.map((e) => [e.code, e.name, e.complete])).toEqual([
      ["B", "Blue", true],
      ["G", "Green", false],
      ["A", "Amber", false],
      ["R", "Red", false],
    ]);
    expect(index.entries[2]?.meaning).toBe("Action commenced, some delay will recover to completion.");
  });

  it("counts by category as the document has them, merging spellings split by line breaks", () => {
    const byCategory = Object.fromEntries(analyse().byCategory.map((g) => [g.name, [g.total, g.counts.Blue, g.counts.Green]]));
    expect(byCategory).toEqual({
      "Governance & Business Support Structures": [4, 4, 0],
      "Shared Priorities/ Engagement": [8, 6, 2],
      "Learning and Improvement": [6, 5, 1],
      "Quality Assurance and Data": [5, 5, 0],
      Finance: [3, 3, 0],
    });
  });

  it("keeps the action's text exactly", () => {
    const rec13 = analyse().actions.find((a) => a.ref === "13");
    expect(rec13?.recommendation).toBe("Agree budget needed including contingency for Local Child Safeguarding Practice Review (LCSPR)");
    expect(rec13?.response).toBe("Strategic Partners agreed the budget at their January 2021 meeting.");
    expect(rec13?.row).toBe(peerReviewRow(13));
  });

  it("normalises case, spaces and code letters, and flags what is not a rating", () => {
    const a = analyse(peerReviewSheet({ 1: " b ", 2: "BLUE", 3: "amber ", 4: "Yellow", 5: "TBC", 6: "B/G", 7: null }));
    expect(a.totals.counts).toMatchObject({ Blue: 19, Green: 2, Amber: 1, Unrated: 1, Invalid: 3 });
    const byRow = (no: number) => a.findings.filter((f) => f.row === peerReviewRow(no));
    expect(byRow(1)[0]).toMatchObject({ code: "rating-not-canonical", severity: "info", column: "F", value: " b ", fix: "B" });
    expect(byRow(2)[0]).toMatchObject({ code: "rating-not-canonical", fix: "B" });
    expect(byRow(4)[0]).toMatchObject({ code: "rating-invalid", severity: "error", value: "Yellow", fix: "A", sheet: "Peer Review" });
    expect(byRow(4)[0]?.message).toBe(`Row ${peerReviewRow(4)}: "Yellow" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R) (did you mean Amber?).`);
    expect(byRow(5)[0]).toMatchObject({ code: "rating-invalid", value: "TBC" });
    expect(byRow(5)[0]?.fix).toBeUndefined();
    expect(byRow(6)[0]).toMatchObject({ code: "rating-invalid", value: "B/G" });
    expect(byRow(7)[0]).toMatchObject({ code: "rating-unrated", severity: "warning" });
  });

  it('says what to do with "N/A", which marks an action not yet rated or no longer applying, and counts it invalid', () => {
    const a = analyse(peerReviewSheet({ 5: "N/A", 6: "n/a", 7: "Not applicable" }));
    expect(a.totals.counts).toMatchObject({ Invalid: 3 });
    expect(a.totals.total).toBe(26);
    const finding = a.findings.find((f) => f.row === peerReviewRow(5));
    expect(finding).toMatchObject({ code: "rating-invalid", severity: "error", value: "N/A" });
    expect(finding?.fix).toBeUndefined();
    expect(finding?.message).toBe(
      `Row ${peerReviewRow(5)}: "N/A" is not a rating, so the action is counted with an invalid rating; if it no longer applies, remove it from the plan or rate it Blue if it is complete, or else enter Blue (B), Green (G), Amber (A) or Red (R).`,
    );
    for (const no of [6, 7]) expect(a.findings.find((f) => f.row === peerReviewRow(no))?.message).toMatch(/is not a rating, so the action is counted with an invalid rating; if it no longer applies/);
  });

  it("suggests the nearest rating for a typo that is near two (Gren: Green, not Red)", () => {
    const a = analyse(peerReviewSheet({ 3: "Gren", 4: "Ambre" }));
    const byRow = (no: number) => a.findings.find((f) => f.row === peerReviewRow(no));
    expect(byRow(3)).toMatchObject({ code: "rating-invalid", value: "Gren", fix: "G" });
    expect(byRow(3)?.message).toBe(`Row ${peerReviewRow(3)}: "Gren" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R) (did you mean Green?).`);
    expect(byRow(4)).toMatchObject({ code: "rating-invalid", value: "Ambre", fix: "A" });
  });

  it("suggests nothing for a typo as near two ratings (Rue: Red and Blue), lest Fix ratings take the first, Blue, and count it complete", () => {
    const a = analyse(peerReviewSheet({ 3: "Rue" }));
    const finding = a.findings.find((f) => f.row === peerReviewRow(3))!;
    expect(finding).toMatchObject({ code: "rating-invalid", value: "Rue" });
    expect(finding.fix).toBeUndefined();
    expect(finding.message).toBe(`Row ${peerReviewRow(3)}: "Rue" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R).`);
  });

  it("reads a rating pasted with an invisible character or typed in full-width letters, and shows what cannot be seen", () => {
    const a = analyse(peerReviewSheet({ 1: "\u200BBlue", 2: "Ｂ", 3: "G\n", 4: "\u200B" }));
    expect(a.totals.counts).toMatchObject({ Blue: 22, Green: 3, Invalid: 1 });
    const byRow = (no: number) => a.findings.find((f) => f.row === peerReviewRow(no));
    expect(byRow(1)?.message).toBe(`Row ${peerReviewRow(1)}: "\\u200BBlue" is read as Blue; written as the sheet writes its ratings, it is "B".`);
    expect(byRow(2)).toMatchObject({ code: "rating-not-canonical", fix: "B" });
    expect(byRow(3)?.message).toBe(`Row ${peerReviewRow(3)}: "G\\n" is read as Green, but has a line break after it; written as the sheet writes its ratings, it is "G".`);
    expect(byRow(4)).toMatchObject({ code: "rating-invalid", message: expect.stringContaining('"\\u200B" is not a rating') });
    // Spaces, which the quotes alone hardly show, are named.
    const spaced = analyse(peerReviewSheet({ 1: "B ", 2: " b " }));
    const message = (no: number) => spaced.findings.find((f) => f.row === peerReviewRow(no))?.message;
    expect(message(1)).toBe(`Row ${peerReviewRow(1)}: "B " is read as Blue, but has a space after it; written as the sheet writes its ratings, it is "B".`);
    expect(message(2)).toBe(`Row ${peerReviewRow(2)}: " b " is read as Blue, but has a space before and after it; written as the sheet writes its ratings, it is "B".`);
  });

  it("offers the one rating a longer text names as its fix, and none where the text names two or none", () => {
    const a = analyse(peerReviewSheet({ 1: "Green (on track)", 2: "G - on track", 3: "Blue/Complete", 4: "B/G", 5: "n/a" }));
    const fix = (no: number) => a.findings.find((f) => f.row === peerReviewRow(no) && f.code === "rating-invalid")?.fix;
    // A rating followed by a dash or a bracket and its meaning is read as that rating (ratingWords.ts): no fix is needed.
    expect([1, 2, 3, 4, 5].map(fix)).toEqual([undefined, undefined, "B", undefined, undefined]);
    expect(a.actions.filter((x) => x.row <= peerReviewRow(2)).map((x) => x.rating.kind === "rated" && x.rating.entry.name)).toEqual(["Green", "Green"]);
  });

  it("offers a fix for a coloured circle, a word for done, the words of a rating's meaning, and a rating that says what it was", () => {
    const a = analyse(peerReviewSheet({ 1: "🟢", 2: "🔵", 3: "🟠 delayed", 4: "Completed", 5: "On track", 6: "Green (was Amber)", 7: "Not started", 8: "🟣", 9: "Plan", 10: "Issues" }));
    const fix = (no: number) => a.findings.find((f) => f.row === peerReviewRow(no) && f.code === "rating-invalid")?.fix;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(fix)).toEqual(["G", "B", "A", "B", "G", "G", undefined, undefined, undefined, undefined]);
  });

  it("fills a merged category into every row of the merge", () => {
    const sheet = peerReviewSheet();
    const r8 = peerReviewRow(8);
    for (let r = r8 + 1; r <= r8 + 3; r++) sheet.values[r - 1]![0] = null;
    sheet.merges.push({ top: r8, bottom: r8 + 3, left: 1, right: 1 });
    const rows = analyse(sheet).actions.filter((a) => a.row >= r8 && a.row <= r8 + 3);
    expect(rows.map((a) => a.category)).toEqual(Array(4).fill("Quality Assurance and Data"));
  });
});
