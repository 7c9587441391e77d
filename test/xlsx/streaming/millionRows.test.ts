/**
 * A sheet formatted down to row 1,048,576 (Excel writes a <row> element for every formatted row):
 * the streaming reader keeps nothing for a row without values, so the snapshot's empty rows all
 * share one frozen array: a million of them cost the reader nothing it keeps.
 */
import JSZip from "jszip";
import { expect, it } from "vitest";
import { readPackageWorkbook } from "../../../src/xlsx/streaming/workbookPart";
import { readPackageSnapshot, readSharedParts } from "../../../src/xlsx/streaming/packageSnapshot";
import { readWorksheetCells } from "../../../src/xlsx/streaming/worksheetPart";

const LAST_ROW = 1_048_576;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function formattedRows(): string {
  const rows: string[] = [`<row r="1"><c r="A1" t="inlineStr"><is><t>Action</t></is></c><c r="B1" t="inlineStr"><is><t>RAG</t></is></c></row>`];
  for (let r = 2; r < LAST_ROW; r++) rows.push(`<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`);
  rows.push(`<row r="${LAST_ROW}"><c r="A${LAST_ROW}" t="inlineStr"><is><t>end</t></is></c></row>`);
  return rows.join("");
}

it("a million formatted, empty rows cost one shared empty row", async () => {
  const zip = new JSZip();
  zip.file("_rels/.rels", `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
  zip.file("xl/styles.xml", `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="49"/></cellXfs></styleSheet>`);
  zip.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><dimension ref="A1:B${LAST_ROW}"/><sheetData>${formattedRows()}</sheetData></worksheet>`, { compression: "DEFLATE" });
  const packaged = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));

  const workbook = await readPackageWorkbook(packaged);
  const snapshot = await readPackageSnapshot(packaged, workbook);

  const sheet = snapshot.sheets[0]!;
  expect(sheet.values.length).toBe(LAST_ROW);
  expect(sheet.values[0]).toEqual(["Action", "RAG"]);
  expect(sheet.values[LAST_ROW - 1]).toEqual(["end"]);
  expect(new Set(sheet.values).size).toBe(3);
  expect(new Set(sheet.numberFormats).size).toBe(3);
  expect(Object.isFrozen(sheet.values[1])).toBe(true);

  // What the reader keeps of the part: the two rows with values, nothing for the million <row>
  // elements whose cells hold only a style.
  const { strings, formats } = await readSharedParts(packaged, workbook);
  const cells = await readWorksheetCells(packaged, workbook.sheets[0]!.part, { sheetName: "Plan", strings, formats, date1904: workbook.date1904 });
  expect(cells.rows.map((r) => [r.row, r.values])).toEqual([
    [1, ["Action", "RAG"]],
    [LAST_ROW, ["end"]],
  ]);
}, 120_000);
