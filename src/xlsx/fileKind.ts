/**
 * Recognising what a file really is before handing it to the spreadsheet library, so a CSV,
 * a web page or an encrypted workbook saved as ".xlsx" gets one sentence that says so, instead
 * of a zip library's error.
 */
import JSZip from "jszip";
import { WorkbookFileError } from "./WorkbookFileError";
import { CONTENT_TYPES_PART, PACKAGE_RELS_PART, contentTypeTable, packagePart, partText } from "./packageXml";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
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

/** True when the UTF-16LE text (as OLE directory entries store names) occurs in the bytes. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  const first = pattern[0]!;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURES.some((s) => startsWith(bytes, s));
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

/**
 * The sentence explaining why these bytes are not an .xlsx workbook, or null when they start
 * like a zip archive (the package checks come next, in describeZip).
 */
export function describeNonZip(bytes: Uint8Array, label: string): string | null {
  if (bytes.length === 0) return `"${label}" is empty (0 bytes); expected an .xlsx workbook.`;
  if (isZip(bytes)) return null;
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage")) {
      return `"${label}" is a password-protected workbook, which RAG Tracker cannot read; remove the password in Excel (File > Info > Protect Workbook) and save it again as .xlsx.`;
    }
    return `"${label}" is a password-protected workbook or an older Excel 97-2003 (.xls) file, not an unencrypted .xlsx workbook; open it in Excel, remove any password and save it as an Excel Workbook (.xlsx).`;
  }
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
