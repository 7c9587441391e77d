/**
 * The number format of each cell style (each <xf> of the styles part's <cellXfs>, which a
 * cell's `s` attribute indexes), from ExcelJS's table of built-in formats, as the workbench's door
 * reads them; and whether it shows a date, by the engine's test, as every door decides it.
 */
import type JSZip from "jszip";
import excelJsUtils from "exceljs/lib/utils/utils.js";
import builtInFormats from "exceljs/lib/xlsx/defaultnumformats.js";
import { isDateFormat } from "../../core/dates";
import { streamXml } from "./xmlEvents";

export interface CellFormats {
  /** Per style index: its number format, "General" where it has none. */
  numFmt: string[];
  /** Per style index: whether a number in a cell of that style is a date. */
  isDate: boolean[];
  /** Per style index: a time alone, which the workbench's library reads as a date, so keeps only to the millisecond. */
  isTime: boolean[];
}

export const GENERAL = "General";

/** A style index past the end of <cellXfs> (a damaged file) shows as General. */
export function formatOf(formats: CellFormats, style: number): string {
  return formats.numFmt[style] ?? GENERAL;
}

export function isDateStyle(formats: CellFormats, style: number): boolean {
  return formats.isDate[style] ?? false;
}

export function isTimeStyle(formats: CellFormats, style: number): boolean {
  return formats.isTime[style] ?? false;
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
          custom.set(parseInt(a.numFmtId ?? "", 10), a.formatCode ?? "");
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
  const isTime: boolean[] = [];
  for (const id of formatIds) {
    // numFmtId 0 (or none) is General; a custom code, where given, wins over the built-in one.
    const format = id ? custom.get(id) || builtInFormats[id]?.f : undefined;
    // As the workbook has it, backslash escapes included ("\d\u\e\ h:mm" shows text, not a day), as the workbench's door reads it too (escapedFormats.ts).
    numFmt.push(format || GENERAL);
    isDate.push(isDateFormat(format));
    isTime.push(!isDateFormat(format) && excelJsUtils.isDateFmt(format));
  }
  return { numFmt, isDate, isTime };
}
