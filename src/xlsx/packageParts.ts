/**
 * Finishing the saved package after ExcelJS has written it: native chart parts for the
 * generated sheets (ExcelJS cannot write charts), and RAG Tracker's own defined names marked
 * hidden (ExcelJS drops that attribute). Parts ExcelJS wrote are reused as they are.
 */
import JSZip from "jszip";
import type { ChartData, Relationship } from "./chartParts";
import { CONTENT_TYPE, NS, REL_TYPE, anchorXml, chartXml, drawingXml, relationshipsXml } from "./chartParts";
import { OWN_NAME_PREFIX } from "./definedNames";

export interface SheetCharts {
  sheet: string;
  charts: ChartData[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function xmlUnescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()]!;
  });
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? xmlUnescape(m[1]!) : null;
}

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

async function requiredText(zip: JSZip, path: string): Promise<string> {
  const text = await partText(zip, path);
  if (text === null) throw new Error(`The saved workbook has no ${path} part, so its charts could not be added.`);
  return text;
}

export function parseRelationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attribute(m[0], "Id") ?? "",
    type: attribute(m[0], "Type") ?? "",
    target: attribute(m[0], "Target") ?? "",
  }));
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
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(m[0], "name");
    const target = rels.get(attribute(m[0], "r:id") ?? "");
    if (name !== null && target) parts.set(name, resolveTarget("xl/workbook.xml", target));
  }
  return parts;
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}

function freeRelId(rels: Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function addOverride(contentTypes: string, part: string, type: string): string {
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
  if (at < 0) throw new Error("The saved worksheet has no closing tag, so its charts could not be added.");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** Marks every defined name RAG Tracker wrote as hidden, so Name Manager lists only the user's own. */
export function hideOwnNames(workbookXml: string): string {
  return workbookXml.replace(/<definedName\b[^>]*>/g, (tag) => {
    const name = attribute(tag, "name");
    if (!name?.startsWith(OWN_NAME_PREFIX) || /\shidden="/.test(tag)) return tag;
    return tag.replace(/^<definedName/, '<definedName hidden="1"');
  });
}

async function addSheetCharts(zip: JSZip, part: string, charts: ChartData[], counters: { chart: number; drawing: number }, contentTypes: string): Promise<string> {
  const sheetRelsPath = relsPathOf(part);
  let sheetXml = await requiredText(zip, part);
  const sheetRels = parseRelationships(await partText(zip, sheetRelsPath));

  // A sheet has at most one drawing: charts join the one ExcelJS wrote for images, if any.
  const existing = /<drawing\b[^>]*>/.exec(sheetXml);
  const existingRel = existing ? sheetRels.find((r) => r.id === attribute(existing[0], "r:id")) : undefined;
  let drawingPath: string;
  let drawingXmlText: string | null = null;
  if (existingRel) {
    drawingPath = resolveTarget(part, existingRel.target);
    drawingXmlText = await requiredText(zip, drawingPath);
  } else {
    drawingPath = `xl/drawings/drawing${counters.drawing++}.xml`;
    const relId = freeRelId(sheetRels);
    sheetRels.push({ id: relId, type: REL_TYPE.drawing, target: `../drawings/${drawingPath.split("/").pop()}` });
    sheetXml = insertDrawingElement(sheetXml, relId);
    zip.file(part, sheetXml);
    zip.file(sheetRelsPath, relationshipsXml(sheetRels));
    contentTypes = addOverride(contentTypes, drawingPath, CONTENT_TYPE.drawing);
  }

  const drawingRelsPath = relsPathOf(drawingPath);
  const drawingRels = parseRelationships(await partText(zip, drawingRelsPath));
  let shapeId = Math.max(1, ...[...(drawingXmlText ?? "").matchAll(/<xdr:cNvPr\b[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1])));
  const anchors = charts.map((data) => {
    const chartPath = `xl/charts/chart${counters.chart++}.xml`;
    zip.file(chartPath, chartXml(data));
    contentTypes = addOverride(contentTypes, chartPath, CONTENT_TYPE.chart);
    const relId = freeRelId(drawingRels);
    drawingRels.push({ id: relId, type: REL_TYPE.chart, target: `../charts/${chartPath.split("/").pop()}` });
    return { anchor: data.spec.anchor, relId, shapeId: ++shapeId, title: data.spec.title };
  });
  if (drawingXmlText === null) {
    zip.file(drawingPath, drawingXml(anchors));
  } else {
    const close = drawingXmlText.lastIndexOf("</xdr:wsDr>");
    if (close < 0) throw new Error(`The drawing ${drawingPath} has an unexpected form, so its charts could not be added.`);
    zip.file(drawingPath, drawingXmlText.slice(0, close) + anchors.map(anchorXml).join("") + drawingXmlText.slice(close));
  }
  zip.file(drawingRelsPath, relationshipsXml(drawingRels));
  return contentTypes;
}

/** The finished package: ExcelJS's bytes plus charts and hidden own names. */
export async function finishPackage(bytes: Uint8Array, sheets: SheetCharts[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await requiredText(zip, "xl/workbook.xml");
  const hidden = hideOwnNames(workbookXml);
  if (hidden !== workbookXml) zip.file("xl/workbook.xml", hidden);

  const withCharts = sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length > 0) {
    const parts = await sheetParts(zip);
    let contentTypes = await requiredText(zip, "[Content_Types].xml");
    const counters = { chart: nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/), drawing: nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/) };
    for (const { sheet, charts } of withCharts) {
      const part = parts.get(sheet);
      if (!part) throw new Error(`The saved workbook has no sheet "${sheet}", so its charts could not be added.`);
      contentTypes = await addSheetCharts(zip, part, charts, counters, contentTypes);
    }
    zip.file("[Content_Types].xml", contentTypes);
  }
  // Parts not touched above keep their compressed bytes: JSZip copies them rather than recompressing.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

