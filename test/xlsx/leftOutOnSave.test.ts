import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { hasValueUnderMerge, leftOutOnSave } from "../../src/xlsx/leftOutOnSave";
import { generateSummary } from "../../src/door/operations";
import { sampleBytes, workbookBytes } from "../helpers/workbooks";

const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
/** The rating drop-down drawn from a Lists sheet, as Excel 2010 and later save it. */
const LIST_FROM_ANOTHER_SHEET = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${X14}><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>F2:F30</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;
const SPARKLINES = `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" ${X14}><x14:sparklineGroups><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Actions!B2:E2</xm:f><xm:sqref>G2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`;

/** The peer review plan's first two rows on an "Actions" sheet, with a "Lists" sheet of ratings. */
async function plan(): Promise<JSZip> {
  return JSZip.loadAsync(
    await workbookBytes({
      Actions: [
        ["Category", "Recommendation", "Specific Actions", "Response", "Time scale", "RAG"],
        ["Governance & Business Support Structures", "Consider deputies on Strategic Group to bring strategic /operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Deputies are now core members of Strategic Group.", "March 2021", "Blue"],
        ["Governance & Business Support Structures", "Multi-agency Safeguarding Hub (MASH) steering group subgroup - governance through LSCP", "The MASH Steering Group to become one of the LSCP Sub-Groups", "The MASH Strategic Group is now a Sub-group of the LSCP.", "March 2021", "Green"],
      ],
      Lists: [["Blue"], ["Green"], ["Amber"], ["Red"]],
    }),
  );
}

async function withExtensions(zip: JSZip, extensions: string): Promise<Uint8Array> {
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace("</worksheet>", `<extLst>${extensions}</extLst></worksheet>`));
  return zip.generateAsync({ type: "uint8array" });
}

/** A relationship from the first sheet to a part of this type, as Excel links a pivot table or threaded comments. */
async function withSheetLink(zip: JSZip, type: string, target: string, body: string): Promise<JSZip> {
  const rels = "xl/worksheets/_rels/sheet1.xml.rels";
  const existing = (await zip.file(rels)?.async("string")) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(rels, existing.replace("</Relationships>", `<Relationship Id="rIdLeft1" Type="${type}" Target="${target}"/></Relationships>`));
  zip.file(`xl/${target.replace("../", "")}`, body);
  return zip;
}

async function savedParts(bytes: Uint8Array): Promise<{ door: XlsxDoor; saved: JSZip }> {
  const door = await XlsxDoor.open(bytes, "plan.xlsx");
  await generateSummary(door);
  return { door, saved: await JSZip.loadAsync(await door.save()) };
}

describe("what the workbench's download leaves out", () => {
  it("is nothing for the sample, which it keeps whole", async () => {
    expect((await XlsxDoor.open(sampleBytes(), "sample.xlsx")).leftOutOnSave).toBeNull();
  });

  it("names, by sheet, a drop-down list drawn from another sheet and sparklines, which the saved file indeed lacks", async () => {
    const { door, saved } = await savedParts(await withExtensions(await plan(), LIST_FROM_ANOTHER_SHEET + SPARKLINES));
    expect(door.leftOutOnSave).toBe(
      'The workbench\'s download leaves out drop-down lists drawn from another sheet on "Actions" and sparklines on "Actions"; RAG Tracker inside Excel, or its command line, keeps them.',
    );
    const sheets = await Promise.all(Object.keys(saved.files).filter((p) => p.startsWith("xl/worksheets/sheet")).map((p) => saved.file(p)!.async("string")));
    expect(sheets.some((xml) => xml.includes("dataValidations") && xml.includes("Lists!$A$1:$A$4"))).toBe(false);
    expect(sheets.some((xml) => xml.includes("sparkline"))).toBe(false);
  });

  it("names the sheet of text typed with a leading apostrophe, whose mark the saved style sheet indeed lacks", async () => {
    const zip = await plan();
    const styles = (await zip.file("xl/styles.xml")!.async("string")).replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_, count: string, xfs: string) => `<cellXfs count="${Number(count) + 1}">${xfs}<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>`);
    const quoted = String(Number(/<cellXfs count="(\d+)"/.exec(styles)![1]) - 1);
    zip.file("xl/styles.xml", styles);
    // "=not a formula" typed as '=not a formula in the Lists sheet.
    const lists = "xl/worksheets/sheet2.xml";
    const listsXml = (await zip.file(lists)!.async("string")).replace(/<c r="A1"([^>]*?)( s="\d+")?( t="[^"]*")?>/, `<c r="A1" s="${quoted}"$3>`);
    expect(listsXml).toContain(`<c r="A1" s="${quoted}"`);
    zip.file(lists, listsXml);
    const { door, saved } = await savedParts(await zip.generateAsync({ type: "uint8array" }));
    expect(door.leftOutOnSave).toBe(
      'The workbench\'s download leaves out the leading apostrophe of text typed with one on "Lists" (the text stays, but edited again in Excel it may become a formula or a number); RAG Tracker inside Excel, or its command line, keeps them.',
    );
    expect(await saved.file("xl/styles.xml")!.async("string")).not.toContain("quotePrefix");
  });

  it("names pivot tables and threaded comments by sheet, and formulas that spill, which the saved file indeed lacks", async () => {
    const zip = await plan();
    await withSheetLink(zip, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable", "../pivotTables/pivotTable1.xml", '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotTable1"/>');
    await withSheetLink(zip, "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml", '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"/>');
    zip.file("xl/metadata.xml", '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata></metadata>');
    const { door, saved } = await savedParts(await zip.generateAsync({ type: "uint8array" }));
    expect(door.leftOutOnSave).toBe(
      'The workbench\'s download leaves out pivot tables on "Actions", threaded comments on "Actions" (a note of each stays) and the spill of formulas that spill (each becomes an array formula of fixed size); RAG Tracker inside Excel, or its command line, keeps them.',
    );
    expect(Object.keys(saved.files).filter((p) => /pivotTable|threadedComment|metadata\.xml/.test(p))).toEqual([]);
  });

  it("keeps a web link over a range of cells, to the same address on the same cells, and says nothing of it", async () => {
    const address = "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2?a=1&amp;b=2";
    const zip = await withSheetLink(await plan(), "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", "../unused.xml", "");
    const rels = "xl/worksheets/_rels/sheet1.xml.rels";
    zip.file(rels, (await zip.file(rels)!.async("string")).replace('Target="../unused.xml"/>', `Target="${address}" TargetMode="External"/>`));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</sheetData>", '</sheetData><hyperlinks><hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ref="F2:F3" r:id="rIdLeft1" tooltip="Working Together 2018"/></hyperlinks>'));
    const { door, saved } = await savedParts(await zip.generateAsync({ type: "uint8array" }));
    expect(door.leftOutOnSave).toBeNull();
    const links = [...(await saved.file("xl/worksheets/sheet1.xml")!.async("string")).matchAll(/<hyperlink\b[^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/\sref="F2:F3"/);
    expect(links[0]).toMatch(/\stooltip="Working Together 2018"/);
    const id = /\sr:id="([^"]+)"/.exec(links[0]!)![1];
    const savedRels = await saved.file(rels)!.async("string");
    const rel = [...savedRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).filter((r) => r.includes(`Id="${id}"`));
    expect(rel).toHaveLength(1);
    expect(rel[0]).toContain(`Target="${address}"`);
    expect(rel[0]).toContain('TargetMode="External"');
    expect(rel[0]).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"');
  });

  it("names a sheet whose drawing has a chart or a shape beside a picture, and not one with pictures alone", async () => {
    const zip = await plan();
    const drawing = (shapes: string) =>
      `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:oneCellAnchor><xdr:pic><xdr:nvPicPr/></xdr:pic></xdr:oneCellAnchor>${shapes}</xdr:wsDr>`;
    await withSheetLink(zip, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", "../drawings/drawing1.xml", drawing(""));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</worksheet>", '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdLeft1"/></worksheet>'));
    expect(await leftOutOnSave(zip)).toBeNull();
    zip.file("xl/drawings/drawing1.xml", drawing('<xdr:twoCellAnchor><xdr:sp><xdr:txBody>Do not send before the 13 July meeting</xdr:txBody></xdr:sp></xdr:twoCellAnchor>'));
    expect(await leftOutOnSave(zip)).toBe('The workbench\'s download leaves out charts or shapes beside a picture on "Actions"; RAG Tracker inside Excel, or its command line, keeps them.');
  });

  it("names the sheet of values in cells a merged cell covers, as LibreOffice Calc keeps them, which the saved sheet indeed lacks", async () => {
    // Calc merges the two rows' category (A2:A3) and keeps the second row's text in the cell it covers.
    const zip = await plan();
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>'));
    const { door, saved } = await savedParts(await zip.generateAsync({ type: "uint8array" }));
    expect(door.leftOutOnSave).toBe(
      'The workbench\'s download leaves out the values of cells covered by a merged cell on "Actions" (the merged cell keeps its own; unmerged, the others are empty); RAG Tracker inside Excel, or its command line, keeps them.',
    );
    expect(await saved.file("xl/worksheets/sheet1.xml")!.async("string")).not.toMatch(/<c r="A3"[^>]*>\s*<v>/);
  });

  it("names no merged cell whose covered cells are empty, as Excel writes them", () => {
    expect(hasValueUnderMerge('<sheetData><row r="2"><c r="A2" t="s"><v>0</v></c></row><row r="3"><c r="A3" s="1"/><c r="B3" t="s"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>')).toBe(false);
  });
});
