/**
 * ExcelJS reads an Excel table's columns only up to the first that holds anything of its own (a
 * calculated column's formula, a total row's formula), so it saved a table whose columns no longer
 * covered its range, which Excel repairs by removing it; it refuses a table whose filter buttons are
 * hidden beside such a column, and it fails to save a table with no style (as LibreOffice writes a
 * named database range). The door never adds, removes or moves a user sheet's rows or columns, and
 * writes into a table only the values of its cells, so a table's part stays true as the file had
 * it. Tables are kept out of ExcelJS's hands: taken out of the package it loads, and each kept
 * sheet's tables put back on save, byte for byte, with their relationships and content types.
 */
import JSZip from "jszip";
import type { KeptSheets } from "./keptDrawings";
import { copyParts, keptPartText, keptSheetParts, reachable } from "./keptDrawings";
import { CONTENT_TYPES_PART, NS, contentTypeTable, freeRelId, parseRelationships, partText, relationshipsXml, relativeTarget, relsPathOf, requiredText, resolveTarget } from "./packageXml";
import type { Relationship } from "./packageXml";

const TABLE_REL = /\/table$/;
const TABLE_PARTS = /<(?:[\w.-]+:)?tableParts\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?tableParts>)/g;
/** The parts ExcelJS reads as tables, whatever links them. */
const EXCELJS_TABLE_PART = /^xl\/tables\/table\d+\.xml$/;

function isTable(rel: Relationship): boolean {
  return rel.targetMode !== "External" && TABLE_REL.test(rel.type);
}

/** The worksheet parts of the package that link a table, with their relationships. */
async function sheetsWithTables(zip: JSZip): Promise<{ sheet: string; rels: Relationship[] }[]> {
  const out: { sheet: string; rels: Relationship[] }[] = [];
  for (const path of Object.keys(zip.files)) {
    const m = /^(.*)\/_rels\/([^/]+)\.rels$/.exec(path);
    if (!m || !/^xl\/worksheets$/i.test(m[1]!)) continue;
    const rels = parseRelationships(await partText(zip, path));
    if (rels.some(isTable)) out.push({ sheet: `${m[1]}/${m[2]}`, rels });
  }
  return out;
}

/** The bytes ExcelJS should load: the package's without any table, or null where it has none (`zip` is read, never changed). */
export async function withoutTables(bytes: Uint8Array, zip: JSZip): Promise<Uint8Array | null> {
  const hasTableParts = Object.keys(zip.files).some((path) => EXCELJS_TABLE_PART.test(path));
  const sheets = await sheetsWithTables(zip);
  if (!hasTableParts && sheets.length === 0) return null;
  const copy = await JSZip.loadAsync(bytes);
  for (const { sheet, rels } of sheets) {
    for (const rel of rels.filter(isTable)) copy.remove(resolveTarget(sheet, rel.target));
    copy.file(relsPathOf(sheet), relationshipsXml(rels.filter((rel) => !isTable(rel))));
    const xml = await partText(copy, sheet);
    if (xml !== null) copy.file(sheet, xml.replace(TABLE_PARTS, ""));
  }
  for (const path of Object.keys(copy.files)) if (EXCELJS_TABLE_PART.test(path)) copy.remove(path);
  return copy.generateAsync({ type: "uint8array", compression: "STORE" });
}

/** Where <tableParts> goes in a worksheet: last, before the sheet's own extension list, if any. */
function tablePartsPlace(sheetXml: string): number {
  // An <extLst> inside a conditional format's rule, or a cell's, comes before the sheet's own.
  const after = Math.max(sheetXml.lastIndexOf("</sheetData>"), sheetXml.lastIndexOf("</conditionalFormatting>"), 0);
  const ext = /<extLst\b/.exec(sheetXml.slice(after));
  return ext ? after + ext.index : sheetXml.lastIndexOf("</worksheet>");
}

/** Puts each kept sheet's tables back into the saved package, as the opened file had them; returns the updated content types. */
export async function keepTables(kept: KeptSheets, target: JSZip, targetParts: Map<string, string>, contentTypes: string): Promise<string> {
  if (kept.names.length === 0) return contentTypes;
  let types: ReturnType<typeof contentTypeTable> | null = null;
  for (const { from, to } of await keptSheetParts(kept, targetParts)) {
    // No table relationship, no table: a big sheet's XML is not inflated just to find none.
    const tables = parseRelationships(await partText(kept.original, relsPathOf(from))).filter(isTable);
    const original = tables.length > 0 ? await keptPartText(kept, from) : null;
    if (original === null) continue;
    // The tables in the order the sheet lists them, each reached by its relationship.
    const listed = [...(original.match(TABLE_PARTS)?.join("") ?? "").matchAll(/<(?:[\w.-]+:)?tablePart\b[^>]*?\sr:id\s*=\s*["']([^"']*)["']/g)].map((m) => tables.find((rel) => rel.id === m[1]));
    const parts = listed.filter((rel): rel is Relationship => rel !== undefined).map((rel) => resolveTarget(from, rel.target)).filter((part) => kept.original.file(part) !== null);
    if (parts.length === 0) continue;
    types ??= contentTypeTable((await partText(kept.original, CONTENT_TYPES_PART)) ?? "");
    const reached = new Set<string>();
    for (const part of parts) for (const p of await reachable(kept.original, part)) reached.add(p);
    const copied = await copyParts(kept.original, target, [...reached], types, contentTypes);
    contentTypes = copied.contentTypes;
    const relsPath = relsPathOf(to);
    const rels = parseRelationships(await partText(target, relsPath));
    const ids = parts.map((part) => {
      const id = freeRelId(rels);
      rels.push({ id, type: `${NS.rel}/table`, target: relativeTarget(to, copied.names.get(part)!) });
      return id;
    });
    target.file(relsPath, relationshipsXml(rels));
    const saved = await requiredText(target, to);
    const at = tablePartsPlace(saved);
    const element = `<tableParts xmlns:r="${NS.rel}" count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
    target.file(to, saved.slice(0, at) + element + saved.slice(at));
  }
  return contentTypes;
}
