/**
 * Reading and editing the parts of an .xlsx package (a zip of XML parts tied together by
 * relationship parts), as much as the file doors need: the namespaces and escaping every part's
 * text uses, relationships, part paths, content types and a worksheet's drawing. Plain text
 * work, so it runs the same in Node and browsers.
 */
import type JSZip from "jszip";
import { inUtf8 } from "./streaming/partEncoding";

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The namespaces of the parts RAG Tracker reads and writes. */
export const NS = {
  spreadsheet: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRels: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

export const REL_TYPE = {
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
} as const;

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** "External" for a link outside the package. */
  targetMode?: string;
}

export function relationshipXml(rel: Relationship): string {
  const mode = rel.targetMode ? ` TargetMode="${xmlEscape(rel.targetMode)}"` : "";
  return `<Relationship Id="${xmlEscape(rel.id)}" Type="${xmlEscape(rel.type)}" Target="${xmlEscape(rel.target)}"${mode}/>`;
}

export function relationshipsXml(rels: Relationship[]): string {
  return XML_HEAD + `<Relationships xmlns="${NS.packageRels}">` + rels.map(relationshipXml).join("") + `</Relationships>`;
}

/** The package's own relationships, which name its main parts (the workbook, its properties). */
export const PACKAGE_RELS_PART = "_rels/.rels";

/** The package part that gives every other part its content type. */
export const CONTENT_TYPES_PART = "[Content_Types].xml";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function xmlUnescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()]!;
  });
}

/** An attribute's value in a start tag, quoted either way XML allows (Excel writes double quotes, other programs may not). */
export function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlUnescape(m[1] ?? m[2]!) : null;
}

/** A part's text, in whatever encoding the part was written (partEncoding.ts), declared as UTF-8, as it is saved again. */
export async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  if (!file) return null;
  const bytes = await file.async("uint8array");
  return new TextDecoder().decode(inUtf8(bytes) ?? bytes);
}

export async function requiredText(zip: JSZip, path: string): Promise<string> {
  const text = await partText(zip, path);
  if (text === null) throw new Error(`The saved workbook has no ${path} part.`);
  return text;
}

export interface ContentTypeTable {
  /** part path (no leading slash) → content type */
  overrides: Map<string, string>;
  /** file extension, lower case → content type */
  defaults: Map<string, string>;
}

export function contentTypeTable(xml: string): ContentTypeTable {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)) overrides.set((attribute(m[0], "PartName") ?? "").replace(/^\//, ""), attribute(m[0], "ContentType") ?? "");
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)) defaults.set((attribute(m[0], "Extension") ?? "").toLowerCase(), attribute(m[0], "ContentType") ?? "");
  return { overrides, defaults };
}

export function parseRelationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
    const rel: Relationship = { id: attribute(m[0], "Id") ?? "", type: attribute(m[0], "Type") ?? "", target: attribute(m[0], "Target") ?? "" };
    const mode = attribute(m[0], "TargetMode");
    if (mode) rel.targetMode = mode;
    return rel;
  });
}

/** "../drawings/drawing1.xml" seen from "xl/worksheets/sheet1.xml" → "xl/drawings/drawing1.xml". */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Sheet name → its part ("xl/worksheets/sheet3.xml"). */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await requiredText(zip, "xl/workbook.xml");
  const rels = new Map(parseRelationships(await partText(zip, "xl/_rels/workbook.xml.rels")).map((r) => [r.id, r.target]));
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], "name");
    const target = rels.get(attribute(m[0], "r:id") ?? "");
    if (name !== null && target) parts.set(name, resolveTarget("xl/workbook.xml", target));
  }
  return parts;
}

export function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}

export function freeRelId(rels: Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function addOverride(contentTypes: string, part: string, type: string): string {
  if (contentTypes.includes(`PartName="/${part}"`)) return contentTypes;
  return contentTypes.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

/** Puts <drawing> where the worksheet schema wants it: before these elements, or at the end. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

export function insertDrawingElement(sheetXml: string, relId: string): string {
  const element = `<drawing xmlns:r="${NS.rel}" r:id="${relId}"/>`;
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${name}[\\s/>]`).exec(sheetXml);
    if (m && m.index < at) at = m.index;
  }
  if (at < 0) throw new Error("The saved worksheet has no closing tag, so no drawing could be added to it.");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** The relative target from one part to another: "xl/drawings/drawing1.xml" → "xl/charts/chart2.xml" is "../charts/chart2.xml". */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** Adds a Default content type for an extension the package does not declare yet. */
export function addDefault(contentTypes: string, extension: string, type: string): string {
  if (new RegExp(`<Default [^>]*Extension="${extension}"`, "i").test(contentTypes)) return contentTypes;
  return contentTypes.replace("</Types>", `<Default Extension="${extension}" ContentType="${type}"/></Types>`);
}

/** Ties a drawing part to a worksheet: a relationship and the <drawing> element. */
export async function linkDrawing(zip: JSZip, sheetPart: string, drawingPath: string): Promise<void> {
  const relsPath = relsPathOf(sheetPart);
  const rels = parseRelationships(await partText(zip, relsPath));
  const relId = freeRelId(rels);
  rels.push({ id: relId, type: REL_TYPE.drawing, target: relativeTarget(sheetPart, drawingPath) });
  zip.file(sheetPart, insertDrawingElement(await requiredText(zip, sheetPart), relId));
  zip.file(relsPath, relationshipsXml(rels));
}

/** The relationship of a worksheet's drawing, if it has one; `sheetXml` is the sheet's text where the caller has read it already. */
export async function drawingOf(zip: JSZip, sheetPart: string, sheetXml?: string): Promise<string | null> {
  sheetXml ??= await requiredText(zip, sheetPart);
  const element = /<drawing\b[^>]*>/.exec(sheetXml);
  if (!element) return null;
  const rel = parseRelationships(await partText(zip, relsPathOf(sheetPart))).find((r) => r.id === attribute(element[0], "r:id"));
  return rel ? resolveTarget(sheetPart, rel.target) : null;
}

/** The path of the package's part of this relationship type ("officeDocument", "extended-properties"), from the package relationships; null when none is named. */
export function packagePart(packageRels: string | null, type: string): string | null {
  const rel = parseRelationships(packageRels).find((r) => r.type.endsWith(`/${type}`) && r.targetMode !== "External");
  return rel ? resolveTarget("", rel.target) : null;
}
