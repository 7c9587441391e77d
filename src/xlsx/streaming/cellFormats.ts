/**
 * The number format of each cell style (each <xf> of the styles part's <cellXfs>, which a
 * cell's `s` attribute indexes), and whether it shows a date: decided as ExcelJS decides them
 * (its table of built-in formats, its date test), so a number reads as the file door reads it.
 */
import type JSZip from "jszip";
import excelJsUtils from "exceljs/lib/utils/utils.js";
import builtInFormats from "exceljs/lib/xlsx/defaultnumformats.js";
import { streamXml } from "./xmlEvents";

export interface CellFormats {
  /** Per style index: its number format, "General" where it has none. */
  numFmt: string[];
  /** Per style index: whether a number in a cell of that style is a date. */
  isDate: boolean[];
}

export const GENERAL = "General";

/** A style index past the end of <cellXfs> (a damaged file) shows as General. */
export function formatOf(formats: CellFormats, style: number): string {
  return formats.numFmt[style] ?? GENERAL;
}

export function isDateStyle(formats: CellFormats, style: number): boolean {
  return formats.isDate[style] ?? false;
}

/**
 * The styles part's formats; a workbook without a styles part has every cell General.
 * Only the top-level <numFmts> count (a differential format in <dxfs> has its own <numFmt>).
 */
export async function readCellFormats(zip: JSZip, part: string | null): Promise<CellFormats> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  if (part !== null) {
    const path: string[] = [];
    await streamXml(zip, part, {
      open(tag, a) {
        const parent = path[path.length - 1];
        if (tag === "numFmt" && parent === "numFmts" && path.length === 2) {
          // ExcelJS drops the backslash of an escaped character ("dd\/mm" → "dd/mm").
          custom.set(parseInt(a.numFmtId ?? "", 10), (a.formatCode ?? "").replace(/[\\](.)/g, "$1"));
        } else if (tag === "xf" && parent === "cellXfs") {
          formatIds.push(parseInt(a.numFmtId ?? "", 10));
        }
        path.push(tag);
      },
      close() {
        path.pop();
      },
    });
  }
  const numFmt: string[] = [];
  const isDate: boolean[] = [];
  for (const id of formatIds) {
    // numFmtId 0 (or none) is General; a custom code, where given, wins over the built-in one.
    const format = id ? custom.get(id) || builtInFormats[id]?.f : undefined;
    numFmt.push(format || GENERAL);
    isDate.push(excelJsUtils.isDateFmt(format));
  }
  return { numFmt, isDate };
}
