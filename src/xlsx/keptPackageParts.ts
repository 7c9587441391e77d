/**
 * The parts the package itself links, beside the workbook: ExcelJS writes its own core and app
 * properties and drops the rest, among them the custom properties, where a protective marking
 * ("OFFICIAL-SENSITIVE") or a sensitivity label is kept, and Office's label information. Each is
 * copied from the opened package with its content type and the package's link to it, under its
 * own name where that is free.
 */
import type JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { CONTENT_TYPES_PART, PACKAGE_RELS_PART, addDefault, addOverride, contentTypeTable, freeRelId, parseRelationships, partText, relationshipsXml, relsPathOf, resolveTarget } from "./packageXml";

/** Returns the content types with the copied parts' added. */
export async function keepPackageParts(kept: KeptSheets, target: JSZip, contentTypes: string): Promise<string> {
  const rels = parseRelationships(await partText(target, PACKAGE_RELS_PART));
  const linked = new Set(rels.map((r) => r.type));
  const types = contentTypeTable((await partText(kept.original, CONTENT_TYPES_PART)) ?? "");
  let added = false;
  for (const rel of parseRelationships(await partText(kept.original, PACKAGE_RELS_PART))) {
    const part = resolveTarget("", rel.target);
    // A kind of part the saved package links already (the workbook, its core and app properties) is ExcelJS's own;
    // one linking parts of its own would need them too, and none of the kinds met does.
    if (rel.targetMode === "External" || linked.has(rel.type) || !kept.original.file(part) || target.file(part) || kept.original.file(relsPathOf(part))) continue;
    target.file(part, await kept.original.file(part)!.async("uint8array"));
    const override = types.overrides.get(part);
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    if (override) contentTypes = addOverride(contentTypes, part, override);
    else if (types.defaults.has(extension)) contentTypes = addDefault(contentTypes, extension, types.defaults.get(extension)!);
    rels.push({ ...rel, id: rels.some((r) => r.id === rel.id) ? freeRelId(rels) : rel.id });
    linked.add(rel.type);
    added = true;
  }
  if (added) target.file(PACKAGE_RELS_PART, relationshipsXml(rels));
  return contentTypes;
}
