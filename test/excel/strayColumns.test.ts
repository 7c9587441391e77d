/**
 * A sheet used far right of its data (a stray entry in column XFD, or a note typed in column AAA
 * beside a real block in AA:AD): the Excel door finds the boxes of cells that hold values and reads
 * only those, instead of every row at sixteen thousand columns (254 syncs and 14 s at 1,000 actions).
 */
import { describe, expect, it, vi } from "vitest";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/cells";
import { generateSummary } from "../../src/door/operations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { HEADER, syntheticFakeExcel } from "../../bench/syntheticTracker";
import type { FakeExcel, FakeSheet } from "../fakes/fakeExcel";

const LAST_COLUMN = 16_384;
const LAST_ROW = 1_048_576;
/** Column AA, and column AAA. */
const AA = 27;
const AAA = 703;

type Strays = (sheet: FakeSheet) => void;

const strayInXfd1: Strays = (sheet) => {
  sheet.ensure(1, LAST_COLUMN).value = "stray";
};

/** A block of notes in AA:AD over the first 300 rows, one merged, and a stray note in AAA500. */
const blockAndStrayInAaa: Strays = (sheet) => {
  for (let r = 1; r <= 300; r++) for (let c = AA; c < AA + 4; c++) sheet.ensure(r, c).value = `note ${r}.${c - AA + 1}`;
  sheet.ensure(5, AA + 1).numberFormat = "0.00";
  sheet.ensure(5, AA + 1).value = 12.5;
  sheet.merges.push({ top: 10, bottom: 12, left: AA + 2, right: AA + 3 });
  sheet.ensure(500, AAA).value = "stray note";
};

/** Two strays in one far column a million rows apart: the column's box is probed again by rows. */
const strayAtBothEndsOfXfd: Strays = (sheet) => {
  sheet.ensure(1, LAST_COLUMN).value = "top";
  sheet.ensure(LAST_ROW, LAST_COLUMN).value = "bottom";
};

async function trackerWith(actions: number, strays: Strays): Promise<{ excel: FakeExcel; sheet: FakeSheet; door: ExcelDoor }> {
  const { excel } = await syntheticFakeExcel(actions);
  // A clock that stands still: the door keeps the workbook's shape for 3 s, and reading 10,000 actions
  // can take longer on a busy machine, which would cost one sync more and make the count a timing.
  const door = new ExcelDoor(excel, { now: () => 0 });
  const sheet = excel.workbook.sheets.find((s) => s.name === "Actions")!;
  strays(sheet);
  excel.resetSyncs();
  return { excel, sheet, door };
}

/** Every cell of the sheet that holds a value is in the snapshot with its number format, and nothing else is. */
function expectEveryCellRead(sheet: FakeSheet, snapshot: SheetSnapshot): void {
  let held = 0;
  for (const [key, cell] of sheet.cells) {
    // A cell given "" holds nothing in Excel (the tracker's blank ratings).
    if (cell.value === undefined || cell.value === "") continue;
    held++;
    const [row, column] = key.split(",").map(Number) as [number, number];
    const r = row - snapshot.firstRow;
    const c = column - snapshot.firstColumn;
    expect(snapshot.values[r]?.[c], `value of row ${row}, column ${column}`).toBe(cell.value);
    expect(snapshot.numberFormats?.[r]?.[c], `number format of row ${row}, column ${column}`).toBe(cell.numberFormat ?? "General");
  }
  const read = snapshot.values.reduce((n, row) => n + row.filter((v) => v !== null).length, 0);
  expect(read).toBe(held);
}

function expectWithinLimits(excel: FakeExcel, most: number): void {
  expect(excel.syncs.length).toBeLessThanOrEqual(most);
  expect(excel.syncs.every((s) => s.ok)).toBe(true);
  for (const s of excel.syncs) {
    expect(s.requestBytes).toBeLessThan(5_000_000);
    expect(s.responseBytes).toBeLessThan(5_000_000);
  }
}

describe("a tracker with a stray entry far right of its data", () => {
  for (const actions of [1_000, 10_000]) {
    it(`reads every cell of ${actions.toLocaleString("en-GB")} actions and a stray in XFD1, and summarises in a handful of syncs`, async () => {
      const { excel, sheet, door } = await trackerWith(actions, strayInXfd1);
      const snapshot = (await door.read()).sheets.find((s) => s.name === "Actions")!;
      expectEveryCellRead(sheet, snapshot);
      expect(snapshot.values[0]![LAST_COLUMN - 1]).toBe("stray");
      expectWithinLimits(excel, 3);

      excel.resetSyncs();
      const read = vi.spyOn(door, "read");
      const { analysis } = await generateSummary(door);
      expect(analysis.actions).toHaveLength(actions);
      // Shape, extents with the tracker's window and the boxes, the rest of the tracker with the
      // stray cell, the summary's write (no more syncs than without the stray at 10,000).
      expectWithinLimits(excel, 4);
      // The summary's read built no cells the sheet does not hold: only row 1 runs out to XFD; every
      // other row is no wider than the tracker, not sixteen thousand columns of nulls.
      const summarised = ((await read.mock.results[0]!.value) as WorkbookSnapshot).sheets.find((s) => s.name === "Actions")!;
      expect(summarised.values).toHaveLength(actions + 1);
      expect(summarised.values[0]).toHaveLength(LAST_COLUMN);
      expect(summarised.values[0]![LAST_COLUMN - 1]).toBe("stray");
      expect(Math.max(...summarised.values.slice(1).map((row) => row.length))).toBeLessThanOrEqual(HEADER.length);
      expect(Math.max(...(summarised.numberFormats ?? []).slice(1).map((row) => row.length))).toBeLessThanOrEqual(HEADER.length);
    }, 60_000);

    it(`reads every cell of ${actions.toLocaleString("en-GB")} actions beside a block in AA:AD and a stray in AAA500`, async () => {
      const { excel, sheet, door } = await trackerWith(actions, blockAndStrayInAaa);
      const snapshot = (await door.read()).sheets.find((s) => s.name === "Actions")!;
      expectEveryCellRead(sheet, snapshot);
      expect(snapshot.values[499]![AAA - 1]).toBe("stray note");
      expect(snapshot.numberFormats?.[4]?.[AA]).toBe("0.00");
      // The merge in the block is reported once, as Excel names it.
      expect(snapshot.merges).toEqual([{ top: 10, bottom: 12, left: AA + 2, right: AA + 3 }]);
      // Shape; extents and boxes; the block probed in column bands (with the tracker's rest); the boxes.
      expectWithinLimits(excel, 4);

      excel.resetSyncs();
      const { analysis } = await generateSummary(door);
      expect(analysis.actions).toHaveLength(actions);
      expectWithinLimits(excel, 5);
    }, 60_000);
  }

  it("reads two strays a million rows apart in column XFD without reading the rows between", async () => {
    const { excel, sheet, door } = await trackerWith(1_000, strayAtBothEndsOfXfd);
    const snapshot = (await door.read()).sheets.find((s) => s.name === "Actions")!;
    expectEveryCellRead(sheet, snapshot);
    expect(snapshot.values[LAST_ROW - 1]![LAST_COLUMN - 1]).toBe("bottom");
    expectWithinLimits(excel, 5);
    expect(Math.max(...excel.syncs.map((s) => s.responseBytes))).toBeLessThan(1_000_000);
  }, 60_000);
});
