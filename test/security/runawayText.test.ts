import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { memoryIo } from "../helpers/memoryIo";
import { workbookBytes } from "../helpers/workbooks";
import { deflateRawSync } from "node:zlib";
import { crc32, writeZip } from "../../src/xlsx/zipWriter";
import { MAX_PART_BYTES } from "../../src/xlsx/textRuns";

/**
 * The peer review plan's first row with its response swapped for `length` letters, as a workbook
 * made to use up memory has it: a zip of a few kilobytes that unpacks to a cell of that length.
 */
async function withLongResponse(length: number): Promise<Uint8Array> {
  const marker = "Deputies are now core members of Strategic Group.";
  const zip = await JSZip.loadAsync(
    await workbookBytes({
      "Peer Review": [
        ["Recommendation", "Specific Actions", "Response", "RAG"],
        ["Consider deputies on Strategic Group to bring strategic /operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", marker, "Blue"],
      ],
    }),
  );
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  zip.file("xl/sharedStrings.xml", strings.replace(marker, "a".repeat(length)));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const REFUSED = "\"bomb.xlsx\" was not read: its part xl/sharedStrings.xml holds more than a million characters without a break (an Excel cell holds at most 32,767), which no workbook saved by Excel has, and reading it could use up the computer's memory; ask for the workbook to be saved again from Excel.";

describe("a workbook made to use up memory", () => {
  it("is refused by the command line in one sentence, with nothing written, while a long cell under the limit is read", async () => {
    const io = memoryIo({ "bomb.xlsx": await withLongResponse(2_000_000), "long.xlsx": await withLongResponse(900_000) });
    expect(await runCli(["summarize", "bomb.xlsx", "-o", "out.xlsx"], io)).toBe(2);
    expect(io.err).toEqual([`rag-tracker: ${REFUSED}\n`]);
    expect(io.files.has("out.xlsx")).toBe(false);
    expect(await runCli(["check", "long.xlsx", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out.join("")).totals.total).toBe(1);
  });

  it("is refused by the workbench before its library reads the package", async () => {
    await expect(XlsxDoor.open(await withLongResponse(2_000_000), "bomb.xlsx")).rejects.toThrow(REFUSED);
    expect((await XlsxDoor.open(await withLongResponse(900_000), "long.xlsx")).sheetTabs().map((t) => t.name)).toEqual(["Peer Review"]);
  });

  it("with a part that unpacks to more than the workbench can hold is refused by the workbench, and read by the command line, which leaves it packed", async () => {
    // Half a gigabyte and a byte of zeros, a few hundred kilobytes packed, beside a sound tracker.
    const zeros = new Uint8Array(MAX_PART_BYTES + 1);
    const zip = await JSZip.loadAsync(await withLongResponse(10));
    const entries = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, data: await f.async("uint8array") })));
    const bytes = await writeZip([...entries, { name: "xl/media/big.bin", raw: { method: 8, crc: crc32(zeros), size: zeros.length, body: new Uint8Array(deflateRawSync(zeros)) } }]);
    await expect(XlsxDoor.open(bytes, "big.xlsx")).rejects.toThrow(
      '"big.xlsx" was not opened: its part xl/media/big.bin unpacks to more than 512 megabytes, more than the workbench can hold; use RAG Tracker inside Excel, or its command line, which read it without unpacking it whole.',
    );
    const io = memoryIo({ "big.xlsx": bytes });
    expect(await runCli(["check", "big.xlsx"], io)).toBe(0);
  });
});
