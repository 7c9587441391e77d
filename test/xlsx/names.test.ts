import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { bytesOf, handPlan, openDoor, partText, reopen } from "./helpers";

const USER_NAMES = [
  '<definedName name="VAT">0.2</definedName>',
  '<definedName name="LocalTotal" localSheetId="0">Plan!$B$2:$B$3</definedName>',
  '<definedName name="Broken">#REF!</definedName>',
  '<definedName name="Lookup" hidden="1" comment="the team\'s list">Notes!$A$1:$A$3</definedName>',
];

const TABLE_HEADINGS = "ColumnTitle_RAGTracker_summary_1.A4.D8";

/** A workbook whose names ExcelJS cannot read whole: a constant, a sheet-scoped name, #REF!, a hidden name. */
async function namedBytes(): Promise<Uint8Array> {
  const bytes = await bytesOf((wb) => {
    const plan = wb.addWorksheet("Plan");
    plan.addRows([["Rec No", "Cost", "With VAT"], [13, 100, { formula: "B2*(1+VAT)", result: 120 }], [14, 50, { formula: "B3*(1+VAT)", result: 60 }]]);
    plan.pageSetup.printTitlesRow = "1:1";
    wb.addWorksheet("Notes").addRows([["LSCP"], ["Police"], ["Health"]]);
  });
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", xml.replace("<definedNames>", `<definedNames>${USER_NAMES.join("")}`));
  return zip.generateAsync({ type: "uint8array" });
}

describe("the user's defined names", () => {
  it("come through verbatim, with their sheet scopes, beside RAG Tracker's own names", async () => {
    const door = await openDoor(await namedBytes());
    await door.applyPlan({ sheets: [handPlan()] });
    const xml = await partText(await door.save(), "xl/workbook.xml");
    for (const name of USER_NAMES) expect(xml).toContain(name);
    expect(xml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Plan&apos;!$1:$1</definedName>');
    expect(xml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;RAG Summary&apos;!$4:$4</definedName>');
    expect(xml).toContain('<definedName hidden="1" name="RAGTracker_summary">&apos;RAG Summary&apos;!$A$1</definedName>');
    // The table's headings, named so a screen reader says each value's column heading, for the rows from 4 to 8 only.
    expect(xml).toContain(`<definedName name="${TABLE_HEADINGS}">&apos;RAG Summary&apos;!$A$4:$D$4</definedName>`);
    expect(xml.match(/<definedName /g)).toHaveLength(USER_NAMES.length + 4);
  });

  it("stay once each through a second run that replaces the generated sheet", async () => {
    const door = await openDoor(await namedBytes());
    await door.applyPlan({ sheets: [handPlan()] });
    const again = await reopen(door);
    await again.applyPlan({ sheets: [handPlan({ print: { ...handPlan().print, repeatRows: { first: 5, last: 5 } } })] });
    const xml = await partText(await again.save(), "xl/workbook.xml");
    for (const name of USER_NAMES) expect(xml.split(name)).toHaveLength(2);
    expect(xml.match(/localSheetId="2"/g)).toHaveLength(1);
    expect(xml.split(TABLE_HEADINGS)).toHaveLength(2);
    expect(xml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;RAG Summary&apos;!$5:$5</definedName>');
  });

  it("keep their sheet scope when RAG Tracker adds its store sheet", async () => {
    const door = await openDoor(await namedBytes());
    await door.writeSettings({ trackerSheets: [], columnOverrides: {}, sheetReviews: {}, staleDays: 45, locale: "en-GB" });
    const xml = await partText(await door.save(), "xl/workbook.xml");
    expect(xml).toContain('<definedName name="LocalTotal" localSheetId="0">Plan!$B$2:$B$3</definedName>');
  });
});
