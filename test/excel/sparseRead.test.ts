/**
 * A sheet used far below its data (a stray entry in row 1,048,576, as a slip of Ctrl+Down and a
 * keystroke leaves it): the Excel door finds the rows that hold values in one probe and reads
 * only those, instead of a hundred 1.7 MB responses of empty cells; and it no longer overflows
 * the call stack measuring a million rows.
 */
import { describe, expect, it, vi } from "vitest";
import type { WorkbookSnapshot } from "../../src/core/cells";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { analyse } from "../../src/door/operations";
import { FakeExcel, type FakeValue } from "../fakes/fakeExcel";

const LAST_ROW = 1_048_576;
const HEADER = ["Rec No", "Recommendation", "Response", "Lead", "Time scale", "RAG"];

function trackerWithStrayEntries(excel: FakeExcel, strays: [number, number, FakeValue][]) {
  const rows: FakeValue[][] = [HEADER];
  for (let i = 1; i <= 40; i++) rows.push([i, `Recommendation ${i}`, "Update given.", "Chair", "December 2021", ["Blue", "Green", "Amber"][i % 3]!]);
  const sheet = excel.sheet("Plan", rows);
  for (const [row, column, value] of strays) sheet.ensure(row, column).value = value;
  sheet.merges.push({ top: 2, bottom: 4, left: 4, right: 4 });
  return sheet;
}

describe("a sheet whose used range reaches row 1,048,576", () => {
  it("reads the tracker and the stray entries in a handful of syncs, every one within the limits", async () => {
    const excel = new FakeExcel();
    trackerWithStrayEntries(excel, [
      [LAST_ROW, 1, "end"],
      [600_000, 6, "x"],
    ]);
    const door = new ExcelDoor(excel);
    const read = vi.spyOn(door, "read");
    const { analysis } = await analyse(door);
    const snapshot = (await read.mock.results[0]!.value) as WorkbookSnapshot;

    // 40 actions, and the stray "x" in the rating column of row 600,000: a row of its own, an invalid rating.
    expect(analysis.actions).toHaveLength(41);
    expect(analysis.totals.counts).toMatchObject({ Blue: 13, Green: 14, Amber: 13, Invalid: 1 });
    // The merge in the data rows is still read: rows 3 and 4 take the lead of row 2.
    expect(analysis.actions.slice(0, 3).map((a) => a.lead)).toEqual(["Chair", "Chair", "Chair"]);
    expect(analysis.findings.filter((f) => f.code === "rating-invalid").map((f) => f.row)).toEqual([600_000]);
    // Shape; extents with the tracker in its window; the probe alone (the window ended in empty
    // rows, so no block of empty cells rides with it); the two stray rows with their merges. The time
    // scales are text, no formula's date, so no formula is asked.
    expect(excel.syncs).toHaveLength(4);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    expect(Math.max(...excel.syncs.map((s) => s.responseBytes))).toBeLessThan(50_000);
    // Nothing was built for the rows between: the 43 rows with values (header, 40 actions, two
    // strays) each have their own cells, and the million empty rows share one empty array.
    const plan = snapshot.sheets.find((s) => s.name === "Plan")!;
    expect(plan.firstRow).toBe(1);
    expect(plan.values).toHaveLength(LAST_ROW);
    expect(plan.values[599_999]![5]).toBe("x");
    expect(plan.values[LAST_ROW - 1]![0]).toBe("end");
    const rowsWithValues = plan.values.filter((row) => row.some((v) => v !== null && v !== ""));
    expect(rowsWithValues).toHaveLength(43);
    expect(new Set(plan.values).size).toBe(43 + 1);
    expect(new Set(plan.numberFormats).size).toBe(43 + 1);
    expect(plan.values[300_000]).toEqual([]);
  });

  it("a dense sheet read in many blocks is still read whole: the probe finds every row in use", async () => {
    const excel = new FakeExcel();
    excel.cellReadLimit = 1_000;
    const rows: FakeValue[][] = [HEADER];
    for (let i = 1; i <= 3_000; i++) rows.push([i, `Recommendation ${i}`, "Update given.", "Chair", "December 2021", ["Blue", "Green", "Amber"][i % 3]!]);
    excel.sheet("Plan", rows);
    // 4,000 bytes a response: 80 cells a block, so 18,006 cells are 226 blocks, and probed first.
    const { analysis } = await analyse(new ExcelDoor(excel, { readBudget: 4_000 }));
    expect(analysis.actions).toHaveLength(3_000);
    expect(analysis.totals.counts).toMatchObject({ Blue: 1_000, Green: 1_000, Amber: 1_000 });
    expect(excel.syncs.filter((s) => s.calls > 0 && s.requestBytes > 0).length).toBeGreaterThan(200);
  });
});
