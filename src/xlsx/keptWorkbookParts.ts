/**
 * Parts the workbook links that ExcelJS drops: its data connections (xl/connections.xml), what a table
 * filled From Text/CSV or by an external query keeps of its source, and its custom XML items, where
 * Power Query keeps its queries (the DataMashup). A table's query part, put back with the table
 * (keptTables.ts), names its connection by number: without the part Excel would find a query pointing
 * at nothing. Each is copied back as the file had it, with what it links and the workbook's link to it.
 */
import type JSZip from "jszip";
import { copyParts, reachable } from "./keptDrawings";
import { CONTENT_TYPES_PART, PACKAGE_RELS_PART, contentTypeTable, freeRelId, packagePart, parseRelationships, partText, relationshipsXml, relativeTarget, relsPathOf, resolveTarget } from "./packageXml";

const KEPT_KINDS = /\/(?:connections|customXml)$/;
const SAVED_WORKBOOK = "xl/workbook.xml";

/** Returns the content types with the kept parts' added, where the opened workbook linked them and the saved one does not. */
export async function keepWorkbookParts(original: JSZip, target: JSZip, contentTypes: string): Promise<string> {
  const workbook = packagePart(await partText(original, PACKAGE_RELS_PART), "officeDocument");
  if (workbook === null) return contentTypes;
  const rels = parseRelationships(await partText(target, relsPathOf(SAVED_WORKBOOK)));
  const savedKinds = new Set(rels.map((rel) => rel.type));
  const links = parseRelationships(await partText(original, relsPathOf(workbook))).filter((rel) => rel.targetMode !== "External" && KEPT_KINDS.test(rel.type) && !savedKinds.has(rel.type));
  const types = contentTypeTable((await partText(original, CONTENT_TYPES_PART)) ?? "");
  let added = false;
  for (const link of links) {
    const part = resolveTarget(workbook, link.target);
    if (!original.file(part)) continue;
    const copied = await copyParts(original, target, await reachable(original, part), types, contentTypes);
    contentTypes = copied.contentTypes;
    rels.push({ id: freeRelId(rels), type: link.type, target: relativeTarget(SAVED_WORKBOOK, copied.names.get(part)!) });
    added = true;
  }
  if (added) target.file(relsPathOf(SAVED_WORKBOOK), relationshipsXml(rels));
  return contentTypes;
}
