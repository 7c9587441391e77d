/**
 * Fix ratings writes only the cells it was asked to, as the user would have typed them: never over
 * a formula, never leaving a cell formatted as Text that was not, a merged rating once at its
 * top-left, and with Excel's calculation left as it was.
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { keptAsTyped } from "../../src/excel/edits";
import { fixRatings, undoFixes } from "../../src/door/operations";
import { FakeExcel } from "../fakes/fakeExcel";
import { dumpWorkbook, putSnapshot } from "./helpers";
import { PEER_REVIEW_SEVEN, peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";

function leo(excel: FakeExcel, ratings: (string | null)[]) {
  return excel.sheet("Leo", [
    ["Review", "No", "Action", "Response", "RAG", "Agency RAG"],
    ...ratings.map((r, i) => ["Leo", i + 1, `Action ${i + 1}`, "Started", r, "b"]),
  ]);
}

describe("Fix ratings and the user's cells", () => {
  it("leaves a rating a formula gives as it is, fixes the others, and says which it left and why", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, [null, "green ", "Amber", "Amber"]);
    // E2 mirrors the agency's own rating: =F2, showing "b".
    Object.assign(sheet.ensure(2, 5), { formula: "=F2", value: "b" });
    const door = new ExcelDoor(excel);
    const { edits } = await fixRatings(door);
    expect(edits.map((e) => e.row)).toEqual([2, 3]);
    expect(sheet.cell(2, 5)).toEqual({ formula: "=F2", value: "b" });
    expect(sheet.text(3, 5)).toBe("Green");
    expect(door.lastEditOutcome).toEqual({
      left: [edits[0]],
      notes: ['Row 2 of "Leo" was left as it is because a formula gives its rating; fix the rating in the cell the formula reads.'],
    });
  });

  it("keeps the cell's number format: a rating name stays text in any format", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, ["blue ", "Green", "amber"]);
    sheet.ensure(4, 5).numberFormat = "@";
    await fixRatings(new ExcelDoor(excel));
    expect(sheet.cell(2, 5)).toEqual({ value: "Blue" });
    expect(sheet.cell(4, 5)).toEqual({ value: "Amber", numberFormat: "@" });
  });

  it("knows which texts Excel would not keep as typed", () => {
    // Nothing empties the cell in any format.
    for (const text of ["Blue", "B", "Not started", "Green", ""]) expect(keptAsTyped(text), text).toBe(true);
    for (const text of ["1", "1/2", "12 Jan", "=B2", "-", "+1", "@x", "TRUE", "50%", "B/G", "007"]) expect(keptAsTyped(text), text).toBe(false);
  });

  it("leaves a rating written with its meaning as the team writes it, and fixes the plain ones beside it", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, ["Blue - Complete", "green ", "Amber: some delay", "Green – On track"]);
    const { edits } = await fixRatings(new ExcelDoor(excel));
    expect(edits.map((e) => [e.row, e.to])).toEqual([[3, "Green"]]);
    expect([2, 3, 4, 5].map((row) => sheet.text(row, 5))).toEqual(["Blue - Complete", "Green", "Amber: some delay", "Green – On track"]);
  });

  it("leaves Excel's calculation as it found it: the user's totals over the ratings are current", async () => {
    const excel = new FakeExcel();
    leo(excel, ["blue ", "Green"]);
    await fixRatings(new ExcelDoor(excel));
    expect(excel.calculationPending).toBe(false);
  });
});

describe("Fix ratings and a rating merged down beside several actions", () => {
  it("fixes the merged cell once, at its top-left, and keeps the merge", async () => {
    const excel = new FakeExcel();
    const sheet = excel.sheet("Leo", [
      ["Review", "No", "Action", "Response", "RAG"],
      ["Leo", 1, "Brief staff", "Started", "blue "],
      ["Leo", 1, "Brief managers", "Started", null],
      ["Leo", 1, "Brief governors", "Started", null],
      ["Leo", 2, "Audit", "Started", "Green"],
    ]);
    sheet.merges.push({ top: 2, bottom: 4, left: 5, right: 5 });
    const door = new ExcelDoor(excel);
    const { edits } = await fixRatings(door);
    // The engine sees the rating on each of the three rows; Excel holds it once, and it is one change, over the three rows.
    expect(edits).toEqual([{ sheet: "Leo", row: 2, column: 5, from: "blue ", to: "Blue", rows: [2, 3, 4] }]);
    expect(sheet.text(2, 5)).toBe("Blue");
    expect(sheet.cell(3, 5)).toBeUndefined();
    expect(sheet.cell(4, 5)).toBeUndefined();
    expect(sheet.merges).toEqual([{ top: 2, bottom: 4, left: 5, right: 5 }]);
    expect(door.lastEditOutcome).toEqual({ left: [], notes: [] });

    // Undo puts the merged cell back once, and blames no row for the cells the merge leaves empty.
    const undone = await undoFixes(door, edits);
    expect(undone.kept).toEqual([]);
    expect(undone.undone).toEqual(edits);
    expect(sheet.text(2, 5)).toBe("blue ");
    expect(sheet.merges).toEqual([{ top: 2, bottom: 4, left: 5, right: 5 }]);
  });

  it("types a rating given by colour alone, and undoing it empties the cell again, its format and fill as they were", async () => {
    const excel = new FakeExcel();
    const sheet = leo(excel, [null, "Amber"]);
    sheet.ensure(2, 5).look = { fill: "#00B050" };
    const door = new ExcelDoor(excel);
    const { edits } = await fixRatings(door);
    expect(edits).toEqual([{ sheet: "Leo", row: 2, column: 5, from: "", to: "Green" }]);
    expect(sheet.cell(2, 5)).toEqual({ value: "Green", look: { fill: "#00B050" } });
    const undone = await undoFixes(door, edits);
    expect(undone.undone).toEqual(edits);
    // No Text format left behind: the cell is as it was, and reads as coloured again.
    expect(sheet.cell(2, 5)).toEqual({ look: { fill: "#00B050" } });
    expect(undone.analysis.findings.filter((f) => f.code === "rating-colour-only").map((f) => f.row)).toEqual([2]);
  });

  it("says so, and writes nothing, when the merge was undone since the read", async () => {
    const excel = new FakeExcel();
    const sheet = excel.sheet("Leo", [
      ["Review", "No", "Action", "Response", "RAG"],
      ["Leo", 1, "Brief staff", "Started", "blue "],
      ["Leo", 1, "Brief managers", "Started", null],
      ["Leo", 2, "Audit", "Started", "Green"],
    ]);
    sheet.merges.push({ top: 2, bottom: 3, left: 5, right: 5 });
    const door = new ExcelDoor(excel);
    await door.read();
    sheet.merges = [];
    const before = dumpWorkbook(excel);
    await expect(
      door.applyEdits([
        { sheet: "Leo", row: 2, column: 5, from: "blue ", to: "Blue" },
        { sheet: "Leo", row: 3, column: 5, from: "blue ", to: "Blue" },
      ]),
    ).rejects.toThrow('Nothing was changed because rows 2 and 3 of "Leo" are no longer merged as they were read; check again and retry.');
    expect(dumpWorkbook(excel)).toEqual(before);
  });
});

describe("Undo of Fix ratings puts back what the cell held, in its own number format", () => {
  /** The rating column of peerReviewSheet(). */
  const PEER_RAG = 6;
  const formatOf = (cell: { numberFormat?: string } | undefined) => cell?.numberFormat ?? "General";

  it("a rating pasted with a space before it, or a no-break space after it, goes back as that text in a General cell", async () => {
    const excel = new FakeExcel();
    // Recommendations 3 and 25 rated G, as pasted from the team's document.
    const sheet = putSnapshot(excel, peerReviewSheet({ 3: " G", 25: "G\u00a0" }));
    const [three, twentyFive] = [peerReviewRow(3), peerReviewRow(25)];
    sheet.ensure(three, PEER_RAG).numberFormat = "0";
    const door = new ExcelDoor(excel);
    const { edits } = await fixRatings(door);
    expect(edits.map((e) => [e.row, e.from, e.to])).toEqual([
      [three, " G", "G"],
      [twentyFive, "G\u00a0", "G"],
    ]);
    const undone = await undoFixes(door, edits);
    expect(undone.undone).toEqual(edits);
    expect([sheet.cell(three, PEER_RAG)?.value, formatOf(sheet.cell(three, PEER_RAG))]).toEqual([" G", "0"]);
    expect([sheet.cell(twentyFive, PEER_RAG)?.value, formatOf(sheet.cell(twentyFive, PEER_RAG))]).toEqual(["G\u00a0", "General"]);
  });

  it("a number in a rating cell is no rating, so Fix ratings never writes over one and Undo never has a number to put back", async () => {
    const excel = new FakeExcel();
    const sheet = putSnapshot(excel, peerReviewSheet({ 3: 1, 25: " G" }));
    sheet.ensure(peerReviewRow(3), PEER_RAG).numberFormat = "0";
    const { edits } = await fixRatings(new ExcelDoor(excel));
    expect(edits.map((e) => e.row)).toEqual([peerReviewRow(25)]);
    expect(sheet.cell(peerReviewRow(3), PEER_RAG)).toEqual({ value: 1, numberFormat: "0" });
  });

  it("a rating Fix ratings writes as text (an in-between rating) keeps the cell's number format, and Undo leaves it as it was", async () => {
    const excel = new FakeExcel();
    const rows = PEER_REVIEW_SEVEN.map((row) => [...row]);
    // Recommendation 4's protocol, rated between Amber and Green as the team's key allows.
    rows[4]![5] = "amber/green";
    const sheet = excel.sheet("Peer Review", [
      ...rows,
      [],
      ["Key"],
      ["Blue", "Action complete."],
      ["Green", "Action on track and progressing to plan."],
      ["Amber/Green", "Action on track, some delay expected."],
      ["Amber", "Action commenced, some delay will recover to completion."],
      ["Red", "Action experiencing threatening problems and issues, behind schedule and not expected to recover."],
    ] as (string | number | null)[][]);
    const door = new ExcelDoor(excel);
    const { edits } = await fixRatings(door);
    expect(edits.map((e) => [e.row, e.from, e.to])).toEqual([[5, "amber/green", "Amber/Green"]]);
    expect([sheet.cell(5, PEER_RAG)?.value, formatOf(sheet.cell(5, PEER_RAG))]).toEqual(["Amber/Green", "General"]);
    await undoFixes(door, edits);
    expect([sheet.cell(5, PEER_RAG)?.value, formatOf(sheet.cell(5, PEER_RAG))]).toEqual(["amber/green", "General"]);
  });
});
