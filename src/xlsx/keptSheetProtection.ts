/**
 * ExcelJS reads a sheet's protection but not its legacy password (`password="DAA7"`, the short hash
 * LibreOffice writes, and Excel before 2010), so a sheet the user had protected with a password
 * came back protected with none: anyone could unprotect it. The door never protects or unprotects
 * a sheet, so each kept sheet's <sheetProtection> is taken back from the opened file as it was.
 */
import type JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { restoreInKeptSheets } from "./keptDrawings";

const SHEET_PROTECTION = /<sheetProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetProtection>)/;

/** `target` with the original's sheet protection in place of its own; null when nothing changes. */
export function withOriginalProtection(target: string, original: string): string | null {
  const was = SHEET_PROTECTION.exec(original)?.[0];
  const now = SHEET_PROTECTION.exec(target)?.[0];
  if (!was || !now || was === now) return null;
  return target.replace(now, () => was);
}

export function keepSheetProtection(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>): Promise<void> {
  return restoreInKeptSheets(kept, target, targetParts, (original) => original.includes("<sheetProtection"), withOriginalProtection);
}
