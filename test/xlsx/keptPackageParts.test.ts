import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { generateSummary } from "../../src/door/operations";
import { sampleBytes } from "../helpers/workbooks";

/** A protective marking and a sensitivity label, as Office keeps them in the custom properties. */
const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Classification"><vt:lpwstr>OFFICIAL-SENSITIVE</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_0a1b2c3d_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>`;
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";

async function marked(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(sampleBytes());
  zip.file("docProps/custom.xml", CUSTOM);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_TYPE}"/></Types>`));
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file("_rels/.rels", rels.replace("</Relationships>", `<Relationship Id="rId1" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>`));
  return zip.generateAsync({ type: "uint8array" });
}

describe("the parts the package links beside the workbook", () => {
  it("keeps the custom properties (a protective marking, a sensitivity label) through the workbench's save, linked and typed", async () => {
    const door = await XlsxDoor.open(await marked(), "plan.xlsx");
    await generateSummary(door);
    const saved = await JSZip.loadAsync(await door.save());
    expect(await saved.file("docProps/custom.xml")?.async("string")).toBe(CUSTOM);
    expect(await saved.file("[Content_Types].xml")!.async("string")).toContain(`<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_TYPE}"/>`);
    const rels = await saved.file("_rels/.rels")!.async("string");
    expect(rels).toContain(`Type="${CUSTOM_REL}" Target="docProps/custom.xml"`);
    // Its own properties and the workbook still linked once each, under distinct ids.
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rels.match(/relationships\/officeDocument"/g)).toHaveLength(1);
    // Opened again, it is the same workbook, marking included.
    const again = await XlsxDoor.open(await door.save(), "again.xlsx");
    expect(again.sheetTabs().map((t) => t.name)).toContain("RAG Summary");
  });
});
