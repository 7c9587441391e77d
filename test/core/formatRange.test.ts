/**
 * How far the rating colours and drop-down list reach below a tracker (review finding 10): through
 * the empty rows below the last action, up to 200, stopping at the first filled row (the RAG key,
 * notes, another table) and never past Excel's last row.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { ROOM_FOR_NEW_ROWS, ratingColourFormats, ratingFormatRange } from "../../src/core/formats";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import type { Tracker } from "../../src/core/model";
import { MAX_ROWS } from "../../src/core/excelLimits";
import { PEER_REVIEW_ROWS, peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";

const HEADER = ["Rec No", "Recommendation", "Actions", "Response", "RAG"];

/** A tracker with its header on row 1, three actions, then `below` from row 5 (rows of [column, value]). */
function sheet(below: Record<number, [number, CellValue][]> = {}, firstRow = 1): SheetSnapshot {
  const values: CellValue[][] = [HEADER, [1, "Rec one", "Do one", "Done", "B"], [2, "Rec two", "Do two", "Going", "G"], [3, "Rec three", "Do three", "Late", "A"]];
  for (const [row, cells] of Object.entries(below)) {
    const r = (values[Number(row) - 1] ??= []);
    for (const [column, value] of cells) r[column - 1] = value;
  }
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  return { name: "Plan", firstRow, firstColumn: 1, values, merges: [] };
}

function colourRange(snapshot: SheetSnapshot) {
  const [plan] = ratingColourFormats(analyseWorkbook({ sheets: [snapshot] }, DEFAULT_SETTINGS, "2021-12-15"));
  expect(plan!.validation!.range).toEqual(plan!.rules[0]!.ranges[0]);
  return plan!.validation!.range;
}

describe("the rows the rating formats cover", () => {
  it("keep 200 rows for new actions where the rows below are empty", () => {
    expect(colourRange(sheet())).toEqual({ top: 2, bottom: 4 + ROOM_FOR_NEW_ROWS, left: 5, right: 5 });
  });

  it("stop above notes typed below the table, in any of its columns", () => {
    expect(colourRange(sheet({ 9: [[1, "Notes: see the committee minutes."]] }))).toEqual({ top: 2, bottom: 8, left: 5, right: 5 });
    expect(colourRange(sheet({ 5: [[1, "Total: 3 actions"]] }))).toEqual({ top: 2, bottom: 4, left: 5, right: 5 });
  });

  it("a note far to the right of the table does not stop them", () => {
    expect(colourRange(sheet({ 6: [[9, "Aside"]] }))).toEqual({ top: 2, bottom: 4 + ROOM_FOR_NEW_ROWS, left: 5, right: 5 });
  });

  it("stop above the RAG key below the table", () => {
    const range = colourRange(peerReviewSheet());
    const last = peerReviewRow(PEER_REVIEW_ROWS.at(-1)![1]);
    // One blank row, then the key's header.
    expect(range).toEqual({ top: peerReviewRow(1), bottom: last + 1, left: 6, right: 6 });
  });

  it("never pass Excel's last row", () => {
    const bottomOfSheet = sheet({}, MAX_ROWS - 5);
    expect(colourRange(bottomOfSheet)).toEqual({ top: MAX_ROWS - 4, bottom: MAX_ROWS, left: 5, right: 5 });
  });

  it("stop above the next tracker on the sheet, and give nothing when there is no row", () => {
    const tracker = (headerRow: number, lastRow: number, roomBelow: number): Tracker => ({
      sheet: "Plan",
      headerRow,
      firstRow: headerRow + 1,
      lastRow,
      columns: { rating: 5 },
      headers: {},
      actions: [],
      ratingSpelling: "code",
      wordedRatings: [],
      roomBelow,
    });
    const first = tracker(1, 10, 200);
    const second = tracker(30, 40, 200);
    expect(ratingFormatRange(first, [first, second])).toEqual({ top: 2, bottom: 29, left: 5, right: 5 });
    expect(ratingFormatRange(second, [first, second])).toEqual({ top: 31, bottom: 240, left: 5, right: 5 });
    const empty = tracker(1, 1, 0);
    expect(ratingFormatRange(empty, [empty])).toBeNull();
  });
});
