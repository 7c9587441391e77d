/**
 * XML lets a program quote attributes with single quotes, and prefix the package's elements with a
 * namespace: Excel, ExcelJS and LibreOffice read such a workbook. Both file doors read it too, and a
 * second run of Generate RAG summary replaces its own names, as it does in a workbook Excel wrote.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { StreamingXlsxDoor } from "../../../src/xlsx/streaming/StreamingXlsxDoor";
import { XlsxDoor } from "../../../src/xlsx/XlsxDoor";
import { generateSummary } from "../../../src/door/operations";
import { sampleBytes } from "../../helpers/workbooks";

/** The package with `rewrite` applied to the parts `which` picks. */
async function rewritten(bytes: Uint8Array, which: (path: string) => boolean, rewrite: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files)) if (which(path)) zip.file(path, rewrite(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every attribute in single quotes, the XML declaration's left as it was. */
const singleQuoted = (xml: string) => xml.replace(/(<\?xml[^>]*\?>)|="([^"]*)"/g, (m, declaration: string | undefined, value: string) => declaration ?? `='${value}'`);
const packageParts = (path: string) => path.endsWith(".rels") || path === "[Content_Types].xml" || path === "xl/workbook.xml";

async function actionsRead(bytes: Uint8Array): Promise<number> {
  return (await generateSummary(await StreamingXlsxDoor.open(bytes, "plan.xlsx"))).analysis.actions.length;
}

describe("a workbook whose package parts quote attributes with single quotes", () => {
  it("is read by both file doors as the same workbook written by Excel", async () => {
    const quoted = await rewritten(sampleBytes(), packageParts, singleQuoted);
    expect(await actionsRead(quoted)).toBe(await actionsRead(sampleBytes()));
    const workbench = await XlsxDoor.open(quoted, "plan.xlsx");
    expect((await workbench.read()).sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"]);
  });

  it("has its generated names replaced by a second run, not written twice", async () => {
    const first = await StreamingXlsxDoor.open(sampleBytes(), "plan.xlsx");
    await generateSummary(first);
    const quoted = await rewritten(await first.save(), (path) => path === "xl/workbook.xml", singleQuoted);
    const second = await StreamingXlsxDoor.open(quoted, "plan.xlsx");
    await generateSummary(second);
    const zip = await JSZip.loadAsync(await second.save());
    // Each name's start tag (its name, sheet and hidden flag), quoted alike.
    const names = ((await zip.file("xl/workbook.xml")!.async("string")).match(/<definedName\b[^>]*>/g) ?? []).map((tag) => tag.replace(/'/g, '"'));
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("a workbook whose relationships carry a namespace prefix", () => {
  it("is read by the command line's door, and refused by the workbench's in one sentence naming it", async () => {
    const prefix = (xml: string) => xml.replace("<Relationships xmlns=", "<pr:Relationships xmlns:pr=").replace(/<(\/?)Relationship/g, "<$1pr:Relationship");
    const prefixed = await rewritten(sampleBytes(), (path) => path === "xl/_rels/workbook.xml.rels", prefix);
    expect(await (await JSZip.loadAsync(prefixed)).file("xl/_rels/workbook.xml.rels")!.async("string")).toContain("<pr:Relationship Id=");
    expect(await actionsRead(prefixed)).toBe(await actionsRead(sampleBytes()));
    // The workbench's library cannot follow it: refused, naming the doors that read it, not called damaged.
    await expect(XlsxDoor.open(prefixed, "plan.xlsx")).rejects.toThrow(
      '"plan.xlsx" writes its parts in a way the workbench\'s spreadsheet library cannot read, so it was not opened; RAG Tracker\'s command line, or RAG Tracker inside Excel, reads it, or open it in Excel and save it again.',
    );
  });
});

describe("a workbook whose sheet part is cut short", () => {
  it("is refused by the workbench as damaged, not as one the command line reads", async () => {
    const cut = await rewritten(sampleBytes(), (path) => path === "xl/worksheets/sheet1.xml", (xml) => xml.slice(0, Math.floor(xml.length / 2)));
    await expect(XlsxDoor.open(cut, "plan.xlsx")).rejects.toThrow(/^"plan\.xlsx" is damaged: /);
  });
});
