import { describe, expect, it } from "vitest";
import { lockedCellsMessage } from "../../src/door/protectedSheets";
import type { CellEdit } from "../../src/core/formatPlan";

const edit = (sheet: string, row: number): CellEdit => ({ sheet, row, column: 6, from: "amber ", to: "Amber" });

describe("the refusal naming locked cells", () => {
  it("names the first ten cells by sheet and counts the rest with thousands grouped", () => {
    const edits = [edit("Leo", 5), edit("Leo", 9), ...Array.from({ length: 20_000 }, (_, i) => edit("Peer Review", 10 + i))];
    const message = lockedCellsMessage(edits);
    expect(message).toContain(`cells F5 and F9 of "Leo", cells F10, F11, F12, F13, F14, F15, F16 and F17 of "Peer Review" and 19,992 more are locked on a protected sheet`);
  });
});
