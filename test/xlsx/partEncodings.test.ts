/**
 * Parts of mark-up written in another encoding than Excel's UTF-8, as other programs write them and
 * XML allows: a shared-string table declared ISO-8859-1, a workbook part in UTF-16. Each door reads
 * their text as written, and the command line's copy holds its own sentences and the team's text
 * alike in UTF-8: before, "Café" read as "Caf�", and the committee's sentence appended in UTF-8 to a
 * table declared ISO-8859-1 read "Plan â 3 actions identified".
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { memoryIo } from "../helpers/memoryIo";
import { workbookBytes } from "../helpers/workbooks";

const RESPONSE = "Café déjà vu: £200 agreed";

/** A tracker whose shared strings are written in ISO-8859-1 and its workbook part in UTF-16 (little-endian, with its mark). */
async function otherEncodings(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(
    await workbookBytes({
      Plän: [
        ["Rec No", "Recommendation", "Response", "RAG"],
        [1, "Consider deputies on Strategic Group", RESPONSE, "Blue"],
        [2, "Revise the Learning and Improvement Framework", "Out for consultation.", "Amber"],
      ],
    }),
  );
  const strings = (await zip.file("xl/sharedStrings.xml")!.async("string")).replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>');
  zip.file("xl/sharedStrings.xml", Buffer.from(strings, "latin1"));
  const workbook = (await zip.file("xl/workbook.xml")!.async("string")).replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
  zip.file("xl/workbook.xml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(workbook, "utf16le")]));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("parts written in another encoding than UTF-8", () => {
  it("are read as written by the command line, whose copy says everything in UTF-8", async () => {
    const door = await StreamingXlsxDoor.open(await otherEncodings(), "other.xlsx");
    const snapshot = await door.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Plän"]);
    expect(snapshot.sheets[0]!.values[1]![2]).toBe(RESPONSE);

    const io = memoryIo({ "other.xlsx": await otherEncodings() });
    expect(await runCli(["summarize", "other.xlsx", "-o", "out.xlsx"], io)).toBe(0);
    const out = await JSZip.loadAsync(io.files.get("out.xlsx")!);
    const strings = await out.file("xl/sharedStrings.xml")!.async("uint8array");
    const text = new TextDecoder("utf-8", { fatal: true }).decode(strings);
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"/);
    expect(text).toContain(RESPONSE);
    expect(text).toContain("Plän – 2 actions identified (1 blue and 1 amber)");
    expect(await out.file("xl/workbook.xml")!.async("string")).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"[^>]*\?>[\s\S]*name="Plän"/);
  });

  it("are read as written by the workbench", async () => {
    const door = await XlsxDoor.open(await otherEncodings(), "other.xlsx");
    const snapshot = await door.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Plän"]);
    expect(snapshot.sheets[0]!.values[1]![2]).toBe(RESPONSE);
  });
});
