/** Text set to the right (a "never" among dates, a heading over counts), a date set left (a time scale among texts) and boxed blanks reach the file from both file doors. */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { SheetBuilder, blank, date, rightText, text } from "../../src/core/sheetBuilder";
import { handPlan, userBytes } from "./helpers";

const DOORS = [
  { name: "the ExcelJS door", open: (bytes: Uint8Array) => XlsxDoor.open(bytes, "plan.xlsx") },
  { name: "the streaming door", open: (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "plan.xlsx") },
];

function listPlan() {
  const b = new SheetBuilder();
  b.add(text("Action", "header"), rightText("Last updated", "header"), text("Days", "header"), text("Time scale", "header"));
  b.add(text("Brief staff", "wrap"), date("2022-01-31"), blank("body"), { kind: "date", value: "2022-03-31", style: "body", align: "left" });
  b.add(text("Audit files", "wrap"), rightText("never"), blank("body"), text("March 2022", "wrap"));
  return handPlan({ rows: b.rows, merges: [], charts: [], freezeRows: 1, print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, header: "List" } });
}

describe.each(DOORS)("cell looks from $name", ({ open }) => {
  it("sets a right-aligned text to the right and a left-aligned date to the left, leaves other cells as they were, and boxes a table's blank cells", async () => {
    const door = await open(await userBytes());
    await door.applyPlan({ sheets: [listPlan()] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await door.save()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("RAG Summary")!;
    expect(sheet.getCell("B3").value).toBe("never");
    expect(sheet.getCell("B3").alignment).toMatchObject({ horizontal: "right", vertical: "top" });
    expect(sheet.getCell("B1").alignment).toMatchObject({ horizontal: "right", wrapText: true });
    expect(sheet.getCell("D2").value).toEqual(new Date(Date.UTC(2022, 2, 31)));
    expect(sheet.getCell("D2").alignment).toMatchObject({ horizontal: "left", vertical: "top" });
    for (const address of ["A1", "A3", "C1", "B2", "D3"]) expect(sheet.getCell(address).alignment?.horizontal, address).toBeUndefined();
    for (const address of ["C2", "C3"]) expect(sheet.getCell(address).border, address).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
  });
});
