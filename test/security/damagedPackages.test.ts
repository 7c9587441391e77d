/**
 * Packages no program that keeps the format's rules writes: a part damaged on the way, a sheet
 * listed twice, a cell past Excel's last row or column. Each is refused in one sentence naming
 * what is wrong, where reading on would count actions twice, cite rows Excel does not have, or
 * read what is left of a damaged part and copy it on.
 */
import JSZip from "jszip";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { crc32, writeZip } from "../../src/xlsx/zipWriter";
import { memoryIo } from "../helpers/memoryIo";
import { workbookBytes } from "../helpers/workbooks";

/** The first recommendations of the peer review plan on a sheet named "Plan". */
const plan = (): Promise<Uint8Array> =>
  workbookBytes({
    Plan: [
      ["Recommendation", "Specific Actions", "Response", "RAG"],
      ["Consider deputies on Strategic Group to bring strategic /operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Deputies are now core members of Strategic Group.", "Blue"],
      ["Publish the LSCP annual report", "Business Unit to draft the report for sign-off.", "Draft under way.", "Green"],
    ],
  });

/** The package with one part's text rewritten. */
async function edited(path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await plan());
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The package with the checksum of its sheet's part wrong, as a damaged download or disk leaves it. */
async function withWrongChecksum(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await plan());
  const entries = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => {
        const data = await f.async("uint8array");
        if (f.name !== "xl/worksheets/sheet1.xml") return { name: f.name, data };
        return { name: f.name, raw: { method: 8, crc: crc32(data) ^ 1, size: data.length, body: new Uint8Array(deflateRawSync(data)) } };
      }),
  );
  return writeZip(entries);
}

const DAMAGED = (file: string, reason: string) => `"${file}" is damaged: ${reason}, so it cannot be opened as an .xlsx workbook; open it in Excel and save it again, or use an earlier copy.`;
const secondSheet = (name: string) => (xml: string) => xml.replace(/(<sheet [^>]*\/>)/, (tag) => `${tag}${tag.replace(/name="[^"]*"/, `name="${name}"`).replace(/sheetId="\d+"/, 'sheetId="9"')}`);

describe("a damaged or hand-made package", () => {
  const cases: [string, () => Promise<Uint8Array>, string][] = [
    ["a part whose checksum is wrong", withWrongChecksum, "its part xl/worksheets/sheet1.xml does not match the checksum its zip archive records for it"],
    ["the same sheet listed twice under one name", () => edited("xl/workbook.xml", secondSheet("plan")), 'it lists two sheets named "Plan", which Excel does not allow'],
    ["two sheets on one part", () => edited("xl/workbook.xml", secondSheet("Twin")), 'its sheets "Plan" and "Twin" are one and the same part, xl/worksheets/sheet1.xml'],
    ["a row past Excel's last", () => edited("xl/worksheets/sheet1.xml", (xml) => xml.replace('<row r="3"', '<row r="1048577"').replace(/r="([A-Z]+)3"/g, 'r="$11048577"')), `its sheet "Plan" has a row numbered 1,048,577, past Excel's last row, 1,048,576`],
    ["a cell past Excel's last column", () => edited("xl/worksheets/sheet1.xml", (xml) => xml.replace('r="D3"', 'r="XFE3"')), `its sheet "Plan" has a cell in a column past Excel's last, XFD`],
  ];

  it.each(cases)("%s is refused by the command line in one sentence, with nothing written", async (_what, bytes, reason) => {
    const io = memoryIo({ "damaged.xlsx": await bytes() });
    expect(await runCli(["summarize", "damaged.xlsx", "-o", "out.xlsx"], io)).toBe(2);
    expect(io.err).toEqual([`rag-tracker: ${DAMAGED("damaged.xlsx", reason)}\n`]);
    expect(io.files.has("out.xlsx")).toBe(false);
  });

  it("with a wrong checksum is refused by the workbench in the same sentence", async () => {
    await expect(XlsxDoor.open(await withWrongChecksum(), "damaged.xlsx")).rejects.toThrow(DAMAGED("damaged.xlsx", cases[0]![2]));
  });

  it("is read when sound: the same rows in a package as Excel keeps it", async () => {
    const io = memoryIo({ "sound.xlsx": await plan() });
    expect(await runCli(["check", "sound.xlsx", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out.join("")).totals.total).toBe(2);
  });
});
