import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { STORE_SHEET_NAME } from "../../src/core/store";
import { bytesOf, openDoor } from "./helpers";

describe("XlsxDoor.read", () => {
  it("gives each cell as a person sees it: cached formula results, plain text from rich text and links, errors as {error}, dates as dates", async () => {
    const bytes = await bytesOf((wb) => {
      const sheet = wb.addWorksheet("Plan");
      sheet.getCell("C5").value = "Rec No";
      sheet.getCell("D5").value = "RAG";
      sheet.getCell("C6").value = { formula: "1+1", result: 2 };
      sheet.getCell("D6").value = { formula: 'IF(C6=2,"Blue","Red")', result: "Blue" };
      sheet.getCell("E6").value = { formula: "NA()", result: { error: "#N/A" } };
      sheet.getCell("F6").value = { error: "#REF!" };
      sheet.getCell("C7").value = { richText: [{ text: "Am", font: { bold: true } }, { text: "ber" }] };
      sheet.getCell("D7").value = { text: "Terms of reference", hyperlink: "https://example.org/tor" };
      sheet.getCell("E7").value = new Date(Date.UTC(2021, 5, 14));
      sheet.getCell("E7").numFmt = "dd/mm/yyyy";
      sheet.getCell("F7").value = true;
      sheet.getCell("G7").value = { formula: "E7+1", result: new Date(Date.UTC(2021, 5, 15)) };
      sheet.getCell("G7").numFmt = "d mmm yyyy";
      sheet.getCell("C8").value = "=SUM(A1)";
    });
    const [sheet] = (await (await openDoor(bytes)).read()).sheets;
    expect(sheet).toMatchObject({ name: "Plan", firstRow: 5, firstColumn: 3, merges: [] });
    expect(sheet!.values).toEqual([
      ["Rec No", "RAG"],
      [2, "Blue", { error: "#N/A" }, { error: "#REF!" }],
      ["Amber", "Terms of reference", new Date(Date.UTC(2021, 5, 14)), true, new Date(Date.UTC(2021, 5, 15))],
      ["=SUM(A1)"],
    ]);
    expect(sheet!.numberFormats![2]).toEqual(["General", "General", "dd/mm/yyyy", "General", "d mmm yyyy"]);
    expect(sheet!.generatedKey).toBeUndefined();
  });

  it("reports merges in 1-based inclusive ranges, with a value only in each merge's top-left cell", async () => {
    const bytes = await bytesOf((wb) => {
      const sheet = wb.addWorksheet("Peer Review");
      sheet.addRows([
        ["Category", "Rec No", "RAG"],
        ["Finance", 13, "B"],
        [null, 14, "B"],
        [null, 15, "B"],
      ]);
      sheet.mergeCells("A2:A4");
      sheet.mergeCells("B6:C7");
      sheet.getCell("B6").value = "merged note";
    });
    const [sheet] = (await (await openDoor(bytes)).read()).sheets;
    expect(sheet!.merges).toEqual([
      { top: 2, left: 1, bottom: 4, right: 1 },
      { top: 6, left: 2, bottom: 7, right: 3 },
    ]);
    expect(sheet!.values.map((r) => r[0] ?? null)).toEqual(["Category", "Finance", null, null, null, null]);
    expect(sheet!.values[4]).toEqual([]);
    expect(sheet!.values[5]).toEqual([null, "merged note"]);
  });

  it("reads hidden sheets, leaves out the store sheet, and marks generated sheets by their defined name", async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet("Plan").addRow(["RAG"]);
      wb.addWorksheet("Old plan", { state: "hidden" }).addRow(["RAG"]);
      wb.addWorksheet("Summary we made").addRow(["RAG Summary"]);
      wb.addWorksheet(STORE_SHEET_NAME, { state: "veryHidden" }).addRow(["kind", "id", "json"]);
      wb.definedNames.add("'Summary we made'!$A$1", "RAGTracker_summary");
      wb.definedNames.add("'Gone'!$A$1", "RAGTracker_stale");
    });
    const snapshot = await (await openDoor(bytes)).read();
    expect(snapshot.sheets.map((s) => [s.name, s.generatedKey])).toEqual([
      ["Plan", undefined],
      ["Old plan", undefined],
      ["Summary we made", "summary"],
    ]);
  });

  it("reads a sheet used down to row 1,048,576 by visiting only the rows the file holds", async () => {
    const bytes = await bytesOf((wb) => {
      const sheet = wb.addWorksheet("Plan");
      sheet.addRow(["Rec No", "RAG"]);
      sheet.addRow([1, "B"]);
      sheet.getCell("J1048576").value = "last row";
    });
    const door = await openDoor(bytes);
    const progress: [number, number][] = [];
    // Every row the door reads has its cells walked. The file holds three rows; a door asking for
    // every row down to the last would walk a million (ExcelJS building each one it is asked for).
    const rows = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet("Probe").getRow(1)) as ExcelJS.Row;
    const eachCell = vi.spyOn(rows, "eachCell");
    let snapshot;
    let visited: number[];
    try {
      snapshot = await door.read((done, total) => progress.push([done, total]));
      visited = eachCell.mock.contexts.map((row) => (row as ExcelJS.Row).number);
    } finally {
      eachCell.mockRestore();
    }
    expect(visited).toEqual([1, 2, 1_048_576]);
    const [sheet] = snapshot.sheets;
    expect(sheet!.values).toHaveLength(1_048_576);
    expect(sheet!.values[1]).toEqual([1, "B"]);
    expect(sheet!.values[1_048_575]![9]).toBe("last row");
    // Every empty row is one shared empty array, not a million new ones.
    expect(new Set(sheet!.values.slice(2, -1)).size).toBe(1);
    expect(sheet!.values[500_000]).toEqual([]);
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it("gives an empty sheet as no values", async () => {
    const bytes = await bytesOf((wb) => wb.addWorksheet("Empty"));
    const [sheet] = (await (await openDoor(bytes)).read()).sheets;
    expect(sheet).toEqual({ name: "Empty", firstRow: 1, firstColumn: 1, values: [], numberFormats: [], merges: [] });
  });
});
