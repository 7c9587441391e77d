/**
 * ExcelJS keeps pictures but drops charts and shapes when it reads a file, so a sheet the door
 * did not replace (a user's sheet with a chart, or a generated summary written in an earlier
 * run) would lose them on save. Their drawing, and every part it reaches (charts, chart styles
 * and colours, images), is copied from the opened package into the saved one, under free names.
 * A drawing is left out, as ExcelJS leaves it, where copying could break the file: the saved
 * sheet already has a drawing of its own (pictures), or a chart draws on a pivot table (ExcelJS
 * drops pivot tables).
 */
import type JSZip from "jszip";
import type { Relationship } from "./packageXml";
import { relationshipsXml } from "./packageXml";
import { CONTENT_TYPES_PART, addDefault, addOverride, contentTypeTable, drawingOf, linkDrawing, parseRelationships, partText, relativeTarget, relsPathOf, resolveTarget, sheetParts } from "./packageXml";
import type { ContentTypeTable } from "./packageXml";

export interface KeptSheets {
  /** The package as it was opened. */
  original: JSZip;
  /** Sheets present when it was opened and still there, unreplaced, under the same name. */
  names: string[];
}

const keptTexts = new WeakMap<KeptSheets, Map<string, Promise<string | null>>>();

/**
 * A part of the opened package as text, inflated once for however many fix-ups of one save read
 * it: a kept sheet is read for its drawing and again for its filter, and a big one takes tens of
 * milliseconds to inflate each time. Keyed by the KeptSheets of one save, so nothing outlives it.
 */
export function keptPartText(kept: KeptSheets, path: string): Promise<string | null> {
  let texts = keptTexts.get(kept);
  if (!texts) keptTexts.set(kept, (texts = new Map()));
  let text = texts.get(path);
  if (!text) texts.set(path, (text = partText(kept.original, path)));
  return text;
}

const originalSheets = new WeakMap<KeptSheets, Promise<Map<string, string>>>();

/** Each kept sheet's part in the opened package (looked up once per save) and in the saved one. */
export async function keptSheetParts(kept: KeptSheets, targetParts: Map<string, string>): Promise<{ from: string; to: string }[]> {
  if (kept.names.length === 0) return [];
  let parts = originalSheets.get(kept);
  if (!parts) originalSheets.set(kept, (parts = sheetParts(kept.original)));
  const originalParts = await parts;
  const pairs: { from: string; to: string }[] = [];
  for (const sheet of kept.names) {
    const from = originalParts.get(sheet);
    const to = targetParts.get(sheet);
    if (from && to) pairs.push({ from, to });
  }
  return pairs;
}

/**
 * Puts back into each kept sheet's saved part what `restore` takes from the opened one, where the
 * opened one `has` it: the opened sheet is read (once, shared with the other fix-ups) first, as most
 * have nothing to put back, and then the saved one is not inflated. `restore` is told both parts,
 * for what it needs beside the sheet (its relationships).
 */
export async function restoreInKeptSheets(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>, has: (original: string) => boolean, restore: (saved: string, original: string, parts: { from: string; to: string }) => string | null | Promise<string | null>): Promise<void> {
  for (const { from, to } of await keptSheetParts(kept, targetParts)) {
    const original = await keptPartText(kept, from);
    if (!original || !has(original)) continue;
    const saved = await partText(target, to);
    const restored = saved ? await restore(saved, original, { from, to }) : null;
    if (restored) target.file(to, restored);
  }
}

/** Every internal part a part reaches through its relationships, itself first. */
export async function reachable(zip: JSZip, start: string): Promise<string[]> {
  const seen: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const part = queue.shift()!;
    if (seen.includes(part) || !zip.file(part)) continue;
    seen.push(part);
    for (const rel of parseRelationships(await partText(zip, relsPathOf(part)))) {
      if (rel.targetMode !== "External") queue.push(resolveTarget(part, rel.target));
    }
  }
  return seen;
}

/** "xl/charts/chart3.xml" → the first free "xl/charts/chartN.xml". */
function freeName(zip: JSZip, path: string, taken: Set<string>): string {
  const m = /^(.*\/)?([^/]*?)(\d*)(\.[^./]+)?$/.exec(path)!;
  const [dir, base, ext] = [m[1] ?? "", m[2] ?? "", m[4] ?? ""];
  let n = 1;
  while (zip.file(`${dir}${base}${n}${ext}`) || taken.has(`${dir}${base}${n}${ext}`)) n++;
  return `${dir}${base}${n}${ext}`;
}

export async function copyParts(original: JSZip, target: JSZip, parts: string[], types: ContentTypeTable, contentTypes: string): Promise<{ names: Map<string, string>; contentTypes: string }> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const part of parts) {
    const name = freeName(target, part, taken);
    taken.add(name);
    names.set(part, name);
  }
  for (const part of parts) {
    const name = names.get(part)!;
    target.file(name, await original.file(part)!.async("uint8array"));
    const override = types.overrides.get(part);
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    if (override) contentTypes = addOverride(contentTypes, name, override);
    else if (types.defaults.has(extension)) contentTypes = addDefault(contentTypes, extension, types.defaults.get(extension)!);
    const rels = parseRelationships(await partText(original, relsPathOf(part)));
    if (rels.length === 0) continue;
    const moved: Relationship[] = rels.map((rel) => {
      const to = rel.targetMode === "External" ? undefined : names.get(resolveTarget(part, rel.target));
      return to ? { ...rel, target: relativeTarget(name, to) } : rel;
    });
    target.file(relsPathOf(name), relationshipsXml(moved));
  }
  return { names, contentTypes };
}

/** Copies the drawings of the kept sheets into the saved package; returns the updated content types. */
export async function carryDrawings(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>, contentTypes: string): Promise<string> {
  if (kept.names.length === 0) return contentTypes;
  const types = contentTypeTable((await partText(kept.original, CONTENT_TYPES_PART)) ?? "");
  for (const { from, to } of await keptSheetParts(kept, targetParts)) {
    // No drawing relationship, no drawing: a big sheet's XML is not inflated just to find none.
    if (!parseRelationships(await partText(kept.original, relsPathOf(from))).some((r) => r.type.endsWith("/drawing"))) continue;
    const drawing = await drawingOf(kept.original, from, (await keptPartText(kept, from)) ?? undefined);
    if (!drawing || (await drawingOf(target, to))) continue;
    const parts = await reachable(kept.original, drawing);
    const texts = await Promise.all(parts.filter((p) => p.endsWith(".xml")).map((p) => partText(kept.original, p)));
    // Pictures alone ExcelJS has kept already; a pivot chart would point at a pivot table that is gone.
    if (!texts.some((t) => t?.includes("drawingml/2006/chart") || t?.includes("<xdr:sp>") || t?.includes("<xdr:sp "))) continue;
    if (texts.some((t) => t?.includes("<c:pivotSource"))) continue;
    const copied = await copyParts(kept.original, target, parts, types, contentTypes);
    contentTypes = copied.contentTypes;
    await linkDrawing(target, to, copied.names.get(drawing)!);
  }
  return contentTypes;
}
