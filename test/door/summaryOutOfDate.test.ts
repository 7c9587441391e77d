/**
 * A RAG Summary generated before a rating moved is said to be out of date by Check, in the
 * sentence the committee would otherwise read wrongly; Generate replaces it and says nothing of it.
 */
import { describe, expect, it } from "vitest";
import { analyse, generateSummary } from "../../src/door/operations";
import { MemoryDoor } from "../fakes/memoryDoor";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import type { CellValue } from "../../src/core/cells";

const outOfDate = async (door: MemoryDoor) => (await analyse(door)).analysis.findings.filter((f) => f.code === "summary-out-of-date");

/** The workbook after Generate: the peer review plan and the case reviews, with their RAG Summary. */
async function generated(): Promise<MemoryDoor> {
  const door = new MemoryDoor([peerReviewSheet(), caseReviewSheet()]);
  await generateSummary(door);
  return door;
}

function setCell(door: MemoryDoor, sheet: string, row: number, column: number, value: CellValue): void {
  const s = door.sheets.find((x) => x.name === sheet)!;
  s.values[row - s.firstRow]![column - s.firstColumn] = value;
}

/** The Excel row of a committee sentence on the RAG Summary, found by its start. */
function summaryRow(door: MemoryDoor, start: string): number {
  const s = door.sheets.find((x) => x.name === "RAG Summary")!;
  return s.firstRow + s.values.findIndex((r) => String(r[0] ?? "").startsWith(start));
}

describe("a RAG Summary older than the ratings", () => {
  it("is not flagged while its committee sentences are the plan's", async () => {
    const door = await generated();
    expect(await outOfDate(door)).toEqual([]);
  });

  it("is flagged, on the sentence that changed, once a rating moves", async () => {
    const door = await generated();
    // Recommendation 2, Blue in the plan, set back to Amber.
    setCell(door, "Peer Review", peerReviewRow(2), 6, "A");
    expect(await outOfDate(door)).toEqual([
      {
        sheet: "RAG Summary",
        row: summaryRow(door, "Peer Review – "),
        column: "A",
        code: "summary-out-of-date",
        severity: "warning",
        message:
          '"RAG Summary" is out of date: it says "Peer Review – 26 actions identified (23 blue and 3 green)" where the plan now gives "Peer Review – 26 actions identified (22 blue, 3 green, and 1 amber)"; generate the RAG summary again before it goes to the committee.',
      },
    ]);
  });

  it("counts the other sentences that differ, and says a review the summary leaves out", async () => {
    const door = await generated();
    setCell(door, "Peer Review", peerReviewRow(2), 6, "A");
    const cases = door.sheets.find((s) => s.name === "Case Reviews")!;
    // Every Leo row renamed "Child Leo": the summary has no sentence for it, and one for Leo the plan no longer gives.
    for (const row of cases.values) if (row[0] === "Leo") row[0] = "Child Leo";
    const [finding] = await outOfDate(door);
    expect(finding!.message).toBe(
      '"RAG Summary" is out of date: it says "Peer Review – 26 actions identified (23 blue and 3 green)" where the plan now gives "Peer Review – 26 actions identified (22 blue, 3 green, and 1 amber)" (and 2 other sentences differ); generate the RAG summary again before it goes to the committee.',
    );
  });

  it("says a review added since, where the summary's other sentences still hold", async () => {
    const door = await generated();
    const cases = door.sheets.find((s) => s.name === "Case Reviews")!;
    const row = [...cases.values.at(-1)!];
    row[0] = "Alex";
    row[1] = 1;
    row[9] = "Red";
    cases.values.push(row);
    const [finding] = await outOfDate(door);
    expect(finding!.message).toMatch(/^"RAG Summary" is out of date: it leaves out "Alex – 1 action identified \(1 red\)"; generate/);
    expect(finding!.row).toBe(summaryRow(door, "Committee summary"));
  });

  it("is no longer flagged once Generate has written it again, nor in what Generate reports", async () => {
    const door = await generated();
    setCell(door, "Peer Review", peerReviewRow(2), 6, "A");
    const result = await generateSummary(door);
    expect(result.analysis.findings.some((f) => f.code === "summary-out-of-date")).toBe(false);
    expect(await outOfDate(door)).toEqual([]);
  });

  it("leaves a summary the user renamed to keep alone: it is last quarter's on purpose", async () => {
    const door = await generated();
    const summary = door.sheets.find((s) => s.name === "RAG Summary")!;
    summary.name = "RAG Summary Q1";
    summary.generatedKey = "kept_summary";
    setCell(door, "Peer Review", peerReviewRow(2), 6, "A");
    expect(await outOfDate(door)).toEqual([]);
  });
});
