/**
 * The Excel tables on each sheet of a package, by sheet name, as its relationships reach them: a
 * generated sheet holding one is not replaced (sheetOwnership.ts), as the table, and every formula
 * using it, would go with the sheet.
 */
import type JSZip from "jszip";
import { attribute, parseRelationships, partText, relsPathOf, resolveTarget, sheetParts } from "./packageXml";

/** The names of the tables on each sheet that has any ("MyTab"), by sheet name as the workbook lists it. */
export async function tablesBySheet(zip: JSZip): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const [name, part] of await sheetParts(zip).catch(() => new Map<string, string>())) {
    const tables = parseRelationships(await partText(zip, relsPathOf(part))).filter((rel) => rel.targetMode !== "External" && /\/table$/.test(rel.type));
    const names: string[] = [];
    for (const rel of tables) {
      const xml = (await partText(zip, resolveTarget(part, rel.target))) ?? "";
      const root = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "";
      names.push(attribute(root, "displayName") ?? attribute(root, "name") ?? "");
    }
    if (names.length > 0) out.set(name, names);
  }
  return out;
}
