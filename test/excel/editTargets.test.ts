/**
 * The Excel door's check of Fix ratings' edits against the merges it last read: a rating cell merged
 * in from an earlier column since the engine's reading is left, said once for each merge, and many
 * such merges on a sheet in one sentence. Rows are the peer review plan's, its rating column F.
 */
import { describe, expect, it } from "vitest";
import type { CellEdit } from "../../src/core/formatPlan";
import type { CellRange } from "../../src/core/cells";
import { editTargets } from "../../src/excel/edits";

const fix = (row: number): CellEdit => ({ sheet: "Peer Review", row, column: 6, from: "blue ", to: "B" });
const fromResponse = (top: number, bottom = top): CellRange => ({ top, bottom, left: 5, right: 6 });

describe("editTargets: ratings merged in from an earlier column since the reading", () => {
  it("a merge over several fixed rows is said once, naming its rows", () => {
    const { targets, left, notes } = editTargets([fix(6), fix(7), fix(8)], new Map([["peer review", [fromResponse(6, 8)]]]));
    expect(targets).toEqual([]);
    expect(left).toHaveLength(3);
    expect(notes).toEqual(["The rating of rows 6 to 8 was left as it is: its cell is merged in from column E (E6:F8), where the rating would be typed; unmerge it and rate each row in column F."]);
  });

  it("many such merges on a sheet: one sentence naming the first three and how many more", () => {
    const rows = Array.from({ length: 40 }, (_, i) => 4 + 2 * i);
    const { notes } = editTargets(rows.map(fix), new Map([["peer review", rows.map((r) => fromResponse(r))]]));
    expect(notes).toEqual([
      '40 ratings on "Peer Review" were left as they are because their cells are merged in from an earlier column (E4:F4, E6:F6, E8:F8 and 37 more), where the rating would be typed; unmerge each and rate each row in column F.',
    ]);
  });
});
