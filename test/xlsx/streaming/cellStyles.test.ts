/**
 * The streaming door's pass for the styles of a few cells: Excel's rules for a cell, its row and
 * its column, on worksheet parts written by hand; and that, with the merges known, it reads no
 * further than the last row asked about.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { mergeMasters, readShownStyles } from "../../../src/xlsx/streaming/cellStyles";
import { DamagedPartError } from "../../../src/xlsx/streaming/xmlEvents";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function partZip(sheetXml: string): Promise<JSZip> {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", sheetXml, { compression: "DEFLATE" });
  return JSZip.loadAsync(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

const PART = "xl/worksheets/sheet1.xml";

describe("readShownStyles", () => {
  it("takes a held cell's own style, else its row's where customFormat says so, else its column's", async () => {
    const zip = await partZip(
      `<worksheet xmlns="${MAIN}"><cols><col min="1" max="3" style="5"/><col min="4" max="4" width="9" style="6"/></cols><sheetData>` +
        // Row 2: D2 held without s (the default style, 0). Row 3: formatted, D3 not held.
        '<row r="2"><c r="A2"><v>1</v></c><c r="D2"/></row>' +
        '<row r="3" s="7" customFormat="1"><c r="A3" s="7"><v>2</v></c></row>' +
        // Row 4: s without customFormat, which Excel ignores. Row 5: cells without r follow the one before.
        '<row r="4" s="8"><c r="A4"><v>3</v></c></row>' +
        '<row r="5"><c r="A5"><v>4</v></c><c s="2"/><c/><c s="9"/></row>' +
        // A row without r follows the one before: row 6.
        '<row customFormat="true" s="3"><c r="A6"><v>5</v></c></row>' +
        "</sheetData></worksheet>",
    );
    const places = [
      { row: 2, column: 4 },
      { row: 3, column: 4 },
      { row: 4, column: 4 },
      { row: 4, column: 2 },
      { row: 5, column: 4 },
      { row: 5, column: 2 },
      { row: 6, column: 4 },
      { row: 9, column: 5 },
    ];
    const { styles, merges } = await readShownStyles(zip, PART, places, null);
    expect(styles).toEqual([0, 7, 6, 5, 9, 2, 3, 0]);
    expect(merges).toEqual([]);
  });

  it("gives a merged cell its area's top-left style, read in a second pass where the first did not ask for it", async () => {
    const zip = await partZip(
      `<worksheet xmlns="${MAIN}"><sheetData>` +
        '<row r="2"><c r="D2" s="4"/></row><row r="3"><c r="D3" s="1"/></row><row r="4"><c r="C4" s="2"/><c r="D4" s="1"/></row>' +
        '</sheetData><mergeCells count="2"><mergeCell ref="D2:D3"/><mergeCell ref="C4:D4"/></mergeCells></worksheet>',
    );
    const places = [
      { row: 3, column: 4 },
      { row: 4, column: 4 },
      { row: 2, column: 4 },
    ];
    const read = await readShownStyles(zip, PART, places, null);
    expect(read.styles).toEqual([4, 2, 4]);
    expect(read.merges).toEqual([
      { top: 2, left: 4, bottom: 3, right: 4 },
      { top: 4, left: 3, bottom: 4, right: 4 },
    ]);
    // With the merges given, the same answers.
    expect((await readShownStyles(zip, PART, places, read.merges)).styles).toEqual([4, 2, 4]);
  });

  it("reads no further than the last row asked about when the merges are known", async () => {
    // Enough rows for the part to be decompressed in many chunks, then XML no parser accepts.
    const filler = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 10}"><c r="A${i + 10}" s="1"><v>${i}</v></c><c r="B${i + 10}" t="inlineStr"><is><t>Action ${i * 7919}</t></is></c></row>`).join("");
    const zip = await partZip(`<worksheet xmlns="${MAIN}"><sheetData><row r="2" s="3" customFormat="1"><c r="A2"><v>1</v></c></row>${filler}<row r="70010"><c r="D70010" s="2"></row></sheetData></worksheet>`);
    expect((await readShownStyles(zip, PART, [{ row: 2, column: 4 }], [])).styles).toEqual([3]);
    // Without the merges the pass must reach the end of the part, and meets the damage.
    await expect(readShownStyles(zip, PART, [{ row: 2, column: 4 }], null)).rejects.toThrow(DamagedPartError);
  });
});

describe("mergeMasters", () => {
  it("moves each place inside a merged area to the area's top-left cell, and leaves the others", () => {
    const merges = [
      { top: 2, left: 4, bottom: 40, right: 4 },
      { top: 50, left: 1, bottom: 50, right: 6 },
    ];
    const places = [
      { row: 50, column: 6 },
      { row: 1, column: 4 },
      { row: 40, column: 4 },
      { row: 41, column: 4 },
      { row: 20, column: 5 },
      { row: 2, column: 4 },
    ];
    expect(mergeMasters(places, merges)).toEqual([
      { row: 50, column: 1 },
      { row: 1, column: 4 },
      { row: 2, column: 4 },
      { row: 41, column: 4 },
      { row: 20, column: 5 },
      { row: 2, column: 4 },
    ]);
  });
});
