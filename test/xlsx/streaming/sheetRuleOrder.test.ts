/**
 * The command line's copy lists a user sheet's conditional formats in priority order, as the
 * workbench's download does, so LibreOffice (which goes by the file's order) shows what Excel shows
 * (test/libreoffice/ruleOrder.test.ts); the sheet's cells and each rule stay as they were.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/program";
import { StreamingXlsxDoor } from "../../../src/xlsx/streaming/StreamingXlsxDoor";
import { sheetRulesInPriorityOrder } from "../../../src/xlsx/streaming/sheetRuleOrder";
import { memoryIo } from "../../helpers/memoryIo";
import { peerReviewWithInterleavedRules } from "../../fixtures/interleavedRules";

const SHEET = "xl/worksheets/sheet1.xml";
const FORMATS = /<conditionalFormatting\b[^>]*>[\s\S]*?<\/conditionalFormatting>/g;

async function summarized(input: Uint8Array): Promise<Uint8Array> {
  const io = memoryIo({ "plan.xlsx": input });
  expect(await runCli(["summarize", "plan.xlsx", "-o", "out.xlsx"], io)).toBe(0);
  return io.files.get("out.xlsx")!;
}

async function part(bytes: Uint8Array, path = SHEET): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async("string");
}

/** Each rule as written, with the cells its format applies to, in the order the part lists them. */
function listedRules(xml: string): { sqref: string; rule: string; priority: number }[] {
  return [...xml.matchAll(FORMATS)].flatMap(([format]) => {
    const sqref = /sqref="([^"]*)"/.exec(format)![1]!;
    return [...format.matchAll(/<cfRule\b[\s\S]*?<\/cfRule>/g)].map(([rule]) => ({ sqref, rule, priority: Number(/priority="(\d+)"/.exec(rule)![1]) }));
  });
}

describe("summarize on a plan whose RAG column has conditional formats with interleaving priorities", () => {
  it("writes the user's sheet with its rules in priority order, each rule and its cells as they were, and nothing else changed", async () => {
    const input = await peerReviewWithInterleavedRules();
    const before = await part(input);
    expect(listedRules(before).map((r) => r.priority)).toEqual([1, 3, 2]);

    const output = await summarized(input);
    const after = await part(output);
    const rules = listedRules(after);
    expect(rules.map((r) => r.priority)).toEqual([1, 2, 3]);
    const byPriority = (list: typeof rules) => [...list].sort((a, b) => a.priority - b.priority);
    expect(rules).toEqual(byPriority(listedRules(before)));
    // The first format is written as two parts on the same cells, the rule of priority 2 between them.
    expect([...after.matchAll(FORMATS)].map(([format]) => /sqref="([^"]*)"/.exec(format)![1])).toEqual(["F4:F30", "F4:F20", "F4:F30"]);
    expect(after.replace(FORMATS, "")).toBe(before.replace(FORMATS, ""));

    const read = async (bytes: Uint8Array) => (await (await StreamingXlsxDoor.open(bytes, "plan.xlsx")).read()).sheets.find((s) => s.name === "Peer Review");
    expect(await read(output)).toEqual(await read(input));
  });

  it("keeps a sheet whose formats are listed in priority order byte for byte", async () => {
    const input = await peerReviewWithInterleavedRules(true);
    expect(listedRules(await part(input)).map((r) => r.priority)).toEqual([1, 2, 3]);
    const zip = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file(SHEET)!.async("uint8array");
    expect(await zip(await summarized(input))).toEqual(await zip(input));
  });

  it("orders a very hidden sheet's formats too, which the engine does not read", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await peerReviewWithInterleavedRules()) as unknown as ArrayBuffer);
    workbook.getWorksheet("Peer Review")!.state = "veryHidden";
    const notes = workbook.addWorksheet("Notes");
    notes.addRows([["Rec No", "Recommendation", "RAG"], [1, "Consider deputies on Strategic Group", "B"]]);
    const input = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(listedRules(await part(input)).map((r) => r.priority)).toEqual([1, 3, 2]);
    expect(listedRules(await part(await summarized(input))).map((r) => r.priority)).toEqual([1, 2, 3]);
  });
});

describe("sheetRulesInPriorityOrder", () => {
  const rule = (priority: number, formula: string) => `<x:cfRule type="expression" dxfId="0" priority="${priority}"><x:formula>${formula}</x:formula></x:cfRule>`;
  const sheet = (formats: string, extensions = "") =>
    `<?xml version="1.0" encoding="UTF-8"?>\r\n<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Café &gt; 2</x:t></x:is></x:c></x:row></x:sheetData>${formats}<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${extensions}</x:worksheet>`;
  const extension = '<x:extLst><x:ext uri="{EXT}"><x:id>{1}</x:id></x:ext></x:extLst>';

  it("splits a format around another's rule, keeping its extLst on its first part, with a namespace prefix", () => {
    const given = sheet(`<x:conditionalFormatting sqref="D2:D7">${rule(1, '$D2="B"')}${rule(4, '$D2="R"')}${extension}</x:conditionalFormatting><x:conditionalFormatting sqref="C2:C7">${rule(2, "$B2&lt;=2")}${rule(3, "$B2&gt;5")}</x:conditionalFormatting>`);
    expect(sheetRulesInPriorityOrder(given)).toBe(
      sheet(
        `<x:conditionalFormatting sqref="D2:D7">${rule(1, '$D2="B"')}${extension}</x:conditionalFormatting><x:conditionalFormatting sqref="C2:C7">${rule(2, "$B2&lt;=2")}${rule(3, "$B2&gt;5")}</x:conditionalFormatting>` +
          `<x:conditionalFormatting sqref="D2:D7">${rule(4, '$D2="R"')}</x:conditionalFormatting>`,
      ),
    );
  });

  it("leaves alone formats already in priority order, Excel 2010's in the sheet's extLst, and formats with something between them", () => {
    expect(sheetRulesInPriorityOrder(sheet(`<x:conditionalFormatting sqref="D2:D7">${rule(1, "TRUE")}</x:conditionalFormatting><x:conditionalFormatting sqref="C2:C7">${rule(2, "TRUE")}</x:conditionalFormatting>`))).toBeNull();
    const excel2010 = '<x:extLst><x:ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings xmlns:x14="x14"><x14:conditionalFormatting><x14:cfRule type="expression" priority="1"/></x14:conditionalFormatting></x14:conditionalFormattings></x:ext></x:extLst>';
    expect(sheetRulesInPriorityOrder(sheet(`<x:conditionalFormatting sqref="D2:D7">${rule(2, "TRUE")}</x:conditionalFormatting>`, excel2010))).toBeNull();
    expect(sheetRulesInPriorityOrder(sheet(`<x:conditionalFormatting sqref="D2:D7">${rule(2, "TRUE")}</x:conditionalFormatting><!-- note --><x:conditionalFormatting sqref="C2:C7">${rule(1, "TRUE")}</x:conditionalFormatting>`))).toBeNull();
    expect(sheetRulesInPriorityOrder(sheet(""))).toBeNull();
  });
});
