/**
 * A workbook with a chart sheet (Insert > Chart, then Move Chart > New sheet): a sheet that is
 * only a chart, kept in the package as xl/chartsheets/sheetN.xml with its drawing and chart.
 * ExcelJS cannot write one, so the parts are added to a saved package by hand, as Excel lays them out.
 */
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The title every chart sheet made here shows, to find the chart again in a saved package. */
export const CHART_TITLE = "Actions by review (the team's own chart)";

function chartSheetXml(): string {
  return `${HEAD}<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr/><sheetViews><sheetView zoomScale="100" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`;
}

function drawingXml(): string {
  return (
    `${HEAD}<xdr:wsDr xmlns:xdr="${DRAWING}" xmlns:a="${A}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8670000" cy="6300000"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${CHART}"><c:chart xmlns:c="${CHART}" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`
  );
}

/** A column chart of `values` (a range such as 'Peer Review'!$A$4:$A$8), titled CHART_TITLE. */
function chartXml(values: string): string {
  return (
    `${HEAD}<c:chartSpace xmlns:c="${CHART}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${CHART_TITLE}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${values.replace(/'/g, "&apos;")}</c:f></c:numRef></c:val></c:ser>` +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  const numbers = Object.keys(zip.files).map((path) => Number(pattern.exec(path)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

/** `bytes` with a chart sheet named `name` added after the last sheet, plotting `values`. */
export async function withChartSheet(bytes: Uint8Array, name: string, values: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetPath = `xl/chartsheets/sheet${nextNumber(zip, /^xl\/chartsheets\/sheet(\d+)\.xml$/)}.xml`;
  const drawingPath = `xl/drawings/drawing${nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/)}.xml`;
  const chartPath = `xl/charts/chart${nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/)}.xml`;
  const relsOf = (path: string): string => path.replace(/([^/]+)$/, "_rels/$1.rels");
  const relationships = (type: string, target: string): string =>
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/${type}" Target="${target}"/></Relationships>`;
  zip.file(sheetPath, chartSheetXml());
  zip.file(relsOf(sheetPath), relationships("drawing", `../drawings/${drawingPath.split("/").pop()}`));
  zip.file(drawingPath, drawingXml());
  zip.file(relsOf(drawingPath), relationships("chart", `../charts/${chartPath.split("/").pop()}`));
  zip.file(chartPath, chartXml(values));

  const types = await zip.file("[Content_Types].xml")!.async("string");
  const override = (path: string, type: string): string => `<Override PartName="/${path}" ContentType="${type}"/>`;
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      override(sheetPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml") +
        override(drawingPath, "application/vnd.openxmlformats-officedocument.drawing+xml") +
        override(chartPath, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") +
        "</Types>",
    ),
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const relId = `rId${Math.max(0, ...ids) + 1}`;
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="${relId}" Type="${REL}/chartsheet" Target="${sheetPath.slice(3)}"/></Relationships>`));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const sheetIds = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const entry = `<sheet name="${name}" sheetId="${Math.max(0, ...sheetIds) + 1}" r:id="${relId}"/>`;
  zip.file("xl/workbook.xml", workbook.replace("</sheets>", `${entry}</sheets>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
