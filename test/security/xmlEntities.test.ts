/**
 * A workbook built to attack its XML reader: entities that expand to gigabytes ("billion laughs")
 * or read a file of the machine (an external entity). Neither file door expands a declared entity
 * nor fetches anything: the workbook is refused in one sentence.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { runCli } from "../../src/cli/program";
import { memoryIo } from "../helpers/memoryIo";
import { sampleBytes } from "../helpers/workbooks";

const LAUGHS =
  '<!DOCTYPE sst [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>';
const EXTERNAL = '<!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/hostname">]>';

/** The sample with its shared strings' first text replaced by an entity, declared in a DOCTYPE. */
async function attacked(doctype: string, entity: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(sampleBytes());
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  const withDoctype = strings.replace(/<sst\b/, `${doctype}<sst`).replace(/<t>[^<]*<\/t>/, `<t>&${entity};</t>`);
  zip.file("xl/sharedStrings.xml", withDoctype);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe.each([
  ["an entity that expands a billion times", LAUGHS, "i"],
  ["an external entity naming a file of the machine", EXTERNAL, "secret"],
])("a workbook whose XML declares %s", (_, doctype, entity) => {
  it("is refused in one sentence by the command line, which expands and reads nothing", async () => {
    const io = memoryIo({ "attack.xlsx": await attacked(doctype, entity) });
    const code = await runCli(["summarize", "attack.xlsx", "-o", "out.xlsx"], io);
    expect(code).toBe(2);
    expect(io.err.join("")).toMatch(/^rag-tracker: "attack\.xlsx" is damaged: [^\n]*\.\n$/);
    expect([...io.files.keys()]).toEqual(["attack.xlsx"]);
  });

  it("is never expanded by either file door", async () => {
    const bytes = await attacked(doctype, entity);
    for (const open of [(b: Uint8Array) => XlsxDoor.open(b, "attack.xlsx"), (b: Uint8Array) => StreamingXlsxDoor.open(b, "attack.xlsx")]) {
      const read = open(bytes).then(async (door) => JSON.stringify(await door.read()));
      const text = await read.catch((e: unknown) => (e as Error).message);
      expect(text).not.toMatch(/lollollol/);
      expect(text.length).toBeLessThan(5_000_000);
    }
  });
});
