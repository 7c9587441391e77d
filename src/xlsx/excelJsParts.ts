/**
 * The parts ExcelJS writes for a workbook, taken before ExcelJS zips them. finishPackage edits
 * some parts and compresses the package once; letting ExcelJS zip it first meant packaging twice
 * (zip, unzip, zip again), a large share of a big workbook's save time.
 *
 * ExcelJS has no public way to get its parts, so this leans on one internal, the same in its
 * Node and browser builds: XLSX.write() appends every part to a zip writer whose `zip` field is
 * a JSZip, then hands that writer to `_finalize`, which generates the zip. Standing in for
 * `_finalize` on this one workbook's XLSX object takes the JSZip as it stands, uncompressed.
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";

interface ZipWriterInternals {
  zip?: unknown;
}

interface XlsxInternals {
  write(stream: object, options: object): Promise<unknown>;
  _finalize?: (writer: ZipWriterInternals) => Promise<unknown>;
}

const UNEXPECTED = "The spreadsheet library did not hand over the workbook's parts in the form RAG Tracker expects, so the workbook was not saved.";

function isJSZip(value: unknown): value is JSZip {
  const zip = value as Partial<JSZip> | null;
  return typeof zip?.file === "function" && typeof zip.forEach === "function" && typeof zip.generateAsync === "function";
}

export async function excelJsParts(workbook: ExcelJS.Workbook): Promise<JSZip> {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  if (typeof xlsx._finalize !== "function") throw new Error(UNEXPECTED);
  let parts: unknown = null;
  // An own property shadows the prototype's method for this call only; it is removed after.
  xlsx._finalize = (writer) => {
    parts = writer.zip;
    return Promise.resolve(xlsx);
  };
  try {
    // The stream is only attached to ExcelJS's zip writer, which never writes to it now.
    await xlsx.write({}, {});
  } finally {
    delete xlsx._finalize;
  }
  if (!isJSZip(parts)) throw new Error(UNEXPECTED);
  return parts;
}
