/**
 * check on a tracker keeping a rating column a quarter, while the latest quarter is being filled in:
 * Leo's 14 actions as the committee minutes report them (1 blue, 4 green and 9 amber), rated in Q2
 * and, so far, 5 of them in Q3. One line says what the 9 unrated cells have in common, and the JSON
 * keeps one finding per cell, each saying what Q2 rated it. A Q2 cell coloured in instead of typed is
 * read by its colour through the file door and the Excel door alike.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/program";
import { jsonReportSchema } from "../../src/core/jsonReport";
import { memoryIo } from "../helpers/memoryIo";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { analyse } from "../../src/door/operations";

const LEO = ["Blue", ...Array<string>(4).fill("Green"), ...Array<string>(9).fill("Amber")];
const UPDATED = new Date(Date.UTC(2021, 9, 1));

/** `colouredQ2`: row 7's Q2 rating left blank and the cell filled amber instead, with Q1 rating it Green. */
async function quarters(colouredQ2 = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Leo");
  sheet.addRow(["Review", "Action No", "Action", "Lead Agency", "Target Date", "Last Updated", "RAG Q1 21/22", "RAG Q2 21/22", "RAG Q3 21/22"]);
  LEO.forEach((rating, i) => {
    sheet.addRow(["Leo", i + 1, `Agencies to brief staff on the learning from Leo (action ${i + 1}).`, "Health", "March 2022", UPDATED, rating === "Blue" ? "Green" : "Amber", rating, i < 5 ? rating : null]);
    sheet.getCell(2 + i, 6).numFmt = "dd/mm/yyyy";
  });
  if (colouredQ2) {
    sheet.getCell("G7").value = "Green";
    sheet.getCell("H7").value = null;
    sheet.getCell("H7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("check on a tracker whose latest round of ratings is being filled in", () => {
  it("prints one line for the tracker, naming the unrated cells, and keeps the outcome line's counts, explained among its notes", async () => {
    const io = memoryIo({ "leo.xlsx": await quarters() });
    expect(await runCli(["check", "leo.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    const lines = io.out.join("").split("\n");
    expect(lines.slice(3, 6)).toEqual([
      "Warnings (9)",
      '  Leo!I7:I15 (9 cells): Column I ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated, though column H ("RAG Q2 21/22") rated them 9 amber.',
      "",
    ]);
    expect(lines.at(-2)).toBe(
      '14 actions in 1 review; 0 invalid ratings, 9 missing ratings, 0 stale, 0 overdue. On sheet "Leo", column I ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated, though column H ("RAG Q2 21/22") rated them 9 amber.',
    );
  });

  it("keeps one finding per unrated cell in the JSON, each saying what the earlier round rated it, and the committee's counts", async () => {
    const io = memoryIo({ "leo.xlsx": await quarters() });
    await runCli(["check", "leo.xlsx", "--json", "--as-of", "2021-11-01"], io);
    const report = jsonReportSchema.parse(JSON.parse(io.out.join("")));
    expect(report.sentences).toEqual(["Leo – 14 actions identified (1 blue, 4 green, and 9 unrated)"]);
    expect(report.totals.counts).toMatchObject({ Blue: 1, Green: 4, Amber: 0, Unrated: 9 });
    const unrated = report.findings.filter((f) => f.code === "rating-unrated");
    expect(unrated.map((f) => f.row)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(unrated[0]!.message).toBe('Row 7: action 6 has no rating yet in column I ("RAG Q3 21/22"), though column H ("RAG Q2 21/22") rated it amber; enter Blue (B), Green (G), Amber (A) or Red (R).');
    expect(report.findings.filter((f) => f.code === "rating-earlier-round").map((f) => [f.row, f.column])).toEqual([[1, "I"]]);
  });

  it("reads an earlier round's blank rating cell filled in a rating's colour as that rating, by colour alone, as the round read's own, through the file door and the Excel door", async () => {
    const said = 'Row 7: action 6 has no rating yet in column I ("RAG Q3 21/22"), though column H ("RAG Q2 21/22") rated it amber by colour alone (its cell is filled amber (#FFC000) with nothing typed in it); enter Blue (B), Green (G), Amber (A) or Red (R).';
    const io = memoryIo({ "leo.xlsx": await quarters(true) });
    await runCli(["check", "leo.xlsx", "--json", "--as-of", "2021-11-01"], io);
    const report = jsonReportSchema.parse(JSON.parse(io.out.join("")));
    expect(report.totals.counts).toMatchObject({ Blue: 1, Green: 4, Amber: 0, Unrated: 9 });
    expect(report.findings.find((f) => f.code === "rating-unrated")!.message).toBe(said);
    const { analysis } = await analyse(new ExcelDoor(await fakeExcelFromXlsx(await quarters(true))));
    expect(analysis.findings.find((f) => f.code === "rating-unrated")!.message).toBe(said);
  });
});
