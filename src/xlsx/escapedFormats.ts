/**
 * Number formats' backslash escapes kept through ExcelJS. Its reader removes the backslash before
 * each character, so "\d\u\e\ h:mm" (Excel's own way of writing text typed into a custom format,
 * showing "due 12:00") would be read as "due h:mm", which shows a day: the cell would be taken for a
 * date, and saved so that Excel shows "19ue 12:00". Given each backslash doubled, ExcelJS reads the
 * format as the workbook has it, and saves it so.
 */
import type JSZip from "jszip";
import { partText } from "./packageXml";

/** The part ExcelJS reads styles from, by this name alone. */
const STYLES_PART = "xl/styles.xml";

/** A format code attribute, in either quote. */
const FORMAT_CODE = /(<(?:[\w-]+:)?numFmt\b[^>]*?\sformatCode=)(["'])(.*?)\2/g;

/** The styles part with each format code's backslashes doubled; null where no format holds one. */
export function escapesDoubled(stylesXml: string): string | null {
  if (!stylesXml.includes("\\")) return null;
  let changed = false;
  const doubled = stylesXml.replace(FORMAT_CODE, (whole, head: string, quote: string, code: string) => {
    if (!code.includes("\\")) return whole;
    changed = true;
    return `${head}${quote}${code.replace(/\\/g, "\\\\")}${quote}`;
  });
  return changed ? doubled : null;
}

/** Puts the doubled styles part in the package for ExcelJS; true where it changed it. */
export async function doubleFormatEscapes(zip: JSZip): Promise<boolean> {
  const doubled = escapesDoubled((await partText(zip, STYLES_PART)) ?? "");
  if (doubled === null) return false;
  zip.file(STYLES_PART, doubled);
  return true;
}
