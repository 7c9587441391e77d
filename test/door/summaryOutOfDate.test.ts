/**
 * A RAG Summary generated before a rating moved is said by Check not to match the tracker, quoting
 * the first thing it says that no longer holds; Generate replaces it and says nothing of it. Only
 * what it counts is compared: not the order of its rows, its date or its notes.
 */
import { describe, expect, it } from "vitest";
import { analyse, generateSummary } from "../../src/door/operations";
import { MemoryDoor } from "../fakes/memoryDoor";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import type { CellValue } from "../../src/core/cells";
import { checkedSentence } from "../../src/core/checkedSentence";
import { checkRatingsMessage } from "../../src/commands/messages";

const SAYS = "This summary does not match the tracker as it stands: ";
const AGAIN = "; generate the RAG summary again before it goes to the committee.";

const outOfDate = async (door: MemoryDoor) => (await analyse(door)).analysis.findings.filter((f) => f.code === "summary-out-of-date");

/** The workbook after Generate: the peer review plan and the case reviews, with their RAG Summary. */
async function generated(): Promise<MemoryDoor> {
  const door = new MemoryDoor([peerReviewSheet(), caseReviewSheet()]);
  await generateSummary(door);
  return door;
}

const sheet = (door: MemoryDoor, name: string) => door.sheets.find((s) => s.name === name)!;

function setCell(door: MemoryDoor, name: string, row: number, column: number, value: CellValue): void {
  const s = sheet(door, name);
  s.values[row - s.firstRow]![column - s.firstColumn] = value;
}

/** The Excel row of the RAG Summary's first row whose column A starts so. */
function summaryRow(door: MemoryDoor, start: string): number {
  const s = sheet(door, "RAG Summary");
  return s.firstRow + s.values.findIndex((r) => String(r[0] ?? "").startsWith(start));
}

/** The Case Reviews rows, header and title kept on top, in a new order. */
function resortCases(door: MemoryDoor, compare: (a: CellValue[], b: CellValue[]) => number): void {
  const s = sheet(door, "Case Reviews");
  s.values = [...s.values.slice(0, 2), ...s.values.slice(2).sort(compare)];
}

describe("a RAG Summary older than the ratings", () => {
  it("is not flagged while what it counts is the plan's", async () => {
    expect(await outOfDate(await generated())).toEqual([]);
  });

  it("is flagged on the committee sentence that changed once a rating moves, and counts the table rows that changed with it", async () => {
    const door = await generated();
    // Recommendation 2, Blue in the plan, set back to Amber: its sentence, the totals, its review's, category's and lead's rows.
    setCell(door, "Peer Review", peerReviewRow(2), 6, "A");
    expect(await outOfDate(door)).toEqual([
      {
        sheet: "RAG Summary",
        row: summaryRow(door, "Peer Review – "),
        column: "A",
        code: "summary-out-of-date",
        severity: "warning",
        message: `${SAYS}it says "Peer Review – 26 actions identified (23 blue and 3 green)" where the tracker now gives "Peer Review – 26 actions identified (22 blue, 3 green, and 1 amber)" (in all, 5 of its lines differ)${AGAIN}`,
      },
    ]);
  });

  it("reads a review renamed as its old sentence beside its new one", async () => {
    const door = await generated();
    for (const row of sheet(door, "Case Reviews").values) if (row[0] === "Leo") row[0] = "Child Leo";
    const [finding] = await outOfDate(door);
    expect(finding!.message).toBe(
      `${SAYS}it says "Leo – 14 actions identified (1 blue, 4 green, and 9 amber)" where the tracker now gives "Child Leo – 14 actions identified (1 blue, 4 green, and 9 amber)" (in all, 3 of its lines differ)${AGAIN}`,
    );
    expect(finding!.row).toBe(summaryRow(door, "Leo – "));
  });

  it("says a review added since, where the summary's sentences still hold for the others", async () => {
    const door = await generated();
    const cases = sheet(door, "Case Reviews");
    const row = [...cases.values.at(-1)!];
    row[0] = "Alex";
    row[1] = 1;
    row[9] = "Red";
    cases.values.push(row);
    const [finding] = await outOfDate(door);
    expect(finding!.message).toMatch(/^This summary does not match the tracker as it stands: it leaves out "Alex – 1 action identified \(1 red\)" \(in all, \d+ of its lines differ\); generate/);
    expect(finding!.row).toBe(summaryRow(door, "Committee summary"));
  });

  it("reads a review gone and another added as two changes, not a rename, where their counts differ", async () => {
    const door = await generated();
    const cases = sheet(door, "Case Reviews");
    const row = [...cases.values.at(-1)!];
    cases.values = cases.values.filter((r) => r[0] !== "Leo");
    row[0] = "Alex";
    row[1] = 1;
    row[9] = "Red";
    cases.values.push(row);
    const [finding] = await outOfDate(door);
    expect(finding!.message).toMatch(/^This summary does not match the tracker as it stands: it says "Leo – 14 actions identified \(1 blue, 4 green, and 9 amber\)", which the tracker no longer gives \(in all, \d+ of its lines differ\); generate/);
  });

  it("reads the sentences down to the first table, so a row left blank among them hides none", async () => {
    const door = await generated();
    const summary = sheet(door, "RAG Summary");
    const at = summaryRow(door, "Sam and Kyle – ") - summary.firstRow;
    summary.values.splice(at, 0, []);
    expect(await outOfDate(door)).toEqual([]);
    setCell(door, "Peer Review", peerReviewRow(2), 6, "A");
    expect((await outOfDate(door))[0]!.row).toBe(summaryRow(door, "Peer Review – "));
  });

  it("compares a sentence's counts whatever order it names its ratings in, as an index reordered since would write them", async () => {
    const door = await generated();
    const summary = sheet(door, "RAG Summary");
    summary.values[summaryRow(door, "Leo – ") - summary.firstRow]![0] = "Leo – 14 actions identified (9 amber, 1 blue, and 4 green)";
    expect(await outOfDate(door)).toEqual([]);
  });

  it("is flagged where two ratings of one review swap, which leaves its sentence as it was but not its categories", async () => {
    const door = await generated();
    const cases = sheet(door, "Case Reviews");
    // Frankie's first amber action (in one theme) becomes blue, and a blue one of another theme becomes amber: still 11 blue and 3 amber.
    const rows = cases.values.slice(2).filter((r) => r[0] === "Frankie");
    const amber = rows.find((r) => r[9] === "Amber")!;
    const blue = rows.find((r) => r[9] === "Blue" && r[2] !== amber[2])!;
    amber[9] = "Blue";
    blue[9] = "Amber";
    const [finding] = await outOfDate(door);
    const category = /^This summary does not match the tracker as it stands: its "By category" table counts "([^"]+)" as /.exec(finding!.message)?.[1];
    expect([amber[2], blue[2]]).toContain(category);
    expect(finding!.row).toBe(summaryRow(door, category!));
  });

  it("names the totals where only a Total was edited, which leaves every count beside it as it was", async () => {
    const door = await generated();
    const summary = sheet(door, "RAG Summary");
    // The By review table's row, not the committee sentence that starts with the same name.
    const at = summary.values.findIndex((r) => r[0] === "Frankie");
    const row = summary.firstRow + at;
    // The Total is the row's last number.
    const totalAt = summary.values[at]!.map((v, i) => (typeof v === "number" ? i : -1)).reduce((a, b) => Math.max(a, b));
    expect(summary.values[at]![totalAt]).toBe(14);
    setCell(door, "RAG Summary", row, summary.firstColumn + totalAt, 15);
    const [finding] = await outOfDate(door);
    expect(finding!.message).toBe(`${SAYS}its "By review" table gives "Frankie" a total of 15, where the tracker now gives 14${AGAIN}`);
    expect(finding!.row).toBe(row);
    // Cleared, or typed over with words: no number, not 0 or NaN.
    for (const shown of [null, "fourteen"]) {
      setCell(door, "RAG Summary", row, summary.firstColumn + totalAt, shown);
      expect((await outOfDate(door))[0]!.message, String(shown)).toBe(`${SAYS}its "By review" table gives "Frankie" no number as its total, where the tracker now gives 14${AGAIN}`);
    }
  });

  it("is not flagged when rows are re-sorted or tabs moved, which moves rows of the summary and no count", async () => {
    const door = await generated();
    resortCases(door, (a, b) => String(b[3]).localeCompare(String(a[3])) || String(b[0]).localeCompare(String(a[0])));
    door.sheets.reverse();
    // The reviews now come first in another order, and so would the summary's rows.
    expect((await analyse(door)).analysis.byReview.map((g) => g.name)).not.toEqual(["Peer Review", "Frankie", "Sam and Kyle", "Leo"]);
    expect(await outOfDate(door)).toEqual([]);
  });

  it("is no longer flagged once Generate has written it again, nor in what Generate reports", async () => {
    const door = await generated();
    setCell(door, "Peer Review", peerReviewRow(2), 6, "A");
    const result = await generateSummary(door);
    expect(result.analysis.findings.some((f) => f.code === "summary-out-of-date")).toBe(false);
    expect(await outOfDate(door)).toEqual([]);
  });

  it("leaves a summary the user renamed to keep alone, before the next Generate marks it kept as after", async () => {
    const door = await generated();
    setCell(door, "Peer Review", peerReviewRow(2), 6, "A");
    const summary = sheet(door, "RAG Summary");
    // Renamed in Excel: its marker follows it, still "summary" until the next write marks it kept.
    summary.name = "RAG Summary Q1";
    expect(await outOfDate(door)).toEqual([]);
    summary.generatedKey = "kept_summary";
    expect(await outOfDate(door)).toEqual([]);
    // Numbered by a door where the user had a sheet of its name, it is still the summary RAG Tracker writes.
    summary.name = "RAG Summary (2)";
    summary.generatedKey = "summary";
    expect((await outOfDate(door)).map((f) => f.sheet)).toEqual(["RAG Summary (2)"]);
  });
});

describe("Check ratings' sentence, in the pane and from the ribbon", () => {
  it("says the summary sheets do not match, as it would say nothing else where every rating is valid: the action now Amber is overdue, and the Stale Actions sheet leaves it out", async () => {
    const door = new MemoryDoor([caseReviewSheet()]);
    await generateSummary(door);
    const { analysis } = await analyse(door);
    expect(checkedSentence(analysis)).toBe("All 46 ratings are valid, so nothing needed highlighting.");
    const cases = sheet(door, "Case Reviews");
    cases.values[2]![9] = "Amber";
    expect(checkRatingsMessage((await analyse(door)).analysis)).toBe(
      'All 46 ratings are valid, so nothing needed highlighting. "RAG Summary" and "Stale Actions" do not match the tracker as it stands; generate the RAG summary again before they go to the committee.',
    );
  });
});
