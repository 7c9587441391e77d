/**
 * ExcelJS reads no manual page breaks (it looks for the wrong attribute) and knows no column
 * breaks, so a sheet kept from the opened file would lose the breaks its owner set for printing.
 * The saved package takes each kept sheet's <rowBreaks> and <colBreaks> back from the opened file,
 * where the saved sheet has none of its own. Kept sheets are never moved or resized by the door,
 * so the breaks still fall between the same rows.
 */
import type JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { restoreInKeptSheets } from "./keptDrawings";

const ROW_BREAKS = /<rowBreaks\b[^>]*?(?:\/>|>[\s\S]*?<\/rowBreaks>)/;
const COL_BREAKS = /<colBreaks\b[^>]*?(?:\/>|>[\s\S]*?<\/colBreaks>)/;
/** What follows the breaks in a worksheet, in the schema's order (ECMA-376 CT_Worksheet): they go before the first of these. */
const AFTER_BREAKS = /<(?:customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** `target` with the original's page breaks; null when it has breaks of its own or the original had none. */
export function withOriginalBreaks(target: string, original: string): string | null {
  const breaks = (ROW_BREAKS.exec(original)?.[0] ?? "") + (COL_BREAKS.exec(original)?.[0] ?? "");
  if (breaks === "" || ROW_BREAKS.test(target) || COL_BREAKS.test(target)) return null;
  const at = AFTER_BREAKS.exec(target);
  return at ? target.slice(0, at.index) + breaks + target.slice(at.index) : null;
}

export function keepPageBreaks(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>): Promise<void> {
  return restoreInKeptSheets(kept, target, targetParts, (original) => ROW_BREAKS.test(original) || COL_BREAKS.test(original), withOriginalBreaks);
}
