import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { generateSummary } from "../../src/door/operations";
import { attribute } from "../../src/xlsx/packageXml";

/**
 * A tracker whose Normal font is Arial 10, as a council's template has it: A2 is written in the
 * Normal font with no style of its own, B2 in Arial 10 by its style, C2 in Calibri 11 by its style.
 */
async function arialPlan(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Actions");
  sheet.addRow(["Recommendation", "Specific Actions", "RAG"]);
  sheet.addRow(["Consider deputies on Strategic Group to bring strategic /operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Blue"]);
  sheet.getCell("B2").font = { name: "Arial", size: 10 };
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  // ExcelJS wrote Calibri 11 first and Arial 10 second. Swapped, Arial is the Normal font (the first), B2's style
  // points at it, and a third style, C2's, at Calibri: a cell pasted from a workbook whose Normal font was Calibri.
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const [calibri, arial] = [...styles.matchAll(/<font>[\s\S]*?<\/font>/g)].map((m) => m[0]);
  const swapped = styles
    .replace(/<fonts\b[^>]*>[\s\S]*?<\/fonts>/, `<fonts count="2">${arial}${calibri}</fonts>`)
    .replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/, '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>');
  zip.file("xl/styles.xml", swapped);
  const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", sheetXml.replace('<c r="C2" t="s">', '<c r="C2" s="2" t="s">'));
  return zip.generateAsync({ type: "uint8array" });
}

/** The name and size of the font each cell shows, read from the package as Excel reads it. */
async function cellFonts(bytes: Uint8Array, sheetPart: string, cells: string[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const fonts = [.../<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1]!.matchAll(/<font\b[^>]*\/>|<font\b[^>]*>[\s\S]*?<\/font>/g)].map((m) => m[0]);
  const xfs = [.../<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf\b[^>]*>/g)].map((m) => Number(attribute(m[0], "fontId") ?? 0));
  const sheet = await zip.file(sheetPart)!.async("string");
  return cells.map((ref) => {
    const cell = new RegExp(`<c r="${ref}"[^>]*>`).exec(sheet)![0];
    const font = fonts[xfs[Number(attribute(cell, "s") ?? 0)]!]!;
    const value = (element: string) => attribute(new RegExp(`<${element}\\b[^>]*>`).exec(font)![0], "val");
    return `${value("name")} ${value("sz")}`;
  });
}

describe("the workbook's Normal font", () => {
  it("is kept by the workbench's save, for cells without a style of their own, while a cell styled in Calibri keeps Calibri", async () => {
    const bytes = await arialPlan();
    expect(await cellFonts(bytes, "xl/worksheets/sheet1.xml", ["A2", "B2", "C2"])).toEqual(["Arial 10", "Arial 10", "Calibri 11"]);
    const door = await XlsxDoor.open(bytes, "plan.xlsx");
    await generateSummary(door);
    const saved = await door.save();
    expect(await cellFonts(saved, "xl/worksheets/sheet1.xml", ["A2", "B2", "C2"])).toEqual(["Arial 10", "Arial 10", "Calibri 11"]);
  });
});
