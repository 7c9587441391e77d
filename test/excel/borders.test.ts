/** Table cells are boxed in thin grey as the file doors box them, blanks included; titles and notes are not. */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { FakeExcel, type FakeSheet } from "../fakes/fakeExcel";
import { handPlan } from "../helpers/handPlan";
import { blank, num, text } from "../../src/core/sheetBuilder";

const GREY = { style: "Continuous", color: "#BFBFBF" };
const DARK = { style: "Continuous", color: "#595959" };

async function written(): Promise<FakeSheet> {
  const excel = new FakeExcel();
  const plan = handPlan();
  // A table's blank cell is boxed on purpose; a blank with no style (B8) is not part of a table.
  plan.rows.push([text("Sam"), blank("body"), num(2)]);
  await new ExcelDoor(excel).applyPlan({ sheets: [plan] });
  return excel.get("RAG Summary");
}

describe("borders in Excel", () => {
  it("box every side of the table's cells, its blank cell too, and nothing outside the tables", async () => {
    const sheet = await written();
    // Row 4 is the header, rows 5 to 9 the body; B9 is a blank body cell.
    for (const [r, c] of [[4, 1], [4, 4], [5, 1], [6, 3], [7, 6], [8, 1], [8, 3], [9, 1], [9, 2], [9, 3]] as const) {
      expect(sheet.cell(r, c)?.borders, `R${r}C${c}`).toEqual({ top: GREY, bottom: GREY, left: GREY, right: GREY });
    }
    // The title, the note, the empty row, and the unstyled blank B8.
    for (const [r, c] of [[1, 1], [1, 4], [2, 1], [3, 1], [8, 2]] as const) expect(sheet.cell(r, c)?.borders, `R${r}C${c}`).toBeUndefined();
  });

  it("draw a total cell's top darker", async () => {
    const sheet = await written();
    // D5 and D6 are stacked totals: the line between them is D6's top, so dark as well.
    expect(sheet.cell(5, 4)?.borders).toEqual({ top: DARK, bottom: DARK, left: GREY, right: GREY });
    expect(sheet.cell(6, 4)?.borders).toEqual({ top: DARK, bottom: GREY, left: GREY, right: GREY });
  });
});
