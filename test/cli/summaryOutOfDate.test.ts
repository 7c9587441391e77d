/**
 * The out-of-date RAG Summary through the doors that read a real workbook: the command line's
 * streaming file door and the Excel door. Check says it; summarize, which replaces it, does not.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/program";
import { analyse, generateSummary } from "../../src/door/operations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { memoryIo } from "../helpers/memoryIo";
import { sampleBytes } from "../helpers/workbooks";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { peerReviewRow } from "../fixtures/peerReview";

const SAID =
  `'RAG Summary'!A6: This summary does not match the tracker as it stands: it says "Peer Review – 26 actions identified (23 blue and 3 green)" where the tracker now gives ` +
  `"Peer Review – 26 actions identified (22 blue, 3 green, and 1 amber)" (in all, 5 of its lines differ); generate the RAG summary again before it goes to the committee.`;

/** The workbook with recommendation 2 of the peer review (Blue) set to Amber, as a user would type it in Excel. */
async function withRatingMoved(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  workbook.getWorksheet("Peer Review")!.getCell(peerReviewRow(2), 6).value = "A";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("a RAG Summary older than the ratings, in a real workbook", () => {
  it("is said by check on the command line, and not by summarize, which writes it again", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["summarize", "sample.xlsx", "-o", "july.xlsx"], io)).toBe(0);
    io.out.length = 0;
    // The sample has an invalid rating: check exits 1 for it, before and after.
    expect(await runCli(["check", "july.xlsx"], io)).toBe(1);
    expect(io.out.join("")).not.toContain("does not match the tracker");

    io.files.set("moved.xlsx", await withRatingMoved(io.files.get("july.xlsx")!));
    io.out.length = 0;
    expect(await runCli(["check", "moved.xlsx"], io)).toBe(1);
    expect(io.out.join("")).toContain(`  ${SAID}\n`);

    io.out.length = 0;
    expect(await runCli(["summarize", "moved.xlsx", "-o", "october.xlsx"], io)).toBe(0);
    expect(io.out.join("")).not.toContain("does not match the tracker");
    io.out.length = 0;
    expect(await runCli(["check", "october.xlsx"], io)).toBe(1);
    expect(io.out.join("")).not.toContain("does not match the tracker");
  });

  it("is said in Excel once a rating is typed after Generate, and no longer after Generate again", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    excel.get("Peer Review").ensure(peerReviewRow(2), 6).value = "A";
    const outOfDate = async () => (await analyse(new ExcelDoor(excel))).analysis.findings.filter((f) => f.code === "summary-out-of-date").map((f) => `'${f.sheet}'!${f.column}${f.row}: ${f.message}`);
    expect(await outOfDate()).toEqual([SAID]);
    const again = await generateSummary(new ExcelDoor(excel));
    expect(again.analysis.findings.some((f) => f.code === "summary-out-of-date")).toBe(false);
    expect(await outOfDate()).toEqual([]);
  });
});
