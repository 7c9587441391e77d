/**
 * Links on the team's own sheets come back from the workbench's download as the file wrote them:
 * ExcelJS deleted every link to a place in the workbook written as Excel and LibreOffice write it
 * (no relationship, a location alone), and dropped the tooltip and display text of the rest.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { withOriginalLinks } from "../../src/xlsx/keptHyperlinks";
import { fixRatings, generateSummary } from "../../src/door/operations";
import { bytesOf, sheetXml, userBytes } from "./helpers";

const TO_NOTES = '<hyperlink ref="C4" location="\'My Notes\'!A1" display="See notes"/>';
const GUIDANCE = "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2";

/** The user workbook with, on "Plan", a link to the notes as Excel writes it and a web link with a tooltip. */
async function linkedBytes(): Promise<Uint8Array> {
  const built = await bytesOf((wb) => {
    const plan = wb.addWorksheet("Plan");
    plan.addRows([
      ["Category", "Rec No", "Recommendation", "RAG"],
      ["Finance", 13, "Agree budget needed including contingency", "B"],
      ["Finance", 14, "Consider bid to schools forum", "blue "],
      [null, null, "See notes", null],
      [null, null, { text: "Working Together 2018", hyperlink: GUIDANCE }, null],
    ]);
    wb.addWorksheet("My Notes").addRow(["My own notes"]);
  });
  const zip = await JSZip.loadAsync(built);
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  // As Excel writes them: the link to a place has no relationship; the web link carries its tooltip and an Excel revision id.
  const excel = xml.replace(/<hyperlinks>([\s\S]*?)<\/hyperlinks>/, (_, links: string) => `<hyperlinks>${TO_NOTES}${links.replace(/<hyperlink ref="C5" r:id="(rId\d+)"\/>/, '<hyperlink ref="C5" r:id="$1" tooltip="Statutory guidance (GOV.UK)" display="Working Together 2018" xr:uid="{00000000-0004-0000-0000-000000000000}"/>')}</hyperlinks>`);
  expect(excel).toContain('tooltip="Statutory guidance');
  zip.file(path, excel.replace("<worksheet ", '<worksheet xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '));
  return zip.generateAsync({ type: "uint8array" });
}

describe("links on a kept sheet", () => {
  it("keep a link to a place in the workbook, and a web link's tooltip and display text, through a summary and a rating fix", async () => {
    const door = await XlsxDoor.open(await linkedBytes(), "plan.xlsx");
    await generateSummary(door);
    await fixRatings(door);
    const saved = await door.save();
    const xml = await sheetXml(saved, "Plan");
    const links = /<hyperlinks>[\s\S]*?<\/hyperlinks>/.exec(xml)?.[0];
    expect(links).toMatch(/^<hyperlinks><hyperlink ref="C4" location="'My Notes'!A1" display="See notes"\/><hyperlink ref="C5" r:id="(rId\d+)" tooltip="Statutory guidance \(GOV\.UK\)" display="Working Together 2018"\/><\/hyperlinks>$/);
    // The web link's relationship is the one ExcelJS wrote for it, to the same address.
    const id = /ref="C5" r:id="(rId\d+)"/.exec(links!)![1];
    const rels = await (await JSZip.loadAsync(saved)).file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    expect(rels).toMatch(new RegExp(`<Relationship Id="${id}" Type="[^"]*/hyperlink" Target="${GUIDANCE.replace(/\./g, "\\.")}" TargetMode="External"/>`));
    // And again through a second save.
    expect(/<hyperlinks>[\s\S]*?<\/hyperlinks>/.exec(await sheetXml(await (await XlsxDoor.open(saved, "plan.xlsx")).save(), "Plan"))?.[0]).toBe(links);
  });

  it("keep a web link on a rating that Fix ratings retypes", async () => {
    const built = await bytesOf((wb) => {
      wb.addWorksheet("Plan").addRows([
        ["Category", "Rec No", "Recommendation", "RAG"],
        ["Finance", 13, "Agree budget needed including contingency", "B"],
        ["Finance", 14, "Consider bid to schools forum", { text: "blue ", hyperlink: GUIDANCE }],
      ]);
    });
    const door = await XlsxDoor.open(built, "plan.xlsx");
    expect((await fixRatings(door)).edits.map((e) => [e.row, e.from, e.to])).toEqual([[3, "blue ", "Blue"]]);
    const again = await XlsxDoor.open(await door.save(), "plan.xlsx");
    const plan = (await again.read()).sheets.find((s) => s.name === "Plan")!;
    expect(plan.values[3 - plan.firstRow]![4 - plan.firstColumn]).toBe("Blue");
    const saved = await sheetXml(await again.save(), "Plan");
    expect(saved).toMatch(/<hyperlink ref="D3" r:id="rId\d+"\/>/);
  });

  it("go in the schema's place where the saved sheet has no links of its own", () => {
    const original = `<worksheet><sheetData/><hyperlinks>${TO_NOTES}</hyperlinks><pageMargins/></worksheet>`;
    const saved = '<worksheet><sheetData/><conditionalFormatting><cfRule><extLst/></cfRule></conditionalFormatting><pageMargins left="0.7"/></worksheet>';
    expect(withOriginalLinks(saved, original)).toBe(`<worksheet><sheetData/><conditionalFormatting><cfRule><extLst/></cfRule></conditionalFormatting><hyperlinks>${TO_NOTES}</hyperlinks><pageMargins left="0.7"/></worksheet>`);
  });

  it("leave a workbook without links, or with links ExcelJS kept whole, as ExcelJS saved it", async () => {
    expect(withOriginalLinks("<worksheet><sheetData/></worksheet>", "<worksheet><sheetData/></worksheet>")).toBeNull();
    const same = '<worksheet><hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks></worksheet>';
    expect(withOriginalLinks(same, '<worksheet><hyperlinks><hyperlink ref="A1" r:id="rId3"/></hyperlinks></worksheet>')).toBeNull();
    const door = await XlsxDoor.open(await userBytes(), "plan.xlsx");
    await generateSummary(door);
    expect(await sheetXml(await door.save(), "Plan")).not.toContain("<hyperlink");
  });
});
