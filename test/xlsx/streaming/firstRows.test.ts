/**
 * Row 1 of a sheet, read without the rest: the streaming door looks at row 1 of every sheet to
 * find a store under another name, so the look must not cost a read of the whole part.
 */
import JSZip from "jszip";
import { expect, it } from "vitest";
import { streamXml } from "../../../src/xlsx/streaming/xmlEvents";
import { readWorksheetCells } from "../../../src/xlsx/streaming/worksheetPart";
import { readCellFormats } from "../../../src/xlsx/streaming/cellFormats";

const ROWS = 200_000;

async function bigSheet(): Promise<JSZip> {
  const rows = [`<row r="1"><c r="A1" t="inlineStr"><is><t>kind</t></is></c></row>`];
  for (let r = 2; r <= ROWS; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  const zip = new JSZip();
  zip.file("sheet.xml", `<worksheet xmlns="m"><sheetData>${rows.join("")}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`, { compression: "DEFLATE" });
  return JSZip.loadAsync(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

it("a read told it has enough stops decompressing: a few chunks of a part of several megabytes", async () => {
  const zip = await bigSheet();
  let rows = 0;
  await streamXml(zip, "sheet.xml", { open: (name) => void (name === "row" && rows++), done: () => rows > 1 });
  expect(rows).toBeGreaterThan(1);
  expect(rows).toBeLessThan(ROWS / 10);
});

it("the cells of row 1 only, however long the sheet", async () => {
  const zip = await bigSheet();
  const cells = await readWorksheetCells(zip, "sheet.xml", { sheetName: "Data", strings: [], formats: await readCellFormats(zip, null), date1904: false, rowsUpTo: 1 });
  expect(cells.rows.map((r) => [r.row, r.values])).toEqual([[1, ["kind"]]]);
});
