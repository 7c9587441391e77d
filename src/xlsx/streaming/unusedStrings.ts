/**
 * Which shared strings of the sheets a save replaces (the store, and the generated sheets) it may
 * blank. The streaming save adds strings to the user's table and never renumbers it (user sheets
 * are copied byte for byte, so their cells keep the numbers they refer to); so a report replaced
 * or deleted would stay in xl/sharedStrings.xml, with its actions' wording, for as long as the file
 * lives, and so would a response redacted on the plan that the old Stale Actions quoted. A string a
 * replaced sheet held is blanked (its item kept, empty, so no number moves) when nothing in the
 * saved package refers to it any more: not the new store, not a generated sheet, not any sheet
 * kept as it was.
 */
import type JSZip from "jszip";
import { streamXml } from "./xmlEvents";

/** The shared-string numbers the cells of a sheet part refer to (t="s"); `enough` may stop the read early. */
export async function sharedStringRefs(zip: JSZip, part: string, enough?: (refs: ReadonlySet<number>) => boolean): Promise<Set<number>> {
  const refs = new Set<number>();
  let shared = false;
  let value: string | null = null;
  await streamXml(zip, part, {
    open(tag, a) {
      if (tag === "c") shared = a.t === "s";
      else if (tag === "v" && shared) value = "";
    },
    text(text) {
      if (value !== null) value += text;
    },
    close(tag) {
      if (tag === "v" && value !== null) {
        const n = Number(value.trim());
        if (Number.isInteger(n) && n >= 0) refs.add(n);
        value = null;
      } else if (tag === "c") shared = false;
    },
    done: enough ? () => enough(refs) : undefined,
  });
  return refs;
}

export interface BlankableStrings {
  /** The parts of the sheets being replaced (the store, generated sheets), as opened. */
  replacedParts: readonly string[];
  /** The parts of every sheet that holds cells and is kept as it was. */
  keptSheetParts: readonly string[];
  /** Numbers the parts written by this save use (strings the table reused). */
  usedBySave: ReadonlySet<number>;
}

/**
 * The strings of the replaced parts that nothing else refers to. Every kept sheet is read for
 * its references, stopping once all of the old store's strings are found in use.
 */
export async function blankableStrings(zip: JSZip, parts: BlankableStrings): Promise<Set<number>> {
  const candidates = new Set<number>();
  for (const part of parts.replacedParts) for (const n of await sharedStringRefs(zip, part)) if (!parts.usedBySave.has(n)) candidates.add(n);
  for (const part of parts.keptSheetParts) {
    if (candidates.size === 0) break;
    const inUse = await sharedStringRefs(zip, part, (refs) => [...candidates].every((n) => refs.has(n)));
    for (const n of inUse) candidates.delete(n);
  }
  return candidates;
}
