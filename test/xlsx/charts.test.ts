import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { ChartData } from "../../src/xlsx/chartParts";
import { chartXml, drawingXml } from "../../src/xlsx/chartParts";
import { handPlan, openDoor, partText, reopen, sheetPartPath, stalePlan, userBytes, zipOf } from "./helpers";

/** Tags open and close in order: enough to catch a broken part without an XML library. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([\w:]+)(?:\s[^>]*?)?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

function relTarget(rels: string, type: string): string {
  const tag = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`/relationships/${type}"`));
  return /Target="([^"]+)"/.exec(tag ?? "")?.[1] ?? "";
}

function parts(zip: JSZip, pattern: RegExp): string[] {
  return Object.keys(zip.files).filter((p) => pattern.test(p)).sort();
}

const data: ChartData = {
  spec: handPlan().charts[0]!,
  sheet: "Team's summary",
  categories: ["Peer Review", "Leo"],
  series: [
    { name: "Blue", colour: "#0070C0", values: [23, 1] },
    { name: "Green", colour: "#00B050", values: [3, null] },
  ],
};

describe("chart parts", () => {
  it("a stacked bar chart: one series per rating with a literal name, its colour, and ranges on the generated sheet", () => {
    const xml = chartXml(data);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml.match(/<c:ser>/g)).toHaveLength(2);
    expect(xml).toContain("<c:tx><c:v>Blue</c:v></c:tx>");
    expect(xml).toContain('<a:srgbClr val="0070C0"/>');
    expect(xml).toContain('<a:srgbClr val="00B050"/>');
    expect(xml).toContain("<c:cat><c:strRef><c:f>&apos;Team&apos;&apos;s summary&apos;!$A$5:$A$6</c:f>");
    expect(xml).toContain("<c:val><c:numRef><c:f>&apos;Team&apos;&apos;s summary&apos;!$B$5:$B$6</c:f>");
    expect(xml).toContain("<c:f>&apos;Team&apos;&apos;s summary&apos;!$C$5:$C$6</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>Peer Review</c:v></c:pt><c:pt idx="1"><c:v>Leo</c:v></c:pt>');
    // A blank count is left out of the cache rather than written as 0.
    expect(xml).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>3</c:v></c:pt></c:numCache>');
    expect(xml).toContain("<a:t>Ratings by review</a:t>");
    // Each bar's count on it, in a colour readable on its fill, a zero shown as nothing: printed in black and white, the counts still read.
    const labels = [...xml.matchAll(/<c:dLbls>(.*?)<\/c:dLbls>/g)].map((m) => m[1]!);
    expect(labels).toHaveLength(2);
    expect(labels.map((l) => /<a:defRPr sz="900" b="1"><a:solidFill><a:srgbClr val="(\w+)"\/>/.exec(l)?.[1])).toEqual(["FFFFFF", "000000"]);
    for (const l of labels) expect(l).toMatch(/^<c:numFmt formatCode="\[&gt;=1\]0;&quot;&quot;" sourceLinked="0"\/>.*<c:dLblPos val="ctr"\/><c:showLegendKey val="0"\/><c:showVal val="1"\/>/);
    // Categories read top to bottom as in the table, with the value axis below the bars.
    expect(xml).toContain('<c:orientation val="maxMin"/>');
    expect(xml).toContain('<c:crosses val="max"/>');
  });

  it("starts the counts' axis at 0, so 23 blue beside 3 green draws longer, not from an axis that starts at 21.5", () => {
    const oneReview: ChartData = { ...data, categories: ["Peer Review"], series: [{ ...data.series[0]!, values: [23] }, { ...data.series[1]!, values: [3] }] };
    for (const kind of ["stackedBar", "stackedColumn"] as const) {
      const xml = chartXml({ ...oneReview, spec: { ...oneReview.spec, kind } });
      expect(wellFormed(xml)).toBe(true);
      expect(xml).toMatch(/<c:valAx><c:axId val="\d+"\/><c:scaling><c:orientation val="minMax"\/><c:min val="0"\/><\/c:scaling>/);
    }
  });

  it("a stacked column chart stands its categories along the bottom", () => {
    const xml = chartXml({ ...data, spec: { ...data.spec, kind: "stackedColumn" } });
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<c:barDir val="col"/>');
    expect(xml).toMatch(/<c:catAx>.*<c:orientation val="minMax"\/>.*<c:axPos val="b"\/>/);
  });

  it("anchors each chart over its cells, top-left to bottom-right", () => {
    const xml = drawingXml([{ anchor: { top: 4, left: 8, bottom: 18, right: 14 }, relId: "rId1", shapeId: 2, title: "Ratings & reviews" }]);
    expect(wellFormed(xml)).toBe(true);
    // Its frame starts 2 points inside its first row: on the row's top line, a page break there printed the frame's top edge on the page before.
    expect(xml).toContain("<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>25400</xdr:rowOff></xdr:from>");
    expect(xml).toContain("<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>");
    expect(xml).toContain('descr="Ratings &amp; reviews"');
    expect(xml).toContain('r:id="rId1"');
  });
});

describe("charts in the saved workbook", () => {
  it("adds a native chart part, its drawing and the relationships and content types that tie them to the generated sheet", async () => {
    const door = await openDoor(await userBytes());
    await door.applyPlan({ sheets: [handPlan(), stalePlan()] });
    const bytes = await door.save();
    const zip = await zipOf(bytes);
    expect(parts(zip, /^xl\/charts\/chart\d+\.xml$/)).toEqual(["xl/charts/chart1.xml"]);

    const sheetPart = await sheetPartPath(bytes, "RAG Summary");
    const sheetXml = await partText(bytes, sheetPart);
    expect(sheetXml).toMatch(/<drawing [^>]*r:id="rId\d+"\/><\/worksheet>$/);
    const sheetRels = await partText(bytes, sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels");
    const drawingPart = `xl/drawings/${relTarget(sheetRels, "drawing").split("/").pop()}`;
    const drawing = await partText(bytes, drawingPart);
    expect(wellFormed(drawing)).toBe(true);
    expect(drawing).toContain("<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row>");
    const drawingRels = await partText(bytes, drawingPart.replace("drawings/", "drawings/_rels/") + ".rels");
    expect(relTarget(drawingRels, "chart")).toBe("../charts/chart1.xml");

    const chart = await partText(bytes, "xl/charts/chart1.xml");
    expect(wellFormed(chart)).toBe(true);
    expect(chart).toContain("<c:f>&apos;RAG Summary&apos;!$A$5:$A$6</c:f>");
    expect(chart).toContain("<c:f>&apos;RAG Summary&apos;!$B$5:$B$6</c:f>");
    expect(chart).toContain("<c:f>&apos;RAG Summary&apos;!$C$5:$C$6</c:f>");
    expect(chart).toContain('<c:pt idx="0"><c:v>Peer Review</c:v></c:pt><c:pt idx="1"><c:v>Leo</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="0"><c:v>23</c:v></c:pt><c:pt idx="1"><c:v>1</c:v></c:pt>');

    const types = await partText(bytes, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain(`<Override PartName="/${drawingPart}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    // The stale sheet has no chart, so no drawing.
    expect(await partText(bytes, await sheetPartPath(bytes, "Stale Actions"))).not.toContain("<drawing");
  });

  it("leaves out a chart over an empty table, as the Office.js door does", async () => {
    const door = await openDoor(await userBytes());
    const chart = handPlan().charts[0]!;
    await door.applyPlan({ sheets: [handPlan({ charts: [{ ...chart, categories: { top: 5, bottom: 4, left: 1, right: 1 } }, { ...chart, series: [] }] })] });
    const bytes = await door.save();
    expect(parts(await zipOf(bytes), /^xl\/charts\//)).toEqual([]);
    expect(await partText(bytes, await sheetPartPath(bytes, "RAG Summary"))).not.toContain("<drawing");
  });

  it("writes the same chart parts for the same plan", async () => {
    const save = async () => {
      const door = await openDoor(await userBytes());
      await door.applyPlan({ sheets: [handPlan()] });
      const bytes = await door.save();
      return Promise.all(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"].map((p) => partText(bytes, p)));
    };
    expect(await save()).toEqual(await save());
  });

  it("keeps the summary's chart when the file is saved again without regenerating, and never doubles it on a second run", async () => {
    const first = await openDoor(await userBytes());
    await first.applyPlan({ sheets: [handPlan()] });
    const once = await first.save();

    // A later run that only records settings: the summary is not rewritten but keeps its chart.
    const later = await openDoor(once);
    await later.writeSettings({ trackerSheets: [], columnOverrides: {}, sheetReviews: {}, staleDays: 60, locale: "en-GB" });
    const kept = await later.save();
    const keptZip = await zipOf(kept);
    expect(parts(keptZip, /^xl\/charts\/chart\d+\.xml$/)).toHaveLength(1);
    expect(await partText(kept, parts(keptZip, /^xl\/charts\/chart\d+\.xml$/)[0]!)).toBe(await partText(once, "xl/charts/chart1.xml"));
    expect(await partText(kept, await sheetPartPath(kept, "RAG Summary"))).toContain("<drawing ");

    // Regenerating replaces the sheet with its chart: still one chart.
    const again = await openDoor(kept);
    await again.applyPlan({ sheets: [handPlan()] });
    const twice = await again.save();
    expect(parts(await zipOf(twice), /^xl\/charts\/chart\d+\.xml$/)).toHaveLength(1);
    expect(parts(await zipOf(await (await reopen(again)).save()), /^xl\/charts\/chart\d+\.xml$/)).toHaveLength(1);
  });

  it("keeps a chart on a user's own sheet", async () => {
    // A sheet with a chart that RAG Tracker did not make: a summary whose marker the user removed.
    const door = await openDoor(await userBytes());
    await door.applyPlan({ sheets: [handPlan({ name: "Our chart" })] });
    const zip = await zipOf(await door.save());
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbookXml.replace(/<definedNames>.*<\/definedNames>/, ""));
    const userChart = await zip.generateAsync({ type: "uint8array" });

    const next = await openDoor(userChart);
    expect((await next.read()).sheets.find((s) => s.name === "Our chart")!.generatedKey).toBeUndefined();
    await next.applyPlan({ sheets: [handPlan()] });
    const bytes = await next.save();
    const charts = parts(await zipOf(bytes), /^xl\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(2);
    const texts = await Promise.all(charts.map((p) => partText(bytes, p)));
    expect(texts.filter((t) => t.includes("&apos;Our chart&apos;!$B$5:$B$6"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("&apos;RAG Summary&apos;!$B$5:$B$6"))).toHaveLength(1);
    for (const name of ["Our chart", "RAG Summary"]) expect(await partText(bytes, await sheetPartPath(bytes, name))).toContain("<drawing ");
  });
});
