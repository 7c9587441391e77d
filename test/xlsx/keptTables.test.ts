/**
 * An Excel table on the team's own sheet comes back from the workbench's download as the file had
 * it: ExcelJS read a table's columns only up to the first holding a formula of its own (so the
 * saved table no longer covered its range, and Excel repaired it away), failed to save a table
 * with no style (LibreOffice's named database range), and refused a calculated column beside
 * hidden filter buttons as a damaged file.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { fixRatings, generateSummary } from "../../src/door/operations";
import { PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { bytesOf, sheetPartPath } from "./helpers";

const TABLE = "xl/tables/table1.xml";
const REC_NO = /<tableColumn id="2" name="Rec No"[^>]*\/>/;
const CALCULATED = '<tableColumn id="2" name="Rec No"><calculatedColumnFormula>ROW()-2</calculatedColumnFormula></tableColumn>';
const CUSTOM_TOTAL = '<tableColumn id="2" name="Rec No" totalsRowFunction="custom"><totalsRowFormula>MAX(Plan[Rec No])</totalsRowFormula></tableColumn>';

/** The peer review's first six recommendations as an Excel table with a total row (the last one's rating spelled "blue "), changed by `edit`. */
async function tableBytes(edit: (tableXml: string) => string): Promise<Uint8Array> {
  const built = await bytesOf((wb) => {
    const sheet = wb.addWorksheet("Peer Review");
    sheet.getCell("A1").value = "Peer review action plan";
    const rows = PEER_REVIEW_ROWS.slice(0, 6).map(([category, rec, recommendation, rating], i) => [category, rec, recommendation, i === 5 ? "blue " : rating]);
    sheet.addTable({
      name: "Plan",
      ref: "A2",
      headerRow: true,
      totalsRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: [{ name: "Category", totalsRowLabel: "Total" }, { name: "Rec No" }, { name: "Recommendation" }, { name: "RAG", totalsRowFunction: "count" }],
      rows,
    });
    wb.addWorksheet("Notes").getCell("A1").value = "Our notes";
  });
  const zip = await JSZip.loadAsync(built);
  zip.file(TABLE, edit(await zip.file(TABLE)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

const calculated = (xml: string) => xml.replace(/<autoFilter ref="([^"]+)">[\s\S]*?<\/autoFilter>/, '<autoFilter ref="$1"/>').replace(REC_NO, CALCULATED);

const VARIANTS: [string, (xml: string) => string][] = [
  ["a calculated column", calculated],
  ["a custom total", (xml) => xml.replace(REC_NO, CUSTOM_TOTAL)],
  ["a calculated column with its filter buttons hidden", (xml) => xml.replace(REC_NO, CALCULATED)],
  ["no style (LibreOffice's named database range)", (xml) => xml.replace(/<tableStyleInfo\b[^>]*\/>/, "")],
];

async function text(bytes: Uint8Array, path: string): Promise<string | null> {
  return (await (await JSZip.loadAsync(bytes)).file(path)?.async("string")) ?? null;
}

describe("an Excel table on a kept sheet", () => {
  it.each(VARIANTS)("with %s comes back byte for byte after a summary and a rating fix", async (_, edit) => {
    const input = await tableBytes(edit);
    const door = await XlsxDoor.open(input, "plan.xlsx");
    expect(door.leftOutOnSave).toBeNull();
    await generateSummary(door);
    await fixRatings(door);
    const saved = await door.save();

    const sheet = await sheetPartPath(saved, "Peer Review");
    const sheetXml = (await text(saved, sheet))!;
    // The rating fixed inside the table ("blue " to "B"), and the table linked from its sheet, last, as the schema orders it.
    const again = await XlsxDoor.open(saved, "plan.xlsx");
    const read = (await again.read()).sheets.find((s) => s.name === "Peer Review")!;
    expect(read.values[8 - read.firstRow]![4 - read.firstColumn]).toBe("B");
    const link = /<tableParts\b[^>]*count="1"[^>]*><tablePart r:id="(rId\d+)"\/><\/tableParts><\/worksheet>$/.exec(sheetXml);
    expect(link).not.toBeNull();
    const rels = (await text(saved, sheet.replace("worksheets/", "worksheets/_rels/") + ".rels"))!;
    const target = new RegExp(`<Relationship Id="${link![1]}" Type="[^"]*/table" Target="\\.\\./tables/([^"]+)"/>`).exec(rels)?.[1];
    expect(target).toBeDefined();
    expect(await text(saved, `xl/tables/${target}`)).toBe(await text(input, TABLE));
    expect(await text(saved, "[Content_Types].xml")).toContain(`<Override PartName="/xl/tables/${target}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`);

    // Opened again, it keeps the table through a second save.
    expect(await text(await again.save(), `xl/tables/${target}`)).toBe(await text(input, TABLE));
  });
});

const QUERY_TABLE = "xl/queryTables/queryTable1.xml";
const CONNECTIONS = "xl/connections.xml";

/** The table as a query table filled From Text/CSV: its query part names connection 1 of the workbook's connections part. */
async function queryTableBytes(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await tableBytes((xml) => xml.replace("<table ", '<table tableType="queryTable" ')));
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  zip.file("xl/tables/_rels/table1.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "queryTable", "../queryTables/queryTable1.xml")}</Relationships>`);
  zip.file(QUERY_TABLE, `<?xml version="1.0" encoding="UTF-8"?><queryTable ${main} name="plan" connectionId="1" autoFormatId="16" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="0"/>`);
  zip.file(CONNECTIONS, `<?xml version="1.0" encoding="UTF-8"?><connections ${main}><connection id="1" name="plan" type="6" refreshedVersion="6" background="1" saveData="1"><textPr codePage="65001" sourceFile="plan.csv" comma="1"/></connection></connections>`);
  const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", workbookRels.replace("</Relationships>", `${rel("rIdConnections", "connections", "connections.xml")}</Relationships>`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;
  zip.file("[Content_Types].xml", types.replace("</Types>", `${override(QUERY_TABLE, "queryTable")}${override(CONNECTIONS, "connections")}</Types>`));
  return zip.generateAsync({ type: "uint8array" });
}

const MASHUP = '<?xml version="1.0" encoding="utf-8"?><DataMashup xmlns="http://schemas.microsoft.com/DataMashup">AAAAAEUDAABQSwMEFAAC</DataMashup>';
const MASHUP_PROPS = '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{A1B2C3D4-0000-0000-0000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>';

/** As Power Query (Data > From Text/CSV today) leaves it: the query table's connection, and the queries in a custom XML item. */
async function powerQueryBytes(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await queryTableBytes());
  zip.file("customXml/item1.xml", MASHUP);
  zip.file("customXml/itemProps1.xml", MASHUP_PROPS);
  zip.file("customXml/_rels/item1.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>');
  const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", workbookRels.replace("</Relationships>", '<Relationship Id="rIdMashup" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>'));
  return zip.generateAsync({ type: "uint8array" });
}

describe("a table filled by a data connection", () => {
  it("keeps Power Query's queries, the custom XML item the workbook links, with its properties", async () => {
    const input = await powerQueryBytes();
    const door = await XlsxDoor.open(input, "plan.xlsx");
    await generateSummary(door);
    const saved = await door.save();

    const target = /<Relationship Id="rId\d+" Type="[^"]*\/customXml" Target="\.\.\/([^"]+)"\/>/.exec((await text(saved, "xl/_rels/workbook.xml.rels"))!)?.[1];
    expect(target).toBe("customXml/item1.xml");
    expect(await text(saved, "customXml/item1.xml")).toBe(MASHUP);
    expect(await text(saved, "customXml/_rels/item1.xml.rels")).toContain('Target="itemProps1.xml"');
    expect(await text(saved, "customXml/itemProps1.xml")).toBe(MASHUP_PROPS);
    expect(await text(saved, "[Content_Types].xml")).toContain('<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>');
    // Saved again, the workbook links one item, not two.
    const again = await text(await (await XlsxDoor.open(saved, "plan.xlsx")).save(), "xl/_rels/workbook.xml.rels");
    expect(again!.match(/\/customXml"/g)).toHaveLength(1);
  });

  it("keeps the connection its query names, linked from the workbook with its content type", async () => {
    const input = await queryTableBytes();
    const door = await XlsxDoor.open(input, "plan.xlsx");
    await generateSummary(door);
    const saved = await door.save();

    expect(await text(saved, QUERY_TABLE)).toBe(await text(input, QUERY_TABLE));
    const target = /<Relationship Id="rId\d+" Type="[^"]*\/connections" Target="([^"]+)"\/>/.exec((await text(saved, "xl/_rels/workbook.xml.rels"))!)?.[1];
    expect(target).toBeDefined();
    expect(await text(saved, `xl/${target}`)).toBe(await text(input, CONNECTIONS));
    expect(await text(saved, "[Content_Types].xml")).toContain(`<Override PartName="/xl/${target}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml"/>`);
  });
});
