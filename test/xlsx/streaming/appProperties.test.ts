import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { withWorksheetTitles } from "../../../src/xlsx/streaming/appProperties";
import { runCli } from "../../../src/cli/program";
import { memoryIo } from "../../helpers/memoryIo";
import { sampleBytes } from "../../helpers/workbooks";

/** docProps/app.xml as Excel writes it: heading pairs (a name and a count each) over one list of titles. */
const appXml = (pairs: [string, number][], titles: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
  `<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="${pairs.length * 2}" baseType="variant">` +
  pairs.map(([name, count]) => `<vt:variant><vt:lpstr>${name}</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant>`).join("") +
  `</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">` +
  titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join("") +
  `</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`;

describe("the worksheet titles in a package's extended properties", () => {
  it("lists the added sheets after the user's, under a heading in any language, and leaves the named ranges' titles alone", () => {
    const before = appXml([["Arbeitsblätter", 2], ["Benannte Bereiche", 1]], ["Plan", "Frankie &amp; Leo", "Plan!Print_Titles"]);
    expect(withWorksheetTitles(before, ["Plan", "Frankie & Leo"], ["Plan", "Frankie & Leo", "RAG Summary", "Stale Actions"])).toBe(
      appXml([["Arbeitsblätter", 4], ["Benannte Bereiche", 1]], ["Plan", "Frankie &amp; Leo", "RAG Summary", "Stale Actions", "Plan!Print_Titles"]),
    );
  });

  it("finds the worksheets' run after another heading's", () => {
    const before = appXml([["Charts", 1], ["Worksheets", 1]], ["Chart1", "Plan"]);
    expect(withWorksheetTitles(before, ["Plan"], ["Plan", "RAG Summary"])).toBe(appXml([["Charts", 1], ["Worksheets", 2]], ["Chart1", "Plan", "RAG Summary"]));
  });

  it("leaves a list that is not exactly the workbook's worksheets as it was", () => {
    const stale = appXml([["Worksheets", 1]], ["Old name"]);
    expect(withWorksheetTitles(stale, ["Plan"], ["Plan", "RAG Summary"])).toBe(stale);
    expect(withWorksheetTitles("<Properties/>", ["Plan"], ["Plan", "RAG Summary"])).toBe("<Properties/>");
  });

  it("names the generated sheets in the command line's copy of the sample", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["summarize", "sample.xlsx", "-o", "out.xlsx"], io)).toBe(0);
    const app = await (await JSZip.loadAsync(io.files.get("out.xlsx")!)).file("docProps/app.xml")!.async("string");
    expect(app).toContain("<vt:i4>6</vt:i4>");
    expect([...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]).slice(1)).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes", "RAG Summary", "Stale Actions"]);
    // A second run replaces its own sheets: the list stays as it is.
    const again = memoryIo({ "out.xlsx": io.files.get("out.xlsx")! });
    expect(await runCli(["summarize", "out.xlsx", "-o", "again.xlsx"], again)).toBe(0);
    expect(await (await JSZip.loadAsync(again.files.get("again.xlsx")!)).file("docProps/app.xml")!.async("string")).toBe(app);
  });
});
