/**
 * Cells of type "d": an ISO date ("2020-02-28T00:00:00"), as some programs write a date. Excel reads
 * each as the serial number of that date and saves it so. ExcelJS reads only its year, as a number
 * (2020), which the workbench would count as a year typed and save into the user's cell, shown by
 * Excel as 12/07/1905: so the workbench gives ExcelJS each such cell as Excel would save it.
 */
import type JSZip from "jszip";
import { dateToSerial } from "../core/dates";
import { partText } from "./packageXml";
import type { PackageWorkbook } from "./streaming/workbookPart";

/** An ISO date and time, with an offset, "Z" or none: a time with an offset is read at UTC, as LibreOffice reads it. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/** The serial number Excel gives an ISO date; NaN for a text that is none. */
export function isoToSerial(text: string, date1904: boolean): number {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return NaN;
  const offset = m[8] === undefined ? 0 : (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10] ?? 0)) * 60_000;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Math.round(Number(m[7] ?? 0) * 1000)) - offset;
  return dateToSerial(new Date(ms), date1904);
}

/** A cell whose attributes say type "d", in either quote, with what is between its tags. */
const DATE_CELL = /<c\b((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*?)\s+t\s*=\s*(["'])d\2((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*>([^]*?)<\/c>/g;

/** A sheet part with each ISO date cell as a number cell holding its serial; null where it has none (or one that reads as no date, left as it is). */
export function isoDatesAsSerials(sheetXml: string, date1904: boolean): string | null {
  if (!/\st\s*=\s*["']d["']/.test(sheetXml)) return null;
  let changed = false;
  const rewritten = sheetXml.replace(DATE_CELL, (whole, before: string, _quote: string, after: string, inside: string) => {
    const value = /<v>([^<]*)<\/v>/.exec(inside);
    const serial = value ? isoToSerial(value[1]!, date1904) : NaN;
    if (Number.isNaN(serial)) return whole;
    changed = true;
    return `<c${before}${after}>${inside.replace(value![0], `<v>${serial}</v>`)}</c>`;
  });
  return changed ? rewritten : null;
}

/** Puts each worksheet part with ISO date cells in the package as Excel would save it; true where it changed one. */
export async function isoDateCellsAsSerials(zip: JSZip, { sheets, date1904 }: Pick<PackageWorkbook, "sheets" | "date1904">): Promise<boolean> {
  let changed = false;
  for (const sheet of sheets) {
    if (sheet.kind !== "worksheet") continue;
    const rewritten = isoDatesAsSerials((await partText(zip, sheet.part)) ?? "", date1904);
    if (rewritten === null) continue;
    zip.file(sheet.part, rewritten);
    changed = true;
  }
  return changed;
}
