/**
 * ExcelJS writes back a sheet's <pageSetup> with every attribute it knows filled in (horizontalDpi
 * and verticalDpi of 4294967295, scale, copies, firstPageNumber with useFirstPageNumber), so a kept
 * user sheet whose page numbers were meant to run on from another's would restart at 1. The saved
 * package takes each kept sheet's <pageSetup> back from the opened file as it was. Its link to the
 * printer settings part (r:id) is left out, as ExcelJS does not save that part.
 */
import type JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { restoreInKeptSheets } from "./keptDrawings";

const PAGE_SETUP = /<pageSetup\b[^>]*?(?:\/>|>\s*<\/pageSetup>)/;
/**
 * The relationship attribute, whatever its prefix, quotes or spaces around "=" (r:id='rId9',
 * r:id = "rId9", as some tools write it): the part it points to is not in the saved package.
 */
const RELATIONSHIP_ID = /\s[\w.-]+:id\s*=\s*(?:"[^"]*"|'[^']*')/g;

/** `target` with the original's page setup in place of ExcelJS's; null where either has none, or they are alike. */
export function withOriginalPageSetup(target: string, original: string): string | null {
  const was = PAGE_SETUP.exec(original)?.[0];
  const saved = PAGE_SETUP.exec(target);
  if (!was || !saved) return null;
  const setup = was.replace(RELATIONSHIP_ID, "");
  if (setup === saved[0]) return null;
  return target.slice(0, saved.index) + setup + target.slice(saved.index + saved[0].length);
}

export function keepPageSetup(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>): Promise<void> {
  return restoreInKeptSheets(kept, target, targetParts, (original) => PAGE_SETUP.test(original), withOriginalPageSetup);
}
