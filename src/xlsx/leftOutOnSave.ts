/**
 * What the workbench's file door cannot hand back. ExcelJS, which saves the workbook, drops parts
 * of a workbook that the door does not put back itself (keptDrawings, keptFilters, keptPackageParts):
 * pivot tables, threaded comments, Excel 2010's drop-down lists and sparklines, the spill of a
 * dynamic-array formula, the charts and shapes of a sheet that also has a picture, the leading
 * apostrophe of text typed with one (a cell style's quotePrefix, which ExcelJS's styles lack),
 * and the values LibreOffice Calc keeps in the cells a merged cell covers (ExcelJS empties them;
 * Excel shows and keeps none). The workbench says so as it opens such a workbook, so nothing is
 * lost unsaid; RAG Tracker inside Excel and the command line keep every part.
 */
import type JSZip from "jszip";
import { drawingOf, parseRelationships, partText, relsPathOf, resolveTarget, sheetParts } from "./packageXml";
import { listInWords } from "../core/sentences";

/** One thing lost, the sheets it is on (none for the workbook as a whole), and what of it stays. */
interface LeftOut {
  what: string;
  sheets: string[];
  aside?: string;
}

/** Each sheet's relationships, by type's last word ("pivotTable", "threadedComment", "drawing"). */
async function linkedTypes(zip: JSZip, part: string): Promise<Set<string>> {
  const rels = parseRelationships(await partText(zip, relsPathOf(part)));
  return new Set(rels.map((r) => r.type.slice(r.type.lastIndexOf("/") + 1)));
}

/** Whether a drawing holds a picture and, beside it, a chart or a shape: ExcelJS keeps the picture alone. */
async function picturesWithMore(zip: JSZip, drawing: string): Promise<boolean> {
  const xml = (await partText(zip, drawing)) ?? "";
  if (!xml.includes("<xdr:pic>") && !xml.includes("<xdr:pic ")) return false;
  const reached = parseRelationships(await partText(zip, relsPathOf(drawing))).map((r) => resolveTarget(drawing, r.target));
  return xml.includes("<xdr:sp>") || xml.includes("<xdr:sp ") || reached.some((p) => p.includes("/charts/"));
}

/** The numbers of the cell styles that mark text typed with a leading apostrophe ("'=not a formula"). */
async function quotedStyles(zip: JSZip): Promise<Set<string>> {
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec((await partText(zip, "xl/styles.xml")) ?? "")?.[1] ?? "";
  const quoted = new Set<string>();
  [...cellXfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
    if (/\squotePrefix\s*=\s*["'](?:1|true)["']/.test(m[0])) quoted.add(String(i));
  });
  return quoted;
}

/** "B12" → [12, 2]. */
function rowAndColumn(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) return null;
  const column = [...m[1]!.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return [Number(m[2]), column];
}

/** Whether a cell a merged cell covers (not its first) holds a value, as Calc writes one there. */
export function hasValueUnderMerge(sheetXml: string): boolean {
  const merges = [...sheetXml.matchAll(/<mergeCell\b[^>]*\sref\s*=\s*["']([^"':]+):([^"']+)["']/g)].flatMap((m) => {
    const [from, to] = [rowAndColumn(m[1]!), rowAndColumn(m[2]!)];
    return from && to ? [{ top: from[0], left: from[1], bottom: to[0], right: to[1] }] : [];
  });
  if (merges.length === 0) return false;
  // A cell written empty (<c r="A5" s="3"/>) has no body: its tag is not read as opening the next cell's.
  for (const m of sheetXml.matchAll(/<c\b((?:[^>/]|\/(?!>))*)>([\s\S]*?)<\/c>/g)) {
    if (!/<(?:[\w.-]+:)?(?:v|is)\b/.test(m[2]!)) continue;
    const ref = /\sr\s*=\s*["']([^"']+)["']/.exec(m[1]!)?.[1];
    const at = ref ? rowAndColumn(ref) : null;
    if (!at) continue;
    const [row, column] = at;
    if (merges.some((g) => row >= g.top && row <= g.bottom && column >= g.left && column <= g.right && (row !== g.top || column !== g.left))) return true;
  }
  return false;
}

/** Whether a cell of the sheet has one of these styles. */
function hasCellStyled(sheetXml: string, styles: Set<string>): boolean {
  for (const m of sheetXml.matchAll(/<c\b[^>]*?\ss="(\d+)"/g)) if (styles.has(m[1]!)) return true;
  return false;
}

async function leftOutParts(zip: JSZip): Promise<LeftOut[]> {
  const found: LeftOut[] = [
    { what: "pivot tables", sheets: [] },
    { what: "threaded comments", sheets: [], aside: "a note of each stays" },
    { what: "drop-down lists drawn from another sheet", sheets: [] },
    { what: "sparklines", sheets: [] },
    { what: "charts or shapes beside a picture", sheets: [] },
    { what: "the leading apostrophe of text typed with one", sheets: [], aside: "the text stays, but edited again in Excel it may become a formula or a number" },
    { what: "the values of cells covered by a merged cell", sheets: [], aside: "the merged cell keeps its own; unmerged, the others are empty" },
  ];
  const [pivots, threads, lists, sparklines, drawings, apostrophes, underMerges] = found as [LeftOut, LeftOut, LeftOut, LeftOut, LeftOut, LeftOut, LeftOut];
  const quoted = await quotedStyles(zip);
  for (const [name, part] of await sheetParts(zip)) {
    const types = await linkedTypes(zip, part);
    if (types.has("pivotTable")) pivots.sheets.push(name);
    if (types.has("threadedComment")) threads.sheets.push(name);
    // Excel 2010's own features sit in the sheet's extension list, after its cells.
    const xml = (await partText(zip, part)) ?? "";
    const afterCells = xml.slice(Math.max(0, xml.indexOf("</sheetData>")));
    const start = afterCells.indexOf("<extLst");
    const extensions = start < 0 ? "" : afterCells.slice(start);
    if (extensions.includes(":dataValidations")) lists.sheets.push(name);
    if (extensions.includes(":sparklineGroups")) sparklines.sheets.push(name);
    const drawing = types.has("drawing") ? await drawingOf(zip, part, xml) : null;
    if (drawing && (await picturesWithMore(zip, drawing))) drawings.sheets.push(name);
    if (quoted.size > 0 && hasCellStyled(xml, quoted)) apostrophes.sheets.push(name);
    if (xml.includes("<mergeCell") && hasValueUnderMerge(xml)) underMerges.sheets.push(name);
  }
  // A formula that spills is marked so in the cell metadata; without it Excel reads a fixed-size array formula.
  const spills = (await partText(zip, "xl/metadata.xml"))?.includes("dynamicArrayProperties") ? [{ what: "the spill of formulas that spill", sheets: [], aside: "each becomes an array formula of fixed size" }] : [];
  return [...found.filter((f) => f.sheets.length > 0), ...spills];
}

/**
 * One sentence naming what the workbench's download would leave out of this package, by sheet, or
 * null when it keeps everything the door knows ExcelJS drops.
 */
export async function leftOutOnSave(zip: JSZip): Promise<string | null> {
  const lost = await leftOutParts(zip);
  if (lost.length === 0) return null;
  const said = lost.map(({ what, sheets, aside }) => `${what}${sheets.length === 0 ? "" : ` on ${listInWords(sheets.map((s) => `"${s}"`))}`}${aside ? ` (${aside})` : ""}`);
  return `The workbench's download leaves out ${listInWords(said)}; RAG Tracker inside Excel, or its command line, keeps them.`;
}
