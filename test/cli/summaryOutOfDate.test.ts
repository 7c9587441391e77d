/**
 * The out-of-date RAG Summary through the doors that read a real workbook: the command line's
 * streaming file door and the Excel door. Check says it; summarize, which replaces it, does not.
 * The same of the Stale Actions sheet, compared as at the date it was made for.
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
import { checkedSentence } from "../../src/core/checkedSentence";

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

/** The workbook with Frankie's action 7 (row 9 of Case Reviews, Amber, stale and overdue) rated Blue, as a user would type it. */
async function withFrankie7Blue(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  workbook.getWorksheet("Case Reviews")!.getCell(9, 10).value = "Blue";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const STALE_SAID =
  `'Stale Actions'!A3: This Stale Actions sheet does not match the tracker as it stands: it counts 18 stale and 38 overdue as at 30 November 2026, ` +
  `where the tracker now gives 17 stale and 37 overdue for that date (in all, 2 of its lines differ); generate the RAG summary again before it goes to the committee.`;
const BOTH_SAID = `"RAG Summary" and "Stale Actions" do not match the tracker as it stands; generate the RAG summary again before they go to the committee.`;

describe("a Stale Actions sheet older than the ratings, in a real workbook", () => {
  it("is said as at the date it was made for: not for the days gone by since, but once a rating listed on it moves", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["summarize", "sample.xlsx", "-o", "november.xlsx", "--as-of", "2026-11-30", "--future"], io)).toBe(0);
    // A week later nothing in the plan moved: the list still holds for 30 November, though today's would differ.
    io.out.length = 0;
    expect(await runCli(["check", "november.xlsx", "--as-of", "2026-12-07", "--future"], io)).toBe(1);
    expect(io.out.join("")).not.toContain("does not match the tracker");

    io.files.set("moved.xlsx", await withFrankie7Blue(io.files.get("november.xlsx")!));
    io.out.length = 0;
    expect(await runCli(["check", "moved.xlsx", "--as-of", "2026-12-07", "--future"], io)).toBe(1);
    expect(io.out.join("")).toContain(`  ${STALE_SAID}\n`);

    // The pack leaves both sheets as they are, and names both in one sentence.
    io.out.length = 0;
    expect(await runCli(["pack", "moved.xlsx", "-o", "pack.xlsx", "--as-of", "2026-12-07", "--future"], io)).toBe(0);
    expect(io.out.join("")).toContain(BOTH_SAID);

    io.out.length = 0;
    expect(await runCli(["summarize", "moved.xlsx", "-o", "december.xlsx", "--as-of", "2026-12-07", "--future"], io)).toBe(0);
    io.out.length = 0;
    expect(await runCli(["check", "december.xlsx", "--as-of", "2026-12-07", "--future"], io)).toBe(1);
    expect(io.out.join("")).not.toContain("does not match the tracker");
  });

  it("is said by Check in Excel (the ribbon's and the pane's sentence), naming both sheets, once a rating is typed after Generate, and no longer after Generate again", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    excel.get("Case Reviews").ensure(9, 10).value = "Blue";
    const result = await analyse(new ExcelDoor(excel));
    expect(result.analysis.findings.filter((f) => f.code === "stale-out-of-date").map((f) => f.sheet)).toEqual(["Stale Actions"]);
    expect(checkedSentence(result.analysis)).toContain(` ${BOTH_SAID}`);
    await generateSummary(new ExcelDoor(excel));
    expect(checkedSentence((await analyse(new ExcelDoor(excel))).analysis)).not.toContain("match the tracker");
  });
});

/** The workbook with the Stale Actions headline's threshold taken out: "18 stale (not complete and not updated, or never)". */
async function withoutThreshold(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Stale Actions")!;
  sheet.getCell("A3").value = String(sheet.getCell("A3").value).replace(/ for more than [\d,]+ days,/, ",");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("a Stale Actions sheet checked with another stale threshold", () => {
  it("is compared with the threshold its headline gives, so a threshold set since is not a change in the plan; with none given, with the threshold set", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["summarize", "sample.xlsx", "-o", "november.xlsx", "--as-of", "2026-11-30", "--future"], io)).toBe(0);
    // Made with 90 days; at 2,000 days only 3 of its 18 stale actions would be stale.
    io.out.length = 0;
    expect(await runCli(["check", "november.xlsx", "--as-of", "2026-12-07", "--future", "--stale-days", "2000"], io)).toBe(1);
    expect(io.out.join("")).not.toContain("does not match the tracker");

    io.files.set("older.xlsx", await withoutThreshold(io.files.get("november.xlsx")!));
    io.out.length = 0;
    expect(await runCli(["check", "older.xlsx", "--as-of", "2026-12-07", "--future"], io)).toBe(1);
    expect(io.out.join("")).not.toContain("does not match the tracker");
    io.out.length = 0;
    expect(await runCli(["check", "older.xlsx", "--as-of", "2026-12-07", "--future", "--stale-days", "2000"], io)).toBe(1);
    expect(io.out.join("")).toContain("'Stale Actions'!A3: This Stale Actions sheet does not match the tracker as it stands: it counts 18 stale and 38 overdue as at 30 November 2026, where the tracker now gives 3 stale and 38 overdue for that date");
  });
});

/** The workbook with a row inserted above the Case Reviews table ("Updated Nov 2026"), as a user would insert one: every action below moves down a row. */
async function withRowInserted(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  workbook.getWorksheet("Case Reviews")!.spliceRows(2, 0, ["Updated Nov 2026"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const MOVED_SAID =
  `'Stale Actions'!A8: This Stale Actions sheet does not match the tracker as it stands: its rows have moved, so its Row column no longer points at the actions: ` +
  `it lists Frankie action 7 (row 9 of "Case Reviews"), which the tracker now has on row 10 (and 17 more); generate the RAG summary again before it goes to the committee.`;

describe("a Stale Actions sheet whose plan had a row inserted above its table", () => {
  it("says once that its rows have moved, not that it leaves out the actions it lists under their old rows", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["summarize", "sample.xlsx", "-o", "november.xlsx", "--as-of", "2026-11-30", "--future"], io)).toBe(0);
    io.files.set("inserted.xlsx", await withRowInserted(io.files.get("november.xlsx")!));
    io.out.length = 0;
    expect(await runCli(["check", "inserted.xlsx", "--as-of", "2026-12-07", "--future"], io)).toBe(1);
    const said = io.out.join("");
    expect(said).toContain(`  ${MOVED_SAID}\n`);
    expect(said).not.toContain("leaves out");
  });
});
