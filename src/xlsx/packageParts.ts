/**
 * Finishing the saved package after ExcelJS has written it: native chart parts for the
 * generated sheets (ExcelJS cannot write charts), the drawings of sheets kept from the opened
 * file, RAG Tracker's own defined names marked hidden (ExcelJS drops that attribute), its store
 * sheet very hidden, the workbook's protection, the filters of kept sheets as the file had them (ExcelJS drops
 * their criteria), their Excel tables whole (ExcelJS misreads them) with the workbook's data connections and Power Query's queries (ExcelJS drops them), their links as the file wrote them (ExcelJS keeps only
 * some, and no tooltip), their protection as the file had it (ExcelJS drops a legacy password), rows that fit their
 * contents still fitting them (ExcelJS marks every row height as set by hand), the manual page breaks of kept sheets (ExcelJS reads none), a conditional format's Stop If True and the text a "contains text" rule looks for (ExcelJS drops them) with no operator outside the schema's (ExcelJS writes a blank or error rule's type as one), and literal "_xHHHH_" in text escaped (ExcelJS writes them as they are).
 * Parts ExcelJS wrote are reused as they are.
 */
import JSZip from "jszip";
import type { ChartData } from "./chartParts";
import { CONTENT_TYPE, anchorXml, chartXml, drawingXml } from "./chartParts";
import { OWN_NAME_PREFIX } from "./definedNames";
import { CONTENT_TYPES_PART, REL_TYPE, addOverride, attribute, drawingOf, freeRelId, linkDrawing, nextNumber, parseRelationships, partText, relationshipsXml, relativeTarget, relsPathOf, requiredText, sheetParts } from "./packageXml";
import type { KeptSheets } from "./keptDrawings";
import { carryDrawings } from "./keptDrawings";
import { keepUserNames } from "./keptNames";
import { keepFilters } from "./keptFilters";
import { keepPageBreaks } from "./keptPageBreaks";
import { keepPageSetup } from "./keptPageSetup";
import { keepRuleSettings } from "./keptRuleSettings";
import { keepHyperlinks } from "./keptHyperlinks";
import { keepSheetProtection } from "./keptSheetProtection";
import { keepFittedRows } from "./keptRowHeights";
import { keepTables } from "./keptTables";
import { keepWorkbookParts } from "./keptWorkbookParts";
import { keepPackageParts } from "./keptPackageParts";
import { keepWorkbookProtection } from "./workbookProtection";
import { hasNativeDeflate, writeZip } from "./zipWriter";
import { storeVeryHidden } from "./storeSheet";
import { escapeCharacterCodes } from "./characterCodes";

export interface SheetCharts {
  sheet: string;
  charts: ChartData[];
}

/** Marks every defined name RAG Tracker wrote as hidden, so Name Manager lists only the user's own. */
export function hideOwnNames(workbookXml: string): string {
  return workbookXml.replace(/<definedName\b[^>]*>/g, (tag) => {
    const name = attribute(tag, "name");
    if (!name?.startsWith(OWN_NAME_PREFIX) || /\shidden="/.test(tag)) return tag;
    return tag.replace(/^<definedName/, '<definedName hidden="1"');
  });
}

async function addSheetCharts(zip: JSZip, part: string, charts: ChartData[], contentTypes: string): Promise<string> {
  // A sheet has at most one drawing: charts join the one ExcelJS wrote for images, if any.
  let drawingPath = await drawingOf(zip, part);
  const existingXml = drawingPath ? await requiredText(zip, drawingPath) : null;
  if (!drawingPath) {
    drawingPath = `xl/drawings/drawing${nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/)}.xml`;
    zip.file(drawingPath, drawingXml([]));
    await linkDrawing(zip, part, drawingPath);
    contentTypes = addOverride(contentTypes, drawingPath, CONTENT_TYPE.drawing);
  }

  const drawingRelsPath = relsPathOf(drawingPath);
  const drawingRels = parseRelationships(await partText(zip, drawingRelsPath));
  let shapeId = Math.max(1, ...[...(existingXml ?? "").matchAll(/<xdr:cNvPr\b[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1])));
  const anchors = charts.map((data) => {
    const chartPath = `xl/charts/chart${nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/)}.xml`;
    zip.file(chartPath, chartXml(data));
    contentTypes = addOverride(contentTypes, chartPath, CONTENT_TYPE.chart);
    const relId = freeRelId(drawingRels);
    drawingRels.push({ id: relId, type: REL_TYPE.chart, target: relativeTarget(drawingPath!, chartPath) });
    return { anchor: data.spec.anchor, relId, shapeId: ++shapeId, title: data.spec.title };
  });
  if (existingXml === null) {
    zip.file(drawingPath, drawingXml(anchors));
  } else {
    const close = existingXml.lastIndexOf("</xdr:wsDr>");
    if (close < 0) throw new Error(`The drawing ${drawingPath} has an unexpected form, so the charts could not be added to it.`);
    zip.file(drawingPath, existingXml.slice(0, close) + anchors.map(anchorXml).join("") + existingXml.slice(close));
  }
  zip.file(drawingRelsPath, relationshipsXml(drawingRels));
  return contentTypes;
}

/**
 * The finished package: ExcelJS's parts (not yet zipped, see excelJsParts), the drawings and
 * defined names kept from the opened file (ExcelJS drops charts and many names it reads), the
 * generated sheets' new charts, and own names hidden. The parts are edited in place.
 * `storeNames`: the store sheets (a renamed or copied one too), each put back out of reach.
 */
export async function finishPackage(zip: JSZip, sheets: SheetCharts[], kept: KeptSheets | null, storeNames?: readonly string[]): Promise<Uint8Array> {
  const workbookXml = await requiredText(zip, "xl/workbook.xml");
  const originalXml = kept ? await partText(kept.original, "xl/workbook.xml") : null;
  const named = originalXml !== null && kept ? keepWorkbookProtection(keepUserNames(workbookXml, originalXml, new Set(kept.names)), originalXml) : workbookXml;
  const hidden = storeVeryHidden(hideOwnNames(named), storeNames);
  if (hidden !== workbookXml) zip.file("xl/workbook.xml", hidden);
  const strings = await partText(zip, "xl/sharedStrings.xml");
  if (strings !== null) {
    const escaped = escapeCharacterCodes(strings);
    if (escaped !== strings) zip.file("xl/sharedStrings.xml", escaped);
  }

  let contentTypes = await requiredText(zip, CONTENT_TYPES_PART);
  const parts = await sheetParts(zip);
  if (kept) contentTypes = await carryDrawings(kept, zip, parts, contentTypes);
  if (kept) await keepFilters(kept, zip, parts);
  if (kept) await keepPageBreaks(kept, zip, parts);
  if (kept) await keepPageSetup(kept, zip, parts);
  if (kept) await keepRuleSettings(kept, zip, parts);
  if (kept) await keepHyperlinks(kept, zip, parts);
  if (kept) await keepSheetProtection(kept, zip, parts);
  if (kept) await keepFittedRows(kept, zip, parts);
  if (kept) contentTypes = await keepPackageParts(kept, zip, contentTypes);
  if (kept) contentTypes = await keepTables(kept, zip, parts, contentTypes);
  if (kept) contentTypes = await keepWorkbookParts(kept.original, zip, contentTypes);
  for (const { sheet, charts } of sheets) {
    if (charts.length === 0) continue;
    const part = parts.get(sheet);
    if (!part) throw new Error(`The saved workbook has no sheet "${sheet}", so its charts could not be added.`);
    contentTypes = await addSheetCharts(zip, part, charts, contentTypes);
  }
  zip.file(CONTENT_TYPES_PART, contentTypes);
  return compress(zip);
}

/** The package compressed once, at the end (ExcelJS's parts are taken before it zips them). */
async function compress(zip: JSZip): Promise<Uint8Array> {
  if (!hasNativeDeflate()) return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  const files: JSZip.JSZipObject[] = [];
  zip.forEach((_, file) => {
    if (!file.dir) files.push(file);
  });
  // In Node, JSZip hands out its own Buffer (a Uint8Array) several times faster than a plain Uint8Array, which it copies byte by byte.
  const type = JSZip.support.nodebuffer ? "nodebuffer" : "uint8array";
  return writeZip(await Promise.all(files.map(async (file) => ({ name: file.name, data: await file.async(type) }))));
}
