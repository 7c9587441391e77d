/**
 * A workbook's data connections (xl/connections.xml): what a table filled From Text/CSV or by an
 * external query keeps of its source. ExcelJS drops the part, while the table's query part, put back
 * with the table (keptTables.ts), names its connection by number: without the part Excel would find a
 * query pointing at nothing. The part is copied back as the file had it, with the workbook's link to it.
 */
import type JSZip from "jszip";
import { copyParts, reachable } from "./keptDrawings";
import { CONTENT_TYPES_PART, PACKAGE_RELS_PART, contentTypeTable, freeRelId, packagePart, parseRelationships, partText, relationshipsXml, relativeTarget, relsPathOf, resolveTarget } from "./packageXml";

const CONNECTIONS = /\/connections$/;
const SAVED_WORKBOOK = "xl/workbook.xml";

/** Returns the content types with the connections' added, where the opened workbook had them and the saved one lacks them. */
export async function keepConnections(original: JSZip, target: JSZip, contentTypes: string): Promise<string> {
  const workbook = packagePart(await partText(original, PACKAGE_RELS_PART), "officeDocument");
  if (workbook === null) return contentTypes;
  const link = parseRelationships(await partText(original, relsPathOf(workbook))).find((rel) => rel.targetMode !== "External" && CONNECTIONS.test(rel.type));
  const part = link ? resolveTarget(workbook, link.target) : null;
  const rels = parseRelationships(await partText(target, relsPathOf(SAVED_WORKBOOK)));
  if (!link || part === null || !original.file(part) || rels.some((rel) => CONNECTIONS.test(rel.type))) return contentTypes;
  const types = contentTypeTable((await partText(original, CONTENT_TYPES_PART)) ?? "");
  const copied = await copyParts(original, target, await reachable(original, part), types, contentTypes);
  rels.push({ id: freeRelId(rels), type: link.type, target: relativeTarget(SAVED_WORKBOOK, copied.names.get(part)!) });
  target.file(relsPathOf(SAVED_WORKBOOK), relationshipsXml(rels));
  return copied.contentTypes;
}
