/**
 * ExcelJS reads only defined names that are plain ranges: it drops named constants and formulas
 * ("VAT = 0.2", "=TODAY()"), names that are #REF!, and every name's hidden flag and comment, and it
 * turns a name scoped to one sheet into a workbook name. A user's formulas that use those names
 * would break when Excel recalculates. So the saved workbook takes its user names verbatim from
 * the opened file (sheet scopes re-pointed at the same sheets), and from ExcelJS only RAG
 * Tracker's own names and the names of the sheets it wrote in this session.
 */
import { attribute } from "./packageXml";
import { OWN_NAME_PREFIX } from "./definedNames";

interface NameElement {
  xml: string;
  name: string;
  scope: number | null;
}

function sheetOrder(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => attribute(m[0], "name") ?? "");
}

function nameElements(workbookXml: string): NameElement[] {
  return [...workbookXml.matchAll(/<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g)].map((m) => {
    const open = /^<definedName\b[^>]*>/.exec(m[0])![0];
    const scope = attribute(open, "localSheetId");
    return { xml: m[0], name: attribute(open, "name") ?? "", scope: scope === null ? null : Number(scope) };
  });
}

function withScope(xml: string, scope: number): string {
  return xml.replace(/^<definedName\b[^>]*>/, (open) => open.replace(/\slocalSheetId="\d+"/, ` localSheetId="${scope}"`));
}

/** The saved workbook.xml with the user's names as the opened file had them. */
export function keepUserNames(savedXml: string, originalXml: string, keptSheets: Set<string>): string {
  const before = sheetOrder(originalXml);
  const after = sheetOrder(savedXml);
  const names: NameElement[] = [];
  for (const e of nameElements(originalXml)) {
    if (e.name.startsWith(OWN_NAME_PREFIX)) continue;
    if (e.scope === null) {
      names.push(e);
      continue;
    }
    // A name scoped to a sheet that was replaced, or that ExcelJS could not keep (a chart sheet), goes with it.
    const sheet = before[e.scope];
    const index = sheet !== undefined && keptSheets.has(sheet) ? after.indexOf(sheet) : -1;
    if (index >= 0) names.push({ ...e, xml: withScope(e.xml, index), scope: index });
  }
  for (const e of nameElements(savedXml)) {
    const written = e.scope !== null && !keptSheets.has(after[e.scope] ?? "");
    if (e.name.startsWith(OWN_NAME_PREFIX) || written) names.push(e);
  }
  const seen = new Set<string>();
  const unique = names.filter((e) => {
    const key = `${e.name.toLowerCase()}\u0001${e.scope ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const block = unique.length > 0 ? `<definedNames>${unique.map((e) => e.xml).join("")}</definedNames>` : "";
  if (/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/.test(savedXml)) return savedXml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, block);
  return savedXml.replace("</sheets>", `</sheets>${block}`);
}
