/**
 * ExcelJS reads only defined names that are plain ranges: it drops named constants and formulas
 * ("VAT = 0.2", "=TODAY()"), names that are #REF!, and every name's hidden flag and comment, and it
 * turns a name scoped to one sheet into a workbook name. A user's formulas that use those names
 * would break when Excel recalculates. So the saved workbook takes its user names verbatim from
 * the opened file (sheet scopes re-pointed at the same sheets), and from ExcelJS only RAG
 * Tracker's own names and the names of the sheets it wrote in this session.
 */
import type ExcelJS from "exceljs";
import { attribute, xmlUnescape } from "./packageXml";
import { isOwnName } from "./definedNames";
import { deleteDefinedName } from "./internals";

interface NameElement {
  xml: string;
  name: string;
  scope: number | null;
  /** What the name refers to, unescaped: "'RAG Summary'!$A$1". */
  text: string;
}

function sheetOrder(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => attribute(m[0], "name") ?? "");
}

function nameElements(workbookXml: string): NameElement[] {
  return [...workbookXml.matchAll(/<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g)].map((m) => {
    const open = /^<definedName\b[^>]*>/.exec(m[0])![0];
    const scope = attribute(open, "localSheetId");
    const inner = m[0].slice(open.length).replace(/<\/definedName>$/, "");
    return { xml: m[0], name: attribute(open, "name") ?? "", scope: scope === null ? null : Number(scope), text: xmlUnescape(inner) };
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
    if (isOwnName(e.name)) continue;
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
    if (isOwnName(e.name) || written) names.push(e);
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

/**
 * Excel's "Move or Copy… Create a copy" gives the copy a clone, scoped to it, of each workbook name
 * that points at the sheet, RAG Tracker's markers among them. ExcelJS drops scopes and lets a clone
 * read after its original take the original's place, so a copy of Stale Actions the team kept
 * would be taken for the generated sheet and written over. RAG Tracker's own names are set back
 * to the workbook-level ones the file holds, and the clones go.
 */
export function ownNamesAtWorkbookLevel(workbook: ExcelJS.Workbook, workbookXml: string): void {
  const own = nameElements(workbookXml).filter((e) => isOwnName(e.name));
  if (!own.some((e) => e.scope !== null)) return;
  for (const e of own) deleteDefinedName(workbook, e.name);
  for (const e of own) if (e.scope === null) workbook.definedNames.add(e.text, e.name);
}
