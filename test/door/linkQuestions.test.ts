/**
 * A door whose read gives values alone (Excel's) is asked, after the first reading, whether the few cells alone below a
 * blank row that were read as actions link to a web address or a file; a linked one becomes a note, as the file doors
 * read it. Nothing is asked of a workbook with no such cell.
 */
import { describe, expect, it } from "vitest";
import type { CellAddress, CellValue, WorkbookSnapshot } from "../../src/core/cells";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { analyseRead } from "../../src/door/analyseRead";
import type { FormulaAnswers, ReadingDoor } from "../../src/door/RagDoor";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";

const AS_OF = "2022-06-30";
const GUIDANCE = "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2";

/** ej-all.xlsx's "Peer Review" plan, its dates and responses left out: seven actions on rows 2 to 8, rated. */
const TABLE: CellValue[][] = PEER_REVIEW_SEVEN.map((row) => [...row.slice(0, 4), ...row.slice(5)]);

const workbook = (values: CellValue[][]): WorkbookSnapshot => ({ sheets: [{ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges: [] }] });

/** A door like Excel's: formulas, fills and links asked after the read; `links` answers by A1 address. */
function excelLike(snapshot: WorkbookSnapshot, links: Record<string, string | null> | Error): ReadingDoor & { asked: CellAddress[][] } {
  const asked: CellAddress[][] = [];
  return {
    asked,
    read: async () => snapshot,
    readSettings: async () => DEFAULT_SETTINGS,
    readFills: async (cells) => cells.map(() => null),
    readFormulas: async (cells, fills, linkCells = []): Promise<FormulaAnswers> => {
      asked.push(linkCells);
      if (links instanceof Error) throw links;
      return { formulas: cells.map(() => null), fills: fills.map(() => null), links: linkCells.map((c) => links[`${String.fromCharCode(64 + c.column)}${c.row}`] ?? null) };
    },
  };
}

const read = async (door: ReadingDoor) => analyseRead(door, await door.read(), { ...DEFAULT_SETTINGS, asOf: AS_OF }, AS_OF);

describe("links of lone cells below the table, asked of a door that reads values alone", () => {
  // As on ej-all.xlsx: "See notes" (a remark), then "Working Together 2018" (linked to gov.uk in the workbook); then a real action.
  const BELOW: CellValue[][] = [[], [null, "See also the Neglect Strategy"], [null, "Working Together 2018"], [null, "Audit of neglect cases"]];

  it("only the lone cells read as actions are asked; the one linked to gov.uk becomes a note", async () => {
    const door = excelLike(workbook([...TABLE, ...BELOW]), { B11: GUIDANCE });
    const a = await read(door);
    // "See also …" is a note from the first reading, so it is not asked; "Audit of neglect cases" is, as a link above it would leave it below the gap.
    expect(door.asked).toEqual([
      [
        { sheet: "Peer Review", row: 11, column: 2 },
        { sheet: "Peer Review", row: 12, column: 2 },
      ],
    ]);
    expect(a.totals.total).toBe(8);
    expect(a.actions.filter((x) => x.rating.kind === "unrated").map((x) => x.row)).toEqual([12]);
    expect(a.trackers[0]!.rowsNotCounted?.map((r) => r.row)).toEqual([10, 11]);
  });

  it("two linked titles, one under the other, are both notes, as the file doors read them", async () => {
    const a = await read(excelLike(workbook([...TABLE, [], [null, "Working Together 2018"], [null, "Neglect Strategy 2021–2024"]]), { B10: GUIDANCE, B11: "../Strategies/Neglect Strategy.docx" }));
    expect(a.totals.total).toBe(7);
    expect(a.trackers[0]!.rowsNotCounted?.map((r) => r.row)).toEqual([10, 11]);
  });

  it("a link to a place in the workbook, or none, leaves the first reading standing", async () => {
    for (const answer of ["#'Notes'!A1", null]) {
      const a = await read(excelLike(workbook([...TABLE, ...BELOW]), { B11: answer }));
      expect(a.totals.total).toBe(9);
    }
  });

  it("a door that cannot answer leaves the first reading standing, with no word of links", async () => {
    const a = await read(excelLike(workbook([...TABLE, ...BELOW]), new Error("Excel is busy.")));
    expect(a.totals.total).toBe(9);
    expect(a.findings.filter((f) => /link/i.test(f.message))).toEqual([]);
  });

  it("a plan with no cell alone below a blank row asks nothing", async () => {
    const door = excelLike(workbook([...TABLE, [], [null, "See also the Neglect Strategy"]]), {});
    const a = await read(door);
    expect(door.asked).toEqual([]);
    expect(a.totals.total).toBe(7);
  });
});
