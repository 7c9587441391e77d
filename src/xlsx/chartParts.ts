/**
 * The DrawingML parts of a native Excel chart, as text: the chart itself (a stacked bar or
 * column chart whose series read their values from ranges on the generated sheet), the drawing
 * that anchors charts to cells, and relationship parts. ExcelJS cannot write charts, so the file
 * door adds these parts to the saved package. Pure and deterministic: the same input gives the
 * same bytes.
 */
import type { CellRange } from "../core/cells";
import type { ChartSpec } from "../core/writePlan";
import { absoluteRange } from "../core/cells";
import { quoteSheetName } from "../core/cells";
import { NS, XML_HEAD, xmlEscape } from "./packageXml";

export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** Axis ids only need to be unique within one chart. */
const CATEGORY_AXIS = 500_000_001;
const VALUE_AXIS = 500_000_002;

/** A chart with the values its ranges held when it was written (Excel shows these until it recalculates). */
export interface ChartData {
  spec: ChartSpec;
  /** The sheet the chart's ranges are on. */
  sheet: string;
  categories: string[];
  series: { name: string; colour: string; values: (number | null)[] }[];
}

function reference(sheet: string, range: CellRange): string {
  return xmlEscape(`${quoteSheetName(sheet)}!${absoluteRange(range)}`);
}

function colourHex(colour: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  return m ? m[1]!.toUpperCase() : "808080";
}

function strCache(values: string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: (number | null)[]): string {
  const points = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/** Each bar's count on it, centred, bold, in a colour readable on the series' fill. */
function labelsXml(colour: string, format: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlEscape(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="1"><a:solidFill><a:srgbClr val="${colourHex(colour)}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>` +
    `<c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function seriesXml(data: ChartData, index: number): string {
  const spec = data.spec.series[index]!;
  const cached = data.series[index]!;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${xmlEscape(spec.name)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${colourHex(spec.colour)}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    labelsXml(spec.labelColour, spec.labelFormat ?? data.spec.labelFormat) +
    `<c:cat><c:strRef><c:f>${reference(data.sheet, data.spec.categories)}</c:f>${strCache(data.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${reference(data.sheet, spec.values)}</c:f>${numCache(cached.values)}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="1400" b="1"/><a:t>${xmlEscape(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/** xl/charts/chartN.xml for one stacked bar or column chart. */
export function chartXml(data: ChartData): string {
  const bar = data.spec.kind === "stackedBar";
  // A bar chart draws its first category at the bottom; reversed, it reads in the table's order,
  // and the value axis then crosses at the last category so it stays below the bars.
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  // The counts' axis starts at 0: left to scale itself, one review of 23 blue and 3 green ran from 21.5, drawing 23 shorter than 3.
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${bar ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.rel}">` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(data.spec.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${bar ? "bar" : "col"}"/><c:grouping val="stacked"/><c:varyColors val="0"/>` +
    data.spec.series.map((_, i) => seriesXml(data, i)).join("") +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    categoryAxis +
    valueAxis +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

export interface AnchoredChart {
  anchor: CellRange;
  /** The drawing's relationship id of the chart part. */
  relId: string;
  /** Unique among the drawing's shapes. */
  shapeId: number;
  title: string;
}

/**
 * How far below its first row's top edge a chart's frame starts, in EMU (2 points). A page break
 * goes before a chart's first row to keep it whole; a frame starting exactly on that line prints
 * its top edge as a sliver at the foot of the page before in LibreOffice.
 */
export const CHART_TOP_INSET = 25_400;

/** One twoCellAnchor: the chart covers the anchor's cells, top-left to bottom-right inclusive, its top edge just inside its first row. */
export function anchorXml(chart: AnchoredChart): string {
  const a = chart.anchor;
  const marker = (column: number, row: number, rowOffset = 0) =>
    `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${rowOffset}</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor>` +
    `<xdr:from>${marker(a.left - 1, a.top - 1, CHART_TOP_INSET)}</xdr:from><xdr:to>${marker(a.right, a.bottom)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${chart.shapeId}" name="Chart ${chart.shapeId}" descr="${xmlEscape(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="${chart.relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** xl/drawings/drawingN.xml holding the given charts. */
export function drawingXml(charts: AnchoredChart[]): string {
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.main}">` + charts.map(anchorXml).join("") + `</xdr:wsDr>`;
}
