/**
 * ExcelJS keeps a filter's range but not what it filters on: a sheet's own <autoFilter> keeps only
 * its range, and <sortState> goes. The filtered rows stay hidden, so the user would find rows
 * missing and no filter to clear. The saved package takes each filter back from the opened file,
 * for the sheets kept from it, where the filter's range is unchanged. (An Excel Table's filter is
 * in the table's part, which the door keeps whole: keptTables.ts.)
 */
import type JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { keptPartText, keptSheetParts } from "./keptDrawings";
import { attribute, partText } from "./packageXml";

const AUTO_FILTER = /<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/;
const SORT_STATE = /<sortState\b[^>]*?(?:\/>|>[\s\S]*?<\/sortState>)/;

function ref(element: string): string | null {
  return attribute(/^<[^>]*>/.exec(element)?.[0] ?? "", "ref");
}

/** `target` with the original's autoFilter (and sortState) where both filter the same range; null when nothing changes. */
export function withOriginalFilter(target: string, original: string): string | null {
  const was = AUTO_FILTER.exec(original)?.[0];
  const now = AUTO_FILTER.exec(target)?.[0];
  if (!was || !now || was === now || ref(was) !== ref(now)) return null;
  let out = target.replace(now, () => was);
  const sort = SORT_STATE.exec(original)?.[0];
  if (sort && !SORT_STATE.test(out)) out = out.replace(was, () => was + sort);
  return out;
}

export async function keepFilters(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>): Promise<void> {
  if (kept.names.length === 0) return;
  for (const { from, to } of await keptSheetParts(kept, targetParts)) {
    const saved = await partText(target, to);
    // ExcelJS writes a filter wherever the file had one: without it in the saved sheet, the opened one is not inflated.
    if (!saved?.includes("<autoFilter")) continue;
    const original = await keptPartText(kept, from);
    const restored = original ? withOriginalFilter(saved, original) : null;
    if (restored) target.file(to, restored);
  }
}
