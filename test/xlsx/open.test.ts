import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { WorkbookFileError } from "../../src/xlsx/WorkbookFileError";
import { sampleBytes } from "../helpers/workbooks";
import { userBytes } from "./helpers";
import { compoundFile } from "../../scripts/corpus/compoundFile";
import { encryptedWorkbook } from "../../scripts/corpus/encryptedWorkbook";

const encode = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string) => new Uint8Array(Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]));

/**
 * An Excel 97-2003 workbook's container: a "Workbook" stream large enough for regular sectors (its
 * content, which no reader here looks into, names the encrypted workbook's streams), and the small
 * property streams Excel writes beside it.
 */
function xlsFile(): Uint8Array {
  const workbook = new Uint8Array(6000);
  workbook.set(utf16("EncryptionInfo EncryptedPackage"), 100);
  return compoundFile([
    { name: "Workbook", data: workbook },
    { name: "\u0005SummaryInformation", data: new Uint8Array(200) },
    { name: "\u0005DocumentSummaryInformation", data: new Uint8Array(200) },
  ]);
}

/** A zip archive as `zip -P` writes one: every entry flagged encrypted, in its local header and in the central directory. */
async function passwordZip(): Promise<Uint8Array> {
  const bytes = await userBytes();
  const zip = await JSZip.loadAsync(bytes);
  const out = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  const view = new DataView(out.buffer);
  let flagged = 0;
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    const flags = signature === 0x04034b50 ? at + 6 : signature === 0x02014b50 ? at + 8 : -1;
    if (flags < 0) continue;
    view.setUint16(flags, view.getUint16(flags, true) | 1, true);
    flagged++;
  }
  expect(flagged).toBe(2 * Object.keys(zip.files).length);
  return out;
}

async function zipWith(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, text);
  return zip.generateAsync({ type: "uint8array" });
}

async function failure(bytes: Uint8Array, label = "plan.xlsx"): Promise<WorkbookFileError> {
  const error = await XlsxDoor.open(bytes, label).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookFileError);
  const message = (error as WorkbookFileError).message;
  // One sentence: no line breaks, no stack, ends with a full stop.
  expect(message).not.toMatch(/\n/);
  expect(message).toMatch(/^"plan\.xlsx" .*\.$/);
  expect(message).not.toMatch(/\bat \S+ \(/);
  return error as WorkbookFileError;
}

describe("XlsxDoor.open refuses what is not an .xlsx workbook, in one sentence", () => {
  it("a CSV file renamed .xlsx", async () => {
    const e = await failure(encode("Rec No,Recommendation,RAG\n1,Consider deputies on Strategic Group,B\n2,MASH steering group,B\n"));
    expect(e.message).toBe('"plan.xlsx" is a CSV (comma-separated text) file, not an Excel workbook; open it in Excel and save it as an Excel Workbook (.xlsx).');
  });

  it("a semicolon-separated CSV with a byte-order mark", async () => {
    const e = await failure(new Uint8Array([0xef, 0xbb, 0xbf, ...encode("Rec No;RAG\n1;B\n2;G\n")]));
    expect(e.message).toContain("is a CSV (comma-separated text) file");
  });

  it("an HTML page renamed .xlsx (as some reporting systems export)", async () => {
    const e = await failure(encode("<!DOCTYPE html>\n<html><body><table><tr><td>RAG</td></tr></table></body></html>"));
    expect(e.message).toBe('"plan.xlsx" is an HTML web page, not an Excel workbook; open it in Excel and save it as an Excel Workbook (.xlsx).');
  });

  it("an Excel 2003 XML spreadsheet", async () => {
    const e = await failure(encode('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'));
    expect(e.message).toContain("is an Excel 2003 XML Spreadsheet, not an Excel workbook");
  });

  it("plain text", async () => {
    const e = await failure(encode("Meeting notes\nNothing to rate here.\n"));
    expect(e.message).toContain("is a plain text file, not an Excel workbook");
  });

  it("random bytes", async () => {
    const bytes = new Uint8Array(2048);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = seed = (seed * 1103515245 + 12345) & 0xff;
    const e = await failure(bytes);
    expect(e.message).toBe('"plan.xlsx" is not an .xlsx workbook: an .xlsx file is a zip archive, and this file is not one.');
  });

  it("a password-protected workbook: a compound file whose directory holds EncryptionInfo and EncryptedPackage", async () => {
    const e = await failure(encryptedWorkbook());
    expect(e.message).toBe(
      '"plan.xlsx" is a password-protected workbook, which RAG Tracker cannot read; remove the password in Excel (File > Info > Protect Workbook) and save it again as .xlsx.',
    );
  });

  it("an Excel 97-2003 workbook: a compound file whose directory holds a Workbook stream, whatever its content says", async () => {
    const e = await failure(xlsFile());
    expect(e.message).toBe('"plan.xlsx" is an Excel 97-2003 workbook (.xls), an older format RAG Tracker cannot read; open it in Excel and save it as an Excel Workbook (.xlsx).');
    // Excel 5 and 95 named the stream "Book".
    expect((await failure(compoundFile([{ name: "Book", data: new Uint8Array(300) }]))).message).toContain("is an Excel 97-2003 workbook (.xls)");
  });

  it("a compound file that holds no workbook, and one cut short before its directory", async () => {
    expect((await failure(compoundFile([{ name: "WordDocument", data: new Uint8Array(5000) }]))).message).toBe(
      '"plan.xlsx" is an older Office file with no workbook in it (a Word or PowerPoint 97-2003 document, say), not an Excel workbook; expected an .xlsx file saved by Excel.',
    );
    expect((await failure(xlsFile().subarray(0, 1024))).message).toMatch(/^"plan\.xlsx" is damaged: it starts like an older Office file \(an Excel 97-2003 workbook, or a password-protected one\) but its contents cannot be followed/);
  });

  it("a zip archive whose entries are encrypted with a password (zip -P), renamed .xlsx", async () => {
    const e = await failure(await passwordZip());
    expect(e.message).toBe('"plan.xlsx" is a zip archive whose contents are password-encrypted, not an Excel workbook; unzip it with its password and give the .xlsx workbook inside.');
  });

  it("an empty zip archive", async () => {
    const e = await failure(await new JSZip().generateAsync({ type: "uint8array" }));
    expect(e.message).toBe('"plan.xlsx" is a zip archive but not an Excel workbook (it has no xl/workbook.xml part); expected an .xlsx file saved by Excel.');
  });

  it("a Word document and an OpenDocument spreadsheet", async () => {
    expect((await failure(await zipWith({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }))).message).toContain("is a Word document");
    expect((await failure(await zipWith({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }))).message).toContain(
      "is an OpenDocument spreadsheet (.ods)",
    );
  });

  it("a truncated (corrupt) workbook", async () => {
    const whole = await userBytes();
    const e = await failure(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(e.message).toMatch(/^"plan\.xlsx" is damaged: /);
  });

  it("a workbook whose parts are not XML, said as the command line says it", async () => {
    const bytes = await zipWith({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook><sheets><sheet", "xl/worksheets/sheet1.xml": "not xml <<<" });
    const e = await failure(bytes);
    expect(e.message).toBe(
      '"plan.xlsx" is damaged: its package relationships name no workbook part, so it cannot be opened as an .xlsx workbook; open it in Excel and save it again, or use an earlier copy.',
    );
    await expect(StreamingXlsxDoor.open(bytes, "plan.xlsx").then((d) => d.read())).rejects.toThrow(e.message);
  });

  it("a workbook its library cannot open that the command line reads, its styles part named but left out of the package: not called damaged", async () => {
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const cell = (ref: string, text: string) => `<c r="${ref}" s="1" t="inlineStr"><is><t>${text}</t></is></c>`;
    const number = (ref: string, value: number) => `<c r="${ref}" s="1"><v>${value}</v></c>`;
    const bytes = await zipWith({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Actions" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      // The styles part named but left out of the package, as a tool that strips it leaves it, its columns still styled.
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><cols><col min="1" max="3" width="20" style="1"/></cols><sheetData><row r="1">${cell("A1", "No")}${cell("B1", "Action")}${cell("C1", "RAG")}</row><row r="2">${number("A2", 1)}${cell("B2", "Brief staff")}${cell("C2", "Green")}</row></sheetData></worksheet>`,
    });
    const e = await failure(bytes);
    expect(e.message).toBe('"plan.xlsx" writes its parts in a way the workbench\'s spreadsheet library cannot read, so it was not opened; RAG Tracker\'s command line, or RAG Tracker inside Excel, reads it, or open it in Excel and save it again.');
    expect((await (await StreamingXlsxDoor.open(bytes, "plan.xlsx")).read()).sheets.map((sheet) => sheet.values)).toEqual([[["No", "Action", "RAG"], [1, "Brief staff", "Green"]]]);
  });

  it("a workbook whose shared strings part, which holds its cells' text, is missing: damaged, said alike by both file doors", async () => {
    const zip = await JSZip.loadAsync(sampleBytes());
    zip.remove("xl/sharedStrings.xml");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const e = await failure(bytes);
    expect(e.message).toBe(
      '"plan.xlsx" is damaged: its workbook names the part xl/sharedStrings.xml, which holds the text of its cells and which the package does not have, so it cannot be opened as an .xlsx workbook; open it in Excel and save it again, or use an earlier copy.',
    );
    await expect(StreamingXlsxDoor.open(bytes, "plan.xlsx").then((d) => d.read())).rejects.toThrow(e.message);
  });

  it("a package with no content types part, which Excel will not open", async () => {
    const zip = await JSZip.loadAsync(await userBytes());
    zip.remove("[Content_Types].xml");
    const e = await failure(await zip.generateAsync({ type: "uint8array" }));
    expect(e.message).toMatch(/^"plan\.xlsx" is damaged: it has no \[Content_Types\]\.xml part, which every workbook's package has, so it cannot be opened/);
  });

  it("a macro-enabled workbook, whose macros the workbench could not keep", async () => {
    const zip = await JSZip.loadAsync(await userBytes());
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
    const e = await failure(await zip.generateAsync({ type: "uint8array" }));
    expect(e.message).toBe('"plan.xlsx" is a macro-enabled workbook (.xlsm), which the workbench would save without its macros; use RAG Tracker inside Excel, or its command line, which keep them.');
  });

  it("a package whose sheet part is named otherwise than Excel names it, which the workbench's library would open with no sheets", async () => {
    const zip = await JSZip.loadAsync(await userBytes());
    const part = Object.keys(zip.files).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
    const file = part.slice("xl/worksheets/".length);
    zip.file("xl/worksheets/plan-sheet.xml", await zip.file(part)!.async("uint8array"));
    zip.remove(part);
    for (const path of ["xl/_rels/workbook.xml.rels", "[Content_Types].xml"]) zip.file(path, (await zip.file(path)!.async("string")).replace(file, "plan-sheet.xml"));
    const e = await failure(await zip.generateAsync({ type: "uint8array" }));
    expect(e.message).toMatch(/^"plan\.xlsx" keeps a sheet in a part named otherwise than Excel names them, which the workbench cannot read, so it was not opened; /);
  });

  it("an empty file", async () => {
    expect((await failure(new Uint8Array(0))).message).toBe('"plan.xlsx" is empty (0 bytes); expected an .xlsx workbook.');
  });

  it("opens a real workbook from a Uint8Array or an ArrayBuffer", async () => {
    const bytes = sampleBytes();
    const fromBuffer = await XlsxDoor.open(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, "sample.xlsx");
    expect(fromBuffer.label).toBe("sample.xlsx");
    expect((await fromBuffer.read()).sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"]);
  });
});
