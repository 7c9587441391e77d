/**
 * Recognising what a file really is before handing it to the spreadsheet library, so a CSV,
 * a web page or an encrypted workbook saved as ".xlsx" gets one sentence that says so, instead
 * of a zip library's error.
 */
import JSZip from "jszip";
import { WorkbookFileError } from "./WorkbookFileError";
import { COMPOUND_FILE_SIGNATURE, compoundEntryNames } from "./compoundFile";
import { CONTENT_TYPES_PART, PACKAGE_RELS_PART, contentTypeTable, packagePart, partText } from "./packageXml";

/** Local file header, empty archive, spanned archive. */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];
const SNIFF_BYTES = 8192;
const SAVE_AS_XLSX = "open it in Excel and save it as an Excel Workbook (.xlsx)";

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURES.some((s) => startsWith(bytes, s));
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/**
 * Whether an entry of the zip archive is encrypted (bit 0 of its flags in the central directory),
 * as `zip -P` writes one: Excel never encrypts a workbook's parts this way.
 */
function hasEncryptedEntries(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, or followed by a comment of up to 65,535.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < entries && at + 46 <= bytes.length && view.getUint32(at, true) === CENTRAL_DIRECTORY_ENTRY; i++) {
      if (view.getUint16(at + 8, true) & 1) return true;
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return false;
  }
  return false;
}

/** The start of the file as text, or null when it does not look like text at all. */
function leadingText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder("utf-16le").decode(head.subarray(2));
  else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder("utf-16be").decode(head.subarray(2));
  else text = new TextDecoder("utf-8").decode(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head);
  if (text.length === 0) return null;
  let odd = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === "\uFFFD" || (code < 32 && ch !== "\n" && ch !== "\r" && ch !== "\t" && ch !== "\f")) odd++;
  }
  return odd / text.length < 0.02 ? text : null;
}

/** Lines with the same number (at least one) of one separator read as delimited text. */
function looksDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  if (lines.length === 0) return false;
  return [",", ";", "\t", "|"].some((sep) => {
    const counts = lines.map((l) => l.split(sep).length - 1);
    return counts[0]! > 0 && counts.filter((c) => c === counts[0]).length >= Math.ceil(lines.length * 0.6);
  });
}

function what(text: string): string {
  const lower = text.trimStart().toLowerCase();
  if (lower.startsWith("<?xml") && lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "an Excel 2003 XML Spreadsheet";
  if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || /<html[\s>]/.test(lower) || /<table[\s>]/.test(lower)) return "an HTML web page";
  if (lower.startsWith("<?xml") || lower.startsWith("<")) return "an XML or markup text file";
  if (looksDelimited(text)) return "a CSV (comma-separated text) file";
  return "a plain text file";
}

/** Names a compound file by the streams its directory holds, compared as the format does, ignoring case. */
function describeCompoundFile(bytes: Uint8Array, label: string): string {
  const names = compoundEntryNames(bytes)?.map((n) => n.toLowerCase());
  if (!names) return damagedWorkbook(label, "it starts like an older Office file (an Excel 97-2003 workbook, or a password-protected one) but its contents cannot be followed");
  if (names.includes("encryptioninfo") || names.includes("encryptedpackage")) {
    return `"${label}" is a password-protected workbook, which RAG Tracker cannot read; remove the password in Excel (File > Info > Protect Workbook) and save it again as .xlsx.`;
  }
  // "Workbook" in Excel 97 and later, "Book" in Excel 5 and 95.
  if (names.includes("workbook") || names.includes("book")) return `"${label}" is an Excel 97-2003 workbook (.xls), an older format RAG Tracker cannot read; ${SAVE_AS_XLSX}.`;
  return `"${label}" is an older Office file with no workbook in it (a Word or PowerPoint 97-2003 document, say), not an Excel workbook; expected an .xlsx file saved by Excel.`;
}

/**
 * The sentence explaining why these bytes are not an .xlsx workbook, or null when they start
 * like a zip archive (the package checks come next, in describeZip).
 */
export function describeNonZip(bytes: Uint8Array, label: string): string | null {
  if (bytes.length === 0) return `"${label}" is empty (0 bytes); expected an .xlsx workbook.`;
  if (isZip(bytes)) return null;
  if (startsWith(bytes, COMPOUND_FILE_SIGNATURE)) return describeCompoundFile(bytes, label);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return `"${label}" is a PDF document, not an Excel workbook; expected an .xlsx file saved by Excel.`;
  const text = leadingText(bytes);
  if (text !== null) return `"${label}" is ${what(text)}, not an Excel workbook; ${SAVE_AS_XLSX}.`;
  return `"${label}" is not an .xlsx workbook: an .xlsx file is a zip archive, and this file is not one.`;
}

/**
 * Whether the package's relationships lead to a spreadsheet's main part: at the usual
 * xl/workbook.xml, or wherever a program other than Excel put it.
 */
async function hasWorkbookPart(zip: JSZip): Promise<boolean> {
  if (zip.file("xl/workbook.xml")) return true;
  const part = packagePart(await partText(zip, PACKAGE_RELS_PART), "officeDocument");
  if (part === null || !zip.file(part)) return false;
  const contentTypes = contentTypeTable((await partText(zip, CONTENT_TYPES_PART)) ?? "");
  return (contentTypes.overrides.get(part) ?? "").includes("spreadsheetml");
}

/** The sentence explaining why this zip archive is not an .xlsx workbook, or null when it has a workbook part. */
export async function describeZip(zip: JSZip, label: string): Promise<string | null> {
  if (await hasWorkbookPart(zip)) return null;
  const mimetype = await zip.file("mimetype")?.async("string");
  if (mimetype?.includes("opendocument.spreadsheet")) return `"${label}" is an OpenDocument spreadsheet (.ods), not an Excel workbook; ${SAVE_AS_XLSX}.`;
  if (zip.file("xl/workbook.bin")) return `"${label}" is an Excel Binary Workbook (.xlsb), which RAG Tracker cannot read; ${SAVE_AS_XLSX}.`;
  if (zip.file("word/document.xml")) return `"${label}" is a Word document, not an Excel workbook; expected an .xlsx file saved by Excel.`;
  if (zip.file("ppt/presentation.xml")) return `"${label}" is a PowerPoint presentation, not an Excel workbook; expected an .xlsx file saved by Excel.`;
  return `"${label}" is a zip archive but not an Excel workbook (it has no xl/workbook.xml part); expected an .xlsx file saved by Excel.`;
}

export function damagedZip(label: string): string {
  return `"${label}" is damaged: its zip archive is incomplete or corrupt, so it cannot be opened as an .xlsx workbook; open it in Excel and save it again, or use an earlier copy.`;
}

/**
 * `reason` says what is missing or broken ("it has no part for its sheet "Plan""); without one,
 * the library's own reason is left out: it names code, not anything the user can act on.
 */
export function damagedWorkbook(label: string, reason = "its workbook parts could not be read"): string {
  return `"${label}" is damaged: ${reason}, so it cannot be opened as an .xlsx workbook; open it in Excel and save it again, or use an earlier copy.`;
}

/**
 * ExcelJS finds a sheet's part by Excel's own naming (xl/worksheets/sheetN.xml): a package that
 * names them otherwise, as some other programs do, opens in it with sheets missing, whose trackers
 * would be said not to be there.
 */
export function sheetsNotFoundRefused(label: string, missing: number): string {
  return `"${label}" keeps ${missing === 1 ? "a sheet in a part" : `${missing} sheets in parts`} named otherwise than Excel names them, which the workbench cannot read, so it was not opened; RAG Tracker's command line, or RAG Tracker inside Excel, reads it, or open it in Excel and save it again.`;
}

/**
 * A package other programs read whose parts ExcelJS cannot follow (relationships written with a
 * namespace prefix, say): not damaged, but not the workbench's to open.
 */
export function libraryCannotReadRefused(label: string): string {
  return `"${label}" writes its parts in a way the workbench's spreadsheet library cannot read, so it was not opened; RAG Tracker's command line, or RAG Tracker inside Excel, reads it, or open it in Excel and save it again.`;
}

/** What a workbook's own content type makes it, named by the file extension Excel requires for it. */
export type WorkbookExtension = ".xlsx" | ".xlsm" | ".xltx" | ".xltm";

/** What each kind is called in a sentence: "a macro-enabled workbook (.xlsm)". */
export const WORKBOOK_KINDS: Record<WorkbookExtension, string> = {
  ".xlsx": "workbook",
  ".xlsm": "macro-enabled workbook",
  ".xltx": "workbook template",
  ".xltm": "macro-enabled workbook template",
};

export function workbookExtension(contentType: string): WorkbookExtension {
  const macros = contentType.includes("macroEnabled");
  if (contentType.includes(".template.")) return macros ? ".xltm" : ".xltx";
  return macros ? ".xlsm" : ".xlsx";
}

/** The extension of the workbook part at this path, from the package's content types. */
export async function packageExtension(zip: JSZip, workbookPart: string): Promise<WorkbookExtension> {
  return workbookExtension(contentTypeTable((await partText(zip, CONTENT_TYPES_PART)) ?? "").overrides.get(workbookPart) ?? "");
}

/**
 * The file's bytes opened as a zip archive that holds an Excel workbook; anything else (not a zip,
 * a damaged one, another kind of document) is refused with a WorkbookFileError sentence.
 */
export async function openWorkbookZip(data: Uint8Array | ArrayBuffer, label: string): Promise<{ bytes: Uint8Array; zip: JSZip }> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const notZip = describeNonZip(bytes, label);
  if (notZip) throw new WorkbookFileError(notZip);
  if (hasEncryptedEntries(bytes)) {
    throw new WorkbookFileError(`"${label}" is a zip archive whose contents are password-encrypted, not an Excel workbook; unzip it with its password and give the .xlsx workbook inside.`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookFileError(damagedZip(label));
  }
  const notWorkbook = await describeZip(zip, label);
  if (notWorkbook) throw new WorkbookFileError(notWorkbook);
  // Excel will not open a package without it, and saving a copy needs it to type the new parts.
  if (!zip.file(CONTENT_TYPES_PART)) throw new WorkbookFileError(damagedWorkbook(label, `it has no ${CONTENT_TYPES_PART} part, which every workbook's package has`));
  return { bytes, zip };
}
