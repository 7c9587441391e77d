/**
 * A Committee Pack made before a rating moved is said by Check, and by Generate RAG summary (which
 * leaves the pack as it is), not to match the tracker, quoting its first committee sentence that no
 * longer holds; generating the pack again clears it. Only the pack's committee sentences are compared.
 */
import { describe, expect, it } from "vitest";
import { analyse, generateSummary } from "../../src/door/operations";
import { generateCommitteePack } from "../../src/door/historyOperations";
import { checkRatingsMessage } from "../../src/commands/messages";
import { runCli } from "../../src/cli/program";
import { MemoryDoor } from "../fakes/memoryDoor";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { memoryIo } from "../helpers/memoryIo";
import { sampleBytes } from "../helpers/workbooks";
import ExcelJS from "exceljs";

const AS_OF = "2021-12-15";
const NOTE = '"Committee Pack" does not match the tracker as it stands; generate the committee pack again before it goes to the committee.';

const packFindings = async (door: MemoryDoor) => (await analyse(door)).analysis.findings.filter((f) => f.code === "pack-out-of-date");
const sheet = (door: MemoryDoor, name: string) => door.sheets.find((s) => s.name === name)!;

/** The Excel row of the pack's first row whose column A starts so. */
function packRow(door: MemoryDoor, start: string): number {
  const s = sheet(door, "Committee Pack");
  return s.firstRow + s.values.findIndex((r) => String(r[0] ?? "").startsWith(start));
}

/** The peer review plan and the case reviews, with their RAG Summary and Committee Pack. */
async function packed(): Promise<MemoryDoor> {
  const door = new MemoryDoor([peerReviewSheet(), caseReviewSheet()]);
  await generateSummary(door);
  await generateCommitteePack(door, undefined, AS_OF, AS_OF);
  return door;
}

/** Recommendation 2 of the peer review, Blue in the plan, set back to Amber. */
function moveRating(door: MemoryDoor): void {
  const plan = sheet(door, "Peer Review");
  plan.values[peerReviewRow(2) - plan.firstRow]![6 - plan.firstColumn] = "A";
}

describe("a Committee Pack older than the ratings", () => {
  it("is not flagged while its committee sentences are the plan's", async () => {
    expect(await packFindings(await packed())).toEqual([]);
  });

  it("is flagged on its committee sentence that changed once a rating moves", async () => {
    const door = await packed();
    moveRating(door);
    expect(await packFindings(door)).toEqual([
      {
        sheet: "Committee Pack",
        row: packRow(door, "Peer Review – "),
        column: "A",
        code: "pack-out-of-date",
        severity: "warning",
        message:
          'This Committee Pack does not match the tracker as it stands: it says "Peer Review – 26 actions identified (23 blue and 3 green)" where the tracker now gives ' +
          '"Peer Review – 26 actions identified (22 blue, 3 green, and 1 amber)"; generate the committee pack again before it goes to the committee.',
      },
    ]);
  });

  it("is said by Check ratings after the summary's own sentence, and by Generate RAG summary, which leaves the pack as it is", async () => {
    const door = await packed();
    moveRating(door);
    expect(checkRatingsMessage((await analyse(door)).analysis)).toMatch(/generate the RAG summary again before it goes to the committee\. "Committee Pack" does not match/);
    const generated = await generateSummary(door);
    expect(generated.message.endsWith(` ${NOTE}`)).toBe(true);
    expect(generated.message).not.toContain("RAG Summary");
  });

  it("is no longer flagged once the pack is generated again", async () => {
    const door = await packed();
    moveRating(door);
    await generateCommitteePack(door, undefined, AS_OF, AS_OF);
    expect(await packFindings(door)).toEqual([]);
    expect((await generateSummary(door)).message).not.toContain("Committee Pack");
  });

  it("leaves a pack the user renamed to keep alone", async () => {
    const door = await packed();
    moveRating(door);
    sheet(door, "Committee Pack").name = "Committee Pack Q3";
    expect(await packFindings(door)).toEqual([]);
  });
});

describe("an old Committee Pack in a real workbook on the command line", () => {
  it("is said by summarize, which writes the summary and leaves the pack, and by check", async () => {
    // The command line's today here is 1 November 2021.
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["pack", "sample.xlsx", "-o", "packed.xlsx"], io)).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(io.files.get("packed.xlsx")! as unknown as ArrayBuffer);
    workbook.getWorksheet("Peer Review")!.getCell(peerReviewRow(2), 6).value = "A";
    io.files.set("moved.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    io.out.length = 0;
    expect(await runCli(["summarize", "moved.xlsx", "-o", "out.xlsx"], io)).toBe(0);
    expect(io.out.join("").trimEnd().endsWith(NOTE)).toBe(true);
    io.out.length = 0;
    // The sample has an invalid rating: check exits 1 for it.
    expect(await runCli(["check", "out.xlsx"], io)).toBe(1);
    expect(io.out.join("")).toMatch(/'Committee Pack'!A\d+: This Committee Pack does not match the tracker as it stands: it says "Peer Review – 26 actions identified \(23 blue and 3 green\)"/);
  });

  it("is not compared with counts that --sheet or --sheet-review change, which pack, taking neither, could never match", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["pack", "sample.xlsx", "-o", "packed.xlsx"], io)).toBe(0);
    for (const option of [["--sheet-review", "Peer Review=LSCP peer review"], ["--sheet", "Peer Review"]]) {
      io.out.length = 0;
      await runCli(["check", "packed.xlsx", ...option], io);
      expect(io.out.join(""), option.join(" ")).not.toContain("Committee Pack does not match");
    }
  });
});
