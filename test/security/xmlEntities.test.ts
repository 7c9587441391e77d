/**
 * A workbook built to attack its XML reader: entities that expand to gigabytes ("billion laughs")
 * or read a file of the machine (an external entity). Neither file door expands a declared entity
 * nor fetches anything: the workbook is refused in one sentence.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { runCli } from "../../src/cli/program";
import { WorkbookFileError } from "../../src/xlsx/WorkbookFileError";
import { memoryIo } from "../helpers/memoryIo";
import { sampleBytes } from "../helpers/workbooks";

const LAUGHS =
  '<!DOCTYPE sst [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>';
/** A file of the machine with a text found nowhere else: should a reader fetch the entity, the text shows. */
const SECRET = `rag-tracker-secret-${process.pid}-${Date.now()}`;
const secretDir = mkdtempSync(join(tmpdir(), "rag-tracker-xxe-"));
const secretFile = join(secretDir, "secret.txt");
writeFileSync(secretFile, SECRET);
afterAll(() => rmSync(secretDir, { recursive: true, force: true }));
const EXTERNAL = `<!DOCTYPE sst [<!ENTITY secret SYSTEM "${pathToFileURL(secretFile).href}">]>`;
/** What the entity would put in a cell were it expanded or fetched. */
const LAUGHS_EXPANDED = /lollollol/;
const SECRET_READ = new RegExp(SECRET);

/** The sample with its shared strings' first text replaced by an entity, declared in a DOCTYPE. */
async function attacked(doctype: string, entity: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(sampleBytes());
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  const withDoctype = strings.replace(/<sst\b/, `${doctype}<sst`).replace(/<t>[^<]*<\/t>/, `<t>&${entity};</t>`);
  zip.file("xl/sharedStrings.xml", withDoctype);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe.each([
  ["an entity that expands a billion times", LAUGHS, "i", LAUGHS_EXPANDED],
  ["an external entity naming a file of the machine", EXTERNAL, "secret", SECRET_READ],
])("a workbook whose XML declares %s", (_, doctype, entity, expanded) => {
  it("is refused in one sentence by the command line, which expands and reads nothing", async () => {
    const io = memoryIo({ "attack.xlsx": await attacked(doctype, entity) });
    const code = await runCli(["summarize", "attack.xlsx", "-o", "out.xlsx"], io);
    expect(code).toBe(2);
    expect(io.err.join("")).toMatch(/^rag-tracker: "attack\.xlsx" is damaged: [^\n]*\.\n$/);
    expect([...io.files.keys()]).toEqual(["attack.xlsx"]);
    expect(io.err.join("") + io.out.join("")).not.toMatch(expanded);
  });

  it("is never expanded by either file door: each refuses it as damaged", async () => {
    const bytes = await attacked(doctype, entity);
    const doors = [
      ["XlsxDoor", (b: Uint8Array) => XlsxDoor.open(b, "attack.xlsx")],
      ["StreamingXlsxDoor", (b: Uint8Array) => StreamingXlsxDoor.open(b, "attack.xlsx")],
    ] as const;
    for (const [name, open] of doors) {
      // A door that read the workbook would hand back its cells: with the entity expanded, or fetched.
      const outcome: { read: string } | { refused: unknown } = await open(bytes)
        .then(async (door) => ({ read: JSON.stringify(await door.read()) }))
        .catch((error: unknown) => ({ refused: error }));
      expect("read" in outcome ? outcome.read : "", `${name} read what the entity names`).not.toMatch(expanded);
      expect(outcome, `${name} read the workbook instead of refusing it`).toHaveProperty("refused");
      const refused = (outcome as { refused: unknown }).refused;
      expect(refused, name).toBeInstanceOf(WorkbookFileError);
      expect((refused as Error).message, name).toMatch(/^"attack\.xlsx" is damaged: [^\n]*\.$/);
      expect((refused as Error).message, name).not.toMatch(expanded);
    }
  });
});
