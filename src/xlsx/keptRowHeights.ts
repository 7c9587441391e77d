/**
 * Excel and LibreOffice write a row's height (`ht`) for rows that fit their contents as well as for
 * rows given a height by hand, and mark only the latter customHeight. ExcelJS keeps the height and
 * not the mark, and writes every height as set by hand, so after a download a row of wrapped text
 * no longer grew when its response was edited. The saved package takes the mark back from the
 * opened file: a kept sheet's row that the file had fit to its contents is written so again. The
 * door never moves a user's rows, so row numbers still match.
 */
import type JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { restoreInKeptSheets } from "./keptDrawings";
import { attribute } from "./packageXml";

const ROW = /<row\b[^>]*>/g;
const CUSTOM = /\scustomHeight\s*=\s*(?:"(?:1|true)"|'(?:1|true)')/;
const SHEET_FORMAT = /<sheetFormatPr\b[^>]*>/;

/** The rows of a sheet with a height of their own that fit their contents, by number. */
function fittedRows(sheetXml: string): Set<string> {
  const rows = new Set<string>();
  for (const [tag] of sheetXml.matchAll(ROW)) {
    const r = attribute(tag, "r");
    if (r !== null && attribute(tag, "ht") !== null && !CUSTOM.test(tag)) rows.add(r);
  }
  return rows;
}

/** `target` with the original's fitted rows (and default row height) no longer marked as set by hand; null when nothing changes. */
export function withFittedRows(target: string, original: string): string | null {
  const fitted = fittedRows(original);
  const unmark = (tag: string) => tag.replace(/\scustomHeight="1"/, "");
  let out = target.replace(ROW, (tag) => (fitted.has(attribute(tag, "r") ?? "") ? unmark(tag) : tag));
  const format = SHEET_FORMAT.exec(original)?.[0];
  if (format !== undefined && !CUSTOM.test(format)) out = out.replace(SHEET_FORMAT, unmark);
  return out === target ? null : out;
}

export function keepFittedRows(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>): Promise<void> {
  return restoreInKeptSheets(kept, target, targetParts, (original) => original.includes(" ht="), withFittedRows);
}
