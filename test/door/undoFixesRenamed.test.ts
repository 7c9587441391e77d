import { describe, expect, it } from "vitest";
import { fixRatings, undoFixes } from "../../src/door/operations";
import { undoneSentence } from "../../src/taskpane/messages";
import { MemoryDoor } from "../fakes/memoryDoor";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";

const RATING_COLUMN = 6;

describe("Undo these changes after the fixed sheet was renamed", () => {
  it("says the ratings there were not put back because the sheet is not found by its name, not that they changed", async () => {
    const sheet = peerReviewSheet();
    for (const [no, typed] of [[5, "b"], [9, "blue "]] as const) sheet.values[peerReviewRow(no) - sheet.firstRow]![RATING_COLUMN - sheet.firstColumn] = typed;
    const door = new MemoryDoor([sheet]);
    const { edits } = await fixRatings(door);
    expect(edits).toHaveLength(2);
    door.sheets[0] = { ...door.sheets[0]!, name: "Peer Review Q3" };
    const result = await undoFixes(door, edits);
    expect([result.undone, result.kept, result.sheetGone.length]).toEqual([[], [], 2]);
    expect(undoneSentence(result.undone, result.kept, false, result.sheetGone)).toBe(
      'No rating was put back. 2 ratings on sheet "Peer Review", no longer in the workbook by that name (renamed or deleted since the fix), were not put back.',
    );
  });
});
