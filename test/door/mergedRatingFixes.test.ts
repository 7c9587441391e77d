/**
 * Fix ratings on a rating merged down beside several actions, in the file door and in Excel: the
 * merged cell is one rating, held in its top-left cell, so it is fixed once there, said as one change
 * covering the rows, and Undo puts it back cleanly. Each row stays counted with the merged rating
 * throughout. The rating column read is the third round's (I), merged over I7:I10.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { RagDoor } from "../../src/door/RagDoor";
import { analyse, fixRatings, undoFixes } from "../../src/door/operations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { fixSentence, undoneSentence } from "../../src/taskpane/messages";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";

const AMBER = "FFFFC000";
const RATING = 9;

/** Twelve actions rated in three rounds, the third round rating five so far; `merged` shapes the cells, then `area` (I7:I10; null: none) is merged. */
async function plan(merged: (sheet: ExcelJS.Worksheet) => void, area: string | null = "I7:I10"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Leo");
  sheet.addRow(["Review", "Action No", "Action", "Lead Agency", "Target Date", "Last Updated", "RAG Q1 21/22", "RAG Q2 21/22", "RAG Q3 21/22"]);
  for (let i = 0; i < 12; i++) sheet.addRow(["Leo", i + 1, `Action ${i + 1}`, "Health", "March 2022", new Date(Date.UTC(2021, 9, 1)), "Green", "Amber", i < 5 ? "Green" : null]);
  merged(sheet);
  if (area) sheet.mergeCells(area);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** I7:I10 blank and filled amber: a rating given by colour alone. */
const colouredIn = (sheet: ExcelJS.Worksheet) => {
  sheet.getCell("I7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: AMBER } };
};
/** I7:I10 holding "amber ", read as Amber in an unusual spelling. */
const typedWrong = (sheet: ExcelJS.Worksheet) => {
  sheet.getCell("I7").value = "amber ";
};

interface Opened {
  door: RagDoor;
  /** The rating cells I7:I10 as the door's workbook now holds them. */
  cells(): (string | null)[];
  /** Whether I7 is still filled amber and I7:I10 still merged. */
  stillMergedAndFilled(): boolean;
  /** What the door's last write left as it was, with its sentences. */
  outcome(): { left: unknown[]; notes: string[] };
  /** The cell's formula, or null. */
  formula(row: number, column: number): string | null;
  /** Unmerges I7:I10 and merges `rows` of it again (none: left unmerged), as a user may between a fix and Undo. */
  remerge(rows?: [number, number]): void;
}

const fileDoor = async (bytes: Uint8Array): Promise<Opened> => {
  const door = await XlsxDoor.open(bytes, "leo.xlsx");
  const sheet = () => (door as unknown as { workbook: ExcelJS.Workbook }).workbook.getWorksheet("Leo")!;
  return {
    door,
    // ExcelJS shows the top-left's value on a merged area's other cells: they hold none of their own while still merged.
    cells: () => [7, 8, 9, 10].map((row) => (row > 7 && sheet().getCell(row, RATING).type === ExcelJS.ValueType.Merge ? null : ((sheet().getCell(row, RATING).value as string | null) ?? null))),
    stillMergedAndFilled: () => sheet().getCell("I7").isMerged && (sheet().getCell("I7").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === AMBER,
    outcome: () => door.lastEditOutcome,
    formula: (row, column) => sheet().findCell(row, column)?.formula ?? null,
    remerge: (rows) => {
      sheet().unMergeCells("I7:I10");
      if (rows) sheet().mergeCells(rows[0], RATING, rows[1], RATING);
    },
  };
};

const excelDoor = async (bytes: Uint8Array): Promise<Opened> => {
  const excel = await fakeExcelFromXlsx(bytes);
  const sheet = excel.sheetByKey("Leo")!;
  const door = new ExcelDoor(excel);
  return {
    door,
    cells: () => [7, 8, 9, 10].map((row) => (sheet.cell(row, RATING)?.value as string | undefined) ?? null),
    // The merged cell's fill is its top-left cell's: what Excel reports for the others is not relied on.
    stillMergedAndFilled: () => sheet.merges.some((m) => m.top === 7 && m.bottom === 10 && m.left === RATING && m.right === RATING) && sheet.cell(7, RATING)?.look?.fill === "#FFC000",
    outcome: () => door.lastEditOutcome,
    formula: (row, column) => sheet.cell(row, column)?.formula ?? null,
    remerge: (rows) => {
      sheet.merges = rows ? [{ top: rows[0], bottom: rows[1], left: RATING, right: RATING }] : [];
    },
  };
};

const doors = [
  ["file door", fileDoor],
  ["Excel", excelDoor],
] as const;

describe.each(doors)("%s: a rating merged down beside four actions", (_, open) => {
  it("given by colour alone: types it once in the top-left cell, says one change over rows 7 to 10, and Undo empties it again", async () => {
    const w = await open(await plan(colouredIn));
    const before = (await analyse(w.door)).analysis;
    // Each action row is counted Amber, and each is said to be rated by colour alone.
    expect(before.totals.counts).toMatchObject({ Green: 5, Amber: 4, Unrated: 3 });
    expect(before.findings.filter((f) => f.code === "rating-colour-only").map((f) => f.row)).toEqual([7, 8, 9, 10]);
    expect(before.findings.filter((f) => f.code === "merged-rating").map((f) => f.message)).toEqual([expect.stringContaining("(I7:I10)")]);

    const fixed = await fixRatings(w.door);
    expect(fixed.edits).toEqual([{ sheet: "Leo", row: 7, column: RATING, from: "", to: "Amber", rows: [7, 8, 9, 10] }]);
    const after = (await analyse(w.door)).analysis;
    expect(fixSentence(fixed.edits, after.findings, false)).toBe("Changed 1 rating: rows 7 to 10 from blank to ‘Amber’; 3 missing ratings still need your choice.");
    expect(w.cells()).toEqual(["Amber", null, null, null]);
    expect(after.totals.counts).toEqual(before.totals.counts);
    expect(after.findings.filter((f) => f.code === "merged-rating").map((f) => f.message)).toEqual(before.findings.filter((f) => f.code === "merged-rating").map((f) => f.message));

    const undone = await undoFixes(w.door, fixed.edits);
    expect(undone.kept).toEqual([]);
    expect(undone.undone).toEqual(fixed.edits);
    expect(undoneSentence(undone.undone, undone.kept, false)).toBe("Put back 1 rating as it was: rows 7 to 10 from ‘Amber’ to blank.");
    expect(w.cells()).toEqual([null, null, null, null]);
    expect(w.stillMergedAndFilled()).toBe(true);
    expect(undone.analysis.totals.counts).toEqual(before.totals.counts);
    expect(undone.analysis.findings.filter((f) => f.code === "rating-colour-only").map((f) => f.row)).toEqual([7, 8, 9, 10]);
  });

  it("typed in an unusual spelling: writes it once as the sheet writes ratings, and Undo puts the typing back", async () => {
    const w = await open(await plan(typedWrong));
    const before = (await analyse(w.door)).analysis;
    expect(before.findings.filter((f) => f.code === "rating-not-canonical").map((f) => f.row)).toEqual([7, 8, 9, 10]);

    const fixed = await fixRatings(w.door);
    expect(fixed.edits).toEqual([{ sheet: "Leo", row: 7, column: RATING, from: "amber ", to: "Amber", rows: [7, 8, 9, 10] }]);
    const after = (await analyse(w.door)).analysis;
    expect(fixSentence(fixed.edits, after.findings, false)).toBe("Changed 1 rating: rows 7 to 10 from ‘amber ’ (with a space after it, in small letters) to ‘Amber’ (with a capital); 3 missing ratings still need your choice.");
    expect(w.cells()).toEqual(["Amber", null, null, null]);
    expect(after.totals.counts).toEqual(before.totals.counts);

    const undone = await undoFixes(w.door, fixed.edits);
    expect(undone.kept).toEqual([]);
    expect(undoneSentence(undone.undone, undone.kept, false)).toBe("Put back 1 rating as it was: rows 7 to 10 from ‘Amber’ (with a capital) to ‘amber ’ (with a space after it, in small letters).");
    expect(w.cells()).toEqual(["amber ", null, null, null]);
    expect(undone.analysis.totals.counts).toEqual(before.totals.counts);
  });

  it("keeps a merged rating edited since the fix, naming its rows", async () => {
    const w = await open(await plan(typedWrong));
    const fixed = await fixRatings(w.door);
    await w.door.applyEdits([{ sheet: "Leo", row: 7, column: RATING, from: "Amber", to: "Red" }]);
    const undone = await undoFixes(w.door, fixed.edits);
    expect(undone.undone).toEqual([]);
    expect(undoneSentence(undone.undone, undone.kept, false)).toBe("No rating was put back. 1 rating changed since the fix was left as it is (rows 7 to 10).");
    expect(w.cells()).toEqual(["Red", null, null, null]);
  });

  it("a row of the merge read otherwise (its own row highlighted in the same amber): no change, a sentence saying why, and every count as it was", async () => {
    const w = await open(
      await plan((sheet) => {
        colouredIn(sheet);
        for (let c = 1; c <= 8; c++) sheet.getCell(8, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: AMBER } };
      }),
    );
    const before = (await analyse(w.door)).analysis;
    expect(before.findings.filter((f) => f.code === "rating-unrated" && f.row! <= 10).map((f) => f.row)).toEqual([8]);
    // Not one rating counted on each of its rows: no counting note either.
    expect(before.findings.filter((f) => f.code === "merged-rating")).toEqual([]);
    // The rows rated by colour alone are told to unmerge the cell first: typing in it would rate row 8 too.
    expect(before.findings.filter((f) => f.code === "rating-colour-only").map((f) => f.message.replace(/^.*; /, ""))).toEqual(
      [7, 9, 10].map((row) => `unmerge I7:I10 first, then type "Amber" in I${row}, so filters, screen readers and printouts in black and white read the rating too.`),
    );
    const fixed = await fixRatings(w.door);
    expect(fixed.edits).toEqual([]);
    expect(fixed.notes).toEqual(["The rating merged over rows 7 to 10 was left as it is: its rows are not read alike (row 8 reads as missing); unmerge it and rate each row."]);
    expect(w.cells()).toEqual([null, null, null, null]);
    const after = (await analyse(w.door)).analysis;
    expect(after.totals.counts).toEqual(before.totals.counts);
    expect(after.findings.filter((f) => f.code === "merged-rating")).toEqual([]);
  });

  it("a rating a formula gives is left as it is, said as the rows it rates, and its formula kept", async () => {
    const w = await open(
      await plan((sheet) => {
        sheet.getCell("I7").value = { formula: 'LOWER("AMBER ")', result: "amber " };
      }),
    );
    const fixed = await fixRatings(w.door);
    expect(fixed.edits).toEqual([{ sheet: "Leo", row: 7, column: RATING, from: "amber ", to: "Amber", rows: [7, 8, 9, 10] }]);
    expect(w.outcome()).toEqual({
      left: fixed.edits,
      notes: ['Rows 7 to 10 of "Leo" were left as they are because a formula gives their merged rating; fix the rating in the cell the formula reads.'],
    });
    expect(w.formula(7, RATING)).toMatch(/LOWER\("AMBER "\)/);
  });

  it.each([
    [undefined, "Put back 1 rating as it was: row 7 from ‘Amber’ (with a capital) to ‘amber ’ (with a space after it, in small letters). 3 ratings changed since the fix were left as they are (row 8, row 9 and row 10)."],
    [[7, 8] as [number, number], "Put back 1 rating as it was: rows 7 and 8 from ‘Amber’ (with a capital) to ‘amber ’ (with a space after it, in small letters). 2 ratings changed since the fix were left as they are (row 9 and row 10)."],
  ])("Undo after the merge was unmerged or merged again over %s says only what it put back", async (rows, sentence) => {
    const w = await open(await plan(typedWrong));
    const fixed = await fixRatings(w.door);
    w.remerge(rows);
    const undone = await undoFixes(w.door, fixed.edits);
    expect(undoneSentence(undone.undone, undone.kept, false)).toBe(sentence);
    expect(w.cells()[0]).toBe("amber ");
  });
});

describe.each(doors)("%s: a rating cell merged with the cell beside it in another column", (_, open) => {
  it.each([
    ["typed", (sheet: ExcelJS.Worksheet) => void (sheet.getCell("H7").value = "amber ")],
    ["coloured in", (sheet: ExcelJS.Worksheet) => void ((sheet.getCell("H7").value = null), (sheet.getCell("H7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: AMBER } }))],
  ])("%s: is left as it is with a sentence, the earlier round's cell untouched", async (_kind, shape) => {
    const w = await open(await plan((sheet) => (shape(sheet), (sheet.getCell("I7").value = null)), "H7:I7"));
    const before = (await analyse(w.door)).analysis;
    const fixed = await fixRatings(w.door);
    expect(fixed.edits).toEqual([]);
    expect(fixed.notes).toEqual(["The rating of row 7 was left as it is: its cell is merged in from column H (H7:I7), where the rating would be typed; unmerge it and rate the row in column I."]);
    const after = (await analyse(w.door)).analysis;
    expect(after.totals.counts).toEqual(before.totals.counts);
    expect(after.findings.map((f) => f.message)).toEqual(before.findings.map((f) => f.message));
  });
});

describe.each(doors)("%s: a rating cell merged across to the next column, one row each", (_, open) => {
  it.each([
    ["typed", (sheet: ExcelJS.Worksheet) => void (sheet.getCell("I7").value = "amber ")],
    ["coloured in", (sheet: ExcelJS.Worksheet) => void (sheet.getCell("I7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: AMBER } })],
  ])("%s: is fixed in its own cell, the rating column's, and Undo puts it back", async (_kind, shape) => {
    const w = await open(await plan(shape, "I7:J7"));
    const before = (await analyse(w.door)).analysis;
    const from = before.findings.find((f) => f.row === 7 && f.fix !== undefined)?.value ?? "";
    const fixed = await fixRatings(w.door);
    expect(fixed.edits).toEqual([{ sheet: "Leo", row: 7, column: RATING, from, to: "Amber" }]);
    expect(fixed.notes).toEqual([]);
    expect(w.outcome()).toEqual({ left: [], notes: [] });
    expect(w.cells()[0]).toBe("Amber");
    const after = (await analyse(w.door)).analysis;
    expect(after.totals.counts).toEqual(before.totals.counts);
    expect(after.findings.filter((f) => f.row === 7 && f.fix !== undefined)).toEqual([]);
    const undone = await undoFixes(w.door, fixed.edits);
    expect(undone.undone).toEqual(fixed.edits);
    expect(w.cells()[0] ?? "").toBe(from);
  });
});

describe.each(doors)("%s: a rating cell merged down and across (I7:J10)", (_, open) => {
  it("is fixed once in its own cell, and Undo says it put back the rows it covers", async () => {
    const w = await open(await plan(typedWrong, "I7:J10"));
    const before = (await analyse(w.door)).analysis;
    const fixed = await fixRatings(w.door);
    expect(fixed.edits).toEqual([{ sheet: "Leo", row: 7, column: RATING, from: "amber ", to: "Amber", rows: [7, 8, 9, 10] }]);
    const undone = await undoFixes(w.door, fixed.edits);
    expect(undoneSentence(undone.undone, undone.kept, false)).toBe("Put back 1 rating as it was: rows 7 to 10 from ‘Amber’ (with a capital) to ‘amber ’ (with a space after it, in small letters).");
    expect(undone.analysis.totals.counts).toEqual(before.totals.counts);
  });
});

describe.each(doors)("%s: a rating a formula gives, unmerged", (_, open) => {
  it("is left as it is, with the sentence Excel gives, and its formula kept", async () => {
    const w = await open(await plan((sheet) => void (sheet.getCell("I7").value = { formula: 'LOWER("AMBER ")', result: "amber " }), null));
    const fixed = await fixRatings(w.door);
    expect(fixed.edits).toEqual([{ sheet: "Leo", row: 7, column: RATING, from: "amber ", to: "Amber" }]);
    expect(w.outcome()).toEqual({ left: fixed.edits, notes: ['Row 7 of "Leo" was left as it is because a formula gives its rating; fix the rating in the cell the formula reads.'] });
    expect(w.formula(7, RATING)).toMatch(/LOWER\("AMBER "\)/);
  });
});

describe.each(doors)("%s: many ratings formulas give, unmerged", (_, open) => {
  const formulasIn = (rows: number[]) => (sheet: ExcelJS.Worksheet) => {
    for (const row of rows) sheet.getCell(row, RATING).value = { formula: 'LOWER("AMBER ")', result: "amber " };
  };

  it("in rows apart: one sentence naming the first three and how many more", async () => {
    const w = await open(await plan(formulasIn([3, 5, 7, 9, 11]), null));
    const fixed = await fixRatings(w.door);
    expect(fixed.edits).toHaveLength(5);
    expect(w.outcome().notes).toEqual(['5 ratings on "Leo" were left as they are because formulas give them (rows 3, 5, 7 and 2 more); fix the ratings in the cells the formulas read.']);
  });

  it("in runs of rows and rows apart: the first three runs or rows named, as the whole list is where it is short", async () => {
    const w = await open(await plan(formulasIn([3, 4, 5, 7, 9, 11, 13]), null));
    await fixRatings(w.door);
    expect(w.outcome().notes).toEqual(['7 ratings on "Leo" were left as they are because formulas give them (rows 3 to 5, 7, 9 and 2 more); fix the ratings in the cells the formulas read.']);
    const short = await open(await plan(formulasIn([3, 4, 5, 7, 9, 11]), null));
    await fixRatings(short.door);
    expect(short.outcome().notes).toEqual(['Rows 3 to 5, 7, 9 and 11 of "Leo" were left as they are because formulas give their ratings; fix the ratings in the cells the formulas read.']);
  });

  it("some merged over two rows: the list is never cut between a merged rating's rows, so none is half named", async () => {
    const w = await open(
      await plan((sheet) => {
        formulasIn([3, 4, 6, 9, 12])(sheet);
        for (const top of [6, 9, 12]) sheet.mergeCells(top, RATING, top + 1, RATING);
      }, null),
    );
    const fixed = await fixRatings(w.door);
    expect(fixed.edits.map((e) => e.rows ?? [e.row])).toEqual([[3], [4], [6, 7], [9, 10], [12, 13]]);
    // Not "rows 3, 4, 6 and 5 more", which named row 6 of the rating merged over rows 6 and 7 and hid row 7.
    expect(w.outcome().notes).toEqual(['5 ratings on "Leo" were left as they are because formulas give them (rows 3, 4, 6, 7 and 4 more); fix the ratings in the cells the formulas read.']);
  });

  it("in rows one after another: said as the run of rows, as before", async () => {
    const w = await open(await plan(formulasIn([3, 4, 5, 6, 7, 8]), null));
    await fixRatings(w.door);
    expect(w.outcome().notes).toEqual(['Rows 3 to 8 of "Leo" were left as they are because formulas give their ratings; fix the ratings in the cells the formulas read.']);
  });
});
